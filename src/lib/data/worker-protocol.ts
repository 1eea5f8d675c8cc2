/** Messages between the app and the engine's Web Worker. */
import type { DataSourceMethod } from './data-source.ts';
import type { WireError } from './errors.ts';

export interface InitMessage {
  type: 'init';
  dataUrl: string;
  buildId: string;
  /** Every document at low fetch priority: the counting lane's (worker-data-source.ts). */
  background?: boolean;
  /** Marks along each call's path (src/lib/trace-marks.ts), for the trace script. */
  trace?: boolean;
}

export interface CallMessage {
  type: 'call';
  id: number;
  method: DataSourceMethod;
  args: unknown[];
}

export type ToWorker = InitMessage | CallMessage;

export type FromWorker =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError };
