/**
 * What the view documents need of every quote, apart from its row: the quote search index
 * (terms with postings and counts, each quote's length), the quote phrase pairs, the quote
 * groups' keys and the per-quote speaker, role and substance columns. Computed from every quote
 * (`analyseQuotes`: each row parsed and its fields folded), or carried over from the previous
 * build's analysis kept in the build cache (`carryQuoteAnalysis`): the kept articles' quotes get
 * their new numbers, the quotes of articles that left drop out, and only the new or changed
 * articles' quotes are parsed. Both give the same analysis (`tests/ingest/quote-analysis.test.ts`),
 * and every document made from it is the same (`tests/ingest/view-carry-over.test.ts`).
 *
 * Everything here is a function of an article's content key: a quote row is a copy of fields of
 * its article (`toCorpusEntry`), and the state is kept under the output version, which hashes all
 * ingestion code.
 */
import type { QuoteEntry } from '../../../contract/schema.ts';
import { isSubstantive } from '../../../contract/quote-substance.ts';
import { pairKey } from '../../../contract/search-pairs.ts';
import { searchTerms } from '../../../contract/text.ts';
import { readKeptState, writeKeptState, type KeptStateMemory, type KeptStateProblem } from '../kept-state.ts';
import { splitList } from '../joined-list.ts';
import { groupKeys } from './quote-groups.ts';
import type { ViewCorpus } from './view-corpus.ts';

/** Keys with sorted postings in one typed array: key i's are `numbers[offsets[i]]…numbers[offsets[i + 1] - 1]`. */
export interface PackedPostings {
  keys: string[];
  offsets: Uint32Array;
  numbers: Uint32Array;
  /** Parallel to `numbers` where the index counts occurrences (the quote terms), else null. */
  counts: Uint32Array | null;
}

export interface QuoteAnalysis {
  quoteCount: number;
  /** Quote search terms: text, speaker, role and headline, as `quote-filters.ts` `quoteTerms`. */
  terms: PackedPostings;
  /** Each quote's number of terms (with repeats). */
  lengths: Uint32Array;
  /** Quote phrase pairs (decision 011). */
  pairs: PackedPostings;
  /** The quote groups' keys (`groupKeys`) with every quote holding each. */
  groupKeys: PackedPostings;
  speakerSlugs: (string | null)[];
  roles: (string | null)[];
  /** 1 where the quote is substantive (`isSubstantive`), 0 for a fragment. */
  substantive: Uint8Array;
}

/**
 * Postings collected one number at a time (each key's numbers ascending), packed once at the end
 * into one index (keys in the order first added, each key's numbers and counts contiguous). Each
 * posting is its key's id and its number (and count) in typed arrays that double as they fill:
 * a map of `number[]` held every number on the JS heap with room to grow and an array per key
 * (most quote pairs occur once), and the quote analysis of 100,000 articles was the peak of a
 * build's memory.
 */
export class PostingsBuilder {
  private readonly ids = new Map<string, number>();
  private owners: Uint32Array<ArrayBuffer> = new Uint32Array(1024);
  private numbers: Uint32Array<ArrayBuffer> = new Uint32Array(1024);
  private counts: Uint32Array | null;
  private size = 0;

  /** `counted`: each posting has a count (the quote terms). */
  constructor(counted: boolean) {
    this.counts = counted ? new Uint32Array(1024) : null;
  }

  /** Adds `number` to `key`'s postings (after every number added to it so far). */
  add(key: string, number: number, count = 0): void {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    if (this.size === this.owners.length) {
      this.owners = grown(this.owners);
      this.numbers = grown(this.numbers);
      if (this.counts) this.counts = grown(this.counts);
    }
    this.owners[this.size] = id;
    this.numbers[this.size] = number;
    if (this.counts) this.counts[this.size] = count;
    this.size++;
  }

