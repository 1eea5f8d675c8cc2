/**
 * A loader's redirect to the address a page is at now: a slug typed in capitals, a page's file name
 * (`/quotes/index.html`), a slug the build renamed (decision 001).
 */
import { redirect, replace } from 'react-router';

/**
 * The redirect to `location` from the page `request` asks for, in the history entry that belongs
 * to it. When the browser is at the requested address already (the document was opened there, or
 * Back or Forward came to it), the redirect takes that entry's place (`replace`): React Router
 * otherwise adds an entry (a navigation it did not start has no `replace` of its own), and Back
 * came to the old address, which sent the reader forward again. When a link in the app asks for
 * it, the browser is still at the page the link is on: a plain `redirect` keeps the link's own
 * kind of navigation (one entry added, at the new address; `replace` there had taken the place of
 * the page the reader came from, so Back skipped it). Where there is no browser (the pre-render,
 * Node), a plain redirect.
 */
export function forwardTo(location: string, request: Request): Response {
  return atRequestedAddress(request) ? replace(location) : redirect(location);
}

function atRequestedAddress(request: Request): boolean {
  if (typeof window === 'undefined') return false;
  const requested = new URL(request.url);
  const { origin, pathname, search } = window.location;
  return requested.origin === origin && requested.pathname === pathname && requested.search === search;
}
