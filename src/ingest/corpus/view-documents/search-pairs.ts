/**
 * The phrase index (`src/contract/search-pairs.ts`, docs/decisions/011-phrase-search.md): every
 * adjacent-word pair of every document with the sorted numbers of the documents holding it,
 * hashed into `pairShardCount` documents of about `PAIR_SHARD_BYTES` each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, ArticleSummary, Schema } from '../../../contract/schema.ts';
import { adjacentPairs, pairShard, pairShardCount } from '../../../contract/search-pairs.ts';
import { searchPairsDocumentSchema } from '../../../contract/view-schemas.ts';
import { encodeDeltas, VIEW_DATA_VERSION, viewPaths, type SearchIndexName } from '../../../contract/views.ts';
import { compareTerms, termBytes } from './search-index.ts';

/** Collects pairs one document at a time, numbers ascending. */
export class PairPostings {
  readonly postings = new Map<string, number[]>();

  /** Adds document `number`'s fields (pairs never cross from one field to the next). */
  add(number: number, fields: readonly string[]): void {
    for (const pair of adjacentPairs(fields)) {
      const list = this.postings.get(pair);
      if (list) list.push(number);
      else this.postings.set(pair, [number]);
    }
  }
}

/** Every article's pairs (headline and each paragraph), from the article documents in `outDir`. */
export function readArticlePairs(outDir: string, articles: readonly ArticleSummary[]): PairPostings {
  const pairs = new PairPostings();
  articles.forEach((summary, number) => {
    const article = JSON.parse(readFileSync(join(outDir, 'articles', `${summary.id}.json`), 'utf8')) as Pick<
      Article,
      'headline' | 'paragraphs'
    >;
    pairs.add(number, [article.headline, ...article.paragraphs]);
  });
  return pairs;
}

type Emit = <T>(path: string, schema: Schema<T>, document: T, sample: boolean) => void;

/** Writes the pair documents of an index; returns how many there are (for its directory). */
export function writePairIndex(
  index: SearchIndexName,
  postings: ReadonlyMap<string, readonly number[]>,
  buildId: string,
  emit: Emit,
): number {
  let bytes = 0;
  for (const [pair, list] of postings) bytes += termBytes(pair, list);
  const shards = pairShardCount(bytes);
  const byShard: string[][] = Array.from({ length: shards }, () => []);
  for (const pair of postings.keys()) byShard[pairShard(pair, shards)]!.push(pair);
  byShard.forEach((pairs, k) => {
    pairs.sort(compareTerms);
    emit(
      viewPaths.searchPairs(buildId, index, k),
      searchPairsDocumentSchema,
      {
        version: VIEW_DATA_VERSION,
        kind: 'search-pairs',
        pairs,
        postings: pairs.map((pair) => encodeDeltas(postings.get(pair)!)),
      },
      k === 0 || k === shards - 1,
    );
  });
  return shards;
}