  /** The packed index (keys in the order first added), after which this builder is empty. */
  pack(): PackedPostings {
    const keys = [...this.ids.keys()];
    const offsets = new Uint32Array(keys.length + 1);
    for (let i = 0; i < this.size; i++) offsets[this.owners[i]! + 1]!++;
    for (let k = 0; k < keys.length; k++) offsets[k + 1]! += offsets[k]!;
    const numbers = new Uint32Array(this.size);
    const counts = this.counts ? new Uint32Array(this.size) : null;
    // Filled in the order added, so each key's numbers stay ascending.
    const next = offsets.slice(0, keys.length);
    for (let i = 0; i < this.size; i++) {
      const at = next[this.owners[i]!]!++;
      numbers[at] = this.numbers[i]!;
      if (counts) counts[at] = this.counts![i]!;
    }
    this.ids.clear();
    this.owners = new Uint32Array(0);
    this.numbers = new Uint32Array(0);
    if (this.counts) this.counts = new Uint32Array(0);
    this.size = 0;
    return { keys, offsets, numbers, counts };
  }
}

function grown(array: Uint32Array): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** The postings of some quotes, collected one quote at a time, numbers ascending. */
class Collector {
  readonly terms = new PostingsBuilder(true);
  readonly pairs = new PostingsBuilder(false);
  readonly groups = new PostingsBuilder(false);

  constructor(private readonly analysis: Omit<QuoteAnalysis, 'terms' | 'pairs' | 'groupKeys'>) {}

  /** Adds quote `q`; `headlineTerms` are its article's headline's. */
  add(q: number, quote: QuoteEntry, headlineTerms: readonly string[]): void {
    const textTerms = searchTerms(quote.text);
    const speakerTerms = quote.speaker === null ? [] : searchTerms(quote.speaker);
    const roleTerms = quote.role === null ? [] : searchTerms(quote.role);
    // As CountedPostings.addTerms: each distinct term once, with its count; the length counts all.
    const counted = new Map<string, number>();
    for (const fieldTerms of [textTerms, speakerTerms, roleTerms, headlineTerms])
      for (const term of fieldTerms) counted.set(term, (counted.get(term) ?? 0) + 1);
    let length = 0;
    for (const [term, count] of counted) {
      length += count;
      this.terms.add(term, q, count);
    }
    this.analysis.lengths[q] = length;
    // As PairPostings.addTerms: pairs never cross fields, each pair once per quote.
    const seen = new Set<string>();
    for (const fieldTerms of [textTerms, speakerTerms, roleTerms, headlineTerms])
      for (let i = 0; i + 1 < fieldTerms.length; i++) {
        const pair = pairKey(fieldTerms[i]!, fieldTerms[i + 1]!);
        if (seen.has(pair)) continue;
        seen.add(pair);
        this.pairs.add(pair, q);
      }
    for (const key of groupKeys(textTerms)) this.groups.add(key, q);
    this.analysis.speakerSlugs[q] = quote.speakerSlug;
    this.analysis.roles[q] = quote.role;
    this.analysis.substantive[q] = isSubstantive(quote) ? 1 : 0;
  }

  /** Adds every quote of article `a` (its rows parsed from the corpus). */
  addArticle(corpus: ViewCorpus, a: number): void {
    const from = corpus.quoteStart[a]!;
    const to = corpus.quoteStart[a + 1]!;
    if (from === to) return;
    const headlineTerms = searchTerms(corpus.articles[a]!.headline);
    for (let q = from; q < to; q++) this.add(q, corpus.quote(q), headlineTerms);
  }
}

function emptyColumns(quoteCount: number): Omit<QuoteAnalysis, 'terms' | 'pairs' | 'groupKeys'> {
  return {
    quoteCount,
    lengths: new Uint32Array(quoteCount),
    speakerSlugs: new Array<string | null>(quoteCount).fill(null),
    roles: new Array<string | null>(quoteCount).fill(null),
    substantive: new Uint8Array(quoteCount),
  };
}

