import { useState, useSyncExternalStore } from 'react';

export interface ShareContent {
  title: string;
  text?: string;
  url: string;
}

const noChange = () => () => undefined;

/** True where the browser has the Web Share API; false while rendering on the server or hydrating. */
function useCanShare(): boolean {
  return useSyncExternalStore(
    noChange,
    () => typeof navigator !== 'undefined' && typeof navigator.share === 'function',
    () => false,
  );
}

/**
 * Opens the system share sheet (Web Share API). Where the browser has none (most desktop
 * browsers) the button is not shown: a "Copy link" or "Copy citation" beside it does the job.
 */
export function ShareButton({
  content,
  label = 'Share…',
}: {
  content: ShareContent | (() => ShareContent | Promise<ShareContent>);
  label?: string;
}) {
  const canShare = useCanShare();
  const [failed, setFailed] = useState(false);
  if (!canShare) return null;
  const share = async () => {
    setFailed(false);
    try {
      await navigator.share(typeof content === 'function' ? await content() : content);
    } catch (error) {
      // The reader closing the share sheet is not a failure.
      if (!(error instanceof DOMException && error.name === 'AbortError')) setFailed(true);
    }
  };
  return (
    <span className="share-button">
      <button type="button" className="button" onClick={() => void share()}>
        {label}
      </button>
      <span aria-live="polite" className="copy-status">
        {failed ? 'Sharing failed; copy the link instead.' : ''}
      </span>
    </span>
  );
}
