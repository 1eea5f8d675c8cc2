/**
 * Answers the list views' queries over the documents of layout 3 (`src/contract/views.ts`),
 * loading only what a query needs, with the same results, counts and order as
 * `analyseArticles` / `analyseQuotes` + `paginate` + `facetRows` give over `index.json`.
 *
 * Sets of article and quote numbers are sorted `Uint32Array`s (number-sets.ts); every document and
 * derived structure is cached, and a load in flight is shared. What each query loads:
 *
 * - always `meta.json` (dates → number ranges, sources, the search directories);
 * - `q`: per word one search document (`p-<hex>.json` or one chunk) of the view's index;
 * - `org`: `organisations/<slug>.json` per organisation;
 * - `speaker` (quotes): `speakers/<slug>.json`;
 * - `source`, and for quotes `org` or a date range: `columns.json` (sources and quote offsets);
 *   a date range needs no columns when meta carries the proposed `dayQuoteCounts`;
 * - the page: the article chunks (`articles/<k>.json`) or quote chunks holding its items; a quote
 *   page also reads the quotes either side of it, to keep an article's quotes in reading order;
 * - facets: `columns.json` and `organisations.json`, plus `speakers.json` for quotes; with
 *   `{ quick: true }` and no filter, nothing beyond meta.
 *
 * Three files: the documents and what is derived from them (`engine-documents.ts`), a request's
 * filters and the sets of numbers they select (`resolved-filters.ts`), and here what the views
 * ask of those sets: pages of a list in their order, snippets, facet counts, an article's
 * neighbours, timelines, related articles and corroborated quotes.
 */
import type { Article, ArticleSummary } from '../../contract/schema.ts';
import type {
  CarriedPage,
  OrganisationDocument,
  QuoteRow,
  RelatedArticle,
  SpeakerDocument,
} from '../../contract/views.ts';
import { adjacentPairs, phrasePairs } from '../../contract/search-pairs.ts';
import { ARTICLE_CHUNK_SIZE, QUOTE_CHUNK_SIZE } from '../../contract/views.ts';
import { PAGE_SIZE } from '../pagination.ts';
import { bestSnippet, type Snippet } from '../snippets.ts';
import type { Filters } from '../urls.ts';
import { EngineDocuments, KEEP, type QuoteGroups } from './engine-documents.ts';
import {
  countArticleOrganisations,
  countColumn,
  countQuoteOrganisations,
  facetRowsFrom,
} from './facet-counts.ts';
import { difference, intersect, lowerBound, stringBound } from './number-sets.ts';
import { PromiseCache } from './promise-cache.ts';
import { holds, phraseFirst } from './phrases.ts';
import { articlesOfQuotes, countArticleSpeakers, countPerDay } from './reading-counts.ts';
import { quoteListSequence, rankedOrder, scoreResults } from './ranking.ts';
import {
  articleResults,
  exactPhrase,
  quoteResults,
  resolvedKey,
  resolveFilters,
  selectedOrganisations,
  unfiltered,
  type Resolved,
  type View,
} from './resolved-filters.ts';
import type {
  Corroboration,
  GroupedQuote,
  QuoteGrouping,
  DocumentLoader,
  EngineMeta,
  FacetOptions,
  FacetResult,
  ListRequest,
  ListResult,
  LoadOptions,
  Neighbours,
} from './types.ts';
import { quoteKey } from './types.ts';

/** How many other articles a corroborated quote lists (the count says how many there are). */
const CORROBORATION_LIST = 5;
/** How many a grouped quotation lists as its sources on `/quotes`. */
const SOURCES_LIST = 20;

export class QueryEngine {
  private readonly docs: EngineDocuments;
  /** Result sets in relevance order, keyed by view and query, so paging does not rank again. */
  private readonly ranked = new PromiseCache<Uint32Array | null>(KEEP.ranked);
  /** Snippets by article and query: a page shown again (back, a facet count) costs nothing. */
  private readonly snippetCache = new PromiseCache<Snippet | null>(KEEP.snippets);

  constructor(loader: DocumentLoader, buildId: string) {
    this.docs = new EngineDocuments(loader, buildId);
  }

  // ---- Documents a route reads whole ----

  meta(): Promise<EngineMeta> {
    return this.docs.meta();
  }

  /** An organisation's page document, or null when there is no such organisation. */
  organisation(slug: string): Promise<OrganisationDocument | null> {
    return this.docs.organisation(slug);
  }

