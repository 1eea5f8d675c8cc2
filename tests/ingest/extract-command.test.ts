import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, vi } from 'vitest';

// Each test starts Node with tsx; the corpus run builds 314 articles.
vi.setConfig({ testTimeout: 60_000 });

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = join(ROOT, 'seeds/000_ec231f94e2293af6.txt');
const DIAGNOSTIC = /^(.+):(\d+): (error|warning): (.+)$/;

interface Run {
  code: number | null;
  lines: Record<string, unknown>[];
  stderr: string[];
}

/** Runs the `extract` command as a process, the way other tools call it. */
function extract(...paths: string[]): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/ingest/cli/extract.ts', ...paths], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const lines = r.stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code: r.status, lines, stderr: r.stderr.split('\n').filter((l) => l !== '') };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'extract-test-'));
}

function seed(dir: string, name: string, body = 'A short article about the weather.'): string {
  const path = join(dir, name);
  mkdirSync(resolve(path, '..'), { recursive: true });
  writeFileSync(path, `date 2024-05-01 Test Wire/ ${body}\n`);
  return path;
}

test('the seed prints as one JSON line with every contract field, exit 0, nothing on stderr', () => {
  const run = extract(SEED);
  expect(run.stderr).toEqual([]);
  expect(run.code).toBe(0);
  expect(run.lines).toHaveLength(1);
  const line = run.lines[0] ?? {};
  expect(line).toMatchObject({
    file: '000_ec231f94e2293af6.txt',
    id: '000_ec231f94e2293af6',
    date: '2024-08-28',
    source: 'Shafaq News',
    sourceSlug: 'shafaq-news',
    headline: 'NATO and Iraq initiated a new phase in their longstanding partnership',
  });
  for (const key of ['quotes', 'organisations', 'people', 'places'])
    expect(Array.isArray(line[key])).toBe(true);
});

test('files and folders mixed, in path order: arguments as given, folders recursed and sorted, only .txt', () => {
  const dir = tempDir();
  const a = join(dir, 'a');
  seed(a, 'b.txt');
  seed(a, 'a.txt');
  seed(a, 'nested/deeper/c.txt');
  seed(a, 'z.TXT');
  writeFileSync(join(a, 'notes.md'), 'date 2024-05-01 Test Wire/ Not a seed.\n');
  writeFileSync(join(a, 'data.json'), '{}');
  mkdirSync(join(a, 'folder.txt'));
  const single = seed(dir, 'single.txt');
  const run = extract(single, a, SEED);
  // A folder named like a seed is never dropped without a word: it is reported, and fails the run.
  expect(run.stderr).toEqual([
    `${join(a, 'folder.txt')}: error: is a folder, not a seed file (its .txt files are read)`,
    'extract: 1 of 7 inputs rejected',
  ]);
  expect(run.code).toBe(1);
  expect(run.lines.map((l) => l.file)).toEqual([
    'single.txt',
    'a.txt',
    'b.txt',
    'c.txt',
    'z.TXT',
    '000_ec231f94e2293af6.txt',
  ]);
  expect(run.lines.map((l) => l.id)).toEqual(['single', 'a', 'b', 'c', 'z', '000_ec231f94e2293af6']);
});

test('a symlinked seed inside a folder is read like any other', () => {
  const dir = tempDir();
  seed(dir, 'real/one.txt');
  const linked = join(dir, 'in');
  mkdirSync(linked);
  symlinkSync(SEED, join(linked, 'link.txt'));
  seed(linked, 'plain.txt');
  const run = extract(linked);
  expect(run.stderr).toEqual([]);
  expect(run.lines.map((l) => l.file)).toEqual(['link.txt', 'plain.txt']);
  expect(run.lines[0]?.date).toBe('2024-08-28');
});

