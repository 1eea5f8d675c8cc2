/**
 * The related-articles chunks: for each article of a chunk of 32, the articles related to it
 * (`rankRelated`). A chunk whose ranking inputs and related articles are unchanged is carried over
 * without ranking (its key is made from the related numbers kept from the previous build).
 */
import { relatedChunkDocumentSchema } from '../../../contract/view-schemas.ts';
import { ARTICLE_CHUNK_SIZE, VIEW_DATA_VERSION, viewPaths } from '../../../contract/views.ts';
import { DocumentKey } from './document-keys.ts';
import { rankRelated } from './related-articles.ts';
import type { ViewCorpus } from './view-corpus.ts';
import type { DocumentSink, Keying } from './view-sinks.ts';

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
  const ranking = keying && new DocumentKey('related-chunk').number(articles.length);
  if (ranking)
    articles.forEach((article, a) => {
      ranking.text(article.date).number(article.organisations.length);
      for (const slug of article.organisations) ranking.text(slug);
      ranking.number(speakersOf[a]!.length);
      for (const slug of speakersOf[a]!) ranking.text(slug);
    });
  /** The chunk's key, from its related numbers: per article, how many, then each one. */
  const chunkKey = (k: number, flat: readonly number[]): string | null => {
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
    const kept = ranking ? keying.keptNumbers?.(pathOf(k)) : null;
    const key = kept ? chunkKey(k, kept) : null;
    if (!(key !== null && keying?.carry(pathOf(k), key))) toMake.add(k);
  }
  if (toMake.size === 0) return;

  const { related, numbers } = rankRelated(input, (a) => toMake.has(Math.floor(a / ARTICLE_CHUNK_SIZE)));
  for (const k of toMake) {
    const first = k * ARTICLE_CHUNK_SIZE;
    const path = pathOf(k);
    if (ranking) {
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
