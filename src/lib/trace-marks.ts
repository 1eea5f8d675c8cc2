/**
 * Marks along a query's path (submit, navigation, loader, the message to the engine's worker,
 * its fetches, its answer), for `scripts/bench/trace-first-query.ts`, which reads them from the
 * page and from each worker (decision 014). Off unless the page defines `__newsreaderTrace` before
 * the app starts (the trace script does, with Playwright's init script); the page passes it on to
 * the workers. Off, a mark is one property read.
 */
declare global {
  var __newsreaderTrace: boolean | undefined;
}

/** Whether this page asked for marks (read by the worker data source for its workers). */
export function traceWanted(): boolean {
  return globalThis.__newsreaderTrace === true;
}

/** Turns the marks on in a worker, whose global the init script does not reach. */
export function startTracing(): void {
  globalThis.__newsreaderTrace = true;
}

/** A named point in time on this thread's performance timeline, when tracing is on. */
export function traceMark(name: string): void {
  if (globalThis.__newsreaderTrace === true) performance.mark(name);
}
