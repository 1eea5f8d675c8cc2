import { expect, test } from 'vitest';
import { csvField, csvRecord } from '../../src/lib/export/csv.ts';
import type { ExportRequest } from '../../src/lib/export/export-file.ts';
import { exportBlob, exportChunks, exportFileName } from '../../src/lib/export/export-file.ts';
import { QueryEngine } from '../../src/lib/engine/query-engine.ts';
import { EMPTY_FILTERS } from '../../src/lib/urls.ts';
import { viewPaths } from '../../src/contract/views.ts';
import type { CorpusSpec } from './engine-fixture.ts';
import { buildLayout, corpusFromSpec, MemoryLoader } from './engine-fixture.ts';

/** A plain RFC 4180 reader, to check what a spreadsheet would read back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(field, 'the file ends with CRLF').toBe('');
  return rows;
}

const HOSTILE = ['=HYPERLINK("http://x")', 'Says "hi", then\r\nleaves', '+1 vote', '-2 votes', '@cmd'];

function spec(): CorpusSpec {
  return {
    organisations: [
      { slug: 'nato', name: 'NATO, the alliance', parent: null },
      { slug: 'united-nations', name: 'United Nations', parent: null },
    ],
    sources: [
      { slug: 'shafaq-news', name: 'Shafaq News' },
      { slug: 'wikinews', name: 'Wikinews' },
    ],
    speakers: [{ slug: 'tom-goffus', name: 'Tom Goffus' }],
    // 45 articles: three pages of results, so the export crosses page boundaries.
    articles: Array.from({ length: 45 }, (_, i) => ({
      id: `a${String(i).padStart(3, '0')}`,
      date: `2024-08-${String(1 + Math.floor(i / 3)).padStart(2, '0')}`,
      source: i % 3 === 0 ? 'shafaq-news' : 'wikinews',
      organisations: i % 2 === 0 ? ['nato'] : i % 5 === 0 ? ['nato', 'united-nations'] : [],
      headline: i < HOSTILE.length ? HOSTILE[i]! : `Story ${i} about the alliance`,
      body: 'Talks went on.',
      quotes: [
        { text: i === 7 ? '=1+1' : `Quote of story ${i}`, speaker: 'tom-goffus', role: 'envoy, NATO' },
        { text: 'No comment', speaker: null, role: null },
      ],
    })),
  };
}

function engine() {
  const layout = buildLayout(corpusFromSpec(spec()));
  return new QueryEngine(new MemoryLoader(layout), layout.buildId);
}

const articleUrl = (id: string, anchor?: string) =>
  `https://news.example/articles/${id}${anchor ? `#${anchor}` : ''}`;

async function exportText(source: QueryEngine, request: ExportRequest): Promise<string> {
  let text = '';
  for await (const chunk of exportChunks(source, request, { articleUrl })) text += chunk;
  return text;
}

/** Every item of a list, paging through the engine as the reader would. */
async function allItems<T>(list: (page: number) => Promise<{ items: T[]; pageCount: number }>) {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const result = await list(page);
    items.push(...result.items);
    if (page >= result.pageCount) return items;
  }
}

test('a CSV field is quoted when it holds a comma, quote or line break, with quotes doubled', () => {
  expect(csvField('plain text')).toBe('plain text');
  expect(csvField('a, b')).toBe('"a, b"');
  expect(csvField('say "hi"')).toBe('"say ""hi"""');
  expect(csvField('one\ntwo')).toBe('"one\ntwo"');
  expect(csvField('one\rtwo')).toBe('"one\rtwo"');
  expect(csvField(null)).toBe('');
  expect(csvField(42)).toBe('42');
  expect(csvField(false)).toBe('false');
  expect(csvRecord(['a', 'b,c', null])).toBe('a,"b,c",\r\n');
});

