import { useEffect, useState } from 'react';

/** A navigation that shows its page within this time needs no words: the progress bar is enough. */
export const LOADING_SAID_AFTER_MS = 1000;
/** After this long the reader is told the wait is not the usual one. */
export const STILL_LOADING_AFTER_MS = 10_000;

const STILL_LOADING = 'Still loading… The connection is slow, or the server is not answering.';

/**
 * Says in words that the page asked for is loading, once a navigation has taken a while, where
 * the reader is looking (fixed to the window: the progress bar is at the top of the document, out
 * of view down a list), and to screen readers (the bar is decoration). A stalled connection had
 * left the page as it was with nothing but that bar, for as long as the request hung. The live
 * region is always in the document (a region added with its text is not read everywhere).
 */
export function LoadingNotice({ busy }: { busy: boolean }) {
  const [stage, setStage] = useState<0 | 1 | 2>(0);
  useEffect(() => {
    if (!busy) return;
    const said = window.setTimeout(() => {
      setStage(1);
    }, LOADING_SAID_AFTER_MS);
    const still = window.setTimeout(() => {
      setStage(2);
    }, STILL_LOADING_AFTER_MS);
    return () => {
      window.clearTimeout(said);
      window.clearTimeout(still);
      setStage(0);
    };
  }, [busy]);
  const shown = busy ? stage : 0;
  return (
    <div className="loading-region" aria-live="polite">
      {shown > 0 && <p className="loading-notice">{shown === 1 ? 'Loading…' : STILL_LOADING}</p>}
    </div>
  );
}
