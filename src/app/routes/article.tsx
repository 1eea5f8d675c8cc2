import type { QueryClient } from '@tanstack/react-query';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { FocusEvent } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { Link, data, useHref, useLocation, useParams } from 'react-router';
import { ArticleLink } from '../../components/article-link.tsx';
import { CopyButton } from '../../components/copy-button.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { ShareButton } from '../../components/share-button.tsx';
import { TimeStamp } from '../../components/time-stamp.tsx';
import { ArticleBody } from '../../features/articles/components/article-body.tsx';
import { ArticleQuotes } from '../../features/articles/components/article-quotes.tsx';
import { RelatedArticles } from '../../features/articles/components/related-articles.tsx';
import { corpusQueries } from '../../lib/api/corpus-queries.ts';
import { firstQueries } from '../../lib/api/first-queries.ts';
import type { Article } from '../../contract/schema.ts';
import { NotFoundPage } from './not-found.tsx';
import { useReturnedToEntry } from '../returned-entry.ts';
import { RetryButton } from '../../components/retry-button.tsx';
import { retryIfFailed } from '../retry-failed.ts';
import { isArticleId, paths, quoteAnchorFromHash } from '../../lib/urls.ts';

function notFound(id: string): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- react-router's documented way to answer 404 from a loader
  throw data(`No article has the id “${id}”. It may have been removed, or the link is mistyped.`, {
    status: 404,
  });
}

export function articleLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const id = params.id ?? '';
    // An id that cannot be an article's never reaches the network.
    if (!isArticleId(id)) notFound(id);
    const article = await firstQueries.article(queryClient, id);
    if (article === null) notFound(id);
    // The neighbours sit below the article: they load after it, not before.
    queryClient.query(corpusQueries.neighbours(id, article.date)).catch(() => undefined);
    queryClient.query(corpusQueries.related(id, article.date)).catch(() => undefined);
    queryClient.query(corpusQueries.articleCorroborations(id, article.date)).catch(() => undefined);
    return null;
  };
}

/** Turns an app path into the absolute URL a reader can paste elsewhere. */
function useAbsoluteUrl(path: string): string {
  const href = useHref(path);
  // Pre-rendering (src/prerender/) has no window. The URL is only copied on a click, never shown,
  // so the stand-in origin never reaches a page.
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  return new URL(href, origin).toString();
}

export function Component() {
  const id = useParams().id ?? '';
  const { data: found } = useSuspenseQuery(corpusQueries.article(id));
  // The loader turned a missing article into a 404; this only guards a stale render.
  if (found === null) return <NotFoundPage />;
  return <ArticleView article={found} />;
}

