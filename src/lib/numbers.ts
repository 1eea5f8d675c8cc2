/**
 * Counts as the reader shows them, grouped in thousands ("10,001 articles", "21–40 of 28,410
 * quotes"), the same on the server that pre-renders a page and in the browser that takes it over.
 * The text `Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })` gives (halves round away
 * from zero), written out: a page's first Intl object loads the ICU data, about 25 ms of the main
 * thread while the app starts (src/lib/dates.ts). tests/domain/numbers.test.ts checks it against Intl.
 */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const digits = String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 && digits !== '0' ? `-${digits}` : digits;
}

/** A count and its noun, singular for one: "1 article", "10,001 quotes". */
export function formatCountOf(n: number, noun: { one: string; many: string }): string {
  return `${formatCount(n)} ${n === 1 ? noun.one : noun.many}`;
}
