/// <reference lib="webworker" />
/**
 * The query engine's thread: every search, filter and facet count runs here, so the page stays
 * responsive however large the corpus. It answers `CallMessage`s with the data source's methods.
 */
import { engineDataSource } from './engine-data-source.ts';
import type { DataSource } from './data-source.ts';
import { startTracing, traceMark } from '../trace-marks.ts';
import { toWireError } from './errors.ts';
import type { FromWorker, ToWorker } from './worker-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

let source: DataSource | null = null;

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'init') {
    if (message.trace === true) startTracing();
    source = engineDataSource({
      dataUrl: message.dataUrl,
      buildId: message.buildId,
      background: message.background === true,
    });
    return;
  }
  const reply = (answer: FromWorker) => {
    traceMark(`reply ${self.name} ${message.method} ${message.id}`);
    self.postMessage(answer);
  };
  traceMark(`got ${self.name} ${message.method} ${message.id}`);
  if (!source) {
    reply({
      id: message.id,
      ok: false,
      error: { name: 'Error', message: 'The query engine was not started.' },
    });
    return;
  }
  // eslint-disable-next-line @typescript-eslint/unbound-method -- applied to its own object just below
  const method = source[message.method] as (...args: unknown[]) => Promise<unknown>;
  method.apply(source, message.args).then(
    (value) => {
      reply({ id: message.id, ok: true, value });
    },
    (error: unknown) => {
      reply({ id: message.id, ok: false, error: toWireError(error) });
    },
  );
};
