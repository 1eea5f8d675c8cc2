/**
 * What the download tests share: a browser's download steps stubbed (jsdom has no object URLs and
 * saves nothing), and an export's reads held until the test releases them, so a file is still
 * being written while the test looks at the page or moves on.
 */
import { vi } from 'vitest';
import type { DataSource } from '../../src/lib/data/data-source.ts';

type ListQuotes = DataSource['listQuotes'];

/** Stubs the object URL and the link click a download is; returns the click's spy. */
export function stubDownloads() {
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:http://localhost:3000/export');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  return vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
}

/**
 * A `wrapDataSource` for `renderRoute` whose bulk quote reads (an export's) wait on `held` until
 * `release()`; `read` answers them (by default the source's own answer once released). A view's
 * own reads go through at once.
 */
export function holdBulkQuoteReads(
  read: (
    source: DataSource,
    request: Parameters<ListQuotes>[0],
    held: Promise<void>,
  ) => ReturnType<ListQuotes> = async (source, request, held) => {
    await held;
    return source.listQuotes(request);
  },
) {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const wrapDataSource = (source: DataSource): DataSource =>
    new Proxy(source, {
      get: (target, key, receiver): unknown =>
        key === 'listQuotes'
          ? (request: Parameters<ListQuotes>[0]) =>
              request.bulk ? read(source, request, held) : source.listQuotes(request)
          : Reflect.get(target, key, receiver),
    });
  return {
    release: () => {
      release();
    },
    wrapDataSource,
  };
}
