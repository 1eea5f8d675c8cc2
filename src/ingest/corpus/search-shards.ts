/**
 * The body-search index: term → article numbers (counted from the oldest article, see
 * `searchShardSchema`), split into shards by `searchShardKey`. Built whole from every article's
 * terms when there is nothing to reuse; patched in place when no kept article's number moved, so
 * editing one article of 100,000, or adding a newer one, rewrites only the shards of the words
 * it gained or lost; renumbered when numbers moved.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchShardKey, type SearchShard } from '../../contract/schema.ts';

const ALPHABET = Array.from({ length: 36 }, (_, i) => i.toString(36));
/** Every key `searchShardKey` can return: two characters of a–z0–9, or `_`. */
export const ALL_SHARD_KEYS: readonly string[] = [
  '_',
  ...ALPHABET.flatMap((a) => ALPHABET.map((b) => a + b)),
];

/**
 * Collects every article's terms, then writes every shard. One map over all terms: a corpus has
 * tens of thousands of distinct terms but millions of (term, article) pairs, so the shard key is
 * worked out once per term, not once per pair.
 */
export class PostingsBuilder {
  private readonly postings = new Map<string, number[]>();

  /** Adds the terms of the article numbered `position`, in any order. */
  add(position: number, terms: readonly string[]): void {
    for (const term of terms) {
      const list = this.postings.get(term);
      if (list) list.push(position);
      else this.postings.set(term, [position]);
    }
  }

  /** Every term's sorted postings, grouped by the shard it belongs to. */
  byShard(): Map<string, [string, number[]][]> {
    const shards = new Map<string, [string, number[]][]>();
    for (const entry of this.postings) {
      // Usually added newest first, so in descending runs that the sort only has to reverse.
      entry[1].sort((a, b) => a - b);
      const key = searchShardKey(entry[0]);
      const shard = shards.get(key);
      if (shard) shard.push(entry);
      else shards.set(key, [entry]);
    }
    return shards;
  }

  writeAll(dir: string): void {
    const shards = this.byShard();
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // Every possible shard exists, empty or not, so a search for any word gets a document, not a 404.
    for (const key of ALL_SHARD_KEYS)
      writeFileSync(join(dir, `${key}.json`), shardJson(shards.get(key) ?? []));
  }
}

export interface ShardChange {
  position: number;
  before: readonly string[];
  after: readonly string[];
}

/** Applies term changes of articles that kept their position; returns how many shards were rewritten. */
export function patchShards(dir: string, changes: readonly ShardChange[]): number {
  const edits = new Map<string, { term: string; position: number; add: boolean }[]>();
  for (const { position, before, after } of changes) {
    const old = new Set(before);
    const now = new Set(after);
    for (const t of old) if (!now.has(t)) pushEdit(edits, t, position, false);
    for (const t of now) if (!old.has(t)) pushEdit(edits, t, position, true);
  }
  for (const [key, list] of edits) {
    const file = join(dir, `${key}.json`);
    const shard = existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as SearchShard)
      : (Object.create(null) as SearchShard);
    for (const { term, position, add } of list) {
      // Own keys only: a term such as "constructor" must not find Object.prototype's.
      const postings = Object.hasOwn(shard, term) ? (shard[term] ?? []) : [];
      const at = lowerBound(postings, position);
      if (add && postings[at] !== position) postings.splice(at, 0, position);
      if (!add && postings[at] === position) postings.splice(at, 1);
      shard[term] = postings;
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, shardJson(Object.entries(shard)));
  }
  return edits.size;
}

function pushEdit(
  edits: Map<string, { term: string; position: number; add: boolean }[]>,
  term: string,
  position: number,
  add: boolean,
): void {
  const key = searchShardKey(term);
  const list = edits.get(key);
  if (list) list.push({ term, position, add });
  else edits.set(key, [{ term, position, add }]);
}

function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Rewrites every shard after articles moved: `moves[old position]` is the article's new position,
 * or -1 when it left or changed; `added` are the articles (new or changed) to index afresh.
 * Costs one read and write of every shard, never a read of 100,000 articles' terms.
 */
export function remapShards(
  dir: string,
  moves: readonly number[],
  addedArticles: readonly { position: number; terms: readonly string[] }[],
): void {
  const additions = new PostingsBuilder();
  for (const { position, terms } of addedArticles) additions.add(position, terms);
  const added = additions.byShard();
  mkdirSync(dir, { recursive: true });
  for (const key of ALL_SHARD_KEYS) {
    const file = join(dir, `${key}.json`);
    const shard = existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as SearchShard)
      : (Object.create(null) as SearchShard);
    // Renumber in place: kept articles keep their relative order, so every list stays sorted and
    // the shard stays in canonical form without being rebuilt.
    for (const term of Object.keys(shard)) {
      const postings = shard[term] ?? [];
      let kept = 0;
      for (const p of postings) {
        const to = moves[p] ?? -1;
        if (to >= 0) postings[kept++] = to;
      }
      postings.length = kept;
    }
    for (const [term, positions] of added.get(key) ?? []) {
      const postings = Object.hasOwn(shard, term) ? (shard[term] ?? []) : [];
      postings.push(...positions);
      postings.sort((a, b) => a - b);
      shard[term] = postings;
    }
    writeFileSync(file, shardJson(Object.entries(shard)));
  }
}

/**
 * A shard's JSON in one canonical form, however it was built or patched: terms in code-point
 * order, and terms no article uses any more dropped rather than kept with no postings.
 */
function shardJson(entries: Iterable<[string, number[]]>): string {
  const kept = [...entries].filter(([, postings]) => postings.length > 0);
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(kept));
}
