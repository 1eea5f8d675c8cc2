/**
 * The timeline's buckets: a day histogram (`meta.days` and the engine's counts per day) gathered
 * into days, weeks, months or years, chosen by the span so a timeline has at most a few dozen
 * bars. Plain functions, tested without React.
 */
import { addDays, addMonths, formatDate, formatMonth } from './dates.ts';

export type TimelineUnit = 'day' | 'week' | 'month' | 'year';

export interface TimelineBar {
  /** Inclusive, clamped to the corpus's first and last day. */
  from: string;
  to: string;
  count: number;
}

export interface Timeline {
  unit: TimelineUnit;
  /**
   * The dates the bars span when the timeline is zoomed into part of the corpus (the months of a
   * year, the days of a month), or null for the whole corpus.
   */
  window: TimelineWindow | null;
  /** Years per bar when `unit` is year (a corpus spanning centuries still gets a few dozen bars). */
  step: number;
  bars: TimelineBar[];
  /** The articles the bars count (the window's, when zoomed). */
  total: number;
  /** The corpus's first and last day, zoomed or not. */
  first: string | null;
  last: string | null;
}

/** Part of the corpus the bars are drawn for, inclusive (within its first and last day), and their unit. */
export interface TimelineWindow {
  from: string;
  to: string;
  unit: TimelineUnit;
}

/** Units from the finest: a zoomed timeline is worth drawing only in a finer unit than the whole. */
const UNIT_RANK: Record<TimelineUnit, number> = { day: 0, week: 1, month: 2, year: 3 };

/** At most this many bars of days, weeks or months before the next unit up is used. */
export const MAX_BARS = 60;

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return Math.round(date.getTime() / 86_400_000);
}