  /** A speaker's page document, or null when there is no such speaker. */
  speaker(slug: string): Promise<SpeakerDocument | null> {
    return this.docs.speaker(slug);
  }

  article(id: string): Promise<Article | null> {
    return this.docs.article(id);
  }

  /** Every organisation's other names (acronyms among them), for the organisation finder. */
  organisationAliases(): Promise<Record<string, string[]>> {
    return this.docs.organisationAliases();
  }

  // ---- Lists ----

  async listArticles(request: ListRequest): Promise<ListResult<ArticleSummary>> {
    const { r, page, ranked, exact, numbers, items, organisationNames, carried } =
      await this.articlePage(request);
    const [selected, snippets] = await Promise.all([
      this.selectedNames(r),
      r.words.length > 0 && request.snippets !== false ? this.snippets(items, r, carried) : undefined,
    ]);
    const includedIn = onPage(selected.includedIn, items);
    return {
      ...page.result,
      items,
      organisationNames: { ...organisationNames, ...selected.organisationNames },
      speakerNames: selected.speakerNames,
      unknown: r.unknown,
      order: listOrder(r, ranked),
      ...(includedIn && { includedIn }),
      ...(snippets && { snippets }),
      ...(exact && {
        phrase: {
          count: exact.length,
          first: ranked !== null,
          items: numbers.map((n) => holds(exact, n)),
        },
      }),
    };
  }

  /**
   * The snippets `listArticles` gives with a query, on their own: per item of the page, where its
   * text matched (null: no match in the body, or no query). Each costs the article's document.
   */
  async articleSnippets(request: ListRequest): Promise<(Snippet | null)[]> {
    const { r, items, carried } = await this.articlePage(request);
    if (r.words.length === 0) return items.map(() => null);
    return this.snippets(items, r, carried);
  }

  /** A page of an article list: the resolved request, its order and its items (from the chunks). */
  private async articlePage(request: ListRequest) {
    const r = await resolveFilters(this.docs, request.filters, 'articles');
    const { results } = await articleResults(this.docs, r);
    const page = pageOf(results.length, request.page);
    const exact = await exactPhrase(this.docs, r, 'articles', results);
    const ranked = r.byRelevance ? await this.rankedArticles(r, results, exact) : null;
    const numbers: number[] = [];
    if (ranked) for (let i = page.start; i < page.end; i++) numbers.push(ranked[i]!);
    // Oldest first: list position i is the (i + 1)-th smallest number.
    else if (r.oldest) for (let i = page.start; i < page.end; i++) numbers.push(results[i]!);
    // Newest first: list position i is the (i + 1)-th largest number.
    else for (let i = page.start; i < page.end; i++) numbers.push(results[results.length - 1 - i]!);
    const carried = ranked && page.start === 0 ? await this.carriedPage(r, numbers) : null;
    if (carried)
      return {
        r,
        page,
        ranked,
        exact,
        numbers,
        items: carried.summaries,
        organisationNames: carried.organisationNames,
        carried,
      };
    const chunks = await Promise.all(
      [...new Set(numbers.map((n) => Math.floor(n / ARTICLE_CHUNK_SIZE)))].map((k) =>
        this.docs.articleChunk(k, loadOptions(request)),
      ),
    );
    const byFirst = new Map(chunks.map((chunk) => [chunk.first, chunk]));
    const organisationNames: Record<string, string> = {};
    const items = numbers.map((n) => {
      const chunk = byFirst.get(n - (n % ARTICLE_CHUNK_SIZE))!;
      const summary = chunk.summaries[n - chunk.first]!;
      for (const slug of summary.organisations) {
        const name = chunk.organisationNames[slug];
        if (name !== undefined) organisationNames[slug] = name;
      }
      return summary;
    });
    return { r, page, ranked, exact, numbers, items, organisationNames, carried: null };
  }

  /**
   * The page its search document carries (decision 016), when the request is a search for one
   * word alone and the carried page is this page: the same numbers in the same order. Null
   * otherwise (a second word, a phrase, a filter, an older build): the page comes from the chunks.
   */
  private async carriedPage(r: Resolved, numbers: readonly number[]): Promise<CarriedPage | null> {
    if (r.words.length !== 1 || r.phrases.length > 0 || r.dated) return null;
    if (r.orgs.length > 0 || r.source !== null || r.speaker !== null) return null;
    const { firstPage } = await this.docs.wordMatches('articles', r.words[0]!);
    if (!firstPage || firstPage.numbers.length !== numbers.length) return null;
    return firstPage.numbers.every((n, i) => n === numbers[i]) ? firstPage : null;
  }

