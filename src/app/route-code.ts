import { StaleBuildError, isUnreachable } from '../lib/data/errors.ts';

/** The `src` of the first `<script type="module" src=…>` in a page's HTML, or null. */
function moduleScriptOf(html: string): string | null {
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (!/\btype\s*=\s*["']?module\b/i.test(tag)) continue;
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (src !== undefined) return src;
  }
  return null;
}

/**
 * Whether the server now serves another version of the reader than the one this page runs: its
 * page names another app script (each build's file names carry their content's hash). Asked with
 * `no-store`, so the browser's copy of the page does not answer. No answer, or no script found,
 * is no proof: false.
 */
export async function readerReplaced(base: string): Promise<boolean> {
  if (typeof document === 'undefined') return false;
  const running = document.querySelector('script[type="module"][src]')?.getAttribute('src') ?? null;
  if (running === null) return false;
  try {
    const response = await fetch(base, { cache: 'no-store' });
    if (!response.ok) return false;
    const served = moduleScriptOf(await response.text());
    return served !== null && served !== running;
  } catch {
    return false;
  }
}

/**
 * Loads a route's code. When it does not arrive and the server serves a newer reader, the file
 * asked for is gone for good (a new version was deployed while this tab was open, and the browser
 * had no copy of it: no service worker, or not yet): the route fails as an updated reader
 * (`StaleBuildError`, which reloads the page once), not as a connection to try again, which
 * could never succeed.
 */
export async function loadRouteCode<T>(load: () => Promise<T>, base: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isUnreachable(error) && (await readerReplaced(base)))
      throw new StaleBuildError(
        'The reader was updated while this page was open: this page’s code was replaced.',
      );
    throw error;
  }
}