/** The analysis of every quote of the corpus, each row parsed. */
export function analyseQuotes(corpus: ViewCorpus): QuoteAnalysis {
  const columns = emptyColumns(corpus.quoteCount);
  const collector = new Collector(columns);
  for (let a = 0; a < corpus.articles.length; a++) collector.addArticle(corpus, a);
  // Each builder empties as it packs, so no more than one is held beside its packed copy.
  const terms = collector.terms.pack();
  const pairs = collector.pairs.pack();
  const groupKeys = collector.groups.pack();
  return { ...columns, terms, pairs, groupKeys };
}

/** A packed index as a map of views into its arrays (nothing copied). */
export function unpackPostings(packed: PackedPostings): Map<string, Uint32Array> {
  const map = new Map<string, Uint32Array>();
  packed.keys.forEach((key, i) =>
    map.set(key, packed.numbers.subarray(packed.offsets[i], packed.offsets[i + 1])),
  );
  return map;
}

/**
 * `previous` with every number `m` moved to `moves[m]` (dropped where that is -1) and the fresh
 * postings merged in; keys left without postings are dropped. Null when the moved numbers do
 * not stay ascending (then the kept state does not describe this corpus).
 */
export function carryPostings(
  previous: PackedPostings,
  moves: Int32Array,
  fresh: ReadonlyMap<string, ArrayLike<number>>,
  freshCounts: ReadonlyMap<string, ArrayLike<number>> | null,
): PackedPostings | null {
  const idOf = new Map<string, number>();
  previous.keys.forEach((key, i) => idOf.set(key, i));
  const oldCount = previous.keys.length;
  const extraKeys: string[] = [];
  for (const key of fresh.keys()) if (!idOf.has(key)) extraKeys.push(key);
  const { offsets: oldOffsets, numbers: oldNumbers, counts: oldCounts } = previous;
  const sizes = new Uint32Array(oldCount + extraKeys.length);
  for (let id = 0; id < oldCount; id++) {
    let kept = 0;
    for (let i = oldOffsets[id]!; i < oldOffsets[id + 1]!; i++) if (moves[oldNumbers[i]!]! >= 0) kept++;
    sizes[id] = kept + (fresh.get(previous.keys[id]!)?.length ?? 0);
  }
  extraKeys.forEach((key, j) => (sizes[oldCount + j] = fresh.get(key)!.length));
  const keys: string[] = [];
  let total = 0;
  for (let id = 0; id < sizes.length; id++)
    if (sizes[id]! > 0) {
      keys.push(id < oldCount ? previous.keys[id]! : extraKeys[id - oldCount]!);
      total += sizes[id]!;
    }
  const offsets = new Uint32Array(keys.length + 1);
  const numbers = new Uint32Array(total);
  const counts = freshCounts && oldCounts ? new Uint32Array(total) : null;
  let at = 0;
  let k = 0;
  for (let id = 0; id < sizes.length; id++) {
    if (sizes[id] === 0) continue;
    const key = keys[k]!;
    const added = fresh.get(key) ?? [];
    const addedCounts = freshCounts?.get(key) ?? [];
    // Merge the moved numbers (ascending: kept articles keep their order) with the fresh ones.
    let j = 0;
    const start = at;
    if (id < oldCount)
      for (let i = oldOffsets[id]!; i < oldOffsets[id + 1]!; i++) {
        const n = moves[oldNumbers[i]!]!;
        if (n < 0) continue;
        while (j < added.length && added[j]! < n) {
          if (counts) counts[at] = addedCounts[j]!;
          numbers[at++] = added[j++]!;
        }
        if (at > start && numbers[at - 1]! >= n) return null;
        if (counts) counts[at] = oldCounts![i]!;
        numbers[at++] = n;
      }
    while (j < added.length) {
      if (at > start && numbers[at - 1]! >= added[j]!) return null;
      if (counts) counts[at] = addedCounts[j]!;
      numbers[at++] = added[j++]!;
    }
    offsets[++k] = at;
  }
  return { keys, offsets, numbers, counts };
}

