import { ArticleLink } from '../../../components/article-link.tsx';
import { TimeStamp } from '../../../components/time-stamp.tsx';
import type { Corroboration } from '../../../lib/engine/types.ts';

/** "Also in 3 other articles", opening onto those articles (each linking to the quote there). */
export function CorroborationNote({ corroboration }: { corroboration: Corroboration }) {
  const { articleCount, others } = corroboration;
  const more = articleCount - others.length;
  return (
    <details className="corroboration">
      <summary>
        Also in {articleCount} other {articleCount === 1 ? 'article' : 'articles'}
      </summary>
      <ul>
        {others.map((other) => (
          <li key={`${other.articleId}#${other.anchor}`}>
            <ArticleLink articleId={other.articleId} anchor={other.anchor} dir="auto">
              {other.headline}
            </ArticleLink>{' '}
            <TimeStamp date={other.date} />
          </li>
        ))}
        {more > 0 && (
          <li>
            and {more} more {more === 1 ? 'article' : 'articles'}
          </li>
        )}
      </ul>
    </details>
  );
}
