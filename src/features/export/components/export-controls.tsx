import { useEffect, useRef, useState } from 'react';
import { useHref } from 'react-router';
import { useFocusOnLeave } from '../../../components/use-focus-on-leave.ts';
import type { ExportFormat } from '../../../lib/export/export-file.ts';
import type { Filters, ListView } from '../../../lib/urls.ts';
import { formTarget, paths } from '../../../lib/urls.ts';
import { formatCount, formatCountOf } from '../../../lib/numbers.ts';
import type { ExportNoun } from '../export-run.tsx';
import { useExportRun } from '../export-run.tsx';
import { exportFailureWords } from '../export-failure.ts';
import { formatName, progressWords } from '../format-name.ts';

const listPath = (view: ListView, filters: Filters): string =>
  view === 'articles' ? paths.articles(filters) : paths.quotes(filters);

/**
 * Downloads the view's filtered set, as its URL states it, as CSV or JSON. The file is written
 * page by page through the data source, with progress, and can be cancelled.
 */
export function ExportControls({
  view,
  filters,
  total,
  noun,
}: {
  view: ListView;
  filters: Filters;
  total: number;
  noun: ExportNoun;
}) {
  // The download is the root layout's (`export-run.tsx`): it goes on when the reader leaves the list.
  const { run, start: startRun, cancel, register, left } = useExportRun();
  useEffect(register, [register]);
  // A file saved before these controls came, on a list since left, is not this list's news: only a
  // run still being written, or one the reader left while it was (the notice's), is said here.
  const [before] = useState(() =>
    (run.kind === 'done' || run.kind === 'failed') && run.id !== left ? run.id : null,
  );
  const state = run.kind !== 'idle' && run.id === before ? { kind: 'idle' as const } : run;
  // The app's base URL as a page path, to turn app paths into links that work elsewhere.
  const base = useHref('/');

  // The buttons that start a download: focus comes back to the one pressed when "Cancel" goes.
  const formatButtons = useRef(new Map<ExportFormat, HTMLButtonElement | null>());

  const start = (format: ExportFormat) => {
    startRun({ view, filters, format }, listPath(view, filters), noun, base);
  };

  const running = state.kind === 'running';
  // aria-disabled, not disabled, while a file is written: a disabled button loses focus, which
  // fell to the page's body (see route-error.tsx).
  const formatButton = (format: ExportFormat, label: string) => (
    <button
      type="button"
      className="button"
      aria-disabled={running}
      ref={(button) => {
        formatButtons.current.set(format, button);
      }}
      onClick={() => {
        if (!running) start(format);
      }}
    >
      {label}
    </button>
  );
  const what = total === 1 ? `this ${noun.one}` : `these ${formatCount(total)} ${noun.many}`;
  const earlier = state.kind !== 'idle' && state.list !== listPath(view, filters);
  // Another view's list (a quotes download said on the article list) was left, not changed.
  const otherView =
    state.kind !== 'idle' && formTarget(state.list).path !== formTarget(listPath(view, filters)).path;
  const ofEarlier = !earlier
    ? ''
    : otherView
      ? ' of the list you left'
      : ' of the list before your last change';
  const counted =
    state.kind === 'running' && state.progress
      ? `Preparing ${formatCount(state.progress.done)} of ${formatCount(state.progress.total)}${earlier ? ` ${state.noun.many}${ofEarlier}` : ''}…`
      : null;
  return (
    <div className="export-controls" role="group" aria-label={`Download ${what}`}>
      <span className="export-label">Download {what}:</span>
      {formatButton('csv', 'CSV')}
      {formatButton('json', 'JSON')}
      {running && (
        <>
          <progress
            max={state.progress?.total ?? undefined}
            value={state.progress?.done ?? undefined}
            aria-label={`Preparing the ${formatName(state.format)} file`}
            aria-valuetext={state.progress ? progressWords(state.progress, state.noun) : undefined}
          />
          <CancelButton
            onCancel={cancel}
            focusOnLeave={() => formatButtons.current.get(state.format) ?? null}
          />
        </>
      )}
      {/* The live region says that the file of how many is being prepared (the list's count, as
          the group's name says it: one sentence at the start), then that it is saved or why it
          failed; the count done moves on screen and in the bar (its aria-valuetext in words), not
          in the live region, so a screen reader is not read every page of a long export. */}
      <span className="export-status">
        <span aria-live="polite" className={counted === null ? undefined : 'visually-hidden'}>
          {state.kind === 'running'
            ? earlier
              ? `Preparing the file${ofEarlier}…`
              : `Preparing ${formatCountOf(total, noun)}…`
            : state.kind === 'done'
              ? `Downloaded ${state.fileName} (${formatCountOf(state.count, state.noun)}${ofEarlier}).`
              : state.kind === 'failed'
                ? `The download${ofEarlier} failed: ${exportFailureWords(state.failure, true)}`
                : ''}
        </span>
        {counted !== null && <span aria-hidden="true">{counted}</span>}
      </span>
    </div>
  );
}

/**
 * "Cancel" while a file is written. It goes once the download is cancelled, done or failed: focus
 * on it then moves to the button that started the download instead of falling to the page.
 */
function CancelButton({
  onCancel,
  focusOnLeave,
}: {
  onCancel: () => void;
  focusOnLeave: () => HTMLElement | null;
}) {
  const button = useFocusOnLeave<HTMLButtonElement>(focusOnLeave);
  return (
    <button type="button" className="button" ref={button} onClick={onCancel}>
      Cancel
    </button>
  );
}
