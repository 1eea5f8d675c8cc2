/**
 * Loads data documents over HTTP for the query engine: versioned documents by their build's path
 * (cacheable for good), article documents by id with `?v=<buildId>`. Only the envelope is checked
 * here; the build validated every document in full before writing it.
 */
import type { Article } from '../../contract/schema.ts';
import type { ViewDocument, ViewDocumentKind } from '../../contract/views.ts';
import { checkEnvelope, EnvelopeError, viewPaths } from '../../contract/views.ts';
import type { DocumentLoader, LoadOptions } from '../engine/types.ts';
import { DocumentNotFound } from '../engine/types.ts';
import { traceMark } from '../trace-marks.ts';
import {
  DataTimeoutError,
  DataUnreachableError,
  DocumentInvalidError,
  HttpStatusError,
  StaleBuildError,
} from './errors.ts';

/**
 * Marks a bulk read (`LoadOptions.bulk`, an export's pages): the service worker's data routes let
 * such a request pass to the network (`src/hosting/offline-caching.ts`), so thousands of documents
 * read once neither wait on its cache nor push out of it what the reader looked at (decision 008).
 */
export const BULK_READ_HEADER = 'X-Newsreader-Bulk';

export interface FetchLoaderOptions {
  /** Absolute URL of the data folder, ending in `/` (`https://host/base/data/`). */
  dataUrl: string;
  buildId: string;
  fetch?: typeof fetch;
  /**
   * Every request at low priority: the counting lane's documents (columns.json is 2.6 MB at
   * 100,000 articles) then leave the browser's six connections per host to what a view waits for.
   */
  background?: boolean;
}

/**
 * How long a request may wait for the server's answer (its status and headers), and then for each
 * next part of its body, before it counts as unreachable. A stalled request had no end: the page's
 * navigation loaded for good, and since the engine shares a document's load between callers, every
 * later search or page needing that document waited on it too, after the network was back, until
 * a reload. A failure
 * is forgotten (`PromiseCache`), so asking again makes a new request. Generous, because the wait
 * includes the browser's queue (six connections per host over HTTP/1.1): at 100,000 articles the
 * documents a first view asks for at once are at most about 200 KB but for the counting lane's
 * 2.6 MB `columns.json` (read at low priority), four seconds each over slow 3G. A body is timed
 * only while nothing of it arrives: a large document on a slow line takes what it takes, but one
 * whose bytes stop coming after its headers (review 8) held its document for the visit as well.
 */
export const ANSWER_TIMEOUT_MS = 45_000;

