import { useQuery } from '@tanstack/react-query';
import { memo, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent, ReactNode, RefObject } from 'react';
import { useHydrated } from '../../../components/use-hydrated.ts';
import { usePendingValue } from '../../../components/use-pending-value.ts';
import { corpusQueries } from '../../../lib/api/corpus-queries.ts';
import type { Timeline, TimelineWindow } from '../../../lib/timeline.ts';
import {
  axisTicks,
  barLabel,
  barsInRange,
  buildTimeline,
  countBetween,
  countInBars,
  cutsIntoBars,
  rangeOfBars,
  rangeOutsideNote,
  chooseUnit,
  zoomFor,
  zoomInto,
  zoomOut,
  zoomWindow,
} from '../../../lib/timeline.ts';
import type { Filters, ListView } from '../../../lib/urls.ts';
import { paths } from '../../../lib/urls.ts';
import { useNavigate } from 'react-router';
import { LightLink } from '../../../components/light-link.tsx';
import { formatCount } from '../../../lib/numbers.ts';
import { formatDate, formatMonth } from '../../../lib/dates.ts';

export interface TimelineBrushProps {
  /** `meta.days`: every day that has articles, ascending. */
  days: readonly string[];
  view: ListView;
  /** The current filters; the bars count them without their date range. */
  filters: Filters;
  heading: string;
  /** Chooses a date range (null: that end open); 'replace' for each keyboard step. */
  onSelect: (range: { from: string | null; to: string | null }, mode: 'push' | 'replace') => void;
  /**
   * False while a navigation loads the next page: the bars' counts for the page being left then
   * stop re-rendering it (a list's `settled`, see `useSettledPage`). True when not given.
   */
  settled?: boolean;
  /** Shown in the timeline's box under its controls (the organisation page's link to the list). */
  after?: ReactNode;
}

/**
 * A timeline on a page about one organisation or speaker: the articles the filters give, and a
 * range dragged across the bars opens the article list with those filters and that range. The
 * sliders' keys choose the range here, and a link opens it: each key had opened the list at once,
 * so a keyboard could move one end by one bar and no further.
 */
export function ArticleTimelineLink({
  filters,
  heading,
  days,
}: Pick<TimelineBrushProps, 'filters' | 'heading' | 'days'>) {
  const navigate = useNavigate();
  // The range is chosen for these filters: another organisation's or speaker's page (the same
  // route, so this component stays mounted) starts from all dates again.
  const page = paths.articles(filters);
  const [range, setRange] = useState<{ page: string; from: string | null; to: string | null } | null>(null);
  const chosen =
    range && range.page === page && (range.from !== null || range.to !== null)
      ? { ...filters, from: range.from, to: range.to }
      : null;
  return (
    <TimelineBrush
      days={days}
      view="articles"
      filters={chosen ?? filters}
      heading={heading}
      after={
        chosen && (
          <p className="timeline-open">
            <LightLink to={paths.articles(chosen)}>Show these dates in the article list</LightLink>
          </p>
        )
      }
      onSelect={(next, mode) => {
        if (mode === 'push' && (next.from !== null || next.to !== null))
          void navigate(paths.articles({ ...filters, ...next }));
        else setRange({ page, from: next.from, to: next.to });
      }}
    />
  );
}

const UNIT_WORD = { day: 'day', week: 'week', month: 'month', year: 'year' } as const;

/** How many date ranges remember the window they were chosen in (see `TimelineBrush`). */
const REMEMBERED_WINDOWS = 16;

type Range = { from: string | null; to: string | null };

/**
 * Which of the section's sliders has focus (0 the start, 1 the end), 0 when something else in it
 * has (a zoom button), null when focus is outside it.
 */
function focusedSlider(section: HTMLElement | null): number | null {
  const active = document.activeElement;
  if (section === null || active === null || !section.contains(active)) return null;
  return Math.max(0, Array.from(section.querySelectorAll('[role="slider"]')).indexOf(active));
}

function rangeKey(range: Range): string {
  return `${range.from ?? ''}/${range.to ?? ''}`;
}

