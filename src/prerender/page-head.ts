/**
 * The `<head>` of a pre-rendered page: title, description, canonical URL, Open Graph and Twitter
 * card tags, and JSON-LD, from the same documents the page renders. Seed text is untrusted: every
 * value is escaped for its place (attribute or text), and the JSON-LD is made safe to sit inside a
 * `<script>` element (no `<`, `>` or `&` survives as itself, so `</script>` cannot end it early).
 */
import type { Article, ArticleSummary } from '../contract/schema.ts';
import { isWeakAttribution } from '../contract/text.ts';
import type { OrganisationDocument, QuoteRow, SpeakerDocument } from '../contract/views.ts';
import { CONTROL_CHARACTERS, oneLine } from '../lib/one-line.ts';
import type { NamedView } from '../lib/query-label.ts';
import { filterPhrase, inQuotes, listTitle, queryView } from '../lib/query-label.ts';
import { formatCount } from '../lib/numbers.ts';

export const SITE_NAME = 'Newsreader';
const SITE_DESCRIPTION = 'Read news articles, their quotes and the organisations they mention.';
/** Search engines show about this many characters of a description. */
const DESCRIPTION_LENGTH = 200;

/** What a page shows, as far as its head needs to know. */
export type PageData =
  | { kind: 'article'; article: Article }
  | { kind: 'articles'; items: readonly ArticleSummary[]; total: number; view?: ListViewHead }
  | { kind: 'quotes'; items: readonly QuoteRow[]; total: number; view?: ListViewHead }
  | { kind: 'organisation'; document: OrganisationDocument }
  | { kind: 'speaker'; document: SpeakerDocument }
  | { kind: 'not-found' };

/**
 * A list rendered on request for a URL with search params (`npm start`, src/prerender/on-request.ts):
 * its query and filters, by name, title the page as the app does, and its description counts the
 * matches.
 */
export type ListViewHead = NamedView;

export interface HeadFields {
  /** The document title, as the app's `PageTitle` sets it. */
  title: string;
  /** The page's own title, for Open Graph and Twitter. */
  pageTitle: string;
  description: string;
  /** Absolute; null for the not-found page, which must not be indexed. */
  canonical: string | null;
  ogType: 'article' | 'profile' | 'website';
  /**
   * A robots directive for an indexable address that search engines should still not index: a
   * list with search params (every combination of filters is a page of its own; its links are
   * followed to the articles, which are indexed).
   */
  robots?: string;
  publishedTime: string | null;
  jsonLd: Record<string, unknown> | null;
}

/**
 * `siteUrl` is the app's public root URL ending in `/` (`https://news.example.org/news/`), or,
 * when the build was not told its address (`NEWSREADER_SITE_URL`), its base path (`/news/`), which
 * makes root-relative URLs; `path` is an app path (`/articles/x`).
 */
