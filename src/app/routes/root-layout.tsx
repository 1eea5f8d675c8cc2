import { paths } from '../../lib/urls.ts';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import {
  Link,
  NavLink,
  Outlet,
  ScrollRestoration,
  useLocation,
  useNavigation,
  useRouteError,
} from 'react-router';
import { SITE_NAME } from '../../components/page-title.tsx';
import { ShortcutsDialog } from '../../components/shortcuts-dialog.tsx';
import { useKeyboardShortcuts } from '../../components/use-keyboard-shortcuts.ts';

function Header({ onShowShortcuts }: { onShowShortcuts: () => void }) {
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
}

/** Moves focus to the main content after a page change, so keyboard and screen-reader users start there. */
function useFocusMainOnNavigation(main: RefObject<HTMLElement | null>) {
  const { pathname, hash } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A quote link focuses its quote instead.
    if (hash === '') main.current?.focus({ preventScroll: true });
  }, [pathname, hash, main]);
}

export function RootLayout() {
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const showShortcuts = useCallback(() => {
    setShortcutsOpen(true);
  }, []);
  useKeyboardShortcuts(showShortcuts);
  const navigation = useNavigation();
  const main = useRef<HTMLElement>(null);
  useFocusMainOnNavigation(main);
  const busy = navigation.state === 'loading';
  return (
    <>
      <Header onShowShortcuts={showShortcuts} />
      <div className={busy ? 'progress-bar active' : 'progress-bar'} aria-hidden="true" />
      <main id="main" tabIndex={-1} ref={main} aria-busy={busy}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Press <kbd>?</kbd> for keyboard shortcuts.
        </p>
      </footer>
      <ShortcutsDialog
        open={shortcutsOpen}
        onClose={() => {
          setShortcutsOpen(false);
        }}
      />
      <ScrollRestoration />
    </>
  );
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
