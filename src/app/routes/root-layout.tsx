import { paths } from '../../lib/urls.ts';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { Location } from 'react-router';
import {
  Link,
  NavigationType,
  NavLink,
  Outlet,
  ScrollRestoration,
  useLocation,
  useNavigation,
  useNavigationType,
  useRouteError,
} from 'react-router';
import { LightLinkProvider } from '../../components/light-link.tsx';
import { LoadingNotice } from '../../components/loading-notice.tsx';
import { ExportNotice, ExportRunProvider } from '../../features/export/export-run.tsx';
import { SITE_NAME } from '../../components/page-title.tsx';
import { ShortcutsDialog } from '../../components/shortcuts-dialog.tsx';
import { FollowedLinkContext, LeftEntriesContext } from '../returned-entry.ts';
import { focusInView } from '../../components/use-focus-on-change.ts';
import { useKeyboardShortcuts } from '../../components/use-keyboard-shortcuts.ts';

/** Memoised as the dialog is: its links follow the location themselves (`NavLink`). */
const Header = memo(function Header({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header-inner">
        <Link to={paths.articles()} className="brand">
          {SITE_NAME}
        </Link>
        <nav aria-label="Main">
          <ul>
            <li>
              <NavLink to={paths.articles()} end>
                Articles
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.quotes()}>Quotes</NavLink>
            </li>
          </ul>
        </nav>
        <button
          type="button"
          className="button shortcuts-button"
          aria-keyshortcuts="?"
          onClick={onShowShortcuts}
        >
          <span className="shortcuts-label">Shortcuts</span> <kbd aria-hidden="true">?</kbd>
        </button>
      </div>
    </header>
  );
});

/**
 * Moves focus after a page change, so keyboard and screen-reader users start in the right place:
 * going back (or forward) to a page lands on the link that was followed from it, as a browser does
 * for a page it reloads; any other page change starts at the main content. The scroll position is
 * `ScrollRestoration`'s.
 */
function useFocusOnNavigation(main: RefObject<HTMLElement | null>): {
  leftBefore: (key: string) => boolean;
  followedLink: (key: string) => HTMLElement | null;
} {
  const location = useLocation();
  // The history entries the reader has left in this page load (their keys).
  const left = useRef(new Set<string>());
  const navigationType = useNavigationType();
  const first = useRef(true);
  const currentKey = useRef(location.key);
  const previousPath = useRef(location.pathname);
  // Per history entry, the link last followed from it: its href, and which of the main area's
  // links with that href it was (an article's organisation chip and the mentions of that
  // organisation in its text share one: the first is often thousands of pixels from the chip).
  // Kept for the tab's session, as `ScrollRestoration` keeps the positions: after a reload, Back
  // restores the position, and focus goes to the link there, not to a heading off the screen.
  const followed = useRef<Map<string, FollowedLink> | null>(null);
  followed.current ??= readFollowedLinks();
  const followedLink = useCallback(
    (key: string): HTMLElement | null => {
      const link = followed.current?.get(key);
      if (link?.field !== undefined) {
        const forms = formsTo(main.current, link.href, link.field);
        const field = (forms[link.index] ?? forms[0])?.elements.namedItem(link.field);
        return field instanceof HTMLElement ? field : null;
      }
      const links = link ? linksTo(main.current, link.href) : [];
      const target = links[link?.index ?? -1] ?? links[0];
      return target instanceof HTMLElement ? target : null;
    },
    [main],
  );
  useEffect(() => {
    const keep = (link: FollowedLink) => {
      if (!followed.current) return;
      followed.current.delete(currentKey.current);
      followed.current.set(currentKey.current, link);
      saveFollowedLinks(followed.current);
    };
    const remember = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target.closest('a[href]') : null;
      const href = target?.getAttribute('href');
      if (target && href) keep({ href, index: linksTo(main.current, href).indexOf(target) });
    };
    // A form of the main area sent from this entry (the page field: "Page [n] of N"): its field
    // is where the reader was, as a link followed is (app hunt 8: Back focused the results'
    // heading, off the screen above the restored bottom of the page).
    const rememberForm = (event: SubmitEvent) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || !main.current?.contains(form)) return;
      const action = form.getAttribute('action');
      const used = document.activeElement;
      const field =
        used instanceof HTMLInputElement && used.form === form && used.name !== ''
          ? used
          : form.querySelector<HTMLInputElement>('input[name]:not([type="hidden"])');
      if (action === null || field === null) return;
      keep({
        href: action,
        index: formsTo(main.current, action, field.name).indexOf(form),
        field: field.name,
      });
    };
    document.addEventListener('click', remember, true);
    document.addEventListener('submit', rememberForm, true);
    return () => {
      document.removeEventListener('click', remember, true);
      document.removeEventListener('submit', rememberForm, true);
    };
  }, [main]);
  useEffect(() => {
    if (currentKey.current !== location.key) left.current.add(currentKey.current);
    currentKey.current = location.key;
    const samePage = previousPath.current === location.pathname;
    previousPath.current = location.pathname;
    const returned = navigationType === NavigationType.Pop && left.current.has(location.key);
    if (first.current) {
      first.current = false;
      return;
    }
    // Filters and pages of the same view keep focus where the reader is (list-page.tsx moves it,
    // to the link followed when the reader comes back: `useReturnFocusLink`).
    if (samePage) return;
    // A quote link focuses its quote instead, unless the reader comes back to where they were.
    if (location.hash !== '' && !returned) return;
    // A page that failed to load has put focus on what failed (route-error.tsx): it stays there.
    if (main.current?.querySelector('.route-error')?.contains(document.activeElement)) return;
    const target = navigationType === NavigationType.Pop ? followedLink(location.key) : null;
    if (target) focusInView(target);
    else main.current?.focus({ preventScroll: true });
  }, [location.key, location.pathname, location.hash, navigationType, main, followedLink]);
  return { leftBefore: useCallback((key: string) => left.current.has(key), []), followedLink };
}

