import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { Link, data, useParams } from 'react-router';
import { ArticleLink } from '../../components/article-link.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { TimeStamp } from '../../components/time-stamp.tsx';
import { OrganisationTimeline } from '../../features/organisations/components/organisation-timeline.tsx';
import { QuoteCard } from '../../features/quotes/components/quote-card.tsx';
import { ArticleTimelineLink } from '../../features/timeline/components/timeline-brush.tsx';
import { corpusQueries } from '../../lib/api/corpus-queries.ts';
import { firstQueries } from '../../lib/api/first-queries.ts';
import { EMPTY_FILTERS, paths } from '../../lib/urls.ts';
import { EntityNotes, redirectUnknownSlug } from './entity-page.tsx';
import { NotFoundPage } from './not-found.tsx';
import type { OrganisationDocument } from '../../contract/views.ts';
import { formatCount } from '../../lib/numbers.ts';

export function organisationLoader(queryClient: QueryClient) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    const slug = params.slug ?? '';
    const organisation = await firstQueries.organisation(queryClient, slug);
    await redirectUnknownSlug(
      { kind: 'organisation', slug },
      organisation !== null,
      async (lower) => (await firstQueries.organisation(queryClient, lower)) !== null,
      () => queryClient.query(corpusQueries.renamedSlugs()),
      request,
    );
    if (organisation === null) {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- react-router's documented way to answer 404 from a loader
      throw data(`No organisation is called “${slug}” in this collection.`, { status: 404 });
    }
    // The timeline's counts load with the page (not after its first render), so a pre-rendered
    // page is taken over with the timeline it showed: nothing moves.
    queryClient
      .query(corpusQueries.histogram('articles', { ...EMPTY_FILTERS, orgs: [slug] }))
      .catch(() => undefined);
    return null;
  };
}

export function Component() {
  const slug = useParams().slug ?? '';
  const { data: document } = useSuspenseQuery(corpusQueries.organisation(slug));
  // The loader has checked the slug; this only guards a stale render during navigation.
  if (!document) return <NotFoundPage />;
  return <OrganisationDetails document={document} />;
}

function OrganisationDetails({ document }: { document: OrganisationDocument }) {
  const { organisation, children, parentName } = document;
  const { slug, parent } = organisation;
  const articleCount = document.articles.length;
  const quoteCount = document.quoteCount;
  const { data: meta } = useSuspenseQuery(corpusQueries.meta());
  const filters = { ...EMPTY_FILTERS, orgs: [slug] };

  return (
    <div className="organisation-page">
      <PageTitle title={organisation.name} />
      <h1>{organisation.name}</h1>
      <EntityNotes
        entity={{ kind: 'organisation', slug }}
        list={`Articles mentioning ${organisation.name}`}
      />
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
              <Link to={paths.organisation(parent)}>{parentName ?? parent}</Link>
            </dd>
          </div>
        )}
        {children.length > 0 && (
          <div>
            <dt>Includes</dt>
            <dd>
              <ul className="inline-list">
                {children.map((child) => (
                  <li key={child.slug}>
                    <Link to={paths.organisation(child.slug)}>{child.name}</Link>
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
              {formatCount(articleCount)} {articleCount === 1 ? 'article' : 'articles'}
            </Link>
            {children.length > 0 && ' (counting the organisations it includes)'}, which hold{' '}
            <Link to={paths.quotes({ orgs: [slug] })}>
              {formatCount(quoteCount)} {quoteCount === 1 ? 'quote' : 'quotes'}
            </Link>
          </dd>
        </div>
      </dl>

      <ArticleTimelineLink days={meta.days} filters={filters} heading="Articles over time" />

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Mentions over time</h2>
        <OrganisationTimeline rows={document.timeline} granularity={document.granularity} />
      </section>

      <section aria-labelledby="org-articles-heading">
        <h2 id="org-articles-heading">Articles</h2>
        <ol className="compact-list">
          {document.latestArticles.map((article) => (
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
        {quoteCount === 0 ? (
          <p>The articles mentioning {organisation.name} hold no quotes.</p>
        ) : (
          <>
            <ol className="quote-list">
              {document.latestQuotes.map((quote) => (
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
