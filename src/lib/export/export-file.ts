/**
 * Exports a list view's filtered set (as its URL states it) as CSV or JSON, page by page through
 * the data source, so a set of any size is written in chunks: the page stays responsive (each page
 * is a round trip to the query engine's worker) and progress can be shown as it goes.
 */
import type { ArticleSummary } from '../../contract/schema.ts';
import type { QuoteRow } from '../../contract/views.ts';
import type { DataSource, ListResult } from '../data/data-source.ts';
import type { Filters, ListView } from '../urls.ts';
import { hasActiveFilters } from '../urls.ts';
import { csvRecord } from './csv.ts';
import type { ExportColumns, ExportContext, ExportValue } from './export-columns.ts';
import { articleColumns, quoteColumns } from './export-columns.ts';

export type ExportFormat = 'csv' | 'json';

/** Pages asked for ahead of the one being written. */
const PAGES_AHEAD = 4;

export interface ExportRequest {
  view: ListView;
  filters: Filters;
  format: ExportFormat;
}

export interface ExportProgress {
  /** Records written so far, of `total`. */
  done: number;
  total: number;
}

export interface ExportOptions {
  /** The absolute URL of an article, or of one of its quotes. */
  articleUrl: ExportContext['articleUrl'];
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
}

export type ExportSource = Pick<DataSource, 'meta' | 'listArticles' | 'listQuotes'>;

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

/** `newsreader-quotes.csv`, `newsreader-articles-filtered.json`. */
export function exportFileName({ view, filters, format }: ExportRequest): string {
  return `newsreader-${view}${hasActiveFilters(filters) ? '-filtered' : ''}.${format}`;
}

function jsonObject(names: readonly string[], values: readonly ExportValue[]): string {
  return JSON.stringify(Object.fromEntries(names.map((name, i) => [name, values[i] ?? null])));
}

/**
 * The file's text in chunks: the header (CSV) or `[` (JSON), then one chunk per page of results.
 * An empty set gives the header alone, or `[]`.
 */
export async function* exportChunks(
  source: ExportSource,
  request: ExportRequest,
  options: ExportOptions,
): AsyncGenerator<string, void, undefined> {
  const { view, filters, format } = request;
  if (view === 'articles') {
    yield* chunksOf(
      // No column holds a snippet: a search's rows need not wait for 20 article documents a page.
      // Every page is read once: its documents go past the offline cache (`ListRequest.bulk`).
      (page) => source.listArticles({ filters, page, snippets: false, bulk: true }),
      articleColumns,
      format,
      (result) => ({
        articleUrl: options.articleUrl,
        sourceName: (slug) => slug,
        organisationName: (slug) => result.organisationNames[slug] ?? slug,
      }),
      options,
    );
  } else {
    const meta = await source.meta();
    const sourceNames = new Map(meta.sources.map((row) => [row.slug, row.name]));
    yield* chunksOf(
      (page) => source.listQuotes({ filters, page, bulk: true }),
      quoteColumns,
      format,
      (result) => ({
        articleUrl: options.articleUrl,
        sourceName: (slug) => sourceNames.get(slug) ?? slug,
        organisationName: (slug) => result.organisationNames[slug] ?? slug,
      }),
      options,
    );
  }
}

async function* chunksOf<T extends ArticleSummary | QuoteRow>(
  listPage: (page: number) => Promise<ListResult<T>>,
  columns: ExportColumns<T>,
  format: ExportFormat,
  contextFor: (result: ListResult<T>) => ExportContext,
  { onProgress, signal }: ExportOptions,
): AsyncGenerator<string, void, undefined> {
  // A byte order mark, so spreadsheet programs read the UTF-8 as UTF-8 rather than a legacy code page.
  yield format === 'csv' ? `\uFEFF${csvRecord(columns.names)}` : '[';
  let done = 0;
  let pageCount = 1;
  // The next pages are asked for while one is written: each page waits on its documents (a page
  // of a filtered set spans several), so one at a time left the worker idle between round trips.
  const asked = new Map<number, Promise<ListResult<T>>>();
  const ask = (page: number): Promise<ListResult<T>> => {
    let result = asked.get(page);
    if (!result) {
      result = listPage(page);
      // A page asked ahead and never read (cancelled, or the set ended sooner) fails unheard.
      result.catch(() => undefined);
      asked.set(page, result);
    }
    return result;
  };
  for (let page = 1; page <= pageCount; page++) {
    signal?.throwIfAborted();
    const result = await ask(page);
    asked.delete(page);
    // A page past the end comes back clamped: the set changed under us, and it ends here.
    if (result.total === 0 || (page > 1 && result.clamped)) break;
    pageCount = result.pageCount;
    for (let next = page + 1; next <= Math.min(pageCount, page + PAGES_AHEAD); next++) void ask(next);
    const context = contextFor(result);
    let chunk = '';
    for (const item of result.items) {
      const values = columns.values(item, context);
      if (format === 'csv') chunk += csvRecord(values);
      else chunk += `${done === 0 ? '\n' : ',\n'}${jsonObject(columns.names, values)}`;
      done++;
    }
    onProgress?.({ done, total: result.total });
    yield chunk;
  }
  if (format === 'json') yield done === 0 ? ']' : '\n]\n';
}

/**
 * The whole export as a Blob. The chunks go into the Blob as they come (a Blob of parts, which the
 * browser may keep outside the JavaScript heap) rather than into one growing string.
 */
export async function exportBlob(
  source: ExportSource,
  request: ExportRequest,
  options: ExportOptions,
): Promise<Blob> {
  const parts: string[] = [];
  for await (const chunk of exportChunks(source, request, options)) parts.push(chunk);
  return new Blob(parts, { type: EXPORT_MEDIA_TYPES[request.format] });
}
