/**
 * The body-search index: term → positions in `index.json`'s articles, split into shards by
 * `searchShardKey`. Built whole when the article order changes, patched in place otherwise, so
 * editing one article of 100,000 rewrites only the shards of the words it gained or lost.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchShardKey, type SearchShard } from '../contract/schema.ts';

const ALPHABET = Array.from({ length: 36 }, (_, i) => i.toString(36));
/** Every key `searchShardKey` can return: two characters of a–z0–9, or `_`. */
export const ALL_SHARD_KEYS: readonly string[] = [
  '_',
  ...ALPHABET.flatMap((a) => ALPHABET.map((b) => a + b)),
];

/** Writes every shard for `termsByPosition[i]` = the terms of the article at position i. */
export function writeAllShards(dir: string, termsByPosition: Iterable<readonly string[]>): number {
  const shards = new Map<string, SearchShard>();
  let position = 0;
  for (const terms of termsByPosition) {
    for (const term of terms) {
      const key = searchShardKey(term);
      let shard = shards.get(key);
      if (!shard) shards.set(key, (shard = Object.create(null) as SearchShard));
      (shard[term] ??= []).push(position);
    }
    position++;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Every possible shard exists, empty or not, so a search for any word gets a document, not a 404.
  for (const key of ALL_SHARD_KEYS)
    writeFileSync(join(dir, `${key}.json`), JSON.stringify(shards.get(key) ?? {}));
  return shards.size;
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
    // Terms no article uses any more are dropped rather than kept with no postings.
    writeFileSync(
      file,
      JSON.stringify(Object.fromEntries(Object.entries(shard).filter(([, p]) => p.length > 0))),
    );
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
