import type { TimelineRow } from '../../../contract/views.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { formatMonth } from '../../../lib/dates.ts';

/** Mentions over time as a table (readable by everyone) with bars drawn in CSS beside the numbers. */
export function OrganisationTimeline({
  rows,
  granularity,
}: {
  rows: readonly TimelineRow[];
  granularity: 'month' | 'year';
}) {
  if (rows.length === 0) return <p>No dated mentions.</p>;
  // Each column has its own scale: quotes outnumber articles, and one shared scale flattens the articles.
  const maxArticles = Math.max(1, ...rows.map((row) => row.articles));
  const maxQuotes = Math.max(1, ...rows.map((row) => row.quotes));
  return (
    <TableScroll>
      {(captionId) => (
        <table className="timeline">
          <caption id={captionId}>Mentions by {granularity}</caption>
          <thead>
            <tr>
              <th scope="col">{granularity === 'month' ? 'Month' : 'Year'}</th>
              <th scope="col">Articles</th>
              <th scope="col">Quotes in those articles</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.period}>
                <th scope="row">{granularity === 'month' ? formatMonth(row.period) : row.period}</th>
                <td>
                  <Bar share={row.articles / maxArticles} className="bar bar-articles" />
                  {row.articles}
                </td>
                <td>
                  <Bar share={row.quotes / maxQuotes} className="bar bar-quotes" />
                  {row.quotes}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </TableScroll>
  );
}

/**
 * A bar `share` (0–1) of its cell wide. Its width is set from script (CSSOM), not as a `style`
 * attribute: the page's CSP refuses inline style attributes in pre-rendered HTML.
 */
function Bar({ share, className }: { share: number; className: string }) {
  return (
    <span
      className={className}
      ref={(element) => {
        element?.style.setProperty('inline-size', `${share * 100}%`);
      }}
    />
  );
}