  /** The articles of a result set in relevance order, or null when the index has no impacts. */
  private rankedArticles(
    r: Resolved,
    results: Uint32Array,
    exact: Uint32Array | null,
  ): Promise<Uint32Array | null> {
    return this.ranked.get(`articles:${resolvedKey(r)}`, async () => {
      const words = await Promise.all(r.words.map((word) => this.docs.wordMatches('articles', word)));
      const scores = scoreResults(results, words);
      if (!scores) return null;
      const order = rankedOrder(results, scores);
      return exact ? phraseFirst(order, exact) : order;
    });
  }

  /** Quotes of a result set in relevance order (ties in list order), or null without impacts. */
  private rankedQuotes(
    r: Resolved,
    results: Uint32Array,
    exact: Uint32Array | null,
  ): Promise<Uint32Array | null> {
    return this.ranked.get(`quotes:${resolvedKey(r)}`, async () => {
      const words = await Promise.all(r.words.map((word) => this.docs.wordMatches('quotes', word)));
      const scores = scoreResults(results, words);
      if (!scores) return null;
      const { quoteArticle } = await this.docs.quoteOffsets();
      const order = rankedOrder(results, scores, quoteListSequence(results, quoteArticle));
      return exact ? phraseFirst(order, exact) : order;
    });
  }

  /**
   * Each article's snippet from its document (null when it cannot be read or shows no match); for
   * a carried page (one word alone, page 1), the snippets its search document carries, which the
   * build made with the same `bestSnippet` and query (decision 016): no article document is read.
   */
  private snippets(
    items: readonly ArticleSummary[],
    r: Resolved,
    carried: CarriedPage | null = null,
  ): Promise<(Snippet | null)[]> {
    if (carried?.snippets?.length === items.length) return Promise.resolve(carried.snippets);
    const query = { words: r.words, phrases: r.phrases };
    const key = JSON.stringify([r.words, r.phrases]);
    return Promise.all(
      items.map((item) =>
        this.snippetCache
          .get(`${item.id}\n${key}`, async () => {
            const article = await this.docs.article(item.id, { background: true });
            return article && bestSnippet(article.paragraphs, query);
          })
          // A failed load is not kept (the next query tries again); the card shows its excerpt.
          .catch(() => null),
      ),
    );
  }

  /**
   * The names of the organisations and the speaker the filters select, from their (already
   * loaded) documents, and which organisations a selected one includes (its children and the
   * organisations below them, from the same documents): an article mentioning only "European
   * Council" is in the list filtered by "European Union". An organisation two selected ones
   * include is marked as its parent's part when its parent is selected, else as the first
   * selected one's (in the link's order).
   */
  private async selectedNames(r: Resolved): Promise<{
    organisationNames: Record<string, string>;
    speakerNames: Record<string, string>;
    includedIn: Map<string, string>;
  }> {
    const [organisations, speaker] = await Promise.all([
      Promise.all(r.orgs.map((org) => this.organisation(org.slug))),
      r.speaker ? this.speaker(r.speaker.slug) : null,
    ]);
    const organisationNames: Record<string, string> = {};
    const includedIn = new Map<string, string>();
    const selected = new Set(r.orgs.map((org) => org.slug));
    const include = (slug: string, by: string) => {
      if (!selected.has(slug) && !includedIn.has(slug)) includedIn.set(slug, by);
    };
    for (const document of organisations) {
      if (!document) continue;
      organisationNames[document.organisation.slug] = document.organisation.name;
      for (const child of document.children) include(child.slug, document.organisation.slug);
    }
    // Then those further down, so an organisation whose parent is selected is marked as its part.
    for (const document of organisations) {
      if (!document) continue;
      for (const slug of document.descendants ?? []) include(slug, document.organisation.slug);
    }
    const speakerNames: Record<string, string> = {};
    if (speaker) speakerNames[speaker.speaker.slug] = speaker.speaker.name;
    return { organisationNames, speakerNames, includedIn };
  }

