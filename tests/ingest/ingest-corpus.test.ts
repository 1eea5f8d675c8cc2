import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, vi } from 'vitest';
import {
  articleSchema,
  corpusIndexSchema,
  quoteListSchema,
  searchShardSchema,
} from '../../src/contract/schema.ts';
import { ingestCorpus, type IngestReport } from '../../src/ingest/pipeline/ingest-corpus.ts';
import { diagnosticCount, formatReport } from '../../src/ingest/pipeline/report.ts';

vi.setConfig({ testTimeout: 60_000 });

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = join(ROOT, 'seeds/000_ec231f94e2293af6.txt');

interface Workspace {
  seeds: string;
  out: string;
  cache: string;
  build: (inputs?: string[]) => Promise<IngestReport>;
}

function workspace(): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'ingest-test-'));
  const ws = { seeds: join(root, 'seeds'), out: join(root, 'out'), cache: join(root, 'cache') };
  mkdirSync(ws.seeds);
  return {
    ...ws,
    build: (inputs = [ws.seeds]) => ingestCorpus({ inputs, outDir: ws.out, cacheDir: ws.cache }),
  };
}

function writeSeed(dir: string, name: string, date: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `date ${date} Test Wire/ ${body}\n\nA second paragraph.\n`);
  return path;
}

