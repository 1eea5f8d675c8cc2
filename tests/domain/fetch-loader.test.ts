import { expect, test, vi } from 'vitest';
import { viewPaths, VIEW_DATA_VERSION } from '../../src/contract/views.ts';
import { DataUnreachableError } from '../../src/lib/data/errors.ts';
import { ANSWER_TIMEOUT_MS, BULK_READ_HEADER, createFetchLoader } from '../../src/lib/data/fetch-loader.ts';

const BUILD = 'b1';

/** A fetch that answers every request with an organisation directory, recording how it was asked. */
function recordingFetch() {
  const asked: { url: string; priority: RequestPriority | undefined }[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    asked.push({ url: input instanceof Request ? input.url : input.toString(), priority: init?.priority });
    const body = { version: VIEW_DATA_VERSION, kind: 'organisation-directory', organisations: [] };
    return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
  };
  return { asked, fetch };
}

test('the counting lane’s loader asks for every document at low priority; the views’ lane at the default', async () => {
  for (const background of [true, false]) {
    const { asked, fetch } = recordingFetch();
    const loader = createFetchLoader({
      dataUrl: 'http://localhost/data/',
      buildId: BUILD,
      fetch,
      background,
    });
    await loader.load(viewPaths.organisations(BUILD), 'organisation-directory');
    expect(asked).toEqual([
      {
        url: `http://localhost/data/${viewPaths.organisations(BUILD)}`,
        priority: background ? 'low' : undefined,
      },
    ]);
  }
});

test('a document asked in the background (a page read ahead) goes at low priority from the views’ lane too', async () => {
  const { asked, fetch } = recordingFetch();
  const loader = createFetchLoader({ dataUrl: 'http://localhost/data/', buildId: BUILD, fetch });
  await loader.load(viewPaths.organisations(BUILD), 'organisation-directory', { background: true });
  expect(asked.map((request) => request.priority)).toEqual(['low']);
});

test('a bulk read (an export’s page) carries the header that lets it past the offline cache; other reads do not', async () => {
  const headers: (string | null)[] = [];
  const fetch: typeof globalThis.fetch = (_input, init) => {
    headers.push(new Headers(init?.headers).get(BULK_READ_HEADER));
    const body = { version: VIEW_DATA_VERSION, kind: 'organisation-directory', organisations: [] };
    return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
  };
  const loader = createFetchLoader({ dataUrl: 'http://localhost/data/', buildId: BUILD, fetch });
  await loader.load(viewPaths.organisations(BUILD), 'organisation-directory', { bulk: true });
  await loader.load(viewPaths.organisations(BUILD), 'organisation-directory');
  await loader.load(viewPaths.organisations(BUILD), 'organisation-directory', { background: true });
  expect(headers).toEqual(['1', null, null]);
});

test('a bulk read that finds no network asks again as a plain read, which the offline cache can answer', async () => {
  const asked: (string | null)[] = [];
  const fetch: typeof globalThis.fetch = (_input, init) => {
    const bulk = new Headers(init?.headers).get(BULK_READ_HEADER);
    asked.push(bulk);
    // Offline: the network fails; the service worker answers the plain read from its cache.
    if (bulk !== null) return Promise.reject(new TypeError('Failed to fetch'));
    const body = { version: VIEW_DATA_VERSION, kind: 'organisation-directory', organisations: [] };
    return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
  };
  const loader = createFetchLoader({ dataUrl: 'http://localhost/data/', buildId: BUILD, fetch });
  const document = await loader.load(viewPaths.organisations(BUILD), 'organisation-directory', {
    bulk: true,
    background: true,
  });
  expect(document.kind).toBe('organisation-directory');
  expect(asked).toEqual(['1', null]);
});

test('a bulk read the server refuses is not asked again: only a failed network is', async () => {
  let calls = 0;
  const fetch: typeof globalThis.fetch = () => {
    calls++;
    return Promise.resolve(new Response('busy', { status: 503 }));
  };
  const loader = createFetchLoader({ dataUrl: 'http://localhost/data/', buildId: BUILD, fetch });
  await expect(
    loader.load(viewPaths.organisations(BUILD), 'organisation-directory', { bulk: true }),
  ).rejects.toThrow(/answered 503/);
  expect(calls).toBe(1);
});

/** A fetch that never answers (a stalled connection), until its request is aborted. */
function stalledFetch() {
  const signals: AbortSignal[] = [];
  const fetch: typeof globalThis.fetch = (_input, init) =>
    new Promise<Response>((_resolve, reject) => {
      const signal = init?.signal;
      if (!signal) return;
      signals.push(signal);
      signal.addEventListener('abort', () => {
        reject(new DOMException('The operation was aborted.', 'AbortError'));
      });
    });
  return { signals, fetch };
}

