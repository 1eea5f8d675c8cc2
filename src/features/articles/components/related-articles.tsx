import { ArticleLink } from '../../../components/article-link.tsx';
import { RetryButton } from '../../../components/retry-button.tsx';
import { TimeStamp } from '../../../components/time-stamp.tsx';
import type { RelatedArticle } from '../../../contract/views.ts';

/** "NATO, Iraq and Tom Goffus": names joined as a sentence would. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

/** Why an article is related: "Shares NATO and Tom Goffus". */
export function relatedReason(related: Pick<RelatedArticle, 'organisations' | 'speakers'>): string {
  const names = [...related.organisations, ...related.speakers];
  return names.length === 0 ? 'Close in time' : `Shares ${joinNames(names)}`;
}

/**
 * The articles the build found most related to this one, each with the reason; when they could
 * not be loaded (`onRetry` given), says so with a way to try again rather than leaving no trace,
 * that they are loading while they are asked for again (`retrying`), and, asked again, that there
 * are none (`failedBefore`).
 */
export function RelatedArticles({
  related,
  onRetry,
  retrying = false,
  failedBefore = false,
}: {
  related: readonly RelatedArticle[] | undefined;
  onRetry?: (() => void) | null;
  /** They are being asked for again after they could not be loaded (Try again). */
  retrying?: boolean;
  /** They could not be loaded before: an empty answer to Try again is said, not left out. */
  failedBefore?: boolean;
}) {
  // While a retry loads, the section stays (it went, with the focus on its Try again); and when
  // the retry finds none, it stays to say so (it went, and the focus on its heading with it).
  if ((!related && (onRetry || retrying)) || (related?.length === 0 && failedBefore))
    return (
      <section className="related-articles" aria-labelledby="related-heading">
        <h2 id="related-heading" tabIndex={-1}>
          Related articles
        </h2>
        <p className="hint" role="status">
          {onRetry ? (
            <>
              The related articles could not be loaded.{' '}
              <RetryButton onRetry={onRetry} focusAfter={() => document.getElementById('related-heading')} />
            </>
          ) : related ? (
            'No related articles were found.'
          ) : (
            'Loading the related articles…'
          )}
        </p>
      </section>
    );
  if (!related || related.length === 0) return null;
  return (
    <section className="related-articles" aria-labelledby="related-heading">
      {/* The same heading as above, focusable: focus goes to it from Try again (`RetryButton`). */}
      <h2 id="related-heading" tabIndex={-1}>
        Related articles
      </h2>
      <ol className="compact-list">
        {related.map((article) => (
          <li key={article.id} data-list-item>
            <ArticleLink articleId={article.id} data-list-primary dir="auto">
              {article.headline}
            </ArticleLink>{' '}
            <TimeStamp date={article.date} />
            <p className="related-reason">{relatedReason(article)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