/** Gives a file a new mtime, as an editor saving it would, even within one clock tick. */
function touch(path: string, secondsAhead: number): void {
  const t = new Date(Date.now() + secondsAhead * 1000);
  utimesSync(path, t, t);
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const articleFiles = (out: string): string[] => readdirSync(join(out, 'articles')).sort();

test('the report counts files and articles and lists every rejected file with its reason', async () => {
  const ws = workspace();
  writeSeed(ws.seeds, 'a.txt', '2024-01-01', 'Alpha.');
  writeSeed(ws.seeds, 'b.txt', '2024-03-01', 'Beta.');
  writeFileSync(join(ws.seeds, 'c-bad.txt'), 'date 2024-02-30 Test Wire/ Gamma.\n');
  writeFileSync(join(ws.seeds, 'd-empty.txt'), '\n\n');
  const missing = join(ws.seeds, 'nope');
  const report = await ws.build([ws.seeds, missing]);
  expect(report.filesRead).toBe(4);
  expect(report.articlesBuilt).toBe(2);
  expect(report.missing).toEqual([missing]);
  expect(report.warnings).toEqual([]);
  expect(report.rejected.map((r) => [r.file, r.diagnostics.map((d) => `${d.line}: ${d.message}`)])).toEqual([
    [join(ws.seeds, 'c-bad.txt'), ['1: impossible date 2024-02-30: no such day in the calendar']],
    [join(ws.seeds, 'd-empty.txt'), ['1: empty file: expected a first line `date YYYY-MM-DD Source/ text…`']],
  ]);
  expect(diagnosticCount(report)).toBe(3);
  const text = formatReport(report);
  expect(text.split('\n')[0]).toMatch(/^ingest: read 4 files, built 2 articles .* 2 rejected, 0 warnings$/);
  expect(text).toContain(`${join(ws.seeds, 'c-bad.txt')}:1: error: impossible date 2024-02-30`);
  expect(text).toContain(`${missing}: error: no such file or folder`);
});

test('index.json, quotes.json, articles and search shards validate against the contract; index is newest first', async () => {
  const ws = workspace();
  writeSeed(ws.seeds, 'old.txt', '2023-06-01', 'The oldest story.');
  copyFileSync(SEED, join(ws.seeds, '000_ec231f94e2293af6.txt'));
  writeSeed(ws.seeds, 'new.txt', '2025-01-15', 'The newest story.');
  writeSeed(ws.seeds, 'same-day-b.txt', '2024-08-28', 'A story on the seed day.');
  const report = await ws.build();
  expect(report.articlesBuilt).toBe(4);
  const index = corpusIndexSchema.parse(readJson(join(ws.out, 'index.json')));
  expect(index.articles.map((a) => [a.date, a.id])).toEqual([
    ['2025-01-15', 'new'],
    ['2024-08-28', '000_ec231f94e2293af6'],
    ['2024-08-28', 'same-day-b'],
    ['2023-06-01', 'old'],
  ]);
  expect(index.sources).toEqual([
    { slug: 'test-wire', name: 'Test Wire', count: 3 },
    { slug: 'shafaq-news', name: 'Shafaq News', count: 1 },
  ]);
  quoteListSchema.parse(readJson(join(ws.out, 'quotes.json')));
  expect(articleFiles(ws.out)).toEqual([
    '000_ec231f94e2293af6.json',
    'new.json',
    'old.json',
    'same-day-b.json',
  ]);
  for (const f of articleFiles(ws.out)) {
    const article = articleSchema.parse(readJson(join(ws.out, 'articles', f)));
    expect(`${article.id}.json`).toBe(f);
  }
  const seedArticle = articleSchema.parse(readJson(join(ws.out, 'articles/000_ec231f94e2293af6.json')));
  expect(seedArticle).toMatchObject({
    date: '2024-08-28',
    source: 'Shafaq News',
    sourceSlug: 'shafaq-news',
    dir: 'ltr',
  });
  // The search shards point back into index.articles, counting from the oldest: "newest" is a
  // word of the article at position 0 of 4, number 3; "oldest" of the one at position 3, number 0.
  expect(searchShardSchema.parse(readJson(join(ws.out, 'search/ne.json'))).newest).toEqual([3]);
  expect(searchShardSchema.parse(readJson(join(ws.out, 'search/ol.json'))).oldest).toEqual([0]);
});

test('a second run with the cache reuses every file and writes no article file', async () => {
  const ws = workspace();
  for (let i = 1; i <= 5; i++) writeSeed(ws.seeds, `s${i}.txt`, `2024-01-0${i}`, `Story number ${i}.`);
  writeFileSync(join(ws.seeds, 'bad.txt'), 'no date line here\n');
  const first = await ws.build();
  expect(first).toMatchObject({ filesRead: 6, articlesBuilt: 5, fromCache: 0, articlesWritten: 5 });
  const indexBefore = readFileSync(join(ws.out, 'index.json'), 'utf8');
  const second = await ws.build();
  expect(second).toMatchObject({ filesRead: 6, articlesBuilt: 5, fromCache: 6, articlesWritten: 0 });
  // A rejected file stays rejected, with the same reason, when it comes from the cache.
  expect(second.rejected).toEqual(first.rejected);
  expect(readFileSync(join(ws.out, 'index.json'), 'utf8')).toBe(indexBefore);
});

test('changing one file rebuilds just that one', async () => {
  const ws = workspace();
  for (let i = 1; i <= 4; i++) writeSeed(ws.seeds, `s${i}.txt`, `2024-01-0${i}`, `Story number ${i}.`);
  await ws.build();
  const before = readJson(join(ws.out, 'index.json')) as { buildId: string };
  const changed = writeSeed(ws.seeds, 's2.txt', '2024-01-02', 'Story number two, rewritten.');
  touch(changed, 5);
  const report = await ws.build();
  expect(report).toMatchObject({ filesRead: 4, articlesBuilt: 4, fromCache: 3, articlesWritten: 1 });
  const article = articleSchema.parse(readJson(join(ws.out, 'articles/s2.json')));
  expect(article.paragraphs[0]).toBe('Story number two, rewritten.');
  expect((readJson(join(ws.out, 'index.json')) as { buildId: string }).buildId).not.toBe(before.buildId);
});

test('touching a file without changing it re-reads it but rewrites no article', async () => {
  const ws = workspace();
  const path = writeSeed(ws.seeds, 'only.txt', '2024-01-01', 'Unchanged.');
  await ws.build();
  touch(path, 5);
  const report = await ws.build();
  expect(report).toMatchObject({ fromCache: 0, articlesBuilt: 1, articlesWritten: 0 });
});

test('deleting a seed removes its article file from the output', async () => {
  const ws = workspace();
  writeSeed(ws.seeds, 'keep.txt', '2024-01-01', 'Kept.');
  const gone = writeSeed(ws.seeds, 'gone.txt', '2024-01-02', 'Deleted later.');
  await ws.build();
  expect(articleFiles(ws.out)).toEqual(['gone.json', 'keep.json']);
  rmSync(gone);
  const report = await ws.build();
  expect(report).toMatchObject({ filesRead: 1, articlesBuilt: 1 });
  expect(articleFiles(ws.out)).toEqual(['keep.json']);
  const index = corpusIndexSchema.parse(readJson(join(ws.out, 'index.json')));
  expect(index.articles.map((a) => a.id)).toEqual(['keep']);
});

test('a seed that becomes invalid loses its article file and is reported', async () => {
  const ws = workspace();
  const path = writeSeed(ws.seeds, 'x.txt', '2024-01-01', 'Fine at first.');
  await ws.build();
  writeFileSync(path, 'date 2024-01-01 / no source any more\n');
  touch(path, 5);
  const report = await ws.build();
  expect(report.articlesBuilt).toBe(0);
  expect(report.rejected.map((r) => r.file)).toEqual([path]);
  expect(articleFiles(ws.out)).toEqual([]);
});

test('duplicate ids are an error for the later file; the first file wins and is not overwritten', async () => {
  const ws = workspace();
  const one = join(ws.seeds, 'one');
  const two = join(ws.seeds, 'two');
  mkdirSync(one);
  mkdirSync(two);
  writeSeed(one, 'story.txt', '2024-01-01', 'The first file.');
  writeSeed(two, 'story.txt', '2024-02-02', 'The second file.');
  for (const run of [1, 2]) {
    const report = await ws.build([one, two]);
    expect(report.articlesBuilt, `run ${run}`).toBe(1);
    expect(report.rejected).toEqual([
      {
        file: join(two, 'story.txt'),
        diagnostics: [
          {
            file: join(two, 'story.txt'),
            line: 1,
            severity: 'error',
            message: `duplicate article id "story": ${join(one, 'story.txt')} yields the same id; this file was skipped`,
          },
        ],
      },
    ]);
    const article = articleSchema.parse(readJson(join(ws.out, 'articles/story.json')));
    expect(article.paragraphs[0], `run ${run}`).toBe('The first file.');
  }
});

// A cached result carries the id and file name, so the cache keys results by path and bytes:
// two files with the same bytes must never share one cached record.
test('two files with identical content keep their own ids on a cached rebuild', async () => {
  const ws = workspace();
  writeSeed(ws.seeds, 'a.txt', '2024-01-01', 'Word for word the same.');
  writeSeed(ws.seeds, 'b.txt', '2024-01-01', 'Word for word the same.');
  const first = await ws.build();
  expect(first).toMatchObject({ articlesBuilt: 2, rejected: [] });
  const second = await ws.build();
  expect(second).toMatchObject({ articlesBuilt: 2, rejected: [] });
  expect(articleFiles(ws.out)).toEqual(['a.json', 'b.json']);
});

test('without a cache every file is built and written', async () => {
  const ws = workspace();
  writeSeed(ws.seeds, 'a.txt', '2024-01-01', 'Alpha.');
  const report = await ingestCorpus({ inputs: [ws.seeds], outDir: ws.out, cacheDir: null });
  expect(report).toMatchObject({ filesRead: 1, articlesBuilt: 1, fromCache: 0, articlesWritten: 1 });
  expect(existsSync(ws.cache)).toBe(false);
});

function buildData(...args: string[]): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/ingest/cli/build-data.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stderr: r.stderr };
}

