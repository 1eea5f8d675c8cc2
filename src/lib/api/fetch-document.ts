import { describeSchemaError, type Schema } from '../../contract/schema.ts';

/** A data document that does not exist (an unknown article id, say). */
export class DocumentNotFoundError extends Error {
  override name = 'DocumentNotFoundError';
}

/** A document that arrived but is not what the contract promises; retrying will not help. */
export class DocumentInvalidError extends Error {
  override name = 'DocumentInvalidError';
}

/** Where the build writes the data, relative to the app's base URL. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${path}`;
}

/**
 * How a document escapes stale browser caches after a rebuild: `index.json` keeps its URL and is
 * revalidated with the server on every load (`no-cache`); every other document is addressed by
 * the build that wrote it (`?v=<buildId>` from the index), so a new build means new URLs.
 */
export type Freshness = { revalidate: true } | { buildId: string };

/** The URL and fetch options that fetch `path` as fresh as `freshness` asks. */
export function documentRequest(path: string, freshness: Freshness): { url: string; init: RequestInit } {
  if ('revalidate' in freshness) return { url: dataUrl(path), init: { cache: 'no-cache' } };
  return { url: `${dataUrl(path)}?v=${encodeURIComponent(freshness.buildId)}`, init: {} };
}

/**
 * Fetches one JSON document and validates it against its schema, so a stale or hand-edited data
 * folder fails with a message a person can act on instead of rendering garbage.
 */
export async function fetchDocument<T>(
  path: string,
  schema: Schema<T>,
  freshness: Freshness,
  signal?: AbortSignal,
): Promise<T> {
  const { url, init } = documentRequest(path, freshness);
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Error(`Could not reach ${url}: the network request failed.`, { cause: error });
  }
  if (response.status === 404) throw new DocumentNotFoundError(`${url} was not found.`);
  if (!response.ok) throw new Error(`Loading ${url} failed: the server answered ${response.status}.`);
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    throw new DocumentInvalidError(`${url} is not valid JSON.`, { cause: error });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new DocumentInvalidError(
      `${url} does not match the data contract (was the data built by this version?):\n${describeSchemaError(parsed.error)}`,
    );
  }
  return parsed.data;
}