  async listQuotes(request: ListRequest): Promise<ListResult<QuoteRow>> {
    // `/quotes` without `fragments` splits the list at the fragments: ask for them beside meta,
    // not after it (its failure is met where the list awaits them).
    if (request.filters.fragments === 'last') this.docs.quoteFragments().catch(() => undefined);
    const r = await resolveFilters(this.docs, request.filters, 'quotes');
    const { results } = await quoteResults(this.docs, r);
    const page = pageOf(results.length, request.page);
    const { organisationNames, speakerNames } = await this.selectedNames(r);
    const exact = await exactPhrase(this.docs, r, 'quotes', results);
    const ranked = r.byRelevance ? await this.rankedQuotes(r, results, exact) : null;
    const base = {
      ...page.result,
      organisationNames,
      speakerNames,
      unknown: r.unknown,
      order: listOrder(r, ranked),
    } as const;
    /** Each row's phrase membership, by the index's own rule on the fields the row carries. */
    const withPhrase = (result: ListResult<QuoteRow>, fragments?: Uint32Array): ListResult<QuoteRow> => {
      if (!exact) return result;
      const pairs = r.phrases.flatMap((phrase) => phrasePairs(phrase));
      const items = result.items.map((row) => {
        const own = adjacentPairs([row.text, row.speaker ?? '', row.role ?? '', row.headline]);
        return pairs.every((pair) => own.has(pair));
      });
      const phrase = { count: exact.length, first: ranked !== null, items };
      return {
        ...result,
        phrase: fragments ? { ...phrase, fragments: intersect(exact, fragments).length } : phrase,
      };
    };
    const load = loadOptions(request);
    const rowsOf = (list: Uint32Array, start: number, end: number) =>
      Promise.all(Array.from(list.subarray(start, end), (q) => this.docs.quoteRow(q, load)));
    // A list in its order (ranked, or oldest first: ascending numbers, which is oldest article
    // first and reading order within it) is read at its positions; newest first by `quotePage`.
    const inOrder = (list: Uint32Array | null) => list ?? (r.oldest ? results : null);
    const pageOfList = (list: Uint32Array | null, numbers: Uint32Array, start: number, end: number) =>
      list ? rowsOf(list, start, end) : this.quotePage(numbers, start, end, load);
    if (r.fragments === 'inline')
      return withPhrase({ ...base, items: await pageOfList(inOrder(ranked), results, page.start, page.end) });
    if (r.fragments === 'hide') {
      // The results already leave fragments out; how many were left out is said to the reader.
      const [items, all] = await Promise.all([
        pageOfList(inOrder(ranked), results, page.start, page.end),
        quoteResults(this.docs, { ...r, fragments: 'inline' }),
      ]);
      return withPhrase({ ...base, items, fragments: all.results.length - results.length });
    }
    // Substantive quotes first, then fragments, each part in the list's order (ranked, newest or
    // oldest; unranked, each part is its numbers ascending).
    const { fragments, first, second } = await this.quoteSplit(r, results, ranked);
    const split = results.length - fragments.length;
    const listed = ranked !== null || r.oldest;
    const [top, rest] = await Promise.all([
      pageOfList(listed ? first : null, first, Math.min(page.start, split), Math.min(page.end, split)),
      pageOfList(
        listed ? second : null,
        second,
        Math.max(0, page.start - split),
        Math.max(0, page.end - split),
      ),
    ]);
    return withPhrase(
      {
        ...base,
        items: [...top, ...rest],
        fragments: fragments.length,
        firstFragment: split + 1,
      },
      fragments,
    );
  }

