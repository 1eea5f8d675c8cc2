/**
 * The export notice's progress, count and buttons (`ExportNotice` in export-run.tsx), a chunk of
 * their own that the root layout reads only when a notice is shown.
 */
import type { ReactNode } from 'react';
import { useFocusOnLeave } from '../../components/use-focus-on-leave.ts';
import { formatCount } from '../../lib/numbers.ts';
import type { ExportRun } from './export-run.tsx';
import { formatName } from './format-name.ts';

export default function ExportNoticeControls({
  shown,
  cancel,
}: {
  shown: Exclude<ExportRun, { kind: 'idle' }>;
  cancel: () => void;
}) {
  if (shown.kind !== 'running') return <NoticeButton onClick={cancel}>Dismiss</NoticeButton>;
  return (
    <>
      <progress
        max={shown.progress?.total ?? undefined}
        value={shown.progress?.done ?? undefined}
        aria-label={`Preparing the ${formatName(shown.format)} file`}
      />
      {shown.progress && (
        <span className="export-notice-count">
          {formatCount(shown.progress.done)} of {formatCount(shown.progress.total)}
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
