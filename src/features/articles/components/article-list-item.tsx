import { Link } from 'react-router';
import type { ArticleSummary } from '../../../contract/schema.ts';
import { ArticleLink } from '../../../components/article-link.tsx';
import { HighlightedText, SnippetText } from '../../../components/highlighted-text.tsx';
import type { Snippet } from '../../../lib/snippets.ts';
import { TimeStamp } from '../../../components/time-stamp.tsx';

export function ArticleListItem({
  article,
  words,
  organisationName,
  organisationHref,
  snippet = null,
}: {
  article: ArticleSummary;
  words: readonly string[];
  /** With a query: where the article's text matched; shown instead of the excerpt. */
  snippet?: Snippet | null;
  organisationName: (slug: string) => string;
  /** Where an organisation chip leads: the list with that organisation added to the filters. */
  organisationHref: (slug: string) => string;
}) {
  const headingId = `article-${article.id}-heading`;
  return (
    <li data-list-item className="article-item">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="article-item-headline" dir="auto">
          <ArticleLink articleId={article.id} data-list-primary>
            <HighlightedText text={article.headline} words={words} />
          </ArticleLink>
        </h3>
        <p className="meta">
          <TimeStamp date={article.date} />
          <bdi>{article.source}</bdi>
          <span>
            {article.quoteCount} {article.quoteCount === 1 ? 'quote' : 'quotes'}
          </span>
          <span>{article.readingMinutes} min read</span>
        </p>
        {snippet ? (
          <p className="excerpt snippet" dir="auto">
            <SnippetText snippet={snippet} />
          </p>
        ) : (
          <p className="excerpt" dir="auto">
            <HighlightedText text={article.excerpt} words={words} />
          </p>
        )}
        {article.organisations.length > 0 && (
          <ul className="chips" aria-label="Organisations mentioned">
            {article.organisations.map((slug) => (
              <li key={slug}>
                <Link
                  className="chip"
                  to={organisationHref(slug)}
                  aria-label={`Filter by ${organisationName(slug)}`}
                >
                  {organisationName(slug)}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </article>
    </li>
  );
}