export function absoluteUrl(siteUrl: string, path: string): string {
  const relative = path.replace(/^\//, '');
  return isAbsolute(siteUrl) ? new URL(relative, siteUrl).toString() : `${siteUrl}${relative}`;
}

function isAbsolute(url: string): boolean {
  return /^https?:\/\//.test(url);
}

/** The head of a page, as fields (what the tests compare with the data). */
export function headFields(page: PageData, path: string, siteUrl: string): HeadFields {
  const canonical = absoluteUrl(siteUrl, path);
  const titled = (pageTitle: string) => `${pageTitle} – ${SITE_NAME}`;
  switch (page.kind) {
    case 'article': {
      const { article } = page;
      return {
        title: titled(article.headline),
        pageTitle: article.headline,
        description: shorten(article.excerpt || article.paragraphs[0] || article.headline),
        canonical,
        ogType: 'article',
        publishedTime: article.date,
        jsonLd: newsArticle(article, canonical),
      };
    }
    case 'articles':
    case 'quotes': {
      const isArticles = page.kind === 'articles';
      const listName = isArticles ? 'Articles' : 'Quotes';
      const view = page.view ?? queryView(null);
      const query = view.query;
      // As the app's list page titles itself (list-page.tsx).
      const pageTitle = listTitle(listName, view);
      const filters = filterPhrase(listName, view);
      const count = `${formatCount(page.total)} ${isArticles ? 'news ' : ''}${
        isArticles ? (page.total === 1 ? 'article' : 'articles') : page.total === 1 ? 'quote' : 'quotes'
      }`;
      const description =
        page.view !== undefined
          ? `${count} ${page.total === 1 ? 'matches' : 'match'} this view${query ? `, a search for ${inQuotes(query)}` : ''}${filters && ` (${filters})`}.`
          : isArticles
            ? `${count}, newest first, with their quotes and the organisations they mention.`
            : `${count} from the news, with who said them and where.`;
      const itemUrls = isArticles
        ? page.items.map((item) => absoluteUrl(siteUrl, articlePath(item.id)))
        : page.items.map((item) => absoluteUrl(siteUrl, `${articlePath(item.articleId)}#${item.anchor}`));
      return {
        title: titled(pageTitle),
        pageTitle,
        description,
        canonical,
        ...(page.view === undefined ? {} : { robots: 'noindex, follow' }),
        ogType: 'website',
        publishedTime: null,
        jsonLd: {
          '@context': 'https://schema.org',
          '@type': 'CollectionPage',
          name: pageTitle,
          url: canonical,
          mainEntity: {
            '@type': 'ItemList',
            numberOfItems: page.total,
            itemListElement: itemUrls.map((url, i) => ({ '@type': 'ListItem', position: i + 1, url })),
          },
        },
      };
    }
    case 'organisation': {
      const { organisation, quoteCount } = page.document;
      const articleCount = page.document.articles.length;
      return {
        title: titled(organisation.name),
        pageTitle: organisation.name,
        description: shorten(
          `${organisation.name}: mentioned in ${formatCount(articleCount)} ${articleCount === 1 ? 'article' : 'articles'}, which hold ${formatCount(quoteCount)} ${quoteCount === 1 ? 'quote' : 'quotes'}.`,
        ),
        canonical,
        ogType: 'website',
        publishedTime: null,
        jsonLd: {
          '@context': 'https://schema.org',
          '@type': 'Organization',
          name: organisation.name,
          ...(organisation.aliases.length > 0 ? { alternateName: organisation.aliases } : {}),
          url: canonical,
          ...(organisation.parent !== null
            ? {
                parentOrganization: {
                  '@type': 'Organization',
                  name: page.document.parentName ?? organisation.parent,
                  url: absoluteUrl(siteUrl, organisationPath(organisation.parent)),
                },
              }
            : {}),
        },
      };
    }
    case 'speaker': {
      const { speaker, speakerKind, roles, latestQuotes } = page.document;
      const count = page.document.quotes.length;
      const role = roles[0]?.role;
      // The newest quote whose attribution is certain: an unfurl must not put words in a mouth.
      const quote = latestQuotes.find((row) => !isWeakAttribution(row));
      const said = shorten(
        // The role last: a long one is cut, never the count.
        `${speaker.name}: ${formatCount(count)} ${count === 1 ? 'quote' : 'quotes'} in the news${role ? `, as ${role}` : ''}.`,
      );
      // The quote is cut to what the description has room for, inside its quotation marks.
      const room = DESCRIPTION_LENGTH - said.length - ' Latest: “”'.length;
      return {
        title: titled(speaker.name),
        pageTitle: speaker.name,
        description: room >= 40 && quote ? `${said} Latest: “${shorten(quote.text, room)}”` : shorten(said),
        canonical,
        ogType: 'profile',
        publishedTime: null,
        jsonLd: {
          '@context': 'https://schema.org',
          '@type': 'ProfilePage',
          url: canonical,
          mainEntity:
            speakerKind === 'organisation'
              ? { '@type': 'Organization', name: speaker.name }
              : { '@type': 'Person', name: speaker.name, ...(role ? { jobTitle: role } : {}) },
        },
      };
    }
    case 'not-found':
      return {
        title: titled('Page not found'),
        pageTitle: 'Page not found',
        description: 'There is nothing at this address. The link may be mistyped or out of date.',
        canonical: null,
        ogType: 'website',
        publishedTime: null,
        jsonLd: null,
      };
  }
}

/** The schema.org description of an article, with its quotations. */
function newsArticle(article: Article, url: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: shorten(article.excerpt || article.headline),
    datePublished: article.date,
    url,
    mainEntityOfPage: url,
    wordCount: article.wordCount,
    publisher: { '@type': 'Organization', name: article.source },
    ...(article.organisations.length > 0
      ? { mentions: article.organisations.map((org) => ({ '@type': 'Organization', name: org.name })) }
      : {}),
    ...(article.quotes.length > 0
      ? {
          hasPart: article.quotes.map((quote) => ({
            '@type': 'Quotation',
            text: quote.text,
            url: `${url}#${quote.anchor}`,
            // An uncertain attribution (a pronoun or a description) is not stated as fact.
            ...(quote.speaker !== null && !isWeakAttribution(quote)
              ? { creator: quoteCreator(article, quote.speaker, quote.speakerSlug, quote.role) }
              : {}),
          })),
        }
      : {}),
  };
}