/**
 * The analysis of `corpus` from `previous`, made for the articles with content keys
 * `previousKeys` (quote counts `previousStarts`): quotes of an article whose key is still there
 * are moved, the others parsed. Null when the kept analysis does not fit (a kept article with
 * another number of quotes, numbers out of order): the caller then analyses every quote.
 */
export function carryQuoteAnalysis(
  corpus: ViewCorpus,
  keys: readonly string[],
  previous: KeptQuoteAnalysis,
): { analysis: QuoteAnalysis; parsedArticles: number } | null {
  const { analysis: old, keys: previousKeys, quoteStart: previousStarts } = previous;
  const oldArticle = new Map<string, number>();
  previousKeys.forEach((key, m) => oldArticle.set(key, m));
  const moves = new Int32Array(old.quoteCount).fill(-1);
  const columns = emptyColumns(corpus.quoteCount);
  const collector = new Collector(columns);
  const used = new Set<number>();
  let parsedArticles = 0;
  for (let n = 0; n < keys.length; n++) {
    const m = oldArticle.get(keys[n]!);
    const from = corpus.quoteStart[n]!;
    const count = corpus.quoteStart[n + 1]! - from;
    if (m === undefined || used.has(m)) {
      collector.addArticle(corpus, n);
      parsedArticles++;
      continue;
    }
    used.add(m);
    const oldFrom = previousStarts[m]!;
    if (previousStarts[m + 1]! - oldFrom !== count) return null;
    for (let j = 0; j < count; j++) {
      const q = from + j;
      const o = oldFrom + j;
      moves[o] = q;
      columns.lengths[q] = old.lengths[o]!;
      columns.speakerSlugs[q] = old.speakerSlugs[o]!;
      columns.roles[q] = old.roles[o]!;
      columns.substantive[q] = old.substantive[o]!;
    }
  }
  const freshTerms = collector.terms.pack();
  const terms = carryPostings(
    old.terms,
    moves,
    unpackPostings(freshTerms),
    unpackPostings({ ...freshTerms, numbers: freshTerms.counts! }),
  );
  const pairs = carryPostings(old.pairs, moves, unpackPostings(collector.pairs.pack()), null);
  const groups = carryPostings(old.groupKeys, moves, unpackPostings(collector.groups.pack()), null);
  if (!terms || !pairs || !groups) return null;
  return { analysis: { ...columns, terms, pairs, groupKeys: groups }, parsedArticles };
}

/** Bumped when what the quote state holds changes. */
const QUOTE_STATE_FORMAT = 1;

/** A kept analysis with the articles it was made for. */
export interface KeptQuoteAnalysis {
  /** Content keys by article number. */
  keys: string[];
  /** Article m's quotes were `quoteStart[m]…quoteStart[m + 1] - 1`. */
  quoteStart: Uint32Array;
  analysis: QuoteAnalysis;
}

interface PackedState {
  keys: string;
  offsets: Uint32Array;
  numbers: Uint32Array;
  counts: Uint32Array | null;
}

/** Keeps `analysis` of the corpus with these article keys and quote starts at `path`. */
export function writeQuoteState(
  path: string,
  version: string,
  keys: readonly string[],
  quoteStart: Uint32Array,
  analysis: QuoteAnalysis,
  memory: KeptStateMemory | null = null,
): void {
  const packed = (p: PackedPostings): PackedState => ({
    keys: p.keys.join('\n'),
    offsets: p.offsets,
    numbers: p.numbers,
    counts: p.counts,
  });
  writeKeptState(
    path,
    QUOTE_STATE_FORMAT,
    version,
    {
      keys: keys.join('\n'),
      quoteStart,
      quoteCount: analysis.quoteCount,
      terms: packed(analysis.terms),
      lengths: analysis.lengths,
      pairs: packed(analysis.pairs),
      groupKeys: packed(analysis.groupKeys),
      speakerSlugs: analysis.speakerSlugs,
      roles: analysis.roles,
      substantive: analysis.substantive,
    },
    memory,
    { kept: { keys: [...keys], quoteStart, analysis } },
  );
}

