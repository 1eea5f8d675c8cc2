import { ArticleLink } from '../../../components/article-link.tsx';
import { TimeStamp } from '../../../components/time-stamp.tsx';
import type { Corroboration } from '../../../lib/engine/types.ts';
import { formatCount } from '../../../lib/numbers.ts';

/** "Also in 3 other articles", opening onto those articles (each linking to the quote there). */
export function CorroborationNote({ corroboration }: { corroboration: Corroboration }) {
  const { articleCount } = corroboration;
  return (
    <details className="corroboration">
      <summary>
        Also in {formatCount(articleCount)} other {articleCount === 1 ? 'article' : 'articles'}
      </summary>
      <OtherArticles corroboration={corroboration} />
    </details>
  );
}

/**
 * The other articles holding a quotation: each headline linking to the quote there, with its
 * date (and its source, when `sourceName` is given), then how many more there are.
 */
export function OtherArticles({
  corroboration,
  sourceName,
}: {
  corroboration: Corroboration;
  sourceName?: (slug: string) => string;
}) {
  const { articleCount, others } = corroboration;
  const more = articleCount - others.length;
  return (
    <ul>
      {others.map((other) => (
        <li key={`${other.articleId}#${other.anchor}`}>
          <ArticleLink articleId={other.articleId} anchor={other.anchor} dir="auto">
            {other.headline}
          </ArticleLink>{' '}
          {sourceName ? (
            <span className="quote-sources-meta">
              {sourceName(other.sourceSlug)}, <TimeStamp date={other.date} />
            </span>
          ) : (
            <TimeStamp date={other.date} />
          )}
        </li>
      ))}
      {more > 0 && (
        <li>
          and {more} more {more === 1 ? 'article' : 'articles'}
        </li>
      )}
    </ul>
  );
}
