import { LightLink } from './light-link.tsx';

/** Previous/next links between pages; each page is its own shareable URL. */
export function PaginationNav({
  page,
  pageCount,
  hrefFor,
  label,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="pagination">
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
      {page < pageCount ? (
        <LightLink to={hrefFor(page + 1)} rel="next">
          Next page →
        </LightLink>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