  /**
   * Quotes at list positions [start, end) of a result set. The list runs newest article first
   * and in reading order within an article: descending numbers, except that each article's run
   * is reversed. Positions of a whole run stay the same under that reversal, so the page is the
   * same stretch of descending numbers once it is widened to whole runs at both ends; a run's
   * article is read from the quote rows themselves (`articleId`), so no columns are needed.
   */
  private async quotePage(
    results: Uint32Array,
    start: number,
    end: number,
    load: LoadOptions = {},
  ): Promise<QuoteRow[]> {
    if (start >= end) return [];
    const total = results.length;
    const lo = total - end;
    const hi = total - 1 - start;
    // The page and one quote either side, in parallel: most pages need nothing more.
    const chunks = new Set<number>();
    for (let i = Math.max(0, lo - 1); i <= Math.min(total - 1, hi + 1); i++)
      chunks.add(Math.floor(results[i]! / QUOTE_CHUNK_SIZE));
    await Promise.all([...chunks].map((k) => this.docs.quoteChunk(k, load)));
    const rows = new Map<number, QuoteRow>();
    const rowAt = async (i: number): Promise<QuoteRow> => {
      let row = rows.get(i);
      if (!row) {
        row = await this.docs.quoteRow(results[i]!, load);
        rows.set(i, row);
      }
      return row;
    };
    const top = (await rowAt(hi)).articleId;
    let g1 = hi;
    while (g1 + 1 < total && (await rowAt(g1 + 1)).articleId === top) g1++;
    const bottom = (await rowAt(lo)).articleId;
    let g0 = lo;
    while (g0 > 0 && (await rowAt(g0 - 1)).articleId === bottom) g0--;
    for (let i = g0; i <= g1; i++) await rowAt(i);
    const ordered: QuoteRow[] = [];
    for (let j = g1; j >= g0;) {
      const article = rows.get(j)!.articleId;
      let k = j;
      while (k > g0 && rows.get(k - 1)!.articleId === article) k--;
      for (let m = k; m <= j; m++) ordered.push(rows.get(m)!);
      j = k - 1;
    }
    const offset = start - (total - 1 - g1);
    return ordered.slice(offset, offset + (end - start));
  }

  async countArticles(filters: Filters): Promise<number> {
    const r = await resolveFilters(this.docs, filters, 'articles');
    return (await articleResults(this.docs, r)).results.length;
  }

  async countQuotes(filters: Filters): Promise<number> {
    const r = await resolveFilters(this.docs, filters, 'quotes');
    return (await quoteResults(this.docs, r)).results.length;
  }

  // ---- Facets ----

  async articleFacets(filters: Filters, options: FacetOptions = {}): Promise<FacetResult> {
    const r = await resolveFilters(this.docs, filters, 'articles');
    const index = await this.docs.metaIndex();
    const selectedSource = r.source === null ? [] : [r.source];
    if (options.quick && unfiltered(r, index)) {
      return {
        organisations: index.meta.top.articleOrganisations,
        sources: facetRowsFrom(
          Uint32Array.from(index.meta.sources, (source) => source.count),
          index.sources,
          selectedSource,
        ),
        // Meta holds no per-article speaker counts: those need the columns.
        speakers: null,
      };
    }
    const [{ bySpeaker, bySource, results }, columns, tree, expanded, speakers] = await Promise.all([
      articleResults(this.docs, r),
      this.docs.columns(),
      this.docs.organisationTree(),
      this.docs.expanded(),
      this.docs.speakerDirectory(),
    ]);
    const sourceCounts = countColumn(bySpeaker, columns.articleSource, index.sources.slugs.length);
    const organisationCounts = countArticleOrganisations(results, expanded, tree.slugs.length);
    const speakerCounts = countArticleSpeakers(
      bySource,
      columns.quoteStart,
      columns.quoteSpeaker,
      speakers.slugs.length,
    );
    const selectedSpeaker = r.speaker ? speakers.idOf.get(r.speaker.slug) : undefined;
    return {
      organisations: facetRowsFrom(organisationCounts, tree, selectedOrganisations(r, tree)),
      sources: facetRowsFrom(sourceCounts, index.sources, selectedSource),
      speakers: facetRowsFrom(
        speakerCounts,
        speakers,
        selectedSpeaker === undefined ? [] : [selectedSpeaker],
      ),
    };
  }

  async quoteFacets(filters: Filters, options: FacetOptions = {}): Promise<FacetResult> {
    const r = await resolveFilters(this.docs, filters, 'quotes');
    const index = await this.docs.metaIndex();
    if (unfiltered(r, index)) {
      if (options.quick) {
        const { top } = index.meta;
        return {
          organisations: top.quoteOrganisations,
          sources: top.quoteSources,
          speakers: top.quoteSpeakers,
        };
      }
      // Every quote of the corpus: counted once, then kept (it is the largest count there is).
      return this.docs.cached('quote-facets:all', () => this.countQuoteFacets(r));
    }
    return this.countQuoteFacets(r);
  }

