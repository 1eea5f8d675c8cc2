import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { Link, useParams } from 'react-router';
import { TableScroll } from '../../components/table-scroll.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { TimeStamp } from '../../components/time-stamp.tsx';
import type { SpeakerDocument } from '../../contract/views.ts';
import { QuoteCard } from '../../features/quotes/components/quote-card.tsx';
import { ArticleTimelineLink } from '../../features/timeline/components/timeline-brush.tsx';
import { corpusQueries } from '../../lib/api/corpus-queries.ts';
import { firstQueries } from '../../lib/api/first-queries.ts';
import { EMPTY_FILTERS, paths } from '../../lib/urls.ts';
import { EntityNotes, redirectUnknownSlug } from './entity-page.tsx';
import { formatCount } from '../../lib/numbers.ts';
import { foldRoles } from '../../lib/speaker-roles.ts';

export function speakerLoader(queryClient: QueryClient) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    const slug = params.slug ?? '';
    // An unknown speaker is a page that says so (with somewhere to go), not an error.
    const [, speaker] = await firstQueries.speaker(queryClient, slug);
    await redirectUnknownSlug(
      { kind: 'speaker', slug },
      speaker !== null,
      async (lower) => (await firstQueries.speaker(queryClient, lower))[1] !== null,
      () => queryClient.query(corpusQueries.renamedSlugs()),
      request,
    );
    // The timeline's counts load with the page (not after its first render), so a pre-rendered
    // page is taken over with the timeline it showed: nothing moves.
    queryClient
      .query(corpusQueries.histogram('articles', { ...EMPTY_FILTERS, speaker: params.slug ?? '' }))
      .catch(() => undefined);
    return null;
  };
}

export function Component() {
  const slug = useParams().slug ?? '';
  const { data: document } = useSuspenseQuery(corpusQueries.speaker(slug));
  if (!document) return <UnknownSpeaker slug={slug} />;
  return <SpeakerDetails document={document} />;
}

function UnknownSpeaker({ slug }: { slug: string }) {
  const shown = slug.length > 60 ? `${slug.slice(0, 60)}…` : slug;
  return (
    <div className="speaker-page">
      <PageTitle title="Speaker not found" />
      <h1>Speaker not found</h1>
      <p role="note">
        No speaker is called “{shown}” in this collection. The link may be mistyped, or the speaker’s quotes
        may have been removed.
      </p>
      <p>
        <Link to={paths.quotes()}>Browse every quote and its speakers</Link>
      </p>
    </div>
  );
}

function SpeakerDetails({ document }: { document: SpeakerDocument }) {
  const { speaker, organisations } = document;
  // One row per role whatever its capitals ("Prime Minister", "prime minister").
  const roles = foldRoles(document.roles);
  const { data: meta } = useSuspenseQuery(corpusQueries.meta());
  const quoteCount = document.quotes.length;
  // The roles count the quotes whose article gives one; the rest are said under the table, so
  // its rows and that line add up to the quote count above it (app hunt 8).
  const withoutRole = quoteCount - roles.reduce((sum, role) => sum + role.count, 0);
  const filters = { ...EMPTY_FILTERS, speaker: speaker.slug };
  return (
    <div className="speaker-page">
      <PageTitle title={speaker.name} />
      <h1>
        <bdi>{speaker.name}</bdi>
      </h1>
      <EntityNotes entity={{ kind: 'speaker', slug: speaker.slug }} list={`Quotes by ${speaker.name}`} />
      <p>
        <Link to={paths.quotes({ speaker: speaker.slug })}>
          {formatCount(quoteCount)} {quoteCount === 1 ? 'quote' : 'quotes'}
        </Link>{' '}
        in <Link to={paths.articles({ speaker: speaker.slug })}>the articles quoting {speaker.name}</Link>.
      </p>

      <ArticleTimelineLink days={meta.days} filters={filters} heading="Articles quoting them over time" />

      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">Roles over time</h2>
        {roles.length === 0 ? (
          <p>The articles give {speaker.name} no role.</p>
        ) : (
          <TableScroll>
            {(captionId) => (
              <table className="speaker-roles">
                <caption id={captionId}>Roles as the articles give them, most frequent first</caption>
                <thead>
                  <tr>
                    <th scope="col">Role</th>
                    <th scope="col">Quotes</th>
                    <th scope="col">Dates</th>
                  </tr>
                </thead>
                <tbody>
                  {roles.map((role) => (
                    <tr key={role.role}>
                      <th scope="row">
                        <bdi>{role.role}</bdi>
                      </th>
                      <td>{formatCount(role.count)}</td>
                      <td>
                        <TimeStamp date={role.first} short />
                        {role.last !== role.first && (
                          <span className="range-end">
                            {' – '}
                            <TimeStamp date={role.last} short />
                          </span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </TableScroll>
        )}
        {roles.length > 0 && withoutRole > 0 && (
          <p>
            And {formatCount(withoutRole)} {withoutRole === 1 ? 'quote' : 'quotes'} without a role.
          </p>
        )}
      </section>

      <section aria-labelledby="speaker-orgs-heading">
        <h2 id="speaker-orgs-heading">Organisations in the articles quoting them</h2>
        {organisations.length === 0 ? (
          <p>None of these articles names an organisation.</p>
        ) : (
          <ul className="chips">
            {organisations.slice(0, 30).map((org) => (
              <li key={org.slug}>
                <Link className="chip" to={paths.organisation(org.slug)}>
                  <bdi>{org.name}</bdi> ({formatCount(org.count)} {org.count === 1 ? 'article' : 'articles'})
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="speaker-quotes-heading">
        <h2 id="speaker-quotes-heading">Latest quotes</h2>
        <ol className="quote-list">
          {document.latestQuotes.map((quote) => (
            <QuoteCard key={`${quote.articleId}#${quote.anchor}`} quote={quote} words={[]} />
          ))}
        </ol>
        <p>
          <Link to={paths.quotes({ speaker: speaker.slug })}>All quotes by {speaker.name}</Link>
        </p>
      </section>
    </div>
  );
}
