/** Pages keep the DOM small: a newsroom corpus can hold 100,000 articles. */
export const PAGE_SIZE = 20;

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
  /** The requested page was past the end, so the last page is shown instead. */
  clamped: boolean;
  firstItemNumber: number;
}

export function paginate<T>(items: readonly T[], requested: number, size = PAGE_SIZE): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const page = Math.min(Math.max(1, requested), pageCount);
  const start = (page - 1) * size;
  return {
    items: items.slice(start, start + size),
    page,
    pageCount,
    clamped: page !== requested,
    firstItemNumber: start + 1,
  };
}
