import { useEffect, useRef } from 'react';
import { LightLink } from './light-link.tsx';

/**
 * Previous/next links between pages; each page is its own shareable URL. `onNear` is called when
 * the reader comes within a screen's height of the links (scrolling down the page), or points at
 * or focuses "Next page": what a list reads its next page ahead on when that costs much.
 */
export function PaginationNav({
  page,
  pageCount,
  hrefFor,
  label,
  onNear,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label: string;
  onNear?: () => void;
}) {
  const nav = useRef<HTMLElement>(null);
  const hasNext = pageCount > 1 && page < pageCount;
  useEffect(() => {
    const element = nav.current;
    if (!onNear || !hasNext || element === null) return;
    // Without the observer (an old browser), as if near at once: the next page is read ahead.
    if (typeof IntersectionObserver !== 'function') {
      onNear();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onNear();
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [onNear, hasNext]);
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="pagination" ref={nav}>
      {page > 1 ? (
        <LightLink to={hrefFor(page - 1)} rel="prev">
          ← Previous page
        </LightLink>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {hasNext ? (
        <LightLink to={hrefFor(page + 1)} rel="next" onPointerEnter={onNear} onFocus={onNear}>
          Next page →
        </LightLink>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
