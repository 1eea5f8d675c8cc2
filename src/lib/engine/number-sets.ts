/**
 * Sets of article or quote numbers as sorted `Uint32Array`s. Every set the engine hands around is
 * read-only: a result may be a view (`subarray`) of a cached posting list.
 */

export const EMPTY: Uint32Array = new Uint32Array(0);

/** The first index whose value is at least `value`. */
export function lowerBound(sorted: Uint32Array, value: number, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose string is greater than `value` (`after`) or at least `value`. */
export function stringBound(sorted: readonly string[], value: string, after: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const item = sorted[mid]!;
    if (item < value || (after && item === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The part of a sorted set inside [lo, hi), without copying. */
export function restrict(sorted: Uint32Array, lo: number, hi: number): Uint32Array {
  if (sorted.length === 0) return sorted;
  if (sorted[0]! >= lo && sorted[sorted.length - 1]! < hi) return sorted;
  const from = lowerBound(sorted, lo);
  return sorted.subarray(from, lowerBound(sorted, hi, from));
}

/** The numbers in both sets. Merges, or gallops through the larger set when one is much smaller. */
export function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (a.length > b.length) [a, b] = [b, a];
  if (a.length === 0) return EMPTY;
  const out = new Uint32Array(a.length);
  let n = 0;
  if (a.length * 16 < b.length) {
    let from = 0;
    for (let i = 0; i < a.length; i++) {
      const value = a[i]!;
      from = lowerBound(b, value, from);
      if (from === b.length) break;
      if (b[from] === value) out[n++] = value;
    }
  } else {
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      const x = a[i]!;
      const y = b[j]!;
      if (x < y) i++;
      else if (x > y) j++;
      else {
        out[n++] = x;
        i++;
        j++;
      }
    }
  }
  return n === out.length ? out : out.slice(0, n);
}

/** The numbers of `a` that are not in `b`. */
export function difference(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (b.length === 0 || a.length === 0) return a;
  const out = new Uint32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const value = a[i]!;
    j = lowerBound(b, value, j);
    if (b[j] !== value) out[n++] = value;
  }
  return n === out.length ? out : out.slice(0, n);
}

/** The intersection of several sets, smallest first so the work shrinks at each step. */
export function intersectAll(sets: readonly Uint32Array[]): Uint32Array {
  const sorted = [...sets].sort((a, b) => a.length - b.length);
  let result = sorted[0]!;
  for (let i = 1; i < sorted.length && result.length > 0; i++) result = intersect(result, sorted[i]!);
  return result;
}

/** The union of sorted lists of numbers below `universe`. */
export function unionAll(lists: readonly Uint32Array[], universe: number): Uint32Array {
  if (lists.length === 0) return EMPTY;
  if (lists.length === 1) return lists[0]!;
  let total = 0;
  for (const list of lists) total += list.length;
  if (total > universe / 8) {
    // Dense: one pass over a bitmap of the universe, no sort.
    const seen = new Uint8Array(universe);
    for (const list of lists) for (let i = 0; i < list.length; i++) seen[list[i]!] = 1;
    let count = 0;
    for (let i = 0; i < universe; i++) count += seen[i]!;
    const out = new Uint32Array(count);
    let n = 0;
    for (let i = 0; i < universe; i++) if (seen[i]) out[n++] = i;
    return out;
  }
  const all = new Uint32Array(total);
  let at = 0;
  for (const list of lists) {
    all.set(list, at);
    at += list.length;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[n - 1]) all[n++] = all[i]!;
  return all.subarray(0, n);
}

/** The numbers whose entry in `column` equals `value`, in order. */
export function whereEquals(column: ArrayLike<number>, value: number): Uint32Array {
  let count = 0;
  for (let i = 0; i < column.length; i++) if (column[i] === value) count++;
  const out = new Uint32Array(count);
  let n = 0;
  for (let i = 0; i < column.length; i++) if (column[i] === value) out[n++] = i;
  return out;
}

/** Every quote of a set of articles, given where each article's quotes start (length N + 1). */
export function quotesOfArticles(articles: Uint32Array, quoteStart: Uint32Array): Uint32Array {
  let count = 0;
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i]!;
    count += quoteStart[a + 1]! - quoteStart[a]!;
  }
  const out = new Uint32Array(count);
  let n = 0;
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i]!;
    for (let q = quoteStart[a]!, end = quoteStart[a + 1]!; q < end; q++) out[n++] = q;
  }
  return out;
}

/** 0, 1, …, n − 1: every number, so a date range is a view of it. */
export function identity(n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/** Running totals: `out[i]` is the sum of `counts[0..i)` (length counts.length + 1). */
export function prefixSums(counts: readonly number[]): Uint32Array {
  const out = new Uint32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) out[i + 1] = out[i]! + counts[i]!;
  return out;
}
