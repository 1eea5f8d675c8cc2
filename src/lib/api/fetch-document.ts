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
 * Fetches one JSON document and validates it against its schema, so a stale or hand-edited data
 * folder fails with a message a person can act on instead of rendering garbage.
 */
export async function fetchDocument<T>(path: string, schema: Schema<T>, signal?: AbortSignal): Promise<T> {
  const url = dataUrl(path);
  let response: Response;
  try {
    response = await fetch(url, { signal });
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
