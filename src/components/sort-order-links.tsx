import { LightLink } from './light-link.tsx';
import type { SortOrder } from '../lib/urls.ts';

const LABELS: Record<SortOrder, string> = {
  relevance: 'Best match',
  newest: 'Newest first',
  oldest: 'Oldest first',
};

/**
 * The order of a list's results, as links (the current one marked), so it lives in the URL: best
 * match, newest and oldest first with a search; newest and oldest first without one.
 */
export function SortOrderLinks({
  order,
  ranked,
  hrefFor,
}: {
  order: SortOrder;
  /** Whether best match is an order of this list (it has words to rank by). */
  ranked: boolean;
  hrefFor: (sort: SortOrder) => string;
}) {
  const orders: readonly SortOrder[] = ranked ? ['relevance', 'newest', 'oldest'] : ['newest', 'oldest'];
  return (
    <nav className="sort-order" aria-label="Order of results">
      <span className="sort-order-label">Order:</span>
      <ul>
        {orders.map((sort) => (
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
