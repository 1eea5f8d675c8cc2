/**
 * A data source whose engine runs in Web Workers. If a worker cannot start (no Worker support,
 * a blocked or missing script), the same engine runs on the page's thread instead: slower on huge
 * corpora, but the reader keeps working.
 *
 * Two workers, two lanes: the lists, documents and snippets a view waits for run in one; facet
 * counts, timelines and the counts of an empty result run in the other. Counting facets over a
 * large corpus takes the engine's thread for a few hundred milliseconds (`columns.json` is parsed
 * and expanded once, 100–270 ms at 100,000 articles); in one worker a search typed meanwhile
 * waited for it. Each worker keeps its own documents; a document both need is fetched once over
 * the network and read from the HTTP cache the second time (versioned data URLs are immutable).
 */
import type { DataSource, DataSourceMethod } from './data-source.ts';
import { DATA_SOURCE_METHODS } from './data-source.ts';
import { fromWireError } from './errors.ts';
import type { FetchLoaderOptions } from './fetch-loader.ts';
import type { FromWorker, ToWorker } from './worker-protocol.ts';
import { trustedScriptUrl } from '../trusted-script-url.ts';
import { traceMark, traceWanted } from '../trace-marks.ts';
import workerUrl from './engine.worker.ts?worker&url';

/** The methods of the counting lane: what a view shows after its results, never before. */
export const COUNTING_METHODS: ReadonlySet<DataSourceMethod> = new Set<DataSourceMethod>([
  'articleFacets',
  'quoteFacets',
  'histogram',
  'countArticles',
  'countQuotes',
  'organisationAliases',
]);

interface Pending {
  method: DataSourceMethod;
  args: unknown[];
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

type Options = Required<Pick<FetchLoaderOptions, 'dataUrl' | 'buildId'>>;
type LaneOptions = Options & { background: boolean };

/** Loads the engine's own script for the page's thread (a parameter so tests can make it fail). */
type EngineImport = () => Promise<{ engineDataSource: (options: Options) => DataSource }>;

export function workerDataSource(
  options: Options,
  importEngine: EngineImport = () => import('./engine-data-source.ts'),
): DataSource {
  let fallback: Promise<DataSource> | null = null;
  // A script that failed to load (the connection dropped) is asked for again by the next call: kept,
  // its rejection answered every later call, and "Try again" could never bring the page back.
  const inThread = (): Promise<DataSource> =>
    (fallback ??= importEngine().then(
      ({ engineDataSource }) => engineDataSource(options),
      (error: unknown) => {
        fallback = null;
        throw error;
      },
    ));
  const runInThread = async (call: Pending) => {
    try {
      const source = await inThread();
      // eslint-disable-next-line @typescript-eslint/unbound-method -- applied to its own object just below
      const method = source[call.method] as (...args: unknown[]) => Promise<unknown>;
      call.resolve(await method.apply(source, call.args));
    } catch (error) {
      call.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  const lanes = {
    // The first lane starts at once: a cold load's data path waits for its script.
    views: lane('query-engine', { ...options, background: false }, runInThread),
    // The second starts with its first call, which follows the first results.
    counts: null as Lane | null,
  };
  const call = (method: DataSourceMethod, args: unknown[]): Promise<unknown> => {
    if (!COUNTING_METHODS.has(method)) return lanes.views.call(method, args);
    lanes.counts ??= lane('query-engine-counts', { ...options, background: true }, runInThread);
    return lanes.counts.call(method, args);
  };
  return Object.fromEntries(
    DATA_SOURCE_METHODS.map((method) => [method, (...args: unknown[]) => call(method, args)]),
  ) as unknown as DataSource;
}

interface Lane {
  call(method: DataSourceMethod, args: unknown[]): Promise<unknown>;
}

/** One worker running the engine; when it cannot start, its calls go to `runInThread`. */
function lane(name: string, options: LaneOptions, runInThread: (call: Pending) => Promise<void>): Lane {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let worker: Worker | null = null;
  try {
    worker = new Worker(trustedScriptUrl(workerUrl), { type: 'module', name });
  } catch (error) {
    console.warn('The query engine could not start in a worker; it runs on the page instead.', error);
    worker = null;
  }
  const giveUpOnWorker = () => {
    console.warn('The query engine could not start in a worker; it runs on the page instead.');
    worker?.terminate();
    worker = null;
    // Whatever was sent to the worker is answered by the in-thread engine instead.
    const waiting = [...pending.values()];
    pending.clear();
    for (const call of waiting) void runInThread(call);
  };
  if (worker) {
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const answer = event.data;
      const call = pending.get(answer.id);
      if (!call) return;
      traceMark(`answer ${name} ${call.method} ${answer.id}`);
      pending.delete(answer.id);
      if (answer.ok) call.resolve(answer.value);
      else call.reject(fromWireError(answer.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      giveUpOnWorker();
    };
    worker.postMessage({ type: 'init', ...options, trace: traceWanted() } satisfies ToWorker);
  }
  return {
    call: (method, args) =>
      new Promise((resolve, reject) => {
        const entry: Pending = { method, args, resolve, reject };
        if (!worker) {
          void runInThread(entry);
          return;
        }
        const id = nextId++;
        pending.set(id, entry);
        traceMark(`post ${name} ${method} ${id}`);
        worker.postMessage({ type: 'call', id, method, args } satisfies ToWorker);
      }),
  };
}