export function createFetchLoader({
  dataUrl,
  buildId,
  fetch: given,
  background = false,
}: FetchLoaderOptions): DocumentLoader {
  // Looked up at each call, so a test's stubbed fetch is the one used.
  const fetchImpl: typeof fetch = given ?? ((input, init) => globalThis.fetch(input, init));
  async function get(path: string, init: RequestInit = {}): Promise<unknown> {
    const url = new URL(path, dataUrl).toString();
    let response: Response;
    traceMark(`fetch ${path}`);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      controller.abort();
    }, ANSWER_TIMEOUT_MS);
    try {
      response = await fetchImpl(url, { ...init, signal: controller.signal });
    } catch (error) {
      if (controller.signal.aborted)
        throw new DataTimeoutError(
          `Could not reach ${url}: the server did not answer within ${ANSWER_TIMEOUT_MS / 1000} s.`,
          { cause: error },
        );
      throw new DataUnreachableError(`Could not reach ${url}: the network request failed.`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
    traceMark(`response ${path}`);
    // An error answer's body is not read: let go of it now, not when the response is collected
    // (one that stalls after its status held a connection of the six until then).
    if (!response.ok) response.body?.cancel().catch(() => undefined);
    if (response.status === 404) throw new DocumentNotFound(`${url} was not found.`);
    if (!response.ok)
      throw new HttpStatusError(
        `Loading ${url} failed: the server answered ${response.status}.`,
        response.status,
      );
    const text = await readBody(response, url, controller);
    try {
      const body: unknown = JSON.parse(text);
      traceMark(`parsed ${path}`);
      return body;
    } catch (error) {
      throw new DocumentInvalidError(`${url} is not valid JSON.`, { cause: error });
    }
  }

  /** After a versioned document went missing: was this page's build replaced? */
  async function replacedBuild(): Promise<boolean> {
    try {
      const current = checkEnvelope(
        await get(viewPaths.current(), { cache: 'no-cache' }),
        'current',
        null,
        'current.json',
      );
      return current.buildId !== buildId;
    } catch {
      return false;
    }
  }

  /**
   * A versioned document. A bulk read that finds no network asks again as any other read, which
   * the service worker answers from its offline cache when it holds the document. Not one the
   * server did not answer in time: asked again, an export's page waited twice the limit (review 8).
   */
  async function getVersioned(path: string, options: LoadOptions): Promise<unknown> {
    const init: RequestInit = options.background || background ? { priority: 'low' } : {};
    if (!options.bulk) return get(path, init);
    try {
      return await get(path, { ...init, headers: { [BULK_READ_HEADER]: '1' } });
    } catch (error) {
      if (error instanceof DataUnreachableError && !(error instanceof DataTimeoutError))
        return get(path, init);
      throw error;
    }
  }

  return {
    async load<K extends ViewDocumentKind>(
      path: string,
      kind: K,
      options: LoadOptions = {},
    ): Promise<Extract<ViewDocument, { kind: K }>> {
      let body: unknown;
      try {
        body = await getVersioned(path, options);
      } catch (error) {
        if (
          error instanceof DocumentNotFound &&
          path.startsWith(`${viewPaths.root(buildId)}/`) &&
          (await replacedBuild())
        )
          throw new StaleBuildError('The reader was updated while this page was open.');
        throw error;
      }
      try {
        return checkEnvelope(body, kind, buildId, path);
      } catch (error) {
        if (error instanceof EnvelopeError && error.staleBuild)
          throw new StaleBuildError(`The reader was updated while this page was open (${error.message}).`);
        throw new DocumentInvalidError(error instanceof Error ? error.message : String(error));
      }
    },
    async loadArticle(id: string, options: { background?: boolean } = {}): Promise<Article | null> {
      let body: unknown;
      try {
        // Over HTTP/1.1 a browser opens six connections per host: a low priority lets the next
        // search's documents pass the snippets of the last one in the queue.
        body = await get(
          `${viewPaths.article(id)}?v=${encodeURIComponent(buildId)}`,
          options.background || background ? { priority: 'low' } : {},
        );
      } catch (error) {
        if (error instanceof DocumentNotFound) return null;
        throw error;
      }
      if (!looksLikeArticle(body, id))
        throw new DocumentInvalidError(
          `The document of article “${id}” is not an article of this reader's data.`,
        );
      return body;
    },
  };
}

/**
 * A response's body as text, giving up when none of it arrives for `ANSWER_TIMEOUT_MS` (the
 * request is aborted and its stream cancelled); a failed connection mid-body is unreachable too.
 */
async function readBody(response: Response, url: string, controller: AbortController): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<'stalled'>((resolve) => {
      timer = setTimeout(() => {
        resolve('stalled');
      }, ANSWER_TIMEOUT_MS);
    });
    let next: ReadableStreamReadResult<Uint8Array> | 'stalled';
    try {
      next = await Promise.race([reader.read(), stalled]);
    } catch (error) {
      throw new DataUnreachableError(`Could not read ${url}: the connection failed.`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
    if (next === 'stalled') {
      controller.abort();
      reader.cancel().catch(() => undefined);
      throw new DataTimeoutError(
        `Could not read ${url}: the server stopped sending it for ${ANSWER_TIMEOUT_MS / 1000} s.`,
      );
    }
    if (next.done) break;
    parts.push(next.value);
    length += next.value.length;
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return new TextDecoder().decode(bytes);
}

/** The shape checks that guard rendering: the article asked for, with paragraphs and quotes. */
function looksLikeArticle(value: unknown, id: string): value is Article {
  if (typeof value !== 'object' || value === null) return false;
  const article = value as Partial<Record<keyof Article, unknown>>;
  return (
    article.id === id &&
    typeof article.headline === 'string' &&
    typeof article.date === 'string' &&
    Array.isArray(article.paragraphs) &&
    article.paragraphs.every((p) => typeof p === 'string') &&
    Array.isArray(article.quotes) &&
    Array.isArray(article.organisations)
  );
}