  private async countQuoteFacets(r: Resolved): Promise<FacetResult> {
    const index = await this.docs.metaIndex();
    const [sets, columns, tree, expanded, speakers] = await Promise.all([
      quoteResults(this.docs, r),
      this.docs.columns(),
      this.docs.organisationTree(),
      this.docs.expanded(),
      this.docs.speakerDirectory(),
    ]);
    const sourceCounts = countColumn(
      sets.bySpeaker,
      columns.articleSource,
      index.sources.slugs.length,
      columns.quoteArticle,
    );
    // Speaker ids are stored plus one (0: no speaker), so count with one more slot and drop it.
    const speakerCounts = countColumn(
      sets.bySource,
      columns.quoteSpeaker,
      speakers.slugs.length + 1,
    ).subarray(1);
    const organisationCounts = countQuoteOrganisations(
      sets.results,
      columns.quoteArticle,
      expanded,
      tree.slugs.length,
    );
    const selectedSpeaker = r.speaker ? speakers.idOf.get(r.speaker.slug) : undefined;
    return {
      organisations: facetRowsFrom(organisationCounts, tree, selectedOrganisations(r, tree)),
      sources: facetRowsFrom(sourceCounts, index.sources, r.source === null ? [] : [r.source]),
      speakers: facetRowsFrom(
        speakerCounts,
        speakers,
        selectedSpeaker === undefined ? [] : [selectedSpeaker],
      ),
    };
  }

  // ---- An article's neighbours in the newest-first list ----

  async neighbours(id: string, date: string): Promise<Neighbours> {
    const number = await this.articleNumber(id, date);
    if (number < 0) return { older: null, newer: null };
    const { articleCount } = (await this.docs.metaIndex()).meta;
    const [older, newer] = await Promise.all([
      number > 0 ? this.docs.summary(number - 1) : null,
      number + 1 < articleCount ? this.docs.summary(number + 1) : null,
    ]);
    return { older, newer };
  }

  /** An article's number, found among the articles of its day; -1 when it is not there. */
  private async articleNumber(id: string, date: string): Promise<number> {
    const index = await this.docs.metaIndex();
    const { days } = index.meta;
    const day = stringBound(days, date, false);
    if (days[day] !== date) return -1;
    const lo = index.dayStart[day]!;
    const hi = index.dayStart[day + 1]!;
    const chunks = await Promise.all(
      rangeOf(Math.floor(lo / ARTICLE_CHUNK_SIZE), Math.floor((hi - 1) / ARTICLE_CHUNK_SIZE)).map((k) =>
        this.docs.articleChunk(k),
      ),
    );
    let number = -1;
    for (const chunk of chunks) {
      const at = chunk.summaries.findIndex((summary) => summary.id === id);
      if (at >= 0 && chunk.first + at >= lo && chunk.first + at < hi) number = chunk.first + at;
    }
    return number;
  }

  // ---- Reading: timelines, related articles, corroborated quotes ----

  /**
   * Per day of `meta.days`, how many articles match the filters without their date range (the
   * timeline shows the whole span and marks the range). Quote lists count the articles holding
   * matching quotes.
   */
  async histogram(view: View, filters: Filters): Promise<number[]> {
    const undated = { ...filters, from: null, to: null };
    const r = await resolveFilters(this.docs, undated, view);
    const index = await this.docs.metaIndex();
    let articles: Uint32Array;
    if (view === 'articles') articles = (await articleResults(this.docs, r)).results;
    else {
      const [{ results }, { quoteArticle }] = await Promise.all([
        quoteResults(this.docs, r),
        this.docs.quoteOffsets(),
      ]);
      articles = articlesOfQuotes(results, quoteArticle);
    }
    return countPerDay(articles, index.dayStart);
  }

  /** The articles related to this one (best first), or none when the build wrote no such list. */
  async related(id: string, date: string): Promise<RelatedArticle[]> {
    const number = await this.articleNumber(id, date);
    if (number < 0) return [];
    const k = Math.floor(number / ARTICLE_CHUNK_SIZE);
    const chunk = await this.docs.relatedChunk(k);
    return chunk?.related[number - chunk.first] ?? [];
  }

  /** Per quote anchor of this article, where else the quotation appears (only quotes that do). */
  async articleCorroborations(id: string, date: string): Promise<Record<string, Corroboration>> {
    const number = await this.articleNumber(id, date);
    if (number < 0) return {};
    const [groups, { quoteStart }] = await Promise.all([this.docs.quoteGroups(), this.docs.quoteOffsets()]);
    if (!groups) return {};
    const out: Record<string, Corroboration> = {};
    const rows = await Promise.all(
      rangeOf(quoteStart[number]!, quoteStart[number + 1]! - 1).map(async (q) => ({
        q,
        corroboration: await this.corroboration(groups, q),
      })),
    );
    for (const { q, corroboration } of rows) {
      if (corroboration) out[(await this.docs.quoteRow(q)).anchor] = corroboration;
    }
    return out;
  }

