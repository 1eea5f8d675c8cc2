/**
 * Corroborated quotes: the same or nearly the same quotation in more than one article.
 *
 * A quote is reduced to its folded words (`searchTerms`: lowercase, accents and punctuation
 * gone). Two quotes are grouped when they share a key: all their words (the same quotation), or
 * their first or last `EDGE_WORDS` words (one article cut the quotation short or ran on, or
 * changed a word at the other end). Quotes shorter than `MIN_WORDS` words are left alone: "We
 * will see" in two articles is a phrase, not a corroboration. A key shared by more than
 * `MAX_BUCKET` quotes is boilerplate (or a corpus that repeats itself) and links nothing, which
 * also bounds the work: every quote costs at most three keys and a bucket at most `MAX_BUCKET`
 * unions, so grouping is linear in the quotes.
 */
import { searchTerms } from '../../../contract/text.ts';

/** Fewer words than this and a quotation is too common to corroborate anything. */
export const MIN_WORDS = 6;
/** The words at either end that, equal, make two long quotations one. */
export const EDGE_WORDS = 8;
/** A key shared by more quotes than this groups nothing. */
export const MAX_BUCKET = 64;

export class QuoteGrouper {
  private readonly buckets = new Map<string, number[] | null>();
  private readonly articleOf: number[] = [];

  /** Records quote `q` (numbers ascending) of article `article`. */
  add(q: number, article: number, text: string): void {
    this.addTerms(q, article, searchTerms(text));
  }

  /** As `add`, from the text's terms (`searchTerms`). */
  addTerms(q: number, article: number, words: readonly string[]): void {
    this.articleOf[q] = article;
    for (const key of groupKeys(words)) {
      const bucket = this.buckets.get(key);
      if (bucket === null) continue;
      if (bucket === undefined) this.buckets.set(key, [q]);
      else if (bucket.length >= MAX_BUCKET) this.buckets.set(key, null);
      else bucket.push(q);
    }
  }

  /** The groups that span at least two articles, each sorted, in order of their first quote. */
  groups(): number[][] {
    const buckets: number[][] = [];
    for (const bucket of this.buckets.values()) if (bucket !== null) buckets.push(bucket);
    return groupsOf(buckets, this.articleOf);
  }
}

/** The keys a quote's text terms put it under: none for a short quote, else all and both edges. */
export function groupKeys(words: readonly string[]): Set<string> {
  if (words.length < MIN_WORDS) return new Set();
  const keys = new Set([`=${words.join(' ')}`]);
  if (words.length >= EDGE_WORDS) {
    keys.add(`<${words.slice(0, EDGE_WORDS).join(' ')}`);
    keys.add(`>${words.slice(-EDGE_WORDS).join(' ')}`);
  }
  return keys;
}

/**
 * The groups of these buckets (each a key's quotes, ascending; a bucket of more than
 * `MAX_BUCKET` quotes groups nothing) that span at least two articles (`articleOf`: quote →
 * article), each sorted, in order of their first quote. Bucket order does not matter.
 */
export function groupsOf(buckets: Iterable<ArrayLike<number>>, articleOf: ArrayLike<number>): number[][] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    // Path compression keeps later finds short.
    let at = x;
    while (at !== root) {
      const next = parent.get(at)!;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  for (const bucket of buckets) {
    if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
    for (let i = 0; i < bucket.length; i++) if (!parent.has(bucket[i]!)) parent.set(bucket[i]!, bucket[i]!);
    const root = find(bucket[0]!);
    for (let i = 1; i < bucket.length; i++) {
      const other = find(bucket[i]!);
      if (other !== root) parent.set(other, root);
    }
  }
  const members = new Map<number, number[]>();
  for (const q of parent.keys()) {
    const root = find(q);
    const list = members.get(root);
    if (list) list.push(q);
    else members.set(root, [q]);
  }
  const out: number[][] = [];
  for (const list of members.values()) {
    if (new Set(list.map((q) => articleOf[q])).size < 2) continue;
    out.push(list.sort((a, b) => a - b));
  }
  return out.sort((a, b) => a[0]! - b[0]!);
}
