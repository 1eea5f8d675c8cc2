import { useEffect, useRef, useState } from 'react';
import { useHref } from 'react-router';
import { useFocusOnLeave } from '../../../components/use-focus-on-leave.ts';
import { appDataSource } from '../../../lib/data/app-data-source.ts';
import type { ExportFormat, ExportProgress } from '../../../lib/export/export-file.ts';
import { exportBlob, exportFileName } from '../../../lib/export/export-file.ts';
import type { Filters, ListView } from '../../../lib/urls.ts';
import { absoluteUrl, paths } from '../../../lib/urls.ts';
import { formatCount } from '../../../lib/numbers.ts';

/**
 * `list`: the path of the list the file is made of (its filters and order). The list may change
 * while a long file is written or after it was saved (a search typed meanwhile): the status then
 * says the file is the earlier list's, not counted as the one now shown (app hunt 8).
 */
type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; list: string; format: ExportFormat; progress: ExportProgress | null }
  | { kind: 'done'; list: string; fileName: string; count: number }
  | { kind: 'failed'; list: string; message: string };

const listPath = (view: ListView, filters: Filters): string =>
  view === 'articles' ? paths.articles(filters) : paths.quotes(filters);

/** Saves a Blob under a file name, the way a download link would. */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference by now; a minute is ample for slow browsers.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}

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
  noun: { one: string; many: string };
}) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  // The app's base URL as a page path, to turn app paths into links that work elsewhere.
  const base = useHref('/');
  useEffect(() => () => abort.current?.abort(), []);

  // The buttons that start a download: focus comes back to the one pressed when "Cancel" goes.
  const formatButtons = useRef(new Map<ExportFormat, HTMLButtonElement | null>());

  const start = async (format: ExportFormat) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    const list = listPath(view, filters);
    setState({ kind: 'running', list, format, progress: null });
    const request = { view, filters, format };
    try {
      let count = 0;
      const blob = await exportBlob(appDataSource(), request, {
        articleUrl: (id, anchor) => absoluteUrl(paths.article(id, anchor), base, window.location.origin),
        signal: controller.signal,
        onProgress: (progress) => {
          count = progress.done;
          if (!controller.signal.aborted) setState({ kind: 'running', list, format, progress });
        },
      });
      if (controller.signal.aborted) return;
      const fileName = exportFileName(request);
      saveBlob(blob, fileName);
      setState({ kind: 'done', list, fileName, count });
    } catch (error) {
      if (controller.signal.aborted) return;
      setState({ kind: 'failed', list, message: error instanceof Error ? error.message : String(error) });
    }
  };
  const cancel = () => {
    abort.current?.abort();
    setState({ kind: 'idle' });
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
        if (!running) void start(format);
      }}
    >
      {label}
    </button>
  );
  const what = total === 1 ? `this ${noun.one}` : `these ${formatCount(total)} ${noun.many}`;
  const earlier = state.kind !== 'idle' && state.list !== listPath(view, filters);
  const ofEarlier = earlier ? ' of the list before your last change' : '';
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
            aria-label={`Preparing the ${state.format.toUpperCase()} file`}
          />
          <CancelButton
            onCancel={cancel}
            focusOnLeave={() => formatButtons.current.get(state.format) ?? null}
          />
        </>
      )}
      <span aria-live="polite" className="export-status">
        {state.kind === 'running'
          ? state.progress
            ? `Preparing ${formatCount(state.progress.done)} of ${formatCount(state.progress.total)}${earlier ? ` ${noun.many}${ofEarlier}` : ''}…`
            : `Preparing${earlier ? ` the file${ofEarlier}` : ''}…`
          : state.kind === 'done'
            ? `Downloaded ${state.fileName} (${formatCount(state.count)} ${state.count === 1 ? noun.one : noun.many}${ofEarlier}).`
            : state.kind === 'failed'
              ? `The download${ofEarlier} failed: ${state.message}`
              : ''}
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