test('rejected files go to stderr as file:line: error: message; good files still print; exit code non-zero', () => {
  const dir = tempDir();
  seed(dir, '1-good.txt');
  writeFileSync(join(dir, '2-bad-date.txt'), '\n\ndate 2024-02-30 Test Wire/ Text.\n');
  seed(dir, '3-good.txt');
  writeFileSync(join(dir, '4-binary.txt'), Buffer.from([0x64, 0x61, 0x00, 0xff]));
  writeFileSync(join(dir, '5-empty.txt'), '');
  seed(dir, '6-good.txt');
  const run = extract(dir);
  expect(run.code).toBe(1);
  expect(run.lines.map((l) => l.file)).toEqual(['1-good.txt', '3-good.txt', '6-good.txt']);
  const diagnostics = run.stderr.filter((l) => DIAGNOSTIC.test(l));
  expect(diagnostics).toEqual([
    `${join(dir, '2-bad-date.txt')}:3: error: impossible date 2024-02-30: no such day in the calendar`,
    `${join(dir, '4-binary.txt')}:1: error: not UTF-8 text: the file contains NUL bytes (binary data?)`,
    `${join(dir, '5-empty.txt')}:1: error: empty file: expected a first line \`date YYYY-MM-DD Source/ text…\``,
  ]);
  expect(run.stderr.at(-1)).toBe('extract: 3 of 6 inputs rejected');
});

test('a missing path is reported and fails the run, after the others are printed', () => {
  const missing = join(tempDir(), 'no-such-folder');
  const run = extract(missing, SEED);
  expect(run.code).toBe(1);
  expect(run.lines.map((l) => l.id)).toEqual(['000_ec231f94e2293af6']);
  expect(run.stderr).toContain(`${missing}: error: no such file or folder`);
});

test('duplicate ids across folders: an error for the later file, the first one printed, never both', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'one'));
  copyFileSync(SEED, join(dir, 'one/same.txt'));
  seed(dir, 'two/same.txt', 'A different article with the same file name.');
  const run = extract(join(dir, 'one'), join(dir, 'two'));
  expect(run.code).toBe(1);
  expect(run.lines).toHaveLength(1);
  expect(run.lines[0]).toMatchObject({ id: 'same', date: '2024-08-28', source: 'Shafaq News' });
  expect(run.stderr).toContain(
    `${join(dir, 'two/same.txt')}:1: error: duplicate article id "same": ${join(dir, 'one/same.txt')} yields the same id; this file was skipped`,
  );
});

test('ids that differ only in letter case clash too (they would overwrite each other on macOS)', () => {
  const dir = tempDir();
  seed(dir, 'a/Report.txt');
  seed(dir, 'b/report.txt');
  const run = extract(join(dir, 'a'), join(dir, 'b'));
  expect(run.code).toBe(1);
  expect(run.lines.map((l) => l.id)).toEqual(['Report']);
  expect(
    run.stderr.some((l) =>
      l.startsWith(`${join(dir, 'b/report.txt')}:1: error: duplicate article id "report"`),
    ),
  ).toBe(true);
});

test('a URL-unsafe file name prints with its safe id and a warning, exit 0', () => {
  const dir = tempDir();
  seed(dir, 'Breaking news!.txt');
  const run = extract(dir);
  expect(run.code).toBe(0);
  expect(run.lines.map((l) => [l.file, l.id])).toEqual([['Breaking news!.txt', 'Breaking-news']]);
  expect(run.stderr).toEqual([
    `${join(dir, 'Breaking news!.txt')}:1: warning: file name is not URL-safe; the article id is "Breaking-news"`,
  ]);
});

test('no arguments prints usage and exits 2', () => {
  const run = extract();
  expect(run.code).toBe(2);
  expect(run.lines).toEqual([]);
  expect(run.stderr[0]).toMatch(/^usage: npm run --silent extract -- PATH/);
});

test('the whole Wikinews corpus plus the seed: one line per file, exit 0, nothing on stderr', () => {
  // Over 256 files, so this also runs the worker-thread path of the pipeline.
  const run = extract('/work/shared/corpus/wikinews', join(ROOT, 'seeds'));
  expect(run.stderr).toEqual([]);
  expect(run.code).toBe(0);
  expect(run.lines).toHaveLength(314);
  const files = run.lines.map((l) => String(l.file));
  expect(files[0]).toBe('wn-0001.txt');
  expect(files.at(-2)).toBe('wn-0313.txt');
  expect(files.at(-1)).toBe('000_ec231f94e2293af6.txt');
  expect([...files.slice(0, -1)].sort()).toEqual(files.slice(0, -1));
  expect(
    run.lines.every((l) => typeof l.headline === 'string' && l.headline !== '' && l.headline.length <= 110),
  ).toBe(true);
});