  /** Where else quote q's quotation appears, or null when nowhere. */
  private async corroboration(
    groups: QuoteGroups,
    q: number,
    limit = CORROBORATION_LIST,
  ): Promise<Corroboration | null> {
    const g = groups.groupOf.get(q);
    if (g === undefined) return null;
    const { quoteArticle } = await this.docs.quoteOffsets();
    const own = quoteArticle[q];
    // One quote per other article, the newest articles first.
    const members = groups.groups[g]!;
    const picked: number[] = [];
    const seen = new Set<number>([own!]);
    for (let i = members.length - 1; i >= 0; i--) {
      const article = quoteArticle[members[i]!]!;
      if (seen.has(article)) continue;
      seen.add(article);
      picked.push(members[i]!);
    }
    if (picked.length === 0) return null;
    const others = await Promise.all(
      picked.slice(0, limit).map(async (m) => {
        const { articleId, anchor, headline, date, sourceSlug, text } = await this.docs.quoteRow(m);
        return { articleId, anchor, headline, date, sourceSlug, text };
      }),
    );
    return { articleCount: picked.length, others };
  }

  /**
   * Where else each quote of a quote list's page appears (keyed by `quoteKey`; only quotes that
   * do). Asked after the page is shown, so the list itself never waits on `quote-groups.json`.
   */
  async quoteCorroborations(request: ListRequest): Promise<Record<string, Corroboration>> {
    const groups = await this.docs.quoteGroups();
    if (!groups) return {};
    // The page as the list shows it (in whatever order), then each quote's number from its
    // article's number and its anchor (quote-N is the article's N-th quote in reading order).
    const { items } = await this.listQuotes(request);
    const { quoteStart } = await this.docs.quoteOffsets();
    // (Kept for callers of the per-quote notes; /quotes itself asks `quoteGrouping`.)
    const out: Record<string, Corroboration> = {};
    await Promise.all(
      items.map(async (item) => {
        const n = /^quote-(\d+)$/.exec(item.anchor);
        if (!n) return;
        const article = await this.articleNumber(item.articleId, item.date);
        if (article < 0) return;
        const q = quoteStart[article]! + Number(n[1]) - 1;
        if (q >= quoteStart[article + 1]!) return;
        const corroboration = await this.corroboration(groups, q);
        if (corroboration) out[quoteKey(item)] = corroboration;
      }),
    );
    return out;
  }
  /**
   * How the list groups corroborated quotations (`QuoteGrouping`): from the whole list in its
   * order (ranked or newest first, fragments where the list puts them), each group's first place;
   * the page's grouped quotes are that first place (with its sources) or folded into it. Asked
   * after the page is shown, as the corroborations were.
   */
  async quoteGrouping(request: ListRequest): Promise<QuoteGrouping> {
    const groups = await this.docs.quoteGroups();
    const r = await resolveFilters(this.docs, request.filters, 'quotes');
    const { results } = await quoteResults(this.docs, r);
    if (!groups) return { distinct: results.length, items: {} };
    const order = await this.quoteListOrder(r, results);
    const firstPlace = new Map<number, number>();
    let folded = 0;
    order.forEach((q, i) => {
      const g = groups.groupOf.get(q);
      if (g === undefined) return;
      if (firstPlace.has(g)) folded++;
      else firstPlace.set(g, i);
    });
    const page = pageOf(results.length, request.page);
    const items: Record<string, GroupedQuote> = {};
    await Promise.all(
      Array.from(order.subarray(page.start, page.end), async (q, k) => {
        const g = groups.groupOf.get(q);
        if (g === undefined) return;
        const row = await this.docs.quoteRow(q);
        const first = firstPlace.get(g)!;
        if (first === page.start + k) {
          const sources = await this.corroboration(groups, q, SOURCES_LIST);
          if (sources) items[quoteKey(row)] = { kind: 'first', sources };
          return;
        }
        const { articleId, anchor, headline, date, sourceSlug, text } = await this.docs.quoteRow(
          order[first]!,
        );
        items[quoteKey(row)] = {
          kind: 'folded',
          position: first + 1,
          page: Math.floor(first / PAGE_SIZE) + 1,
          first: { articleId, anchor, headline, date, sourceSlug, text },
        };
      }),
    );
    return { distinct: results.length - folded, items };
  }

