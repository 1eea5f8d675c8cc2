import { createContext, useContext, useLayoutEffect, useMemo, useRef } from 'react';
import type { ComponentProps, MouseEvent, ReactNode } from 'react';
import { createPath, Link, useHref, useLocation, useNavigate } from 'react-router';
import type { NavigateFunction } from 'react-router';

/**
 * A link for the many links of a list (each result's headline and organisation chips, each quote's
 * speaker): an `<a>` whose plain left click navigates in the app, as React Router's `Link` does.
 *
 * `Link` resolves its target against the route matches on every render, which a results page
 * pays about 80 times over when the reader turns a page (6 ms of a step's script in a profile at
 * 10,000 articles). These links are always absolute paths built by `src/lib/urls.ts`, so there is
 * nothing to resolve: the base path is read once, by the provider. See docs/decisions/005-scale.md.
 */
interface LinkBase {
  /** React Router's href for `/`: the deployment's base path (`/`, `/news/`). */
  root: string;
  navigate: NavigateFunction;
  /** The app path shown now, read at a click (links do not re-render when it changes). */
  shownPath: () => string;
}

const LinkBaseContext = createContext<LinkBase | null>(null);

/**
 * Whether an app path can be shown in the click's own task: a list URL whose page of results is
 * already in the query cache (the list view gives this; see `useShownSearch` in
 * src/app/routes/list-state.ts). Such a link navigates with `flushSync`, as the list's own
 * controls do, instead of letting React Router render the new location in a transition that the
 * browser paints a frame before.
 */
const ShownAtOnceContext = createContext<((to: string) => boolean) | null>(null);

/** Tells the `LightLink`s below it which targets show at once (see `ShownAtOnceContext`). */
export function ShownAtOnceProvider({
  shownAtOnce,
  children,
}: {
  shownAtOnce: (to: string) => boolean;
  children: ReactNode;
}) {
  return <ShownAtOnceContext.Provider value={shownAtOnce}>{children}</ShownAtOnceContext.Provider>;
}

/** Gives `LightLink`s below it the base path and the router's navigate, read once. */
export function LightLinkProvider({ children }: { children: ReactNode }) {
  const root = useHref('/');
  const navigate = useNavigate();
  const location = useLocation();
  const shown = useRef(location);
  useLayoutEffect(() => {
    shown.current = location;
  }, [location]);
  const value = useMemo(
    () => ({ root, navigate, shownPath: () => createPath(shown.current) }),
    [root, navigate],
  );
  return <LinkBaseContext.Provider value={value}>{children}</LinkBaseContext.Provider>;
}

/**
 * The href React Router's `Link` gives an absolute path, from its href for `/` (`root`): the root
 * itself for `/` (plus any search and hash), else the root without its last slash, then the path.
 */
export function hrefUnder(root: string, to: string): string {
  if (to === '/' || to.startsWith('/?') || to.startsWith('/#')) return root + to.slice(1);
  return root.replace(/\/$/, '') + to;
}

function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return (
    event.button === 0 &&
    !event.metaKey &&
    !event.altKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    (event.currentTarget.target === '' || event.currentTarget.target === '_self')
  );
}

type LightLinkProps = Omit<ComponentProps<'a'>, 'href'> & {
  /** An absolute path of the app (from `paths` in src/lib/urls.ts). */
  to: string;
  /** As React Router's `Link`'s: keep the scroll position. */
  preventScrollReset?: boolean;
};

/** An app link to an absolute path; React Router's `Link` where no provider is above it. */
export function LightLink({ to, onClick, preventScrollReset, ...rest }: LightLinkProps) {
  const linkBase = useContext(LinkBaseContext);
  const shownAtOnce = useContext(ShownAtOnceContext);
  if (linkBase === null)
    return <Link to={to} onClick={onClick} preventScrollReset={preventScrollReset} {...rest} />;
  return (
    <a
      {...rest}
      href={hrefUnder(linkBase.root, to)}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || !isPlainLeftClick(event)) return;
        event.preventDefault();
        // Decided at the click: the cache fills after the link renders (a page read ahead on idle).
        const now = shownAtOnce?.(to) ?? false;
        void linkBase.navigate(to, {
          flushSync: now,
          preventScrollReset,
          // As `Link`: a link to the URL shown replaces its history entry rather than adding one.
          replace: to === linkBase.shownPath(),
        });
        // The new page is on screen already; the router resets the scroll only at its own render,
        // a frame later, so do it now (it has saved this entry's position: Back still restores it).
        if (now && !preventScrollReset && !to.includes('#')) window.scrollTo(0, 0);
      }}
    />
  );
}