/**
 * Articles over time for the current filters (counts from the query engine), with a range chosen
 * by dragging across the bars or with two sliders (arrow keys, Page Up/Down, Home/End). The range
 * becomes `from`/`to` in the URL; the sliders say each end's date and count, and a polite status
 * says what the range holds. Memoised: turning a page of results leaves it alone.
 */
export const TimelineBrush = memo(function TimelineBrush({
  days,
  view,
  filters,
  heading,
  onSelect,
  settled = true,
  after,
}: TimelineBrushProps) {
  const { data: counts, isError } = useQuery({
    ...corpusQueries.histogram(view, filters),
    subscribed: settled,
  });
  // The bars are zoomed into part of the corpus when the URL's dates lie in one month (its days)
  // or in a few years (their months) on a timeline drawn coarser: a year chosen shows its months.
  // A range the sliders' keys or a drag chose keeps the window it was chosen in, so the bars do not
  // change under a key held down; the zoom buttons choose another window for the same dates.
  const key = rangeKey(filters);
  const [windows, setWindows] = useState<readonly { key: string; window: TimelineWindow | null }[]>([]);
  const kept = windows.findLast((entry) => entry.key === key);
  const first = days[0];
  const lastDay = days[days.length - 1];
  const window =
    kept !== undefined
      ? kept.window
      : first === undefined || lastDay === undefined
        ? null
        : zoomWindow(first, lastDay, filters.from, filters.to);
  const keep = (range: Range, next: TimelineWindow | null) => {
    setWindows((current) => [
      ...current.slice(1 - REMEMBERED_WINDOWS),
      { key: rangeKey(range), window: next },
    ]);
  };
  const timeline = useMemo(
    () => (counts && counts.length === days.length ? buildTimeline(days, counts, window) : null),
    // The window's dates, not the object (a new one each render when derived from the URL).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [counts, days, window?.from, window?.to, window?.unit],
  );
  // Which slider of the new bars takes focus when the old ones go with focus in them: the end a
  // handle's drag or a key moved, or the range's start after a zoom button (gone with its bars).
  const sectionRef = useRef<HTMLElement>(null);
  const focusSlider = useRef<number | null>(null);
  // With its unit: a year clamped to the corpus's first month spans the same days as that month.
  const windowKey = window ? `${rangeKey(window)}/${window.unit}` : 'all';
  useEffect(() => {
    const which = focusSlider.current;
    if (which === null) return;
    focusSlider.current = null;
    // Only focus the old bars took with them: the new dates may come with the list's next page,
    // and a reader who went on meanwhile (the search box) keeps their place.
    const active = document.activeElement;
    const section = sectionRef.current;
    if (active !== null && active !== document.body && !section?.contains(active)) return;
    section?.querySelectorAll<HTMLElement>('[role="slider"]')[which]?.focus();
  }, [windowKey]);
  const headingId = useId();
  if (days.length === 0) return null;
  return (
    <section className="timeline-brush" aria-labelledby={headingId} ref={sectionRef}>
      <h2 id={headingId}>{heading}</h2>
      {timeline && counts?.every((count) => count === 0) ? (
        // The bars count the other filters on every date: with none there, no range can bring a
        // result back, so there are no bars to brush and no sliders to move.
        <p className="hint timeline-empty">
          No {view === 'articles' ? 'article' : 'quote'} matches{' '}
          {filters.from !== null || filters.to !== null ? 'the other filters' : 'the filters'} on any date:
          there is nothing to show over time.
        </p>
      ) : timeline ? (
        <Brush
          // New bars, new indexes: a range shown ahead of the URL belongs to the old ones.
          key={windowKey}
          timeline={timeline}
          filters={filters}
          onSelect={(range, mode, how) => {
            // A pointer's range zooms in as a URL's would; a key's stays on the bars it moved over;
            // all dates are the whole corpus's bars.
            const next =
              range.from === null && range.to === null
                ? null
                : how === 'pointer'
                  ? (zoomFor(timeline, range.from, range.to) ?? window)
                  : window;
            keep(range, next);
            // New bars are a new chart: focus in the old one goes to the same end of the new
            // range (the handle dragged), or to its start (Show all dates).
            if ((next ? `${rangeKey(next)}/${next.unit}` : 'all') !== windowKey)
              focusSlider.current = focusedSlider(sectionRef.current);
            onSelect(range, mode);
          }}
          onZoom={(next, range) => {
            keep(range, next);
            focusSlider.current = 0;
          }}
          headingId={headingId}
          countDays={(from, to) => countBetween(days, counts ?? [], from, to)}
        />
      ) : (
        <p className="hint">
          {isError ? 'The timeline could not be counted.' : 'Counting articles over time…'}
        </p>
      )}
      {after}
    </section>
  );
});

