import { expect, test } from 'vitest';
import { viewPaths, VIEW_DATA_VERSION } from '../../src/contract/views.ts';
import { createFetchLoader } from '../../src/lib/data/fetch-loader.ts';

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
