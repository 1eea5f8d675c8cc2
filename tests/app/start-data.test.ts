import type { LoaderFunctionArgs } from 'react-router';
import { afterEach, expect, test } from 'vitest';
import { createQueryClient } from '../../src/app/query-client.ts';
import { articleListLoader } from '../../src/app/routes/article-list.tsx';
import { quotesLoader } from '../../src/app/routes/quotes.tsx';
import { startData } from '../../src/lib/api/start-data.ts';
import { setAppDataSource } from '../../src/lib/data/app-data-source.ts';
import type { DataSource, DataSourceMethod } from '../../src/lib/data/data-source.ts';
import { DATA_SOURCE_METHODS } from '../../src/lib/data/data-source.ts';
import { EMPTY_FILTERS } from '../../src/lib/urls.ts';

/** A data source that records what it is asked and answers with an empty page. */
function recordingSource() {
  const calls: { method: DataSourceMethod; args: unknown[] }[] = [];
  const emptyList = {
    items: [],
    total: 0,
    page: 1,
    pageCount: 1,
    firstItemNumber: 1,
    clamped: false,
    organisationNames: {},
    speakerNames: {},
    unknown: { organisations: [], source: null, speaker: null },
  };
  const answers: Partial<Record<DataSourceMethod, unknown>> = {
    listArticles: emptyList,
    listQuotes: emptyList,
    articleSnippets: [],
    histogram: [],
  };
  const source = Object.fromEntries(
    DATA_SOURCE_METHODS.map((method) => [
      method,
      (...args: unknown[]) => {
        calls.push({ method, args });
        return Promise.resolve(answers[method] ?? null);
      },
    ]),
  ) as unknown as DataSource;
  setAppDataSource(source);
  return calls;
}

afterEach(() => {
  setAppDataSource(null);
});

/** What the router passes a loader for this URL (the loaders read only the request). */
const loaderArgs = (url: string): LoaderFunctionArgs => ({
  request: new Request(url),
  url: new URL(url),
  params: {},
  pattern: '/',
  context: undefined,
});

test('a search link starts meta, its page of results and their snippets, which the loader then shares', async () => {
  const calls = recordingSource();
  const queryClient = createQueryClient({ retries: 0 });
  const url = 'http://localhost/?q=harbour&page=2';
  startData(queryClient, new URL(url), '/');
  expect(calls.map((call) => call.method)).toEqual(['meta', 'listArticles', 'articleSnippets']);
  expect(calls[1]!.args).toEqual([{ filters: { ...EMPTY_FILTERS, q: 'harbour' }, page: 2, snippets: false }]);
  await articleListLoader(queryClient)(loaderArgs(url));
  // The loader asked for the same queries: none of them went to the data source again.
  const methods = calls.map((call) => call.method);
  for (const method of ['meta', 'listArticles', 'articleSnippets'] as const)
    expect(methods.filter((m) => m === method)).toHaveLength(1);
});

test('/quotes starts meta and its first page, with the default order (fragments last)', async () => {
  const calls = recordingSource();
  const queryClient = createQueryClient({ retries: 0 });
  startData(queryClient, new URL('http://localhost/quotes'), '/');
  expect(calls.map((call) => call.method)).toEqual(['meta', 'listQuotes']);
  expect(calls[1]!.args).toEqual([{ filters: { ...EMPTY_FILTERS, fragments: 'last' }, page: 1 }]);
  await quotesLoader(queryClient)(loaderArgs('http://localhost/quotes'));
  expect(calls.filter((call) => call.method === 'listQuotes')).toHaveLength(1);
});

test('an article, an organisation and a speaker start their own document; a list without a query no snippets', () => {
  const calls = recordingSource();
  const queryClient = createQueryClient({ retries: 0 });
  startData(queryClient, new URL('http://localhost/reader/articles/wn-0026'), '/reader/');
  startData(queryClient, new URL('http://localhost/reader/organisations/nato'), '/reader/');
  startData(queryClient, new URL('http://localhost/reader/speakers/ann-lee'), '/reader/');
  startData(queryClient, new URL('http://localhost/reader/'), '/reader/');
  expect(calls).toEqual([
    { method: 'article', args: ['wn-0026'] },
    { method: 'meta', args: [] },
    { method: 'organisation', args: ['nato'] },
    { method: 'speaker', args: ['ann-lee'] },
    { method: 'listArticles', args: [{ filters: EMPTY_FILTERS, page: 1, snippets: false }] },
  ]);
});

test('a path the app does not serve, outside its base or with an impossible article id, starts nothing', () => {
  const calls = recordingSource();
  const queryClient = createQueryClient({ retries: 0 });
  for (const url of [
    'http://localhost/no/such/page',
    'http://localhost/quotes',
    'http://localhost/reader/articles/%3Cscript%3E',
  ])
    startData(queryClient, new URL(url), '/reader/');
  expect(calls).toEqual([]);
});