function Brush({
  timeline,
  filters,
  onSelect,
  onZoom,
  headingId,
  countDays,
}: {
  timeline: Timeline;
  filters: Filters;
  /** A range chosen by a pointer (a click, a drag) or by the sliders' keys. */
  onSelect: (range: Range, mode: 'push' | 'replace', how: 'pointer' | 'key') => void;
  /**
   * Draws the bars for another window (null: the whole corpus), the dates unchanged: `range`, the
   * dates the bars show (a choice the URL has not caught up with yet, while the list loads).
   */
  onZoom: (window: TimelineWindow | null, range: Range) => void;
  /** The timeline's heading, which names its status line (the list's result count is the page's unnamed one). */
  headingId: string;
  /** The articles on the days from..to (null: that end open). */
  countDays: (from: string | null, to: string | null) => number;
}) {
  const { bars } = timeline;
  const last = bars.length - 1;
  const fromUrl = barsInRange(timeline, filters.from, filters.to);
  // A drag across the bars (from the bar pressed, `current` either side of it), or a handle's:
  // `anchor` is then the other end, which `current` does not pass (`keep`), as with the keys. One
  // pointer drags at a time: a second finger, its moves and its cancel leave the first's drag be.
  const [drag, setDrag] = useState<{
    anchor: number;
    current: number;
    pointerId: number;
    handle?: { keep: 'below' | 'above' | null; from: [number, number] };
  } | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const descriptionId = useId();
  // A keyboard step shows at once, before the URL catches up, so quick presses add up.
  const [shownRange, setShownRange] = usePendingValue(fromUrl ? `${fromUrl[0]}/${fromUrl[1]}` : `0/${last}`);
  const [shownLo, shownHi] = shownRange.split('/').map(Number) as [number, number];
  const selected: [number, number] =
    drag !== null
      ? [Math.min(drag.anchor, drag.current), Math.max(drag.anchor, drag.current)]
      : [shownLo, shownHi];
  const outsideNote = rangeOutsideNote(timeline, filters.from, filters.to, 'article');
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const ticks = useMemo(() => axisTicks(timeline), [timeline]);
  const axisRef = useRef<SVGSVGElement>(null);
  // The labels and where they stand, not the ticks' object: that is new with every change of the
  // counts (each filter), and measuring the labels then cost a layout of the whole page.
  useAxisLabelsThatFit(
    axisRef,
    `${bars.length}:${ticks.map((tick) => `${tick.index}${tick.minor ? '-' : '+'}${tick.label}`).join('|')}`,
  );
  const [lo, hi] = selected;
  const dated = filters.from !== null || filters.to !== null;
  // The URL's own range when it starts or ends inside a bar (a date typed, a preset): the status
  // then names its dates and counts its days, as the list does, not the whole bars'.
  const ownRange =
    drag === null &&
    fromUrl !== null &&
    lo === fromUrl[0] &&
    hi === fromUrl[1] &&
    cutsIntoBars(timeline, lo, hi, filters.from, filters.to);
  const inRange = ownRange ? countDays(filters.from, filters.to) : countInBars(timeline, lo, hi);
  // The dates the bars show: the URL's, or those of a choice made here that it has not caught up
  // with (a zoom clicked while they load is for them, not for the dates being left).
  const shownDates: Range =
    drag === null && fromUrl !== null && lo === fromUrl[0] && hi === fromUrl[1]
      ? { from: filters.from, to: filters.to }
      : rangeOfBars(timeline, lo, hi);

  const barAt = (clientX: number): number => {
    const box = svgRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return 0;
    return Math.min(last, Math.max(0, Math.floor(((clientX - box.left) / box.width) * bars.length)));
  };
  const commit = (a: number, b: number, mode: 'push' | 'replace', how: 'pointer' | 'key') => {
    onSelect(rangeOfBars(timeline, a, b), mode, how);
  };
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0 || drag !== null) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const i = barAt(event.clientX);
    setDrag({ anchor: i, current: i, pointerId: event.pointerId });
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (drag === null || drag.handle || drag.pointerId !== event.pointerId) return;
    const i = barAt(event.clientX);
    if (i !== drag.current) setDrag({ ...drag, current: i });
  };
  // The end of a drag, across the bars or by a handle: the range between bars `a` and `b` (either
  // order) is shown at once and chosen with one history entry, zoomed as a pointer's range is.
  const finishDrag = (a: number, b: number) => {
    setShownRange(`${Math.min(a, b)}/${Math.max(a, b)}`);
    commit(a, b, 'push', 'pointer');
  };
  const onPointerUp = (event: PointerEvent<SVGSVGElement>) => {
    if (drag === null || drag.handle || drag.pointerId !== event.pointerId) return;
    finishDrag(drag.anchor, drag.current);
    setDrag(null);
  };

  // A handle follows a pointer (mouse, pen, a finger) bar by bar and, once released, chooses its
  // range as a drag across the bars does: one history entry, zoomed as a pointer's range is. An
  // end stops at the other's bar, as with the keys; when both are on one bar the first move says
  // which end it is (left: the start, right: the end), so the start is never out of reach under
  // the end's handle.
  const onHandleDown = (end: 'start' | 'end') => (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || drag !== null) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    // The handle taken has focus, so the keys and a screen reader go on from it: a browser gives
    // it on a mouse's press, but on a finger's only after a tap, never after a drag.
    event.currentTarget.focus({ preventScroll: true });
    const keep = lo === hi ? null : end === 'start' ? 'below' : 'above';
    setDrag({
      anchor: end === 'start' ? hi : lo,
      current: end === 'start' ? lo : hi,
      pointerId: event.pointerId,
      handle: { keep, from: [lo, hi] },
    });
  };
  const onHandleMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag?.handle || drag.pointerId !== event.pointerId) return;
    const at = barAt(event.clientX);
    const { keep } = drag.handle;
    const i =
      keep === 'below' ? Math.min(at, drag.anchor) : keep === 'above' ? Math.max(at, drag.anchor) : at;
    if (i !== drag.current) setDrag({ ...drag, current: i });
  };
  const onHandleUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag?.handle || drag.pointerId !== event.pointerId) return;
    const [a, b] = [Math.min(drag.anchor, drag.current), Math.max(drag.anchor, drag.current)];
    setDrag(null);
    // A handle pressed and let go where it was chooses nothing (no history entry).
    if (a === drag.handle.from[0] && b === drag.handle.from[1]) return;
    finishDrag(a, b);
  };
  // A drag whose pointer the browser took away (a cancel, or the capture lost without a release:
  // the element gone, a system gesture) ends where it began: nothing chosen, no drag left hanging.
  const onDragLost = (event: PointerEvent) => {
    if (drag?.pointerId === event.pointerId) setDrag(null);
  };

  // The handles are placed by an inline style, which a pre-rendered page may not carry (CSP): they
  // stay hidden until the app has taken the page over (absolutely placed, so nothing moves then).
  const placed = useHydrated();
  const step = Math.max(1, Math.round(bars.length / 10));
  const onSliderKey = (end: 'start' | 'end') => (event: KeyboardEvent<HTMLDivElement>) => {
    const value = end === 'start' ? lo : hi;
    let next: number;
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowDown':
        next = value - 1;
        break;
      case 'ArrowRight':
      case 'ArrowUp':
        next = value + 1;
        break;
      case 'PageDown':
        next = value - step;
        break;
      case 'PageUp':
        next = value + step;
        break;
      case 'Home':
        next = end === 'start' ? 0 : lo;
        break;
      case 'End':
        next = end === 'start' ? hi : last;
        break;
      default:
        return;
    }
    event.preventDefault();
    // An end never passes the other.
    next = end === 'start' ? Math.min(hi, Math.max(0, next)) : Math.max(lo, Math.min(last, next));
    if (next === value) return;
    const [a, b] = end === 'start' ? [next, hi] : [lo, next];
    setShownRange(`${a}/${b}`);
    commit(a, b, 'replace', 'key');
  };

  const valueText = (i: number) => {
    const bar = bars[i]!;
    return `${barLabel(timeline, bar)}, ${formatCount(bar.count)} ${bar.count === 1 ? 'article' : 'articles'}`;
  };
  const percent = (i: number) => `${((i + 0.5) / bars.length) * 100}%`;
  const unitWord = timeline.step > 1 ? `${timeline.step} years` : UNIT_WORD[timeline.unit];
  // The bars chosen, drawn finer (a year's months, a month's days); and back out of a zoom.
  const zoomIn = zoomInto(timeline, lo, hi);
  const zoomedOut = timeline.window && zoomOut(timeline);
  // A zoomed timeline chosen whole is named as the window ("2016"), not by its first and last bars.
  const rangeLabel =
    timeline.window && lo === 0 && hi === last
      ? windowLabel(timeline.window)
      : lo === hi
        ? barLabel(timeline, bars[lo]!)
        : `${barLabel(timeline, bars[lo]!)} to ${barLabel(timeline, bars[hi]!)}`;

  return (
    <>
      <p className="hint" id={descriptionId}>
        {formatCount(timeline.total)} {timeline.total === 1 ? 'article' : 'articles'} by {unitWord}, from{' '}
        {barLabel(timeline, bars[0]!)} to {barLabel(timeline, bars[last]!)}.{' '}
        {/* Hidden with JavaScript off (app.css), where neither the bars nor the sliders respond. */}
        <span className="needs-script">
          Drag across the bars, or drag the two sliders or move them with the arrow keys, to choose dates.
        </span>
      </p>
      <div className="timeline-chart">
        <svg
          ref={svgRef}
          className="timeline-bars"
          viewBox={`0 0 ${bars.length} 100`}
          preserveAspectRatio="none"
          aria-hidden="true"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onDragLost}
          onLostPointerCapture={onDragLost}
        >
          {bars.map((bar, i) => {
            const height = bar.count === 0 ? 0 : Math.max(2, (bar.count / max) * 100);
            return (
              <g key={bar.from} className={i >= lo && i <= hi ? 'timeline-bar in-range' : 'timeline-bar'}>
                {/* The whole column is the target, so a short bar is as easy to hit. */}
                {/* A pointer resting on a bar is told its dates and count (the svg is hidden from
                    assistive technology, which has the sliders' values instead). */}
                <title>{valueText(i)}</title>
                <rect className="bar-hit" x={i} y={0} width={1} height={100} />
                <rect className="bar-fill" x={i + 0.1} y={100 - height} width={0.8} height={height} />
              </g>
            );
          })}
        </svg>
        {/* Where the round years (or months, or days) fall; the hint above says the same span in
            words. An SVG placed by attributes, not by inline styles, which a pre-rendered page may
            not carry (CSP); no viewBox, so the text is not stretched with the bars. */}
        <svg className="timeline-axis" aria-hidden="true" ref={axisRef}>
          {ticks.map((tick) => {
            const at = (tick.index + 0.5) / bars.length;
            return (
              <text
                key={tick.index}
                className={tick.minor ? 'timeline-tick minor' : 'timeline-tick'}
                x={`${at * 100}%`}
                y="0.85em"
                // The two ends stay inside the box.
                textAnchor={at < 0.06 ? 'start' : at > 0.94 ? 'end' : 'middle'}
              >
                {tick.label}
              </text>
            );
          })}
        </svg>
        <div className="timeline-sliders">
          {(
            [
              ['start', lo],
              ['end', hi],
            ] as const
          ).map(([end, value]) => (
            <SliderHandle
              key={end}
              label={end === 'start' ? 'Start of the date range' : 'End of the date range'}
              describedBy={descriptionId}
              last={last}
              value={value}
              valueText={valueText(value)}
              end={end}
              at={placed ? percent(value) : null}
              onKeyDown={onSliderKey(end)}
              onPointerDown={onHandleDown(end)}
              onPointerMove={onHandleMove}
              onPointerUp={onHandleUp}
              onPointerCancel={onDragLost}
              onLostPointerCapture={onDragLost}
            />
          ))}
        </div>
      </div>
      <p className="timeline-summary" role="status" aria-labelledby={headingId}>
        {outsideNote ??
          (lo === 0 && hi === last && !dated
            ? `All dates: ${formatCount(inRange)} ${inRange === 1 ? 'article' : 'articles'}.`
            : `${ownRange ? datesLabel(filters.from, filters.to) : rangeLabel}: ${formatCount(inRange)} ${inRange === 1 ? 'article' : 'articles'}.`)}
      </p>
      {(zoomIn !== null || timeline.window !== null || dated) && (
        <div className="timeline-actions">
          {zoomIn && (
            <button
              type="button"
              className="button needs-script"
              onClick={() => {
                onZoom(zoomIn, shownDates);
              }}
            >
              Zoom in: {rangeLabel} by {UNIT_WORD[zoomIn.unit]}
            </button>
          )}
          {timeline.window && (
            <button
              type="button"
              className="button needs-script"
              onClick={() => {
                onZoom(zoomedOut ?? null, shownDates);
              }}
            >
              Zoom out:{' '}
              {zoomedOut
                ? `${windowLabel(zoomedOut)} by ${UNIT_WORD[zoomedOut.unit]}`
                : `every ${timeline.first && timeline.last ? UNIT_WORD[chooseUnit(timeline.first, timeline.last).unit] : 'date'}`}
            </button>
          )}
          {dated && (
            <button
              type="button"
              className="button"
              onClick={(event) => {
                // The button goes with the dates: focus stays in the timeline, on the range's start.
                event.currentTarget
                  .closest('.timeline-brush')
                  ?.querySelector<HTMLElement>('[role="slider"]')
                  ?.focus();
                onSelect({ from: null, to: null }, 'push', 'pointer');
              }}
            >
              Show all dates
            </button>
          )}
        </div>
      )}
    </>
  );
}