test('a cell that a spreadsheet would run as a formula is written as text', () => {
  expect(csvField('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
  expect(csvField('+1 vote')).toBe("'+1 vote");
  expect(csvField('-2')).toBe("'-2");
  expect(csvField('@cmd')).toBe("'@cmd");
  expect(csvField('\t=1')).toBe("'\t=1");
  expect(csvField('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
  // Only the first character counts; numbers stay numbers.
  expect(csvField('a=b')).toBe('a=b');
  expect(csvField(-2)).toBe('-2');
});

test('an article export holds every article of the filtered set, in list order, across pages', async () => {
  const source = engine();
  const filters = { ...EMPTY_FILTERS, orgs: ['nato'] };
  const text = await exportText(source, { view: 'articles', filters, format: 'csv' });
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(text.slice(1));
  expect(header).toEqual([
    'id',
    'date',
    'headline',
    'source',
    'url',
    'quotes',
    'words',
    'organisations',
    'excerpt',
  ]);
  const expected = await allItems((page) => source.listArticles({ filters, page }));
  expect(expected.length).toBeGreaterThan(20);
  expect(rows.map((row) => row[0])).toEqual(expected.map((article) => article.id));
  const a000 = rows.find((row) => row[0] === 'a000')!;
  expect(a000[2]).toBe('\'=HYPERLINK("http://x")');
  expect(a000[3]).toBe('Shafaq News');
  expect(a000[4]).toBe('https://news.example/articles/a000');
  expect(a000[7]).toBe('NATO, the alliance');
  const a005 = (await exportText(source, { view: 'articles', filters: EMPTY_FILTERS, format: 'csv' }))
    .split('\r\n')
    .find((line) => line.startsWith('a005,'));
  expect(a005).toContain('"NATO, the alliance; United Nations"');
});

test('an export reads its pages’ chunks as bulk reads, past the offline cache', async () => {
  for (const view of ['articles', 'quotes'] as const) {
    const layout = buildLayout(corpusFromSpec(spec()));
    const loader = new MemoryLoader(layout);
    const source = new QueryEngine(loader, layout.buildId);
    await exportText(source, { view, filters: EMPTY_FILTERS, format: 'csv' });
    const chunks = loader.calls.filter((path) => path.includes(`/${view}/`));
    expect(chunks.length).toBeGreaterThan(1);
    expect(loader.bulkCalls).toEqual(chunks);
  }
});

test('an export of a search reads no article document: its rows need no snippet', async () => {
  const layout = buildLayout(corpusFromSpec(spec()));
  const loader = new MemoryLoader(layout);
  const source = new QueryEngine(loader, layout.buildId);
  const filters = { ...EMPTY_FILTERS, q: 'talks' };
  const text = await exportText(source, { view: 'articles', filters, format: 'json' });
  const rows = JSON.parse(text) as { id: string }[];
  // Every article says "Talks went on.": the whole set, across pages.
  expect(rows).toHaveLength(45);
  expect(loader.calls.filter((path) => rows.some((row) => path === viewPaths.article(row.id)))).toEqual([]);
});

test('hostile text round-trips through the CSV exactly, but for the formula guard', async () => {
  const source = engine();
  const rows = parseCsv(
    (await exportText(source, { view: 'articles', filters: EMPTY_FILTERS, format: 'csv' })).slice(1),
  );
  const headlines = new Map(rows.slice(1).map((row) => [row[0], row[2]]));
  expect(headlines.get('a001')).toBe('Says "hi", then\r\nleaves');
  expect(headlines.get('a002')).toBe("'+1 vote");
  expect(headlines.get('a003')).toBe("'-2 votes");
  expect(headlines.get('a004')).toBe("'@cmd");
  expect(rows.slice(1).every((row) => row.length === 9)).toBe(true);
});

test('a quote export as JSON carries speaker, uncertainty, role, source and link', async () => {
  const source = engine();
  const filters = { ...EMPTY_FILTERS, source: 'shafaq-news' };
  const text = await exportText(source, { view: 'quotes', filters, format: 'json' });
  const records = JSON.parse(text) as Record<string, unknown>[];
  const expected = await allItems((page) => source.listQuotes({ filters, page }));
  expect(records.map((r) => `${String(r.article_id)}#${String(r.anchor)}`)).toEqual(
    expected.map((q) => `${q.articleId}#${q.anchor}`),
  );
  expect(records.find((r) => r.article_id === 'a000' && r.anchor === 'quote-1')).toEqual({
    quote: 'Quote of story 0',
    speaker: 'Tom Goffus',
    speaker_uncertain: false,
    role: 'envoy, NATO',
    attribution_rule: 'adjacent',
    date: '2024-08-01',
    headline: '=HYPERLINK("http://x")',
    source: 'Shafaq News',
    url: 'https://news.example/articles/a000#quote-1',
    article_id: 'a000',
    anchor: 'quote-1',
  });
  expect(records.find((r) => r.anchor === 'quote-2')).toMatchObject({ speaker: null, role: null });
});

test('an empty set gives a header-only CSV and an empty JSON array', async () => {
  const source = engine();
  const filters = { ...EMPTY_FILTERS, q: 'zeppelin' };
  expect(await exportText(source, { view: 'quotes', filters, format: 'csv' })).toBe(
    '\uFEFFquote,speaker,speaker_uncertain,role,attribution_rule,date,headline,source,url,article_id,anchor\r\n',
  );
  expect(JSON.parse(await exportText(source, { view: 'articles', filters, format: 'json' }))).toEqual([]);
  expect(JSON.parse(await exportText(source, { view: 'quotes', filters, format: 'json' }))).toEqual([]);
});

test('progress rises page by page to the total, and an abort stops the export', async () => {
  const source = engine();
  const progress: number[] = [];
  const request: ExportRequest = { view: 'quotes', filters: EMPTY_FILTERS, format: 'csv' };
  for await (const chunk of exportChunks(source, request, {
    articleUrl,
    onProgress: ({ done, total }) => {
      expect(total).toBe(90);
      progress.push(done);
    },
  }))
    expect(typeof chunk).toBe('string');
  expect(progress).toEqual([20, 40, 60, 80, 90]);

  const controller = new AbortController();
  const chunks = exportChunks(source, request, { articleUrl, signal: controller.signal });
  await chunks.next(); // the header
  await chunks.next(); // page 1
  controller.abort();
  await expect(chunks.next()).rejects.toThrow();
});

test('the next pages are asked for while a page is written, and the rows still come in list order', async () => {
  // One page at a time left the worker idle between round trips: a page of a filtered set waits
  // on several documents.
  const source = engine();
  const asked: number[] = [];
  const counting: typeof source = Object.create(source) as typeof source;
  counting.listQuotes = (request) => {
    asked.push(request.page);
    return source.listQuotes(request);
  };
  const request: ExportRequest = { view: 'quotes', filters: EMPTY_FILTERS, format: 'csv' };
  const chunks = exportChunks(counting, request, { articleUrl });
  await chunks.next(); // the header
  await chunks.next(); // page 1
  expect(asked).toEqual([1, 2, 3, 4, 5]);
  let text = '';
  for await (const chunk of exportChunks(counting, request, { articleUrl })) text += chunk;
  expect(text).toBe(await exportText(source, request));
});

test('the Blob holds the same UTF-8 bytes as the chunks, with the format’s media type', async () => {
  const source = engine();
  const request: ExportRequest = { view: 'articles', filters: EMPTY_FILTERS, format: 'json' };
  const blob = await exportBlob(source, request, { articleUrl });
  expect(blob.type).toBe('application/json');
  expect(await blob.text()).toBe(await exportText(source, request));
  expect(exportFileName(request)).toBe('newsreader-articles.json');
  expect(exportFileName({ view: 'quotes', filters: { ...EMPTY_FILTERS, q: 'x' }, format: 'csv' })).toBe(
    'newsreader-quotes-filtered.csv',
  );
});
