import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { Link, data, useParams } from 'react-router';
import { ArticleLink } from '../../components/article-link.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { TimeStamp } from '../../components/time-stamp.tsx';
import { OrganisationTimeline } from '../../features/organisations/components/organisation-timeline.tsx';
import { QuoteCard } from '../../features/quotes/components/quote-card.tsx';
import { articleQueries, quoteQueries } from '../../lib/api/corpus-queries.ts';
import { corpusLookups } from '../../lib/corpus-lookups.ts';
import { organisationActivity } from '../../lib/organisation-stats.ts';
import { paths } from '../../lib/urls.ts';
import { NotFoundPage } from './not-found.tsx';
import type { CorpusIndex, OrganisationEntry, QuoteEntry } from '../../contract/schema.ts';

/** How many of its articles and quotes the page shows before linking to the filtered lists. */
const PREVIEW_COUNT = 10;

export function organisationLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const slug = params.slug ?? '';
    const [index] = await Promise.all([
      queryClient.query(articleQueries.index()),
      queryClient.query(quoteQueries.all()),
    ]);
    if (!corpusLookups(index).organisationBySlug.has(slug)) {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- react-router's documented way to answer 404 from a loader
      throw data(`No organisation is called “${slug}” in this collection.`, { status: 404 });
    }
    return null;
  };
}

export function OrganisationRoute() {
  const slug = useParams().slug ?? '';
  const { data: index } = useSuspenseQuery(articleQueries.index());
  const { data: quotes } = useSuspenseQuery(quoteQueries.all());
  const organisation = corpusLookups(index).organisationBySlug.get(slug);
  // The loader has checked the slug; this only guards a stale render during navigation.
  if (!organisation) return <NotFoundPage />;
  return <OrganisationDetails organisation={organisation} index={index} quotes={quotes} />;
}

function OrganisationDetails({
  organisation,
  index,
  quotes,
}: {
  organisation: OrganisationEntry;
  index: CorpusIndex;
  quotes: QuoteEntry[];
}) {
  const { slug, parent } = organisation;
  const lookups = corpusLookups(index);
  const activity = useMemo(() => organisationActivity(index, quotes, slug), [index, quotes, slug]);
  const children = lookups.childrenOf.get(slug) ?? [];

  return (
    <div className="organisation-page">
      <PageTitle title={organisation.name} />
      <h1>{organisation.name}</h1>
      <dl className="organisation-facts">
        {organisation.aliases.length > 0 && (
          <div>
            <dt>Also known as</dt>
            <dd>{organisation.aliases.join(', ')}</dd>
          </div>
        )}
        {parent !== null && (
          <div>
            <dt>Part of</dt>
            <dd>
              <Link to={paths.organisation(parent)}>{lookups.organisationName(parent)}</Link>
            </dd>
          </div>
        )}
        {children.length > 0 && (
          <div>
            <dt>Includes</dt>
            <dd>
              <ul className="inline-list">
                {children.map((child) => (
                  <li key={child}>
                    <Link to={paths.organisation(child)}>{lookups.organisationName(child)}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div>
          <dt>Mentioned in</dt>
          <dd>
            <Link to={paths.articles({ orgs: [slug] })}>
              {activity.articles.length} {activity.articles.length === 1 ? 'article' : 'articles'}
            </Link>
            {children.length > 0 && ' (counting the organisations it includes)'}, which hold{' '}
            <Link to={paths.quotes({ orgs: [slug] })}>
              {activity.quotes.length} {activity.quotes.length === 1 ? 'quote' : 'quotes'}
            </Link>
          </dd>
        </div>
      </dl>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Mentions over time</h2>
        <OrganisationTimeline rows={activity.timeline} granularity={activity.granularity} />
      </section>

      <section aria-labelledby="org-articles-heading">
        <h2 id="org-articles-heading">Articles</h2>
        <ol className="compact-list">
          {activity.articles.slice(0, PREVIEW_COUNT).map((article) => (
            <li key={article.id} data-list-item>
              <ArticleLink articleId={article.id} data-list-primary dir="auto">
                {article.headline}
              </ArticleLink>{' '}
              <TimeStamp date={article.date} />
            </li>
          ))}
        </ol>
        <p>
          <Link to={paths.articles({ orgs: [slug] })}>All articles mentioning {organisation.name}</Link>
        </p>
      </section>

      <section aria-labelledby="org-quotes-heading">
        <h2 id="org-quotes-heading">Quotes from these articles</h2>
        {activity.quotes.length === 0 ? (
          <p>The articles mentioning {organisation.name} hold no quotes.</p>
        ) : (
          <>
            <ol className="quote-list">
              {activity.quotes.slice(0, PREVIEW_COUNT).map((quote) => (
                <QuoteCard key={`${quote.articleId}#${quote.anchor}`} quote={quote} words={[]} />
              ))}
            </ol>
            <p>
              <Link to={paths.quotes({ orgs: [slug] })}>
                All quotes from articles mentioning {organisation.name}
              </Link>
            </p>
          </>
        )}
      </section>
    </div>
  );
}