/**
 * The analysis kept at `path`, or why it cannot be used; null when there is none or it was made
 * by other code (not an error).
 */
export function readQuoteState(
  path: string,
  version: string,
  memory: KeptStateMemory | null = null,
): { kept: KeptQuoteAnalysis } | KeptStateProblem | null {
  return readKeptState(
    path,
    QUOTE_STATE_FORMAT,
    version,
    (record): { kept: KeptQuoteAnalysis } | KeptStateProblem => {
      // Read from disk: any field may be missing or of another type in a torn or foreign file.
      const raw = record as {
        keys: string;
        quoteStart: Uint32Array | undefined;
        quoteCount: number;
        terms: Partial<PackedState>;
        lengths: Uint32Array | undefined;
        pairs: Partial<PackedState>;
        groupKeys: Partial<PackedState>;
        speakerSlugs: (string | null)[] | undefined;
        roles: (string | null)[] | undefined;
        substantive: Uint8Array | undefined;
      };
      const keys = splitList(raw.keys);
      const q = raw.quoteCount;
      if (!(raw.quoteStart instanceof Uint32Array) || raw.quoteStart.length !== keys.length + 1)
        return { problem: `${keys.length} articles but ${raw.quoteStart?.length} quote starts` };
      if (raw.quoteStart[keys.length] !== q) return { problem: `the quote starts do not end at ${q} quotes` };
      const { lengths, speakerSlugs, roles, substantive } = raw;
      if (
        !(lengths instanceof Uint32Array) ||
        !(substantive instanceof Uint8Array) ||
        !Array.isArray(speakerSlugs) ||
        !Array.isArray(roles)
      )
        return { problem: 'a per-quote column is missing' };
      for (const [name, column] of [
        ['lengths', lengths],
        ['speakers', speakerSlugs],
        ['roles', roles],
        ['substance', substantive],
      ] as const)
        if (column.length !== q) return { problem: `${q} quotes but ${column.length} ${name}` };
      const unpacked = (name: string, p: Partial<PackedState>, counted: boolean): PackedPostings | string => {
        if (typeof p.keys !== 'string' || !(p.numbers instanceof Uint32Array)) return `${name}: no postings`;
        const list = splitList(p.keys);
        if (!(p.offsets instanceof Uint32Array) || p.offsets.length !== list.length + 1)
          return `${name}: ${list.length} keys but ${p.offsets?.length} offsets`;
        if (p.offsets[list.length] !== p.numbers.length)
          return `${name}: the offsets do not end at its postings`;
        if (counted !== p.counts instanceof Uint32Array || (counted && p.counts!.length !== p.numbers.length))
          return `${name}: the counts do not match its postings`;
        for (let i = 0; i < p.numbers.length; i++)
          if (p.numbers[i]! >= q) return `${name}: a posting past the last quote`;
        return { keys: list, offsets: p.offsets, numbers: p.numbers, counts: counted ? p.counts! : null };
      };
      const terms = unpacked('terms', raw.terms, true);
      const pairs = unpacked('pairs', raw.pairs, false);
      const groups = unpacked('groups', raw.groupKeys, false);
      for (const p of [terms, pairs, groups]) if (typeof p === 'string') return { problem: p };
      return {
        kept: {
          keys,
          quoteStart: raw.quoteStart,
          analysis: {
            quoteCount: q,
            terms: terms as PackedPostings,
            lengths,
            pairs: pairs as PackedPostings,
            groupKeys: groups as PackedPostings,
            speakerSlugs,
            roles,
            substantive,
          },
        },
      };
    },
    memory,
  );
}
