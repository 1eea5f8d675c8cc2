import { LightLink } from './light-link.tsx';
import type { SortOrder } from '../lib/urls.ts';

const LABELS: Record<SortOrder, string> = { relevance: 'Best match', newest: 'Newest first' };

/** The order of a search's results, as two links (the current one marked), so it lives in the URL. */
export function SortOrderLinks({
  order,
  hrefFor,
}: {
  order: SortOrder;
  hrefFor: (sort: SortOrder) => string;
}) {
  return (
    <nav className="sort-order" aria-label="Order of results">
      <span className="sort-order-label">Order:</span>
      <ul>
        {(['relevance', 'newest'] as const).map((sort) => (
          <li key={sort}>
            <LightLink
              to={hrefFor(sort)}
              aria-current={sort === order ? 'true' : undefined}
              className={sort === order ? 'current' : undefined}
              preventScrollReset
            >
              {LABELS[sort]}
            </LightLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
