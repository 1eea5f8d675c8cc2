/**
 * Carrying a packed index over (`carryPostings`): the previous index with its documents moved to
 * their new numbers, the ones that left dropped and the new ones merged in, is the index packed
 * from scratch for the new numbering. The view step keeps the quote index this way
 * (view-carry-over.test.ts holds the documents made from it to a build from scratch). The
 * analysis collects its postings in a `PostingsBuilder`, which packs to the index the reference
 * `packPostings` below makes of the same postings in maps, byte for byte (the documents and the kept state are made
 * from it).
 */
import { expect, test } from 'vitest';
import {
  carryPostings,
  PostingsBuilder,
  unpackPostings,
  type PackedPostings,
} from '../../src/ingest/corpus/view-documents/quote-analysis.ts';

/**
 * The reference: a map of ascending postings (and their counts) packed as one index, as the
 * analysis packed its maps before it had a `PostingsBuilder`.
 */
function packPostings(
  postings: ReadonlyMap<string, readonly number[]>,
  counts: ReadonlyMap<string, readonly number[]> | null,
): PackedPostings {
  const keys = [...postings.keys()];
  const offsets = new Uint32Array(keys.length + 1);
  keys.forEach((key, i) => (offsets[i + 1] = offsets[i]! + postings.get(key)!.length));
  const numbers = new Uint32Array(offsets[keys.length]!);
  const packedCounts = counts ? new Uint32Array(numbers.length) : null;
  keys.forEach((key, i) => {
    numbers.set(postings.get(key)!, offsets[i]);
    packedCounts?.set(counts!.get(key)!, offsets[i]);
  });
  return { keys, offsets, numbers, counts: packedCounts };
}

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const KEYS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta'];

/** Each document's keys and counts: document n holds key k with count `docs[n].get(k)`. */
function randomDocuments(next: () => number, count: number): Map<string, number>[] {
  return Array.from({ length: count }, () => {
    const keys = new Map<string, number>();
    for (const key of KEYS) if (next() < 0.3) keys.set(key, 1 + Math.floor(next() * 4));
    // A key only new documents hold appears below.
    return keys;
  });
}

function pack(documents: readonly Map<string, number>[]): PackedPostings {
  const postings = new Map<string, number[]>();
  const counts = new Map<string, number[]>();
  documents.forEach((keys, n) => {
    for (const [key, count] of keys) {
      postings.set(key, [...(postings.get(key) ?? []), n]);
      counts.set(key, [...(counts.get(key) ?? []), count]);
    }
  });
  return packPostings(postings, counts);
}

/** The index as key → [number, count] pairs, independent of key order. */
function contents(packed: PackedPostings): Map<string, [number, number][]> {
  const out = new Map<string, [number, number][]>();
  for (const [key, numbers] of unpackPostings(packed)) {
    const from = packed.offsets[packed.keys.indexOf(key)]!;
    out.set(
      key,
      Array.from(numbers, (n, i) => [n, packed.counts![from + i]!]),
    );
  }
  return out;
}

test('a carried index equals the index packed from scratch, over random edits', () => {
  for (let seed = 1; seed <= 200; seed++) {
    const next = random(seed);
    const before = randomDocuments(next, 1 + Math.floor(next() * 30));
    // Keep some documents in order, drop the others, and put new ones between them.
    const after: Map<string, number>[] = [];
    const moves = new Int32Array(before.length).fill(-1);
    const fresh: number[] = [];
    before.forEach((keys, m) => {
      while (next() < 0.2) {
        fresh.push(after.length);
        const added = randomDocuments(next, 1)[0]!;
        if (next() < 0.3) added.set('only-new', 2);
        after.push(added);
      }
      if (next() < 0.8) {
        moves[m] = after.length;
        after.push(keys);
      }
    });
    const freshPostings = new Map<string, number[]>();
    const freshCounts = new Map<string, number[]>();
    for (const n of fresh)
      for (const [key, count] of after[n]!) {
        freshPostings.set(key, [...(freshPostings.get(key) ?? []), n]);
        freshCounts.set(key, [...(freshCounts.get(key) ?? []), count]);
      }
    const carried = carryPostings(pack(before), moves, freshPostings, freshCounts);
    expect(carried, `seed ${seed}`).not.toBeNull();
    expect(contents(carried!), `seed ${seed}`).toEqual(contents(pack(after)));
    // No key is left without postings.
    for (let i = 0; i < carried!.keys.length; i++)
      expect(carried!.offsets[i + 1]!, `seed ${seed}`).toBeGreaterThan(carried!.offsets[i]!);
  }
});

test('moves that do not keep the kept documents in order are refused, not carried', () => {
  const before = pack([new Map([['alpha', 1]]), new Map([['alpha', 1]])]);
  // Document 0 after document 1: the kept index cannot describe this numbering.
  expect(carryPostings(before, Int32Array.from([1, 0]), new Map(), new Map())).toBeNull();
  // A new document on a kept one's number is refused too.
  expect(
    carryPostings(before, Int32Array.from([0, 1]), new Map([['alpha', [1]]]), new Map([['alpha', [1]]])),
  ).toBeNull();
});

test('a PostingsBuilder packs to the index packPostings makes of the same postings', () => {
  for (let seed = 1; seed <= 20; seed++) {
    const next = random(seed);
    const builder = new PostingsBuilder(true);
    const plain = new PostingsBuilder(false);
    const postings = new Map<string, number[]>();
    const counts = new Map<string, number[]>();
    // Enough postings to grow the builder's arrays several times; each key's numbers ascending.
    const documents = 1 + Math.floor(next() * 1500);
    for (let n = 0; n < documents; n++)
      for (const key of [...KEYS, `rare-${Math.floor(next() * 500)}`])
        if (next() < 0.4) {
          const count = 1 + Math.floor(next() * 5);
          builder.add(key, n, count);
          plain.add(key, n);
          if (!postings.has(key)) {
            postings.set(key, []);
            counts.set(key, []);
          }
          postings.get(key)!.push(n);
          counts.get(key)!.push(count);
        }
    expect(builder.pack(), `seed ${seed}`).toEqual(packPostings(postings, counts));
    expect(plain.pack(), `seed ${seed}`).toEqual(packPostings(postings, null));
  }
});