/** A quotation's creator: one of the article's organisations ("the NBA said") or a person. */
function quoteCreator(
  article: Article,
  speaker: string,
  slug: string | null,
  role: string | null,
): Record<string, unknown> {
  const folded = speaker.toLowerCase();
  const organisation = article.organisations.some(
    (org) =>
      org.slug === slug ||
      org.name.toLowerCase() === folded ||
      org.aliases.some((alias) => alias.toLowerCase() === folded),
  );
  if (organisation) return { '@type': 'Organization', name: speaker };
  return { '@type': 'Person', name: speaker, ...(role ? { jobTitle: role } : {}) };
}

// The paths of src/lib/urls.ts, which the prerender's Node side cannot import through the app.
function articlePath(id: string): string {
  return `/articles/${encodeURIComponent(id)}`;
}
function organisationPath(slug: string): string {
  return `/organisations/${encodeURIComponent(slug)}`;
}

/** One line of at most `DESCRIPTION_LENGTH` characters, cut at a word with "…" (`oneLine`). */
export function shorten(text: string, limit = DESCRIPTION_LENGTH): string {
  return oneLine(text, limit);
}

/** Text for an HTML attribute value in double quotes, or for element content. */
export function escapeHtml(text: string): string {
  return text
    .replace(CONTROL_CHARACTERS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON that cannot end or open anything inside `<script>`: `<`, `>`, `&` and line separators escaped. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The head's elements as HTML. */
export function headHtml(fields: HeadFields): string {
  const meta = (attribute: 'name' | 'property', key: string, content: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;
  const lines = [
    `<title>${escapeHtml(fields.title)}</title>`,
    meta('name', 'description', fields.description),
  ];
  if (fields.canonical === null) lines.push(meta('name', 'robots', 'noindex'));
  else {
    lines.push(`<link rel="canonical" href="${escapeHtml(fields.canonical)}" />`);
    if (fields.robots !== undefined) lines.push(meta('name', 'robots', fields.robots));
  }
  lines.push(
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:type', fields.ogType),
    meta('property', 'og:title', fields.pageTitle),
    meta('property', 'og:description', fields.description),
  );
  // Open Graph wants an absolute URL; without the site's address the tag is left out.
  if (fields.canonical !== null && isAbsolute(fields.canonical))
    lines.push(meta('property', 'og:url', fields.canonical));
  if (fields.publishedTime !== null)
    lines.push(meta('property', 'article:published_time', fields.publishedTime));
  lines.push(
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', fields.pageTitle),
    meta('name', 'twitter:description', fields.description),
  );
  if (fields.jsonLd !== null)
    lines.push(`<script type="application/ld+json">${jsonForScript(fields.jsonLd)}</script>`);
  return lines.join('\n    ');
}

export { SITE_DESCRIPTION };
