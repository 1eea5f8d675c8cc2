/**
 * Why a download failed, in the app's words for a failure (`failureWords`), with what to do. The
 * writer's code is a chunk read when a download starts: offline, or after a deploy replaced it,
 * its import failed with the browser's words ("Failed to fetch dynamically imported module: …"),
 * which the page showed as they were.
 */
import { readerReplaced } from '../../app/route-code.ts';
import type { Failure } from '../../lib/data/errors.ts';
import { StaleBuildError, failureOf, failureWords, isUnreachable, mayPass } from '../../lib/data/errors.ts';

/**
 * A failure of the data or of the writer's code (`passing`: trying again may help, `mayPass`), or
 * the reader replaced since the page was opened (a newer build on the server, or the code asked
 * for gone with the build it belonged to), which only reloading the page mends.
 */
export type ExportFailure = { kind: 'replaced' } | (Failure & { passing: boolean });

/** What `error` amounts to; `base` is the app's base path, where the server serves its page. */
export async function exportFailureOf(error: unknown, base: string): Promise<ExportFailure> {
  if (error instanceof StaleBuildError || (isUnreachable(error) && (await readerReplaced(base))))
    return { kind: 'replaced' };
  const online = typeof navigator === 'undefined' || navigator.onLine;
  return { ...failureOf([error], online), passing: mayPass(error) };
}

/**
 * The failure as the words after "The download failed: ", a clause and what to do. `onList`: said
 * by the list's own controls (whose buttons try again), else by the notice on another page.
 */
export function exportFailureWords(failure: ExportFailure, onList: boolean): string {
  if (failure.kind === 'replaced')
    return 'the reader was updated while this page was open. Reload the page, then download the file again.';
  const what = failureWords(failure);
  if (!failure.passing) return `${what}. Reload the page to try again.`;
  const where = onList ? '' : ' from the list';
  return failure.kind === 'unreachable' && !failure.online
    ? `${what}. Try again${where} once you are back online.`
    : `${what}. Try again${where}.`;
}