test('build:data --strict fails when any diagnostic exists and passes when there is none', () => {
  const ws = workspace();
  writeSeed(ws.seeds, 'good.txt', '2024-01-01', 'Good.');
  const clean = buildData('--out', ws.out, '--no-cache', '--strict', ws.seeds);
  expect(clean.stderr).toMatch(/^ingest: read 1 file, built 1 article/);
  expect(clean.code).toBe(0);

  writeFileSync(join(ws.seeds, 'bad.txt'), 'date 2024-13-01 Test Wire/ Bad month.\n');
  const lenient = buildData('--out', ws.out, '--no-cache', ws.seeds);
  expect(lenient.code).toBe(0);
  expect(lenient.stderr).toContain(`${join(ws.seeds, 'bad.txt')}:1: error: impossible date 2024-13-01`);

  const strict = buildData('--out', ws.out, '--no-cache', '--strict', ws.seeds);
  expect(strict.code).toBe(1);
  expect(strict.stderr).toContain('ingest: --strict: failing the build because of the diagnostics above');

  // A warning is a diagnostic too: --strict fails on an unsafe file name alone.
  rmSync(join(ws.seeds, 'bad.txt'));
  writeSeed(ws.seeds, 'needs renaming!.txt', '2024-01-02', 'Fine text.');
  const warned = buildData('--out', ws.out, '--cache', ws.cache, '--strict', ws.seeds);
  expect(warned.code).toBe(1);
  expect(warned.stderr).toContain('warning: file name is not URL-safe; the article id is "needs-renaming"');
});

test('every possible search shard is written, so a search for any word finds a document', async () => {
  const ws = workspace();
  writeSeed(ws.seeds, 'a.txt', '2024-01-01', 'Alpha beta.');
  await ws.build();
  const search = join(ws.out, 'search');
  expect(readdirSync(search)).toHaveLength(36 * 36 + 1);
  expect(readJson(join(search, 'zz.json'))).toEqual({});
  expect(readJson(join(search, 'al.json'))).toEqual({ alpha: [0] });
});
