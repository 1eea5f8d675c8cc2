import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../contract/schema.ts';
import { ArticleLink } from '../../../components/article-link.tsx';
import { LightLink } from '../../../components/light-link.tsx';
import { HighlightedText, SnippetText } from '../../../components/highlighted-text.tsx';
import type { Snippet } from '../../../lib/snippets.ts';
import { TimeStamp } from '../../../components/time-stamp.tsx';

/**
 * How many organisations a card shows before "+N more": the summary lists them most relevant
 * first (named in the headline, then most mentioned), so the first few say what the story is about.
 */
export const CARD_ORGANISATIONS = 3;

export function ArticleListItem({
  article,
  words,
  phrases,
  organisationName,
  organisationHref,
  includedIn = noneIncluded,
  snippet = null,
}: {
  article: ArticleSummary;
  words: readonly string[];
  /** Quoted phrases of the query, marked whole in the headline and the excerpt. */
  phrases?: readonly string[][] | undefined;
  /** With a query: where the article's text matched; shown instead of the excerpt. */
  snippet?: Snippet | null;
  organisationName: (slug: string) => string;
  /**
   * Where an organisation chip leads: the list with that organisation added to the filters; null
   * when the list is filtered by it already (the chip then shows as that filter, and is no link).
   */
  organisationHref: (slug: string) => string | null;
  /**
   * For an organisation the list's filter selects through another that includes it ("European
   * Council" under "European Union"): that one's name; null for any other.
   */
  includedIn?: (slug: string) => string | null;
}) {
  const headingId = `article-${article.id}-heading`;
  return (
    <li data-list-item className="article-item">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="article-item-headline" dir="auto">
          <ArticleLink articleId={article.id} data-list-primary>
            <HighlightedText text={article.headline} words={words} phrases={phrases} />
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
            <HighlightedText text={article.excerpt} words={words} phrases={phrases} />
          </p>
        )}
        {article.organisations.length > 0 && (
          <OrganisationChips
            slugs={article.organisations}
            organisationName={organisationName}
            organisationHref={organisationHref}
            includedIn={includedIn}
          />
        )}
      </article>
    </li>
  );
}

/** No organisation is selected through another. */
const noneIncluded = (): null => null;

function OrganisationChips({
  slugs,
  organisationName,
  organisationHref,
  includedIn,
}: {
  slugs: readonly string[];
  organisationName: (slug: string) => string;
  organisationHref: (slug: string) => string | null;
  includedIn: (slug: string) => string | null;
}) {
  const [expanded, setExpanded] = useState(false);
  // "+N more" comes after the chips it reveals: focus goes to the first of them, so Tab goes on
  // through the rest in order instead of on to the next card.
  const list = useRef<HTMLUListElement>(null);
  const revealing = useRef(false);
  useEffect(() => {
    if (!revealing.current) return;
    revealing.current = false;
    // The first revealed chip that is a link: one for the list's own filter is plain text.
    const items = [...(list.current?.children ?? [])].slice(CARD_ORGANISATIONS);
    items
      .map((item) => item.querySelector<HTMLElement>('a.chip'))
      .find(Boolean)
      ?.focus();
  }, [expanded]);
  // The list's own filters first, then what they include: the card shows why it matched, never
  // behind "+N more".
  const ordered = useMemo(() => {
    const active = slugs.filter((slug) => organisationHref(slug) === null);
    const included = slugs.filter((slug) => !active.includes(slug) && includedIn(slug) !== null);
    if (active.length + included.length === 0) return slugs;
    const first = [...active, ...included];
    return [...first, ...slugs.filter((slug) => !first.includes(slug))];
  }, [slugs, organisationHref, includedIn]);
  const hidden = slugs.length - CARD_ORGANISATIONS;
  // "+1 more" would take the room of the one chip it hides.
  const shown = expanded || hidden <= 1 ? ordered : ordered.slice(0, CARD_ORGANISATIONS);
  return (
    <ul className="chips" aria-label="Organisations mentioned" ref={list}>
      {shown.map((slug) => {
        const href = organisationHref(slug);
        return (
          <li key={slug}>
            {href === null ? (
              // A link here would lead to the list shown, at its first page: the chip says instead
              // that this organisation is what the list is filtered by (removed above the results).
              <span className="chip chip-active">
                <span aria-hidden="true">✓ </span>
                {organisationName(slug)}
                <span className="visually-hidden"> (this list’s filter)</span>
              </span>
            ) : (
              <OrganisationLink href={href} name={organisationName(slug)} includedIn={includedIn(slug)} />
            )}
          </li>
        );
      })}
      {hidden > 1 && (
        <li>
          <button
            type="button"
            className="chip chip-more"
            aria-expanded={expanded}
            onClick={() => {
              revealing.current = !expanded;
              setExpanded(!expanded);
            }}
          >
            {expanded ? (
              <>
                Fewer<span className="visually-hidden"> organisations</span>
              </>
            ) : (
              <>
                +{hidden} more<span className="visually-hidden"> organisations</span>
              </>
            )}
          </button>
        </li>
      )}
    </ul>
  );
}

/**
 * A chip that adds its organisation to the filters. One the filters already select through an
 * organisation that includes it is marked as such: the card matched through it.
 */
function OrganisationLink({
  href,
  name,
  includedIn,
}: {
  href: string;
  name: string;
  includedIn: string | null;
}) {
  if (includedIn === null)
    return (
      <LightLink className="chip" to={href} aria-label={`Filter by ${name}`}>
        {name}
      </LightLink>
    );
  const why = `part of ${includedIn}, this list’s filter`;
  return (
    <LightLink
      className="chip chip-included"
      to={href}
      aria-label={`Filter by ${name} (${why})`}
      title={`${name} is ${why}`}
    >
      <span aria-hidden="true">✓ </span>
      {name}
    </LightLink>
  );
}