/** A window as words: "2016", "2015 to 2017", "March 2016". */
function windowLabel(window: TimelineWindow): string {
  const [a, b] = [window.from.slice(0, 4), window.to.slice(0, 4)];
  if (window.from.slice(0, 7) === window.to.slice(0, 7)) return formatMonth(window.from.slice(0, 7));
  return a === b ? a : `${a} to ${b}`;
}

/** A URL's date range as words: "2 January 2005 to 3 January 2005", "From 2 January 2005". */
function datesLabel(from: string | null, to: string | null): string {
  if (from !== null && to !== null)
    return from === to ? formatDate(from) : `${formatDate(from)} to ${formatDate(to)}`;
  return from !== null ? `From ${formatDate(from)}` : `Until ${formatDate(to!)}`;
}

/**
 * Hides the axis labels that the chart has no room for, keeping every other, every third … label
 * (the fewest left out) so that none runs into the next or out of the chart. The ticks are chosen
 * for a chart of ordinary width; on a phone, and more so with the browser's text at 200 %, their
 * words are wider than the bars they stand under ("20052010201520" read as one run at 320 px).
 * Measured again when the axis changes size (text zoom changes its height) or its labels change
 * (`labelsKey`), after the browser's own layout (a `ResizeObserver` reports a size when it starts
 * to observe): measured in the commit, the labels forced a layout of the whole page on every
 * filter change, about 10–20 ms at 100,000 articles (bench:reader's warm facet steps). A hidden
 * label is the SVG attribute `visibility`, not an inline style, which a pre-rendered page may not
 * carry (CSP).
 */
