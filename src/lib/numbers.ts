/**
 * Counts as the reader shows them, grouped in thousands ("10,001 articles", "21–40 of 28,410
 * quotes"), the same on the server that pre-renders a page and in the browser that takes it over.
 */
const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return grouped.format(n);
}
