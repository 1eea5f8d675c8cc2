/**
 * Phrase search (docs/decisions/011-phrase-search.md): an index of adjacent-word pairs beside the
 * term index. A text's pairs are its consecutive search terms (`searchTerms`: folded, at least two
 * characters), taken within one field (a headline, a paragraph, a quote's text, speaker or role),
 * never across two. A document holds a quoted phrase when it holds every pair of the phrase's
 * consecutive words, as whole terms. Pairs are hashed into `pairShards` documents, so a phrase
 * costs one small document per pair and a query without quotes loads nothing more.
 *
 * No runtime dependency: the build, the engine and the tests' reference all use these functions.
 */
import { searchTerms } from './text.ts';

/** How a pair of consecutive terms is named in the index ("prime minister"): the one place it is spelled. */
export function pairKey(first: string, second: string): string {
  return `${first} ${second}`;
}

/** The pairs of consecutive terms of each text, each pair once ("prime minister"). */
export function adjacentPairs(texts: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (const text of texts) {
    const terms = searchTerms(text);
    for (let i = 0; i + 1 < terms.length; i++) pairs.add(pairKey(terms[i]!, terms[i + 1]!));
  }
  return pairs;
}

/** The pairs a phrase's words (search terms, in order) must all stand as. */
export function phrasePairs(phrase: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < phrase.length; i++) pairs.push(pairKey(phrase[i]!, phrase[i + 1]!));
  return pairs;
}

/** Which of `shards` pair documents holds a pair: FNV-1a (32 bits) of its UTF-16 units. */
export function pairShard(pair: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < pair.length; i++) {
    hash ^= pair.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}

/** About this many bytes of serialised postings per pair document. */
export const PAIR_SHARD_BYTES = 32 * 1024;

/** How many pair documents an index of `bytes` serialised bytes is cut into: a power of two. */
export function pairShardCount(bytes: number): number {
  let shards = 1;
  while (bytes / shards > PAIR_SHARD_BYTES) shards *= 2;
  return shards;
}