function useAxisLabelsThatFit(axisRef: RefObject<SVGSVGElement | null>, labelsKey: string): void {
  // Observed from the commit, so the first report comes in this frame, before it is painted.
  useLayoutEffect(() => {
    const axis = axisRef.current;
    if (!axis) return;
    const fit = () => {
      const labels = [...axis.querySelectorAll<SVGTextElement>('.timeline-tick')];
      for (const label of labels) label.removeAttribute('visibility');
      const bounds = axis.getBoundingClientRect();
      // Those the style sheet shows (a narrow chart leaves out the minor ones).
      const shown = labels
        .map((label) => ({ label, box: label.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0)
        .sort((a, b) => a.box.left - b.box.left);
      if (shown.length < 2) return;
      const gap = parseFloat(getComputedStyle(shown[0]!.label).fontSize) / 2;
      const fits = (kept: typeof shown, inside: boolean) =>
        kept.every(
          ({ box }, i) =>
            (!inside || (box.left >= bounds.left - 1 && box.right <= bounds.right + 1)) &&
            (i === 0 || box.left >= kept[i - 1]!.box.right + gap),
        );
      // Every `stride`th label from the `offset`th: the fewest left out, inside the chart if any
      // choice is (a label near an end, centred under its bar, can stick out), else not overlapping.
      const every = ([stride, offset]: [number, number]) => shown.filter((_, i) => i % stride === offset);
      const choices: [number, number][] = [];
      for (let stride = 1; stride <= shown.length; stride++)
        for (let offset = 0; offset < stride; offset++) choices.push([stride, offset]);
      const [stride, offset] = choices.find((choice) => fits(every(choice), true)) ??
        choices.find((choice) => fits(every(choice), false)) ?? [shown.length, 0];
      shown.forEach(({ label }, i) => {
        if (i % stride !== offset) label.setAttribute('visibility', 'hidden');
      });
    };
    if (typeof ResizeObserver === 'undefined') {
      fit();
      return;
    }
    const observer = new ResizeObserver(fit);
    observer.observe(axis);
    return () => {
      observer.disconnect();
    };
  }, [axisRef, labelsKey]);
}

/**
 * One end of the range: a focusable `role="slider"` under the bars, at `at` along them, moved by
 * keys and by a pointer. Its box is where a pointer takes it; the knob drawn in it is small
 * (app.css: 44 px for a coarse pointer, reaching away from the other end).
 */
function SliderHandle({
  label,
  describedBy,
  last,
  value,
  valueText,
  end,
  at,
  onKeyDown,
  ...pointer
}: {
  label: string;
  describedBy: string;
  last: number;
  value: number;
  valueText: string;
  /** Where along the bars; null while the page is not yet the app's (then hidden, see `placed`). */
  end: 'start' | 'end';
  at: string | null;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onPointerDown: (event: PointerEvent<HTMLDivElement>) => void;
  onPointerMove: (event: PointerEvent<HTMLDivElement>) => void;
  onPointerUp: (event: PointerEvent<HTMLDivElement>) => void;
  onPointerCancel: (event: PointerEvent<HTMLDivElement>) => void;
  onLostPointerCapture: (event: PointerEvent<HTMLDivElement>) => void;
}) {
  return (
    <div
      role="slider"
      tabIndex={0}
      className={`timeline-handle ${end}`}
      aria-label={label}
      aria-describedby={describedBy}
      aria-valuemin={0}
      aria-valuemax={last}
      aria-valuenow={value}
      aria-valuetext={valueText}
      aria-orientation="horizontal"
      hidden={at === null}
      style={at === null ? undefined : { insetInlineStart: at }}
      onKeyDown={onKeyDown}
      {...pointer}
    />
  );
}
