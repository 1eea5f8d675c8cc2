/**
 * A data source whose engine runs in a Web Worker. If the worker cannot start (no Worker support,
 * a blocked or missing script), the same engine runs on the page's thread instead: slower on huge
 * corpora, but the reader keeps working.
 */
import type { DataSource, DataSourceMethod } from './data-source.ts';
import { DATA_SOURCE_METHODS } from './data-source.ts';
import { fromWireError } from './errors.ts';
import type { FetchLoaderOptions } from './fetch-loader.ts';
import type { FromWorker, ToWorker } from './worker-protocol.ts';
import { trustedScriptUrl } from '../trusted-script-url.ts';
import workerUrl from './engine.worker.ts?worker&url';

interface Pending {
  method: DataSourceMethod;
  args: unknown[];
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export function workerDataSource(
  options: Required<Pick<FetchLoaderOptions, 'dataUrl' | 'buildId'>>,
): DataSource {
  let fallback: Promise<DataSource> | null = null;
  const inThread = (): Promise<DataSource> =>
    (fallback ??= import('./engine-data-source.ts').then(({ engineDataSource }) =>
      engineDataSource(options),
    ));

  const pending = new Map<number, Pending>();
  let nextId = 1;
  let worker: Worker | null = null;
  try {
    worker = new Worker(trustedScriptUrl(workerUrl), { type: 'module', name: 'query-engine' });
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
  if (worker) {
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const answer = event.data;
      const call = pending.get(answer.id);
      if (!call) return;
      pending.delete(answer.id);
      if (answer.ok) call.resolve(answer.value);
      else call.reject(fromWireError(answer.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      giveUpOnWorker();
    };
    worker.postMessage({ type: 'init', ...options } satisfies ToWorker);
  }

  const call = (method: DataSourceMethod, args: unknown[]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const entry: Pending = { method, args, resolve, reject };
      if (!worker) {
        void runInThread(entry);
        return;
      }
      const id = nextId++;
      pending.set(id, entry);
      worker.postMessage({ type: 'call', id, method, args } satisfies ToWorker);
    });

  return Object.fromEntries(
    DATA_SOURCE_METHODS.map((method) => [method, (...args: unknown[]) => call(method, args)]),
  ) as unknown as DataSource;
}