function ArticleView({ article }: { article: Article }) {
  const neighboursQuery = useQuery(corpusQueries.neighbours(article.id, article.date));
  const neighbours = neighboursQuery.data;
  const retryNeighbours = retryIfFailed(neighboursQuery, neighbours);
  const relatedQuery = useQuery(corpusQueries.related(article.id, article.date));
  const related = relatedQuery.data;
  const { data: corroborations } = useQuery(corpusQueries.articleCorroborations(article.id, article.date));
  const { hash } = useLocation();
  const target = quoteAnchorFromHash(hash);
  const articleUrl = useAbsoluteUrl(paths.article(article.id));
  // The quote being read: the one the link named, then whichever quote the reader last focused.
  const [focusedQuote, setFocusedQuote] = useState<{ id: string; anchor: string } | null>(null);
  const noteFocusedQuote = (event: FocusEvent<HTMLElement>) => {
    const anchor = quoteAnchorFromHash(`#${event.target.id}`);
    if (anchor !== null) setFocusedQuote({ id: article.id, anchor });
  };

  const returnedToEntry = useReturnedToEntry();
  useEffect(() => {
    // Back to this page after reading on from it: the position restored is where the reader was
    // (decision: `scrollKey` in root-layout.tsx), not the quote the link once named.
    if (target === null || returnedToEntry()) return;
    const element = document.getElementById(target);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    // Focus lands on the quote so Tab continues from it, but the reader did not ask for the role
    // tooltip: it would open over the next line they are about to read. `data-arrived` keeps it
    // (and the focus ring; the target highlight already says where they are) closed until focus
    // leaves; hovering still shows it, and focusing the quote again does too.
    element.dataset.arrived = 'true';
    const settle = () => {
      delete element.dataset.arrived;
    };
    element.addEventListener('blur', settle, { once: true });
    element.focus({ preventScroll: true });
    return () => {
      element.removeEventListener('blur', settle);
      settle();
    };
  }, [target, article.id, returnedToEntry]);

  const older = neighbours?.older;
  const newer = neighbours?.newer;
  const missingTarget = target !== null && !article.quotes.some((quote) => quote.anchor === target);
  const readingAnchor = focusedQuote?.id === article.id ? focusedQuote.anchor : missingTarget ? null : target;
  const linkToShare = readingAnchor === null ? articleUrl : `${articleUrl}#${readingAnchor}`;

  return (
    <article className="article-page" aria-labelledby="article-headline" onFocus={noteFocusedQuote}>
      <PageTitle title={article.headline} />
      <header className="article-header">
        <h1 id="article-headline" dir="auto">
          {article.headline}
        </h1>
        <p className="meta">
          <TimeStamp date={article.date} />
          <Link to={paths.articles({ source: article.sourceSlug })}>{article.source}</Link>
          <span>{article.readingMinutes} min read</span>
        </p>
        <div className="share-actions">
          <CopyButton label="Copy link" text={linkToShare} />
          <ShareButton content={{ title: article.headline, url: linkToShare }} />
        </div>
      </header>
      {missingTarget && (
        <p className="notes-banner" role="note">
          This article has no {target.replace('-', ' ')}; the link may be out of date.
        </p>
      )}
      <ArticleBody article={article} targetAnchor={target} />
      <ArticleQuotes
        article={article}
        quoteUrl={(anchor) => `${articleUrl}#${anchor}`}
        corroborations={corroborations}
      />
      {article.organisations.length > 0 && (
        <section className="article-organisations" aria-labelledby="organisations-heading">
          <h2 id="organisations-heading">Organisations</h2>
          <ul className="chips">
            {article.organisations.map((org) => (
              <li key={org.slug}>
                <Link className="chip" to={paths.organisation(org.slug)}>
                  {org.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <RelatedArticles
        related={related}
        onRetry={retryIfFailed(relatedQuery, related)}
        // Asked again after failing (a query without data goes back to pending when it is).
        retrying={relatedQuery.isFetching && relatedQuery.errorUpdateCount > 0}
        failedBefore={relatedQuery.errorUpdateCount > 0}
      />
      {/* Focusable: focus goes to it from Try again (`RetryButton`). */}
      <nav
        className="article-neighbours"
        id="article-neighbours"
        aria-label="Neighbouring articles"
        tabIndex={-1}
      >
        {/* As the related articles: said, with Try again, rather than an empty landmark. */}
        {retryNeighbours && (
          <p className="hint" role="status">
            The previous and next articles could not be loaded.{' '}
            <RetryButton
              onRetry={retryNeighbours}
              focusAfter={() => document.getElementById('article-neighbours')}
            />
          </p>
        )}
        <ul>
          {older && (
            <li>
              <span className="neighbour-label">Previous (older)</span>
              <ArticleLink articleId={older.id} rel="prev" dir="auto">
                {older.headline}
              </ArticleLink>
            </li>
          )}
          {newer && (
            <li>
              <span className="neighbour-label">Next (newer)</span>
              <ArticleLink articleId={newer.id} rel="next" dir="auto">
                {newer.headline}
              </ArticleLink>
            </li>
          )}
        </ul>
      </nav>
    </article>
  );
}
