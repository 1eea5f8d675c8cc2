import { expect, test, vi } from 'vitest';
import type { ToWorker } from '../../src/lib/data/worker-protocol.ts';
import { workerDataSource } from '../../src/lib/data/worker-data-source.ts';
import { EMPTY_FILTERS } from '../../src/lib/urls.ts';

/** A stand-in for the engine's worker: records what it is sent, answers each call with its method's name. */
class FakeWorker {
  static started: FakeWorker[] = [];
  readonly sent: ToWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  constructor(
    readonly url: string,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.started.push(this);
  }
  postMessage(message: ToWorker) {
    this.sent.push(message);
    if (message.type === 'call')
      queueMicrotask(() => {
        this.onmessage?.({ data: { id: message.id, ok: true, value: message.method } } as MessageEvent);
      });
  }
  terminate() {}
}

test('lists and documents go to one worker; facet counts, timelines and counts to a second, started with the first of them', async () => {
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
  const source = workerDataSource({ dataUrl: 'http://localhost/data/', buildId: 'b1' });
  expect(FakeWorker.started.map((w) => w.options.name)).toEqual(['query-engine']);
  const [views] = FakeWorker.started;

  expect(await source.listArticles({ filters: EMPTY_FILTERS, page: 1 })).toBe('listArticles');
  expect(await source.article('a1')).toBe('article');
  // Nothing counted yet: no second worker.
  expect(FakeWorker.started).toHaveLength(1);

  expect(await source.articleFacets(EMPTY_FILTERS)).toBe('articleFacets');
  expect(await source.histogram('articles', EMPTY_FILTERS)).toBe('histogram');
  expect(await source.countQuotes(EMPTY_FILTERS)).toBe('countQuotes');
  expect(FakeWorker.started.map((w) => w.options.name)).toEqual(['query-engine', 'query-engine-counts']);
  const [, counts] = FakeWorker.started;

  const methods = (worker: FakeWorker | undefined) =>
    worker!.sent.map((message) => (message.type === 'call' ? message.method : `init:${message.background}`));
  expect(methods(views)).toEqual(['init:false', 'listArticles', 'article']);
  // The counting worker's documents load at low priority.
  expect(methods(counts)).toEqual(['init:true', 'articleFacets', 'histogram', 'countQuotes']);
});

test('when the engine runs on the page, a failed load of its script is tried again by the next call', async () => {
  // No worker can start (a blocked script): every call goes to the in-thread engine.
  vi.stubGlobal('Worker', function NoWorker() {
    throw new Error('no workers here');
  });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  let attempts = 0;
  const source = workerDataSource({ dataUrl: 'http://localhost/data/', buildId: 'b1' }, () => {
    attempts++;
    if (attempts === 1) return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    return Promise.resolve({
      engineDataSource: () => ({ countArticles: () => Promise.resolve(7) }) as never,
    });
  });
  await expect(source.countArticles(EMPTY_FILTERS)).rejects.toThrow('Failed to fetch');
  // The connection is back: "Try again" asks again, and the script loads this time.
  expect(await source.countArticles(EMPTY_FILTERS)).toBe(7);
  expect(attempts).toBe(2);
});