/** The unit (and years per bar) for a span of days, so the bars number at most about `MAX_BARS`. */
export function chooseUnit(first: string, last: string): { unit: TimelineUnit; step: number } {
  const days = dayNumber(last) - dayNumber(first) + 1;
  if (days <= MAX_BARS) return { unit: 'day', step: 1 };
  if (days <= MAX_BARS * 7) return { unit: 'week', step: 1 };
  const months =
    (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 +
    Number(last.slice(5, 7)) -
    Number(first.slice(5, 7)) +
    1;
  if (months <= MAX_BARS) return { unit: 'month', step: 1 };
  const years = Number(last.slice(0, 4)) - Number(first.slice(0, 4)) + 1;
  return { unit: 'year', step: Math.max(1, Math.ceil(years / MAX_BARS)) };
}

/** The first day of the bucket holding `iso`. */
function bucketStart(iso: string, unit: TimelineUnit, step: number): string {
  switch (unit) {
    case 'day':
      return iso;
    case 'week': {
      // Weeks start on Monday; day 0 of the epoch (1970-01-01) was a Thursday.
      const weekday = (((dayNumber(iso) + 3) % 7) + 7) % 7;
      return addDays(iso, -weekday);
    }
    case 'month':
      return `${iso.slice(0, 7)}-01`;
    case 'year': {
      const year = Number(iso.slice(0, 4));
      return `${String(year - ((year - 1) % step)).padStart(4, '0')}-01-01`;
    }
  }
}

function nextStart(start: string, unit: TimelineUnit, step: number): string {
  switch (unit) {
    case 'day':
      return addDays(start, 1);
    case 'week':
      return addDays(start, 7);
    case 'month':
      return addMonths(start, 1);
    case 'year':
      return addMonths(start, 12 * step);
  }
}

/**
 * Gathers per-day counts (`days` ascending, `counts` aligned) into the timeline's bars: over the
 * whole corpus, or over `window` (within the corpus) in the unit its own span calls for.
 */
export function buildTimeline(
  days: readonly string[],
  counts: readonly number[],
  window: TimelineWindow | null = null,
): Timeline {
  const first = days[0] ?? null;
  const last = days[days.length - 1] ?? null;
  if (first === null || last === null)
    return { unit: 'day', step: 1, window: null, bars: [], total: 0, first, last };
  const from = window ? (window.from < first ? first : window.from) : first;
  const to = window ? (window.to > last ? last : window.to) : last;
  const { unit, step } = window ? { unit: window.unit, step: 1 } : chooseUnit(from, to);
  const bars: TimelineBar[] = [];
  let d = 0;
  while (d < days.length && days[d]! < from) d++;
  let total = 0;
  for (let start = bucketStart(from, unit, step); start <= to;) {
    const next = nextStart(start, unit, step);
    let count = 0;
    while (d < days.length && days[d]! < next && days[d]! <= to) count += counts[d++] ?? 0;
    total += count;
    const end = addDays(next, -1);
    bars.push({ from: start < from ? from : start, to: end > to ? to : end, count });
    start = next;
  }
  return { unit, step, window: window && { from, to, unit }, bars, total, first, last };
}

/**
 * The part of the corpus a timeline zooms into for the dates from..to (null: that end open), or
 * null for the whole corpus: the month holding them, drawn by day, when they lie in one month;
 * else the whole years they touch, drawn by month, when they are at most `MAX_BARS` months and
 * the corpus is drawn by year. A year chosen on a timeline of years thus shows its months, and a
 * month its days. `months: false` skips the month (the window a month's days zoom out to).
 */
export function zoomWindow(
  first: string,
  last: string,
  from: string | null,
  to: string | null,
  { months = true }: { months?: boolean } = {},
): TimelineWindow | null {
  if (from === null && to === null) return null;
  const a = from === null || from < first ? first : from;
  const b = to === null || to > last ? last : to;
  if (a > b) return null;
  const whole = UNIT_RANK[chooseUnit(first, last).unit];
  const clamped = (start: string, end: string, unit: TimelineUnit): TimelineWindow | null =>
    UNIT_RANK[unit] < whole
      ? { from: start < first ? first : start, to: end > last ? last : end, unit }
      : null;
  if (months && a.slice(0, 7) === b.slice(0, 7)) {
    const start = `${a.slice(0, 7)}-01`;
    return clamped(start, addDays(addMonths(start, 1), -1), 'day');
  }
  const years = Number(b.slice(0, 4)) - Number(a.slice(0, 4)) + 1;
  return years * 12 <= MAX_BARS ? clamped(`${a.slice(0, 4)}-01-01`, `${b.slice(0, 4)}-12-31`, 'month') : null;
}

/**
 * The window a range chosen on `timeline` zooms into (see `zoomWindow`), or null when its bars
 * would be no finer than the timeline's own.
 */
export function zoomFor(timeline: Timeline, from: string | null, to: string | null): TimelineWindow | null {
  const { first, last } = timeline;
  if (first === null || last === null) return null;
  const window = zoomWindow(first, last, from, to);
  return window && UNIT_RANK[window.unit] < UNIT_RANK[timeline.unit] ? window : null;
}

/** The window bars lo..hi zoom into, or null (see `zoomFor`). */
export function zoomInto(timeline: Timeline, lo: number, hi: number): TimelineWindow | null {
  const a = timeline.bars[Math.min(lo, hi)];
  const b = timeline.bars[Math.max(lo, hi)];
  return a && b ? zoomFor(timeline, a.from, b.to) : null;
}

/** The window a zoomed timeline zooms out to: a month's year (when drawn finer than the whole), or null. */
export function zoomOut(timeline: Timeline): TimelineWindow | null {
  const { first, last, window } = timeline;
  if (first === null || last === null || window === null) return null;
  const wider = zoomWindow(first, last, window.from, window.to, { months: false });
  return wider && (wider.from !== window.from || wider.to !== window.to) ? wider : null;
}

/** The bars a date range covers, as [first, last] indexes, or null when it covers none. */
export function barsInRange(
  timeline: Timeline,
  from: string | null,
  to: string | null,
): [number, number] | null {
  const { bars } = timeline;
  let lo = -1;
  let hi = -1;
  bars.forEach((bar, i) => {
    if ((from === null || bar.to >= from) && (to === null || bar.from <= to)) {
      if (lo < 0) lo = i;
      hi = i;
    }
  });
  return lo < 0 ? null : [lo, hi];
}

/** The articles counted in bars lo..hi. */
export function countInBars(timeline: Timeline, lo: number, hi: number): number {
  let sum = 0;
  for (let i = lo; i <= hi; i++) sum += timeline.bars[i]?.count ?? 0;
  return sum;
}

/** The articles counted on the days from..to (inclusive; null: that end open). */
export function countBetween(
  days: readonly string[],
  counts: readonly number[],
  from: string | null,
  to: string | null,
): number {
  let sum = 0;
  days.forEach((day, i) => {
    if ((from === null || day >= from) && (to === null || day <= to)) sum += counts[i] ?? 0;
  });
  return sum;
}

/**
 * Whether a URL's date range starts or ends inside bars lo..hi rather than on their edges (a
 * date typed or a preset, not a bar chosen): the bars then hold more days than the range.
 */
export function cutsIntoBars(
  timeline: Timeline,
  lo: number,
  hi: number,
  from: string | null,
  to: string | null,
): boolean {
  const first = timeline.bars[lo];
  const last = timeline.bars[hi];
  if (!first || !last) return false;
  return (from !== null && from > first.from) || (to !== null && to < last.to);
}

/** A bar as words: "4 December 2026", "week of 30 November 2026", "Dec 2026", "2020–2029". */
export function barLabel(timeline: Timeline, bar: TimelineBar): string {
  switch (timeline.unit) {
    case 'day':
      return formatDate(bar.from);
    case 'week':
      return `week of ${formatDate(bar.from)}`;
    case 'month':
      return formatMonth(bar.from.slice(0, 7));
    case 'year':
      return bar.from.slice(0, 4) === bar.to.slice(0, 4)
        ? bar.from.slice(0, 4)
        : `${bar.from.slice(0, 4)}–${bar.to.slice(0, 4)}`;
  }
}

/**
 * The range bars lo..hi select, as URL dates: null at an end that reaches the corpus's own end,
 * so selecting everything leaves no date filter (a zoomed timeline's ends are dates unless they
 * are the corpus's).
 */
export function rangeOfBars(
  timeline: Timeline,
  lo: number,
  hi: number,
): { from: string | null; to: string | null } {
  const a = Math.max(0, Math.min(lo, hi));
  const b = Math.min(timeline.bars.length - 1, Math.max(lo, hi));
  const { first, last } = timeline;
  const from = timeline.bars[a]!.from;
  const to = timeline.bars[b]!.to;
  return {
    from: a === 0 && (first === null || from <= first) ? null : from,
    to: b === timeline.bars.length - 1 && (last === null || to >= last) ? null : to,
  };
}

/**
 * A note for a date range that lies wholly outside the corpus (before its first or after its last
 * article), or null.
 */
export function rangeOutsideNote(
  timeline: Pick<Timeline, 'first' | 'last'>,
  from: string | null,
  to: string | null,
  noun: string,
): string | null {
  const { first, last } = timeline;
  if (first === null || last === null || (from === null && to === null)) return null;
  const outside = (to !== null && to < first) || (from !== null && from > last);
  if (!outside) return null;
  const asked =
    from !== null && to !== null
      ? `between ${formatDate(from)} and ${formatDate(to)}`
      : from !== null
        ? `on or after ${formatDate(from)}`
        : `on or before ${formatDate(to!)}`;
  return `No ${noun} is dated ${asked}: this collection runs from ${formatDate(first)} to ${formatDate(last)}.`;
}

/** A label under the bars. */
export interface AxisTick {
  /** The bar it stands under. */
  index: number;
  label: string;
  /** Every other tick when there are many: left out where the chart is narrow (a phone). */
  minor: boolean;
}

/** Ticks at most, on a wide chart; half as many on a narrow one (`minor`). */
export const MAX_TICKS = 8;

/** Steps a tick may take, in the unit of `TickMark.value`, smallest first. */
const TICK_STEPS: Record<TimelineUnit, readonly number[]> = {
  day: [1, 2, 7, 14, 28],
  // Weeks and months are labelled at month starts: steps in months.
  week: [1, 2, 3, 6, 12],
  month: [1, 2, 3, 6, 12, 24, 60],
  year: [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000],
};

/** Where a bar may be labelled: a calendar value a step divides, and how it reads. */
interface TickMark {
  value: number;
  label: (step: number) => string;
}

/**
 * The calendar point a bar holds that a tick can name: the day itself (Mondays for the weekly
 * step), the first of a month a week or month bar holds, the first year of a year bar's span
 * that a step divides (so a two-year bar "1999–2000" can carry the tick 2000).
 */
function tickMarks(timeline: Timeline, bar: TimelineBar): (step: number) => TickMark | null {
  const monthMark = (yearMonth: string): TickMark => {
    const value = Number(yearMonth.slice(0, 4)) * 12 + Number(yearMonth.slice(5, 7)) - 1;
    return { value, label: (step) => (step >= 12 ? yearMonth.slice(0, 4) : formatMonth(yearMonth)) };
  };
  switch (timeline.unit) {
    case 'day': {
      const day = dayNumber(bar.from);
      const dayOfMonth = Number(bar.from.slice(8, 10));
      const short = formatMonth(bar.from.slice(0, 7)).split(' ')[0]!;
      // Weekly steps fall on Mondays (day 0 of the epoch was a Thursday), others count days.
      return (step) => ({
        value: step % 7 === 0 ? day + 3 : day,
        label: () => `${dayOfMonth} ${short}`,
      });
    }
    case 'week': {
      // The month whose first day the week holds, if any.
      const start = bar.from.slice(8, 10) === '01' ? bar.from : `${bar.to.slice(0, 7)}-01`;
      const holdsFirst = start >= bar.from && start <= bar.to;
      return () => (holdsFirst ? monthMark(start.slice(0, 7)) : null);
    }
    case 'month':
      return () => monthMark(bar.from.slice(0, 7));
    case 'year': {
      const y0 = Number(bar.from.slice(0, 4));
      const y1 = Number(bar.to.slice(0, 4));
      return (step) => {
        const year = Math.ceil(y0 / step) * step;
        return year <= y1 ? { value: year, label: () => String(year) } : null;
      };
    }
  }
}

/**
 * The labels of the timeline's axis: bars where a round calendar step begins ("2000", "2010";
 * "Jan 2024", "Apr 2024"; "4 Mar", "11 Mar"), the smallest step that gives at most `max` of them.
 * Every other one is `minor` when there are more than half of `max`, so a narrow chart keeps a
 * readable half. Plain data: the chart places them under their bars.
 */
export function axisTicks(timeline: Timeline, max = MAX_TICKS): AxisTick[] {
  const marks = timeline.bars.map((bar) => tickMarks(timeline, bar));
  const steps = TICK_STEPS[timeline.unit];
  let ticks: { index: number; label: string }[] = [];
  for (const step of steps) {
    ticks = [];
    for (let i = 0; i < marks.length; i++) {
      const mark = marks[i]!(step);
      if (mark !== null && mark.value % step === 0) ticks.push({ index: i, label: mark.label(step) });
    }
    if (ticks.length <= max) break;
  }
  // Past the largest step (centuries of single years cannot happen: years go several to a bar).
  if (ticks.length > max) ticks = ticks.filter((_, n) => n % Math.ceil(ticks.length / max) === 0);
  const thin = ticks.length > max / 2;
  return ticks.map((tick, n) => ({ ...tick, minor: thin && n % 2 === 1 }));
}
