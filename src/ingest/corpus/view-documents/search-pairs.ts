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
import { VIEW_DATA_VERSION, viewPaths, type SearchIndexName } from '../../../contract/views.ts';
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

/**
 * Every article's pairs (headline and each paragraph), from the article documents in `outDir`:
 * the reference the cached pairs are tested against, and what a view step without them (one
 * called on its own) falls back on.
 */
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

/**
 * An index's pairs with their postings in one typed array: pair i's sorted document numbers are
 * `numbers[offsets[i]]` to `numbers[offsets[i + 1] - 1]`.
 */
export interface PackedPairs {
  pairs: string[];
  offsets: Uint32Array;
  numbers: Uint32Array;
}

/** What the pair index needs of one document: its distinct terms and its pairs as indices into them. */
export interface DocumentPairs {
  /** Newline-separated, as in the cache entry. */
  terms: string;
  pairs: ArrayLike<number>;
}

/** Past this many distinct terms in the corpus a pair of term ids no longer fits one exact number key. */
const MAX_CORPUS_TERMS = 2 ** 26;

/**
 * The pair index of `count` documents from each one's own pairs (`termsAndPairs` in the worker,
 * kept in the build cache), numbers ascending: the same pairs and postings `PairPostings` collects
 * from the texts, without reading any text. Terms and pairs get corpus-wide numbers; the postings
 * are counted first, then placed (a counting sort), so no list grows.
 */
export function packPairs(count: number, documentPairs: (number: number) => DocumentPairs): PackedPairs {
  const termId = new Map<string, number>();
  const pairId = new Map<number, number>();
  const pairs: string[] = [];
  const termOf: string[] = [];
  let ids = new Uint32Array(1 << 16);
  let total = 0;
  const ends = new Uint32Array(count);
  for (let n = 0; n < count; n++) {
    const { terms, pairs: local } = documentPairs(n);
    const words = terms === '' ? [] : terms.split('\n');
    const global = new Array<number>(words.length);
    words.forEach((word, i) => {
      let id = termId.get(word);
      if (id === undefined) {
        id = termOf.length;
        if (id >= MAX_CORPUS_TERMS) throw new Error(`more than ${MAX_CORPUS_TERMS} distinct search terms`);
        termId.set(word, id);
        termOf.push(word);
      }
      global[i] = id;
    });
    if (total + local.length / 2 > ids.length) {
      const grown = new Uint32Array(Math.max(ids.length * 2, total + local.length));
      grown.set(ids.subarray(0, total));
      ids = grown;
    }
    for (let j = 0; j + 1 < local.length; j += 2) {
      const first = global[local[j]!]!;
      const second = global[local[j + 1]!]!;
      const key = first * MAX_CORPUS_TERMS + second;
      let id = pairId.get(key);
      if (id === undefined) {
        id = pairs.length;
        pairId.set(key, id);
        pairs.push(`${termOf[first]!} ${termOf[second]!}`);
      }
      ids[total++] = id;
    }
    ends[n] = total;
  }
  const offsets = new Uint32Array(pairs.length + 1);
  for (let i = 0; i < total; i++) offsets[ids[i]! + 1]!++;
  for (let p = 0; p < pairs.length; p++) offsets[p + 1]! += offsets[p]!;
  const next = offsets.slice(0, pairs.length);
  const numbers = new Uint32Array(total);
  let start = 0;
  for (let n = 0; n < count; n++) {
    for (let i = start; i < ends[n]!; i++) numbers[next[ids[i]!]!++] = n;
    start = ends[n]!;
  }
  return { pairs, offsets, numbers };
}

/** A packed index as the map `writePairIndex` takes (views into the one array, nothing copied). */
export function unpackPairs({ pairs, offsets, numbers }: PackedPairs): Map<string, Uint32Array> {
  const postings = new Map<string, Uint32Array>();
  pairs.forEach((pair, i) => postings.set(pair, numbers.subarray(offsets[i], offsets[i + 1])));
  return postings;
}

type Emit = <T>(path: string, schema: Schema<T>, document: T, sample: boolean) => void;

/** Writes the pair documents of an index; returns how many there are (for its directory). */
export function writePairIndex(
  index: SearchIndexName,
  postings: ReadonlyMap<string, ArrayLike<number>>,
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
        postings: pairs.map((pair) => deltas(postings.get(pair)!)),
      },
      k === 0 || k === shards - 1,
    );
  });
  return shards;
}

/** `encodeDeltas` of any sorted list, typed arrays included. */
function deltas(sorted: ArrayLike<number>): number[] {
  const out = new Array<number>(sorted.length);
  let previous = 0;
  for (let i = 0; i < sorted.length; i++) {
    out[i] = sorted[i]! - previous;
    previous = sorted[i]!;
  }
  return out;
}
