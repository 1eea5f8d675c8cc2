/**
 * The related-articles chunks: for each article of a chunk of 32, the articles related to it
 * (`rankRelated`). A chunk whose ranking inputs and related articles are unchanged is carried over
 * without ranking (its key is made from the related numbers kept from the previous build).
 */
import { relatedChunkDocumentSchema } from '../../../contract/view-schemas.ts';
import { ARTICLE_CHUNK_SIZE, VIEW_DATA_VERSION, viewPaths } from '../../../contract/views.ts';
import { DocumentKey } from './document-keys.ts';
import { rankRelated, relatedFacets, type RelatedFacets } from './related-articles.ts';
import type { ViewCorpus } from './view-corpus.ts';
import type { DocumentSink, Keying } from './view-sinks.ts';

/**
 * What the last keyed call ranked with, held for the next (a watch process's rebuilds: decision
 * 005, "Watch mode, fifth step"): each article's date, organisations and speakers, the ranking key
 * and the facets made of them, the names the chunks show, the articles' content keys, and each
 * chunk's key with the related numbers it was made from. A call whose ranking inputs equal the
 * held ones (compared, not assumed) reuses the key and the facets; a chunk whose related numbers
 * are the held ones, none of whose related articles changed content and whose names did not
 * change, reuses its key. Each is what making it again would give, so only the work is saved.
 */
interface HeldRanking {
  dates: readonly string[];
  organisations: readonly (readonly string[])[];
  speakers: readonly (readonly string[])[];
  ranking: DocumentKey;
  facets: RelatedFacets | null;
  names: string;
  articleKeys: readonly string[];
  chunkKeys: Map<number, { flat: readonly number[]; key: string }>;
}

let held: HeldRanking | null = null;