test('a request the server never answers fails as unreachable after ANSWER_TIMEOUT_MS, its request aborted', async () => {
  vi.useFakeTimers();
  try {
    const { signals, fetch } = stalledFetch();
    const loader = createFetchLoader({ dataUrl: 'http://localhost/data/', buildId: BUILD, fetch });
    const loading = loader.load(viewPaths.organisations(BUILD), 'organisation-directory');
    // A `DataUnreachableError` (retried, said as the connection), of its own kind (first-render.ts).
    const failed = expect(loading).rejects.toMatchObject({
      name: 'DataTimeoutError',
      message: expect.stringContaining(`did not answer within ${ANSWER_TIMEOUT_MS / 1000} s`) as unknown,
    });
    await vi.advanceTimersByTimeAsync(ANSWER_TIMEOUT_MS - 1);
    expect(signals[0]?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await failed;
    await expect(loading).rejects.toBeInstanceOf(DataUnreachableError);
    // Before, one stalled request held its document for the whole visit: every later search or
    // page needing it waited on the same request, after the network was back.
    expect(signals[0]?.aborted).toBe(true);
  } finally {
    vi.useRealTimers();
  }
});

test('an answer that arrives in time is never aborted afterwards (a large document read slowly)', async () => {
  vi.useFakeTimers();
  try {
    const signals: AbortSignal[] = [];
    const fetch: typeof globalThis.fetch = (_input, init) => {
      if (init?.signal) signals.push(init.signal);
      const body = { version: VIEW_DATA_VERSION, kind: 'organisation-directory', organisations: [] };
      return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
    };
    const loader = createFetchLoader({ dataUrl: 'http://localhost/data/', buildId: BUILD, fetch });
    await loader.load(viewPaths.organisations(BUILD), 'organisation-directory');
    await vi.advanceTimersByTimeAsync(ANSWER_TIMEOUT_MS * 2);
    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(false);
  } finally {
    vi.useRealTimers();
  }
});

/**
 * A body that sends `parts` at the given times (ms after the answer), then stays open or ends; as
 * a browser's, it fails once its request is aborted.
 */
function streamedFetch(parts: { at: number; text: string }[], end: boolean) {
  const signals: AbortSignal[] = [];
  const fetch: typeof globalThis.fetch = (_input, init) => {
    if (init?.signal) signals.push(init.signal);
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        init?.signal?.addEventListener('abort', () => {
          controller.error(new DOMException('The operation was aborted.', 'AbortError'));
        });
        for (const { at, text } of parts)
          setTimeout(() => {
            controller.enqueue(encoder.encode(text));
          }, at);
        if (end)
          setTimeout(
            () => {
              controller.close();
            },
            Math.max(0, ...parts.map((part) => part.at)) + 1,
          );
      },
    });
    return Promise.resolve(new Response(body, { status: 200 }));
  };
  return { signals, fetch };
}

const DIRECTORY = JSON.stringify({
  version: VIEW_DATA_VERSION,
  kind: 'organisation-directory',
  organisations: [],
});

test('a body whose bytes stop coming after the answer fails as a timeout once nothing arrived for ANSWER_TIMEOUT_MS', async () => {
  vi.useFakeTimers();
  try {
    const { signals, fetch } = streamedFetch([{ at: 10, text: DIRECTORY.slice(0, 20) }], false);
    const loader = createFetchLoader({ dataUrl: 'http://localhost/data/', buildId: BUILD, fetch });
    const loading = loader.load(viewPaths.organisations(BUILD), 'organisation-directory');
    const failed = expect(loading).rejects.toMatchObject({
      name: 'DataTimeoutError',
      message: expect.stringContaining(`stopped sending it for ${ANSWER_TIMEOUT_MS / 1000} s`) as unknown,
    });
    await vi.advanceTimersByTimeAsync(10 + ANSWER_TIMEOUT_MS - 1);
    expect(signals[0]?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(signals[0]?.aborted).toBe(true);
    await failed;
    // The request is aborted, so the connection is free for the next one, and the read given up
    // on fails unheard (an unhandled rejection would fail this test).
  } finally {
    vi.useRealTimers();
  }
});

test('a body read slowly is never cut while its parts keep coming, however long it takes in all', async () => {
  vi.useFakeTimers();
  try {
    const step = ANSWER_TIMEOUT_MS - 1000;
    const parts = [0, 1, 2, 3].map((i) => ({
      at: (i + 1) * step,
      text: DIRECTORY.slice((i * DIRECTORY.length) / 4, ((i + 1) * DIRECTORY.length) / 4),
    }));
    const { fetch } = streamedFetch(parts, true);
    const loader = createFetchLoader({ dataUrl: 'http://localhost/data/', buildId: BUILD, fetch });
    const loading = loader.load(viewPaths.organisations(BUILD), 'organisation-directory');
    await vi.advanceTimersByTimeAsync(4 * step + 1);
    await expect(loading).resolves.toMatchObject({ kind: 'organisation-directory', organisations: [] });
  } finally {
    vi.useRealTimers();
  }
});

test('a bulk read the server did not answer in time is not asked again: an export page would wait twice the limit', async () => {
  vi.useFakeTimers();
  try {
    const { signals, fetch } = stalledFetch();
    const loader = createFetchLoader({ dataUrl: 'http://localhost/data/', buildId: BUILD, fetch });
    const loading = loader.load(viewPaths.organisations(BUILD), 'organisation-directory', { bulk: true });
    const failed = expect(loading).rejects.toMatchObject({ name: 'DataTimeoutError' });
    await vi.advanceTimersByTimeAsync(ANSWER_TIMEOUT_MS);
    await failed;
    expect(signals).toHaveLength(1);
  } finally {
    vi.useRealTimers();
  }
});

test('an error answer’s body is let go at once: one that stays open after its status holds no connection', async () => {
  for (const status of [503, 404]) {
    const cancelled: unknown[] = [];
    const signals: AbortSignal[] = [];
    const fetch: typeof globalThis.fetch = (_input, init) => {
      if (init?.signal) signals.push(init.signal);
      // The status and headers, then a body that never ends (a proxy's error page, stalled).
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('<html>Service Unavailable'));
        },
        cancel(reason) {
          cancelled.push(reason);
        },
      });
      return Promise.resolve(new Response(body, { status }));
    };
    const loader = createFetchLoader({ dataUrl: 'http://localhost/data/', buildId: BUILD, fetch });
    if (status === 404) await expect(loader.loadArticle('a1')).resolves.toBeNull();
    else
      await expect(
        loader.load(viewPaths.organisations(BUILD), 'organisation-directory'),
      ).rejects.toMatchObject({
        name: 'HttpStatusError',
        status,
      });
    expect(cancelled, String(status)).toHaveLength(1);
  }
});
