/**
 * The export notice's progress, count and buttons (`ExportNotice` in export-run.tsx), a chunk of
 * their own that the root layout reads only when a notice is shown.
 */
import type { ReactNode } from 'react';
import { useFocusOnLeave } from '../../components/use-focus-on-leave.ts';
import { formatCount } from '../../lib/numbers.ts';
import type { ExportFormat, ExportProgress } from '../../lib/export/export-file.ts';
import { formatName, progressWords } from './format-name.ts';

/**
 * `running`: the file being written (its format and progress so far), or null once it was saved
 * or failed, when the notice offers Dismiss. (Its own props rather than export-run's types: that
 * module imports this one, and the project has no import cycle, type-only ones included.)
 */
export default function ExportNoticeControls({
  running,
  cancel,
}: {
  running: {
    format: ExportFormat;
    progress: ExportProgress | null;
    noun: { one: string; many: string };
  } | null;
  cancel: () => void;
}) {
  if (running === null) return <NoticeButton onClick={cancel}>Dismiss</NoticeButton>;
  const { format, progress, noun } = running;
  return (
    <>
      <progress
        max={progress?.total ?? undefined}
        value={progress?.done ?? undefined}
        aria-label={`Preparing the ${formatName(format)} file`}
        aria-valuetext={progress ? progressWords(progress, noun) : undefined}
      />
      {progress && (
        <span className="export-notice-count">
          {formatCount(progress.done)} of {formatCount(progress.total)}
        </span>
      )}
      <NoticeButton onClick={cancel}>Cancel the download</NoticeButton>
    </>
  );
}

/** A button that goes with the notice: focus on it then moves to the page's main area, not the body. */
function NoticeButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  const button = useFocusOnLeave<HTMLButtonElement>(() => document.getElementById('main'));
  return (
    <button type="button" className="button" ref={button} onClick={onClick}>
      {children}
    </button>
  );
}