/** Whether the held ranking inputs are these. */
function sameRankingInputs(
  last: HeldRanking,
  articles: ViewCorpus['articles'],
  speakersOf: readonly (readonly string[])[],
): boolean {
  if (last.dates.length !== articles.length) return false;
  for (let a = 0; a < articles.length; a++) {
    const article = articles[a]!;
    if (
      last.dates[a] !== article.date ||
      !sameList(last.organisations[a]!, article.organisations) ||
      !sameList(last.speakers[a]!, speakersOf[a]!)
    )
      return false;
  }
  return true;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Writes the related-articles chunks (or carries them over). */
export function writeRelatedDocuments(
  corpus: ViewCorpus,
  quoteSpeakerSlug: readonly (string | null)[],
  emit: DocumentSink,
  keying: Keying | null,
): void {
  const { articles, buildId } = corpus;
  const speakersOf = articles.map((_, a) => {
    const slugs = new Set<string>();
    for (let q = corpus.quoteStart[a]!; q < corpus.quoteStart[a + 1]!; q++) {
      const slug = quoteSpeakerSlug[q];
      if (slug) slugs.add(slug);
    }
    return [...slugs];
  });
  const speakerNames = new Map(corpus.speakers.map((s) => [s.slug, s.name]));
  const input = {
    articles,
    speakersOf,
    organisationName: corpus.lookups.name,
    speakerName: (slug: string) => speakerNames.get(slug) ?? slug,
  };
  const chunkCount = Math.ceil(articles.length / ARTICLE_CHUNK_SIZE);
  const pathOf = (k: number) => viewPaths.relatedChunk(buildId, k);

  // With keys: which articles relate, and by which facets, follows from every article's date,
  // organisations and speakers (`ranking`); a chunk shows, for each of its articles, the names
  // of its facets and the related articles' summaries. A chunk is carried over when its key made
  // with the related numbers kept from the previous build equals the kept key: then the ranking
  // inputs are the same, so are the numbers, and so is the chunk. The others are ranked.
  // What the last keyed call held serves when the ranking inputs are the same (see `HeldRanking`).
  const last = keying && held && sameRankingInputs(held, articles, speakersOf) ? held : null;
  let ranking: DocumentKey | null = null;
  if (keying && last) ranking = last.ranking;
  else if (keying) {
    ranking = new DocumentKey('related-chunk').number(articles.length);
    const key = ranking;
    articles.forEach((article, a) => {
      key.text(article.date).number(article.organisations.length);
      for (const slug of article.organisations) key.text(slug);
      key.number(speakersOf[a]!.length);
      for (const slug of speakersOf[a]!) key.text(slug);
    });
  }
  // The names a chunk shows: every organisation's and speaker's, in the directories' order.
  const names = keying
    ? [
        ...corpus.organisations.map((o) => `${o.slug}\0${o.name}`),
        ...corpus.speakers.map((s) => `${s.slug}\0${s.name}`),
      ].join('\n')
    : '';
  // Articles whose content key is not the held one: a chunk showing one of them is keyed anew.
  const changed = new Uint8Array(articles.length);
  if (last)
    for (let a = 0; a < articles.length; a++)
      if (last.articleKeys[a] !== keying!.articleKeys[a]) changed[a] = 1;
  const heldChunks = last && last.names === names ? last.chunkKeys : null;
  const chunkKeys = new Map<number, { flat: readonly number[]; key: string }>();
  /** The held key of chunk `k` for these related numbers, when it is still the key they make. */
  const heldKey = (k: number, flat: readonly number[]): string | null => {
    const prior = heldChunks?.get(k);
    if (!prior || !sameList(prior.flat, flat)) return null;
    // Per article, how many related, then each one: none may have changed content.
    for (let at = 0; at < flat.length;) {
      const count = flat[at++]!;
      for (let i = 0; i < count; i++) if (changed[flat[at++]!]) return null;
    }
    return prior.key;
  };
  /** The chunk's key, from its related numbers: per article, how many, then each one. */
  const chunkKey = (k: number, flat: readonly number[]): string | null => {
    const reused = heldKey(k, flat);
    if (reused !== null) {
      chunkKeys.set(k, { flat, key: reused });
      return reused;
    }
    const key = makeChunkKey(k, flat);
    if (key !== null) chunkKeys.set(k, { flat, key });
    return key;
  };
  const makeChunkKey = (k: number, flat: readonly number[]): string | null => {
    const key = ranking!.copy().number(k);
    const first = k * ARTICLE_CHUNK_SIZE;
    let at = 0;
    for (let a = first; a < Math.min(first + ARTICLE_CHUNK_SIZE, articles.length); a++) {
      for (const slug of articles[a]!.organisations) key.text(input.organisationName(slug));
      for (const slug of speakersOf[a]!) key.text(input.speakerName(slug));
      const count = flat[at++];
      if (count === undefined) return null;
      key.number(count);
      for (let i = 0; i < count; i++) {
        const b = flat[at++];
        if (b === undefined || b >= articles.length) return null;
        key.number(b).text(keying!.articleKeys[b]!);
      }
    }
    return at === flat.length ? key.digest() : null;
  };
  const toMake = new Set<number>();
  for (let k = 0; k < chunkCount; k++) {
    const kept = ranking ? keying?.keptNumbers?.(pathOf(k)) : null;
    const key = kept ? chunkKey(k, kept) : null;
    if (!(key !== null && keying?.carry(pathOf(k), key))) toMake.add(k);
  }
  const facets = toMake.size === 0 ? (last?.facets ?? null) : (last?.facets ?? relatedFacets(input));
  if (keying && ranking)
    held = {
      dates: articles.map((article) => article.date),
      organisations: articles.map((article) => article.organisations),
      speakers: speakersOf,
      ranking,
      facets,
      names,
      // Copied: the caller owns its list (and may change it in place before the next call).
      articleKeys: [...keying.articleKeys],
      chunkKeys,
    };
  if (toMake.size === 0) return;

  const { related, numbers } = rankRelated(
    input,
    (a) => toMake.has(Math.floor(a / ARTICLE_CHUNK_SIZE)),
    facets ?? relatedFacets(input),
  );
  for (const k of toMake) {
    const first = k * ARTICLE_CHUNK_SIZE;
    const path = pathOf(k);
    if (ranking && keying) {
      const flat = numbers.slice(first, first + ARTICLE_CHUNK_SIZE).flatMap((list) => [list.length, ...list]);
      if (keying.carry(path, chunkKey(k, flat)!)) continue;
      keying.keepNumbers?.(path, flat);
    }
    emit(
      path,
      relatedChunkDocumentSchema,
      {
        version: VIEW_DATA_VERSION,
        kind: 'related-chunk',
        first,
        related: related.slice(first, first + ARTICLE_CHUNK_SIZE),
      },
      k === 0 || k === chunkCount - 1,
    );
  }
}
