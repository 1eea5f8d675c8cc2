/**
 * The download being written, held by the root layout rather than by the list's controls: a file
 * of a long list (a minute at 100,000 articles) is still wanted when the reader goes on to read an
 * article meanwhile, and leaving the list had cancelled it without a word (app hunt 8). The list's
 * controls start and show it; on any other page a notice says it goes on, offers Cancel and says
 * when the file is saved (`ExportNotice`).
 */
import {
  Component,
  createContext,
  lazy,
  Suspense,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import { appDataSource } from '../../lib/data/app-data-source.ts';
import type { ExportFormat, ExportProgress, ExportRequest } from '../../lib/export/export-file.ts';
import { formatCountOf } from '../../lib/numbers.ts';
import { exportFailureOf, exportFailureWords, type ExportFailure } from './export-failure.ts';
import { formatName } from './format-name.ts';
import { absoluteUrl, paths } from '../../lib/urls.ts';

export interface ExportNoun {
  one: string;
  many: string;
}

/**
 * `list`: the path of the list the file is made of (its filters and order). The list may change
 * while a long file is written or after it was saved (a search typed meanwhile): the controls then
 * say the file is the earlier list's, not counted as the one now shown (app hunt 8).
 */
export type ExportRun =
  | { kind: 'idle' }
  | {
      kind: 'running';
      id: number;
      list: string;
      noun: ExportNoun;
      format: ExportFormat;
      progress: ExportProgress | null;
    }
  | { kind: 'done'; id: number; list: string; noun: ExportNoun; fileName: string; count: number }
  | { kind: 'failed'; id: number; list: string; noun: ExportNoun; failure: ExportFailure };

interface ExportRunValue {
  run: ExportRun;
  /** Starts a download (cancelling one under way). `base`: the app's base path, for the links. */
  start: (request: ExportRequest, list: string, noun: ExportNoun, base: string) => void;
  cancel: () => void;
  /** A list's controls on the page: while any is, they show the run and the notice does not. */
  register: () => () => void;
  controlsShown: boolean;
  /** The run that was being written when its list's controls left the page, if any. */
  left: number | null;
}

const ExportRunContext = createContext<ExportRunValue | null>(null);

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

export function ExportRunProvider({ children }: { children: ReactNode }) {
  const [run, setRun] = useState<ExportRun>({ kind: 'idle' });
  const [controls, setControls] = useState(0);
  const abort = useRef<AbortController | null>(null);
  const lastId = useRef(0);
  // The app going away (a test's unmount; a page unloading ends the work anyway).
  useEffect(() => () => abort.current?.abort(), []);

  const start = useCallback((request: ExportRequest, list: string, noun: ExportNoun, base: string) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    const id = ++lastId.current;
    const { format } = request;
    setRun({ kind: 'running', id, list, noun, format, progress: null });
    void (async () => {
      try {
        // The writer is read when a download starts: the root layout holds the run on every page,
        // and its code (columns, CSV) had come into every page's first script with it.
        const { exportBlob, exportFileName } = await import('../../lib/export/export-file.ts');
        let count = 0;
        const blob = await exportBlob(appDataSource(), request, {
          articleUrl: (article, anchor) =>
            absoluteUrl(paths.article(article, anchor), base, window.location.origin),
          signal: controller.signal,
          onProgress: (progress) => {
            count = progress.done;
            if (!controller.signal.aborted) setRun({ kind: 'running', id, list, noun, format, progress });
          },
        });
        if (controller.signal.aborted) return;
        const fileName = exportFileName(request);
        saveBlob(blob, fileName);
        setRun({ kind: 'done', id, list, noun, fileName, count });
      } catch (error) {
        // In the app's words, not the browser's (a chunk that did not arrive, a server's status);
        // none for a download cancelled or replaced meanwhile.
        const failure = await exportFailureOf(error, base);
        if (!controller.signal.aborted) setRun({ kind: 'failed', id, list, noun, failure });
      }
    })();
  }, []);
  const cancel = useCallback(() => {
    abort.current?.abort();
    setRun({ kind: 'idle' });
  }, []);
  // The run whose list's controls went while it was being written: the notice is about it alone
  // (a file saved on the list and a page left after are not news on the next page).
  const current = useRef(run);
  useEffect(() => {
    current.current = run;
  });
  const [left, setLeft] = useState<number | null>(null);
  const register = useCallback(() => {
    setControls((count) => count + 1);
    setLeft(null);
    return () => {
      setControls((count) => count - 1);
      if (current.current.kind === 'running') setLeft(current.current.id);
    };
  }, []);
  const value = useMemo(
    () => ({ run, start, cancel, register, controlsShown: controls > 0, left }),
    [run, start, cancel, register, controls, left],
  );
  return <ExportRunContext value={value}>{children}</ExportRunContext>;
}

export function useExportRun(): ExportRunValue {
  const value = use(ExportRunContext);
  if (!value) throw new Error('useExportRun outside ExportRunProvider');
  return value;
}

/**
 * On a page without a list's download controls: a download started on a list left since goes on,
 * with its progress and Cancel, and says when the file is saved or why it failed, until dismissed
 * or the reader is back on a list (whose controls say the same). The sentence is a polite live
 * region that is always in the page (one added with its text is not read everywhere); it changes
 * when the run does, not with each page of progress (the bar shows that).
 */
export function ExportNotice() {
  const { run, cancel, controlsShown, left } = useExportRun();
  const shown = controlsShown || run.kind === 'idle' || run.id !== left ? { kind: 'idle' as const } : run;
  const sentence =
    shown.kind === 'running'
      ? `The ${formatName(shown.format)} file of the list you left is still being prepared: it downloads when it is ready.`
      : shown.kind === 'done'
        ? `Downloaded ${shown.fileName} (${formatCountOf(shown.count, shown.noun)}) from the list you left.`
        : shown.kind === 'failed'
          ? `The download of the list you left failed: ${exportFailureWords(shown.failure, false)}`
          : '';
  return (
    <div className={shown.kind === 'idle' ? 'export-notice' : 'export-notice shown'}>
      <p aria-live="polite">{sentence}</p>
      {shown.kind !== 'idle' && (
        <ControlsUnloaded
          fallback={
            <button
              type="button"
              className="button"
              onClick={() => {
                // The button goes with the notice: focus to the page's main area, not the body.
                document.getElementById('main')?.focus();
                cancel();
              }}
            >
              {shown.kind === 'running' ? 'Cancel the download' : 'Dismiss'}
            </button>
          }
        >
          <Suspense fallback={null}>
            <ExportNoticeControls
              running={
                shown.kind === 'running'
                  ? { format: shown.format, progress: shown.progress, noun: shown.noun }
                  : null
              }
              cancel={cancel}
            />
          </Suspense>
        </ControlsUnloaded>
      )}
    </div>
  );
}

/**
 * The notice's progress and buttons, read when a notice is first shown. The root layout, and so
 * every page's first script, holds the notice; its buttons' focus handling (`useFocusOnLeave`),
 * which the routes' chunks share, made the bundler split that script in five: 3.4 KB gz more on
 * every route (decision 003, "First-visit JavaScript").
 */
const ExportNoticeControls = lazy(() => import('./export-notice-controls.tsx'));

/**
 * Where the controls' chunk did not arrive (offline, or a new version deployed since the page
 * opened; `lazy` does not ask again): a plain button in their place. Without it the failed import
 * reached the root route's error page, and a download notice took the page the reader was on.
 */
class ControlsUnloaded extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
