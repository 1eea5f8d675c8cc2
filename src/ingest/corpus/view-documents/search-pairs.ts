/**
 * The phrase index (`src/contract/search-pairs.ts`, docs/decisions/011-phrase-search.md): every
 * adjacent-word pair of every document with the sorted numbers of the documents holding it,
 * hashed into `pairShardCount` documents of about `PAIR_SHARD_BYTES` each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, ArticleSummary, Schema } from '../../../contract/schema.ts';
import { adjacentPairs, pairKey, pairShard, pairShardCount } from '../../../contract/search-pairs.ts';
import { searchPairsDocumentSchema } from '../../../contract/view-schemas.ts';
import { encodeDeltas, VIEW_DATA_VERSION, viewPaths, type SearchIndexName } from '../../../contract/views.ts';
import { splitList } from '../joined-list.ts';
import { compareTerms, termBytes } from './search-index.ts';
import { DocumentKey } from './document-keys.ts';

/** Collects pairs one document at a time, numbers ascending. */
export class PairPostings {
  readonly postings = new Map<string, number[]>();

  /** Adds document `number`'s fields (pairs never cross from one field to the next). */
  add(number: number, fields: readonly string[]): void {
    for (const pair of adjacentPairs(fields)) this.addPair(number, pair);
  }

  private addPair(number: number, pair: string): void {
    const list = this.postings.get(pair);
    if (list) list.push(number);
    else this.postings.set(pair, [number]);
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

/**
 * The pair index of `count` documents from each one's own pairs (`termsAndPairs` in the worker,
 * kept in the build cache), numbers ascending: the same pairs and postings `PairPostings` collects
 * from the texts, without reading any text. Terms and pairs get corpus-wide numbers; the postings
 * are counted first, then placed (a counting sort), so no list grows.
 */
export function packPairs(count: number, documentPairs: (number: number) => DocumentPairs): PackedPairs {
  const termId = new Map<string, number>();
  const termOf: string[] = [];
  const pairIds = new PairTable();
  const pairs: string[] = [];
  let ids = new Uint32Array(1 << 16);
  let total = 0;
  const ends = new Uint32Array(count);
  for (let n = 0; n < count; n++) {
    const { terms, pairs: local } = documentPairs(n);
    const words = splitList(terms);
    const global = new Uint32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      let id = termId.get(word);
      if (id === undefined) {
        id = termOf.length;
        termId.set(word, id);
        termOf.push(word);
      }
      global[i] = id;
    }
    if (total + local.length / 2 > ids.length) {
      const grown = new Uint32Array(Math.max(ids.length * 2, total + local.length));
      grown.set(ids.subarray(0, total));
      ids = grown;
    }
    for (let j = 0; j + 1 < local.length; j += 2) {
      const first = global[local[j]!]!;
      const second = global[local[j + 1]!]!;
      let id = pairIds.get(first, second);
      if (id < 0) {
        id = pairs.length;
        pairIds.set(first, second, id);
        pairs.push(pairKey(termOf[first]!, termOf[second]!));
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

/**
 * Term-id pair → pair id, open addressing over typed arrays: millions of lookups a build, where a
 * `Map` keyed by a number past 2^31 (two ids in one key) costs several times as much.
 */
class PairTable {
  private firsts = new Int32Array(1 << 16).fill(-1);
  private seconds = new Int32Array(1 << 16);
  private values = new Int32Array(1 << 16);
  private size = 0;

  /** The pair's id, or -1. */
  get(first: number, second: number): number {
    const mask = this.firsts.length - 1;
    for (let at = slot(first, second) & mask; ; at = (at + 1) & mask) {
      const f = this.firsts[at]!;
      if (f === -1) return -1;
      if (f === first && this.seconds[at] === second) return this.values[at]!;
    }
  }

  set(first: number, second: number, value: number): void {
    if (2 * (this.size + 1) > this.firsts.length) this.grow();
    this.place(first, second, value);
    this.size++;
  }

  private place(first: number, second: number, value: number): void {
    const mask = this.firsts.length - 1;
    let at = slot(first, second) & mask;
    while (this.firsts[at] !== -1) at = (at + 1) & mask;
    this.firsts[at] = first;
    this.seconds[at] = second;
    this.values[at] = value;
  }

  private grow(): void {
    const { firsts, seconds, values } = this;
    this.firsts = new Int32Array(firsts.length * 2).fill(-1);
    this.seconds = new Int32Array(firsts.length * 2);
    this.values = new Int32Array(firsts.length * 2);
    for (let i = 0; i < firsts.length; i++)
      if (firsts[i] !== -1) this.place(firsts[i]!, seconds[i]!, values[i]!);
  }
}

function slot(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> 0;
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
  /** Offered each document's input key first (`CarrySink`): true when it need not be made. */
  carry: ((path: string, key: string) => boolean) | null = null,
): number {
  let bytes = 0;
  for (const [pair, list] of postings) bytes += termBytes(pair, list);
  const shards = pairShardCount(bytes);
  const byShard: string[][] = Array.from({ length: shards }, () => []);
  for (const pair of postings.keys()) byShard[pairShard(pair, shards)]!.push(pair);
  byShard.forEach((pairs, k) => {
    pairs.sort(compareTerms);
    const path = viewPaths.searchPairs(buildId, index, k);
    if (carry) {
      // A pair document is made from its pairs' postings alone.
      const key = new DocumentKey('search-pairs').text(index);
      for (const pair of pairs) key.text(pair).numbers(postings.get(pair)!);
      if (carry(path, key.digest())) return;
    }
    emit(
      path,
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

/**
 * The pair index of a corpus from the previous build's (`previous`, whose document n had content
 * key `previousKeys[n]`): every kept document's numbers are moved to its new number, the
 * documents that left drop out, and only the new ones (`keys[n]` not among the previous keys)
 * are read (`documentPairs`; `documentsRead` counts them). The same index `packPairs` makes from
 * every document, at the cost of one pass over the postings instead of every document's pairs.
 */
export function carryPairs(
  previous: PackedPairs,
  previousKeys: readonly string[],
  keys: readonly string[],
  documentPairs: (number: number) => DocumentPairs,
): { packed: PackedPairs; documentsRead: number } {
  const numberOf = new Map<string, number>();
  keys.forEach((key, n) => numberOf.set(key, n));
  const moves = new Int32Array(previousKeys.length);
  const kept = new Set<string>();
  previousKeys.forEach((key, m) => {
    const n = numberOf.get(key);
    moves[m] = n ?? -1;
    if (n !== undefined) kept.add(key);
  });
  // The new documents' pairs, by pair id (new pairs get the next ids), numbers ascending.
  const pairs = previous.pairs.slice();
  const idOf = new Map<string, number>();
  pairs.forEach((pair, i) => idOf.set(pair, i));
  const added = new Map<number, number[]>();
  let documentsRead = 0;
  keys.forEach((key, n) => {
    if (kept.has(key)) return;
    documentsRead++;
    const { terms, pairs: local } = documentPairs(n);
    const words = splitList(terms);
    for (let j = 0; j + 1 < local.length; j += 2) {
      const pair = pairKey(words[local[j]!]!, words[local[j + 1]!]!);
      let id = idOf.get(pair);
      if (id === undefined) {
        id = pairs.length;
        idOf.set(pair, id);
        pairs.push(pair);
      }
      const list = added.get(id);
      if (list) list.push(n);
      else added.set(id, [n]);
    }
  });
  // How many numbers each pair keeps; pairs no document holds any longer are dropped.
  const { offsets: oldOffsets, numbers: oldNumbers } = previous;
  const oldCount = previous.pairs.length;
  const count = new Uint32Array(pairs.length);
  for (let id = 0; id < oldCount; id++) {
    let kept = 0;
    for (let i = oldOffsets[id]!; i < oldOffsets[id + 1]!; i++) if (moves[oldNumbers[i]!]! >= 0) kept++;
    count[id] = kept;
  }
  for (const [id, list] of added) count[id]! += list.length;
  const outPairs: string[] = [];
  let total = 0;
  for (let id = 0; id < pairs.length; id++)
    if (count[id]! > 0) {
      outPairs.push(pairs[id]!);
      total += count[id]!;
    }
  const offsets = new Uint32Array(outPairs.length + 1);
  const numbers = new Uint32Array(total);
  let at = 0;
  let p = 0;
  for (let id = 0; id < pairs.length; id++) {
    if (count[id] === 0) continue;
    const start = at;
    if (id < oldCount)
      for (let i = oldOffsets[id]!; i < oldOffsets[id + 1]!; i++) {
        const n = moves[oldNumbers[i]!]!;
        if (n >= 0) numbers[at++] = n;
      }
    const extra = added.get(id);
    if (extra) for (const n of extra) numbers[at++] = n;
    // Kept documents keep their order (same date and id) and the new ones are ascending: sorting
    // the list merges the two.
    if (extra || !isAscending(numbers, start, at)) numbers.subarray(start, at).sort();
    offsets[++p] = at;
  }
  return { packed: { pairs: outPairs, offsets, numbers }, documentsRead };
}

function isAscending(numbers: Uint32Array, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if (numbers[i - 1]! >= numbers[i]!) return false;
  return true;
}