/**
 * A link followed (its href, and which of the main area's links with that href), or a form sent
 * (`field`: the name of its field the reader used; `href`: the form's action, `index`: which of
 * the main area's forms with that action and field).
 */
interface FollowedLink {
  href: string;
  index: number;
  field?: string;
}

/** Where the links followed are kept for the tab's session (sessionStorage, as the positions). */
const FOLLOWED_KEY = 'newsreader:followed-links';
/** The entries kept: the newest, a long session's worth of Back. */
const FOLLOWED_KEPT = 100;

/**
 * The key React Router gives the first history entry of every document it starts in (one with no
 * state of its own), whichever visit of the tab that was.
 */
const FIRST_ENTRY_KEY = 'default';

function readFollowedLinks(): Map<string, FollowedLink> {
  const links = new Map<string, FollowedLink>();
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(FOLLOWED_KEY) ?? '[]');
    if (!Array.isArray(stored)) return links;
    for (const entry of stored) {
      if (!Array.isArray(entry)) continue;
      const [key, href, index, field] = entry as unknown[];
      if (typeof key === 'string' && typeof href === 'string' && typeof index === 'number')
        links.set(key, typeof field === 'string' ? { href, index, field } : { href, index });
    }
  } catch {
    // No storage (a private window's quota, storage off) or what it held is not ours: none kept.
  }
  // A page opened afresh (an address typed, a bookmark, a link from elsewhere) is a new first
  // entry: the link kept under that key was followed on an earlier visit in this tab, from
  // another page, and Back to this one had focused it (scrolled into view) when this page has it.
  // Reloaded, or come back to, the entry is the one the link was followed from.
  if (openedAfresh()) links.delete(FIRST_ENTRY_KEY);
  return links;
}

/** Whether this document was opened by a new navigation, not a reload or Back and Forward. */
function openedAfresh(): boolean {
  if (typeof performance === 'undefined' || typeof performance.getEntriesByType !== 'function') return false;
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return entry?.type === 'navigate';
}

function saveFollowedLinks(links: Map<string, FollowedLink>): void {
  const kept = [...links].slice(-FOLLOWED_KEPT);
  try {
    sessionStorage.setItem(
      FOLLOWED_KEY,
      JSON.stringify(
        kept.map(([key, link]) =>
          link.field === undefined ? [key, link.href, link.index] : [key, link.href, link.index, link.field],
        ),
      ),
    );
  } catch {
    // Not kept past a reload, as before.
  }
}

