import { Link } from 'react-router';
import type { Corroboration, CorroboratingQuote } from '../../../lib/engine/types.ts';
import { OtherArticles } from './corroboration-note.tsx';
import { formatCount } from '../../../lib/numbers.ts';

/**
 * A repeated quotation's first place on `/quotes`: the other articles that hold it, each its
 * headline (linking to the quote there), source and date.
 */
export function QuoteSources({
  sources,
  sourceName,
}: {
  sources: Corroboration;
  sourceName: (slug: string) => string;
}) {
  const { articleCount } = sources;
  return (
    <div className="quote-sources">
      <p>
        Also in {formatCount(articleCount)} other {articleCount === 1 ? 'article' : 'articles'}, shown here
        once:
      </p>
      <OtherArticles corroboration={sources} sourceName={sourceName} />
    </div>
  );
}

/**
 * A later place of a repeated quotation: says where the quotation is shown with its sources (a
 * link to that place in the list), keeping this article's own line.
 */
export function FoldedQuoteNote({
  first,
  position,
  href,
}: {
  first: CorroboratingQuote;
  position: number;
  /** The list page of the first place, with the item's fragment. */
  href: string;
}) {
  return (
    <p className="folded-note">
      The same quotation as <Link to={href}>number {position}</Link> (from <bdi>{first.headline}</bdi>), where
      it is shown with its sources.
    </p>
  );
}

/** The id a list item carries, so a folded quote can link to its first place. */
export function listItemId(position: number): string {
  return `item-${position}`;
}
