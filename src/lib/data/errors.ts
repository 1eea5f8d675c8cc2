/**
 * Why loading data failed, as classes the UI can tell apart. They cross the worker boundary as
 * plain objects (`toWireError` / `fromWireError`), where class identity is lost.
 */

/** A document that does not exist (an unknown article id, say). */
export class DocumentNotFoundError extends Error {
  override name = 'DocumentNotFoundError';
}

/** A document that arrived but is not what the contract promises; retrying will not help. */
export class DocumentInvalidError extends Error {
  override name = 'DocumentInvalidError';
}

/** The server holds a newer build than this page was loaded with: reloading the page fixes it. */
export class StaleBuildError extends Error {
  override name = 'StaleBuildError';
}

/**
 * The server answered with an error status other than 404 (a 403, a 410, a 503…). A 4xx is the
 * server's settled answer, which asking again will not change; a 5xx may pass.
 */
export class HttpStatusError extends Error {
  override name = 'HttpStatusError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * The request never got an answer: the network is down (offline), or the server is. Retrying can
 * help; offline, only data this device kept (the service worker's caches) can be shown.
 */
export class DataUnreachableError extends Error {
  override name = 'DataUnreachableError';
}

/** A request the server did not answer in time (`ANSWER_TIMEOUT_MS`, fetch-loader.ts). */
export class DataTimeoutError extends DataUnreachableError {
  override name = 'DataTimeoutError';
}

/**
 * A script the page asked for did not arrive (a route's code, or the engine's when it runs on the
 * page's thread), in the words Chromium, Firefox and Safari give a failed dynamic import.
 */
const FAILED_SCRIPT = /dynamically imported module|importing a module script failed/i;

/**
 * Whether what failed is the connection, so trying again once it is back can help: the data did
 * not arrive (`DataUnreachableError`), or a script the page needed did not.
 */
export function isUnreachable(error: unknown): boolean {
  return (
    error instanceof DataUnreachableError || (error instanceof Error && FAILED_SCRIPT.test(error.message))
  );
}

export interface WireError {
  name: string;
  message: string;
  /** An `HttpStatusError`'s status. */
  status?: number;
}

export function toWireError(error: unknown): WireError {
  if (error instanceof HttpStatusError)
    return { name: error.name, message: error.message, status: error.status };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

export function fromWireError(wire: WireError): Error {
  switch (wire.name) {
    // The engine's loader's own class (`DocumentNotFound`) too: a 404 it did not answer itself.
    case 'DocumentNotFoundError':
    case 'DocumentNotFound':
      return new DocumentNotFoundError(wire.message);
    case 'HttpStatusError':
      return new HttpStatusError(wire.message, wire.status ?? 0);
    case 'DocumentInvalidError':
    case 'EnvelopeError':
      return new DocumentInvalidError(wire.message);
    case 'StaleBuildError':
      return new StaleBuildError(wire.message);
    case 'DataUnreachableError':
      return new DataUnreachableError(wire.message);
    case 'DataTimeoutError':
      return new DataTimeoutError(wire.message);
    default:
      return new Error(wire.message);
  }
}

/**
 * Whether what failed may pass on its own: the connection (`isUnreachable`), or the server's
 * passing failure (a 5xx: a gateway between the reader and the server, a server restarting).
 * Not a 404 or another 4xx, nor a document that is not what the contract promises.
 */
export function mayPass(error: unknown): boolean {
  return isUnreachable(error) || (error instanceof HttpStatusError && error.status >= 500);
}

/**
 * Why data did not arrive, as the reader is told it: a server's error status, no connection (or
 * none at all: offline), no answer in time, or data that is missing or not what it should be.
 */
export type Failure =
  | { kind: 'status'; status: number }
  | { kind: 'unreachable'; online: boolean }
  | { kind: 'timeout' }
  | { kind: 'missing' };

/**
 * What some errors amount to (`online`: `navigator.onLine`): no answer in time when every one is
 * that (`DataTimeoutError`), else the first one's failure (a timeout beside others is the
 * connection's).
 */
export function failureOf(errors: readonly unknown[], online: boolean): Failure {
  const first = errors[0];
  if (errors.length > 0 && errors.every((error) => error instanceof DataTimeoutError))
    return { kind: 'timeout' };
  if (isUnreachable(first)) return { kind: 'unreachable', online };
  if (first instanceof HttpStatusError) return { kind: 'status', status: first.status };
  return { kind: 'missing' };
}

/**
 * A failure in words, the only place they are chosen: a clause to follow "…could not be loaded:"
 * or, with `sentenceStart`, to begin a notice ("The server failed to answer (502), so search…").
 */
export function failureWords(failure: Failure): string {
  switch (failure.kind) {
    case 'status':
      return `the server failed to answer (${String(failure.status)})`;
    case 'unreachable':
      return failure.online ? 'the reader could not reach the server' : 'you are offline';
    case 'timeout':
      return 'the server did not answer in time';
    case 'missing':
      return 'the data for this page could not be loaded';
  }
}

/** A clause as a sentence's start: its first letter a capital. */
export function sentenceStart(clause: string): string {
  return clause.charAt(0).toUpperCase() + clause.slice(1);
}