  /**
   * A `/quotes` result set split at its fragments: the fragments among the results, and the
   * substantive quotes and the fragments each in the list's order. Kept per query (each a derived
   * set): worked out for every page, it cost 30 ms a page over 281,438 quotes, and an export
   * pages through all of them.
   */
  private async quoteSplit(
    r: Resolved,
    results: Uint32Array,
    ranked: Uint32Array | null,
  ): Promise<{ fragments: Uint32Array; first: Uint32Array; second: Uint32Array }> {
    const key = `${resolvedKey(r)}:${r.fragments}:${ranked !== null}`;
    const fragments = await this.docs.derive(`quote-fragments-of:${key}`, async () =>
      intersect(results, await this.docs.quoteFragments()),
    );
    const isFragment = (q: number) => fragments[lowerBound(fragments, q)] === q;
    const [first, second] = await Promise.all([
      this.docs.derive(`quote-substantive:${key}`, () =>
        Promise.resolve(ranked ? ranked.filter((q) => !isFragment(q)) : difference(results, fragments)),
      ),
      ranked
        ? this.docs.derive(`quote-fragments-ranked:${key}`, () => Promise.resolve(ranked.filter(isFragment)))
        : fragments,
    ]);
    return { fragments, first, second };
  }

  /** Every result's quote number in the list's order, as `listQuotes` pages through it. */
  private quoteListOrder(r: Resolved, results: Uint32Array): Promise<Uint32Array> {
    const key = `quote-order:${resolvedKey(r)}:${r.byRelevance}:${r.oldest}:${r.fragments}`;
    return this.docs.derive(key, async () => {
      const [exact, { quoteArticle }] = await Promise.all([
        exactPhrase(this.docs, r, 'quotes', results),
        this.docs.quoteOffsets(),
      ]);
      const ranked = r.byRelevance ? await this.rankedQuotes(r, results, exact) : null;
      // Unranked, the list's order: oldest first is the numbers as they are (ascending).
      const newest = (numbers: Uint32Array) =>
        r.oldest ? numbers : Uint32Array.from(quoteListSequence(numbers, quoteArticle), (i) => numbers[i]!);
      if (r.fragments !== 'last') return ranked ?? newest(results);
      const fragments = await this.docs.quoteFragments();
      const isFragment = (q: number) => holds(fragments, q);
      if (ranked)
        return Uint32Array.from([...ranked.filter((q) => !isFragment(q)), ...ranked.filter(isFragment)]);
      const own = intersect(results, fragments);
      return Uint32Array.from([...newest(difference(results, own)), ...newest(own)]);
    });
  }
}

interface PageWindow {
  start: number;
  end: number;
  result: Pick<ListResult<never>, 'total' | 'page' | 'pageCount' | 'clamped' | 'firstItemNumber'>;
}

/** As `paginate`: pages from 1, a page past the end shows the last one. */
function pageOf(total: number, requested: number): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, requested), pageCount);
  const start = (page - 1) * PAGE_SIZE;
  return {
    start,
    end: Math.min(total, start + PAGE_SIZE),
    result: { total, page, pageCount, clamped: page !== requested, firstItemNumber: start + 1 },
  };
}

/** How a list request's documents are loaded: at low priority when read ahead, past the offline cache for an export. */
function loadOptions(request: ListRequest): LoadOptions {
  return { background: request.readAhead === true, bulk: request.bulk === true };
}

/** The order a list's items are in: ranked when a ranking was made, else oldest or newest first. */
function listOrder(r: Resolved, ranked: Uint32Array | null): 'relevance' | 'newest' | 'oldest' {
  return ranked ? 'relevance' : r.oldest ? 'oldest' : 'newest';
}

function rangeOf(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k <= to; k++) out.push(k);
  return out;
}

/** The part of `includedIn` that names an organisation of the page's items; undefined when none does. */
function onPage(
  includedIn: ReadonlyMap<string, string>,
  items: readonly ArticleSummary[],
): Record<string, string> | undefined {
  if (includedIn.size === 0) return undefined;
  const found: Record<string, string> = {};
  for (const item of items)
    for (const slug of item.organisations) {
      const parent = includedIn.get(slug);
      if (parent !== undefined) found[slug] = parent;
    }
  return Object.keys(found).length > 0 ? found : undefined;
}