/** The forms in `root` whose action is `action` as written and that have a field `field`, in document order. */
function formsTo(root: HTMLElement | null, action: string, field: string): HTMLFormElement[] {
  return [...(root?.querySelectorAll('form[action]') ?? [])].filter(
    (form): form is HTMLFormElement =>
      form instanceof HTMLFormElement &&
      form.getAttribute('action') === action &&
      form.elements.namedItem(field) !== null,
  );
}

/** The links in `root` whose href is `href` as written, in document order. */
function linksTo(root: HTMLElement | null, href: string): Element[] {
  return [...(root?.querySelectorAll('a[href]') ?? [])].filter((a) => a.getAttribute('href') === href);
}

/**
 * The head elements a pre-rendered (or server-rendered) page came with that describe that page
 * alone: its canonical URL, description, robots rule, Open Graph and Twitter tags and JSON-LD.
 */
const PAGE_HEAD =
  'link[rel="canonical"], meta[name="description"], meta[name="robots"], meta[property^="og:"], ' +
  'meta[property^="article:"], meta[name^="twitter:"], script[type="application/ld+json"]';

/**
 * Once the reader moves to another page or list, the head the first page came with no longer
 * describes what is shown, and it is removed (the title follows each page, `PageTitle`). Browsers
 * read the canonical URL to share and bookmark a page (Chrome on Android, Safari on iOS): left in
 * place, a reader who opened a list and shared an article from the browser's menu shared the list.
 * Without it they share the address shown. The first page keeps its head as it was served.
 */
function useHeadOfFirstPageOnly() {
  const { pathname, search } = useLocation();
  const first = useRef(`${pathname}${search}`);
  useEffect(() => {
    if (`${pathname}${search}` === first.current) return;
    for (const element of document.head.querySelectorAll(PAGE_HEAD)) element.remove();
  }, [pathname, search]);
}

export function RootLayout() {
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const showShortcuts = useCallback(() => {
    setShortcutsOpen(true);
  }, []);
  const closeShortcuts = useCallback(() => {
    setShortcutsOpen(false);
  }, []);
  useKeyboardShortcuts(showShortcuts);
  const navigation = useNavigation();
  const main = useRef<HTMLElement>(null);
  const { leftBefore, followedLink } = useFocusOnNavigation(main);
  useHeadOfFirstPageOnly();
  const busy = navigation.state === 'loading';
  return (
    <ExportRunProvider>
      <Header onShowShortcuts={showShortcuts} />
      <div className={busy ? 'progress-bar active' : 'progress-bar'} aria-hidden="true" />
      <LoadingNotice busy={busy} />
      <main id="main" tabIndex={-1} ref={main} aria-busy={busy}>
        {/* A download started on a list goes on on the page the reader went to, and says so. */}
        <ExportNotice />
        <LeftEntriesContext value={leftBefore}>
          <FollowedLinkContext value={followedLink}>
            <LightLinkProvider>
              <Outlet />
            </LightLinkProvider>
          </FollowedLinkContext>
        </LeftEntriesContext>
      </main>
      <footer className="site-footer">
        <p>
          Press <kbd>?</kbd> for keyboard shortcuts.
        </p>
      </footer>
      <ShortcutsDialog open={shortcutsOpen} onClose={closeShortcuts} />
      <ScrollRestoration getKey={scrollKey} />
    </ExportRunProvider>
  );
}

/** Differs on every page load: see `scrollKey`. */
const PAGE_LOAD = Math.random().toString(36).slice(2);

/**
 * The key `ScrollRestoration` saves and restores positions by: the history entry, as by default,
 * except that a link to a quote (`#quote-N`) is keyed to this page load too. Back and forward
 * within a visit still return to where the reader was; a reload or a reopened tab lands on the
 * quote the link names (the router scrolls to it, `scroll-margin` keeps it clear of the top)
 * rather than on a position saved before the article page had scrolled to it.
 */
function scrollKey(location: Location): string {
  return location.hash === '' ? location.key : `${location.key}${location.hash}:${PAGE_LOAD}`;
}

/** Last resort if the layout itself fails: a plain page that still offers a way back. */
export function LayoutError() {
  const error = useRouteError();
  return (
    <main id="main" className="route-error">
      <h1>Something went wrong</h1>
      <pre className="error-message">{error instanceof Error ? error.message : String(error)}</pre>
      <a href={import.meta.env.BASE_URL}>Reload the articles</a>
    </main>
  );
}
