import { useEffect, useId, useRef } from 'react';
import type { SubmitEvent } from 'react';
import { useHref, useNavigate } from 'react-router';
import { formatCount } from '../lib/numbers.ts';
import { formTarget } from '../lib/urls.ts';
import { LightLink } from './light-link.tsx';

/**
 * Links between pages, each page its own shareable URL: the first, the previous, the next and the
 * last page, and a field to go to a page by its number. The field is a GET form of the list's own
 * URL (its filters as hidden fields), so it works without the script too; with it, the app
 * navigates to the page's URL (`hrefFor`). `onNear` is called when the reader comes within a
 * screen's height of the links (scrolling down the page), or points at or focuses "Next page":
 * what a list reads its next page ahead on when that costs much.
 *
 * Keyboard order is the reading order at every width (WCAG 2.4.3): First, Previous, Next, Last on
 * one row, then the page field and its button centred under them. (The field had stood between
 * the links in the page and under them on a phone, moved by CSS `order`: Tab went to it before
 * Next, which the screen showed before it.)
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
  // "page" is said to screen readers always, and shown where there is room (app.css).
  // (Its space outside it: an accessible name is trimmed part by part.)
  const word = (
    <>
      {' '}
      <span className="pagination-word">page</span>
    </>
  );
  return (
    <nav aria-label={label} className="pagination" ref={nav}>
      {/* Each end is a group, present (and empty) on the first and the last page too, so the
          forward links stay at the row's end whichever links there are. */}
      <div className="pagination-back">
        {page > 1 && (
          <>
            <LightLink to={hrefFor(1)}>
              <span aria-hidden="true">«</span> First{word}
            </LightLink>
            <LightLink to={hrefFor(page - 1)} rel="prev">
              <span aria-hidden="true">←</span> Previous{word}
            </LightLink>
          </>
        )}
      </div>
      <div className="pagination-forward">
        {hasNext && (
          <>
            <LightLink to={hrefFor(page + 1)} rel="next" onPointerEnter={onNear} onFocus={onNear}>
              Next{word} <span aria-hidden="true">→</span>
            </LightLink>
            <LightLink to={hrefFor(pageCount)}>
              Last{word} <span aria-hidden="true">»</span>
            </LightLink>
          </>
        )}
      </div>
      <PageField page={page} pageCount={pageCount} hrefFor={hrefFor} />
    </nav>
  );
}

/**
 * "Page [n] of N [Go]": the current page's number in a field, which the reader may change. A number
 * outside 1…N is refused by the field itself (its `min` and `max`), with the browser's message.
 */
function PageField({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  const navigate = useNavigate();
  const id = useId();
  // The list's URL without a page: the form's path, and its params as hidden fields.
  const form = formTarget(hrefFor(1));
  const action = useHref(form.path);
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const field = event.currentTarget.elements.namedItem('page') as HTMLInputElement;
    const wanted = Number(field.value);
    if (!Number.isInteger(wanted) || wanted < 1 || wanted > pageCount) {
      field.reportValidity();
      return;
    }
    if (wanted !== page) void navigate(hrefFor(wanted));
  };
  return (
    // Keyed by the page: a page turned shows its own number, not what was typed on the last one.
    <form key={page} className="pagination-jump" method="get" action={action} onSubmit={onSubmit}>
      {form.fields.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor={`${id}-page`}>Page</label>{' '}
      <input
        id={`${id}-page`}
        name="page"
        type="number"
        inputMode="numeric"
        min={1}
        max={pageCount}
        step={1}
        required
        defaultValue={page}
        aria-describedby={`${id}-of`}
      />{' '}
      <span id={`${id}-of`}>of {formatCount(pageCount)}</span>{' '}
      <button type="submit" className="button">
        Go<span className="visually-hidden"> to page</span>
      </button>
    </form>
  );
}
