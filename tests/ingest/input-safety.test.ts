/** Every input accounted for, safe diagnostics, and the per-file size cap and time budget. */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { tempDir } from '../support/temp-dir.ts';
import { generateNamesDenseSeed } from '../../scripts/bench/generate-names-dense.ts';
import { collectSeedFiles } from '../../src/ingest/pipeline/collect-files.ts';
import { escapeControls, formatDiagnostic } from '../../src/ingest/seed/diagnostics.ts';
import { ingestCorpus } from '../../src/ingest/pipeline/ingest-corpus.ts';
import { parseLimit, resolveLimits, UsageError } from '../../src/ingest/pipeline/ingest-limits.ts';
import { processSeedBytes, processSeedFile } from '../../src/ingest/pipeline/process-file.ts';
import { formatReport } from '../../src/ingest/pipeline/report.ts';

// Some tests build a generated 100 KB article several times, on a shared 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

const SEED = 'date 2024-01-01 Wire/ Text.\n';
const asRoot = process.getuid?.() === 0;

test('every input that is no seed file is a diagnostic, never a silent drop', async () => {
  const dir = tempDir('newsreader-inputs-');
  writeFileSync(join(dir, 'good.txt'), SEED);
  symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
  symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
  symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
  mkdirSync(join(dir, 'folder.txt'));
  writeFileSync(join(dir, 'folder.txt', 'inside.txt'), SEED);
  mkdirSync(join(dir, 'sub'));
  symlinkSync(join(dir, 'sub'), join(dir, 'linked-folder.txt'));
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  writeFileSync(join(dir, 'notes.md'), 'not a seed');
  const { files, missing, problems } = await collectSeedFiles([dir, join(dir, 'absent')]);
  expect(files).toEqual([join(dir, 'folder.txt', 'inside.txt'), join(dir, 'good.txt')]);
  expect(missing).toEqual([join(dir, 'absent')]);
  expect(problems.map(formatDiagnostic).sort()).toEqual(
    [
      `${join(dir, 'dangling.txt')}: error: dangling symbolic link: its target does not exist`,
      `${join(dir, 'folder.txt')}: error: is a folder, not a seed file (its .txt files are read)`,
      `${join(dir, 'linked-folder.txt')}: error: is a symbolic link to a folder, not a seed file`,
      `${join(dir, 'loop-a.txt')}: error: symbolic link loop`,
      `${join(dir, 'loop-b.txt')}: error: symbolic link loop`,
      `${join(dir, 'pipe.txt')}: error: not a regular file (a device, pipe or socket)`,
    ].sort(),
  );
});

test('a pipe given by name is reported, not read (reading it would block the build)', async () => {
  const dir = tempDir('newsreader-inputs-');
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  const { files, problems } = await collectSeedFiles([join(dir, 'pipe.txt')]);
  expect(files).toEqual([]);
  expect(problems.map((d) => d.message)).toEqual(['not a regular file (a device, pipe or socket)']);
});

test.skipIf(asRoot)('an unreadable file and an unreadable folder are diagnostics', async () => {
  const dir = tempDir('newsreader-inputs-');
  writeFileSync(join(dir, 'secret.txt'), SEED);
  chmodSync(join(dir, 'secret.txt'), 0o000);
  mkdirSync(join(dir, 'locked'));
  writeFileSync(join(dir, 'locked', 'a.txt'), SEED);
  chmodSync(join(dir, 'locked'), 0o000);
  const { files, problems } = await collectSeedFiles([dir]);
  expect(problems.map(formatDiagnostic)).toEqual([
    `${join(dir, 'locked')}: error: cannot list the folder: permission denied (EACCES)`,
  ]);
  expect(processSeedFile(files[0]!).diagnostics.map(formatDiagnostic)).toEqual([
    `${join(dir, 'secret.txt')}: error: cannot read file: permission denied (EACCES)`,
  ]);
  chmodSync(join(dir, 'locked'), 0o755);
});

test('the build reports those inputs as rejected and builds the rest', async () => {
  const dir = tempDir('newsreader-inputs-');
  const seeds = join(dir, 'seeds');
  mkdirSync(seeds);
  writeFileSync(join(seeds, 'good.txt'), SEED);
  symlinkSync(join(seeds, 'gone.txt'), join(seeds, 'dangling.txt'));
  const report = await ingestCorpus({ inputs: [seeds], outDir: join(dir, 'out'), cacheDir: null });
  expect(report.articlesBuilt).toBe(1);
  expect(report.rejected.map((r) => r.file)).toEqual([join(seeds, 'dangling.txt')]);
  expect(formatReport(report)).toContain(
    `${join(seeds, 'dangling.txt')}: error: dangling symbolic link: its target does not exist`,
  );
});

test.each([
  ['ESC and BEL', 'a\u001b[2J\u001b]0;title\u0007b', 'a\\u001b[2J\\u001b]0;title\\u0007b'],
  ['newline and carriage return', 'one\ntwo\rthree', 'one\\u000atwo\\u000dthree'],
  ['C1 controls (CSI, NEL)', 'a\u009b31mb\u0085c', 'a\\u009b31mb\\u0085c'],
  ['DEL', 'a\u007fb', 'a\\u007fb'],
  ['bidi overrides and isolates', 'a\u202eb\u2066c\u2069', 'a\\u202eb\\u2066c\\u2069'],
  ['line separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
  ['ordinary text', 'Zürich – شفق “quoted”', 'Zürich – شفق “quoted”'],
])('escapeControls: %s', (_name, text, escaped) => {
  expect(escapeControls(text)).toBe(escaped);
});

test('a diagnostic about hostile text escapes it in the file name and the message, and in the report', async () => {
  const dir = tempDir('newsreader-inputs-');
  const name = join(dir, 'evil\u001b[31m\u202ename.txt');
  writeFileSync(name, 'date\u001b]0;pwned\u0007 2024-01-01 Wire\u009b/ Text.\n');
  const report = await ingestCorpus({ inputs: [dir], outDir: join(dir, 'out'), cacheDir: null });
  const text = formatReport(report);
  expect(text).toContain(
    'evil\\u001b[31m\\u202ename.txt:1: error: no date line: expected the first line to start with `date YYYY-MM-DD Source/`, found "date\\u001b]0;pwned\\u0007 2024-01-01 Wire\\u009b/ Text."',
  );
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
});

test('a file over the size cap is rejected before it is read, with the way to raise the cap', () => {
  const dir = tempDir('newsreader-inputs-');
  writeFileSync(join(dir, 'big.txt'), `date 2024-01-01 Wire/ ${'word '.repeat(300)}\n`);
  const capped = processSeedFile(join(dir, 'big.txt'), { maxFileBytes: 1000, timeBudgetMs: 60_000 });
  expect(capped.article).toBeNull();
  expect(capped.cacheable).toBe(false);
  expect(capped.diagnostics.map(formatDiagnostic)).toEqual([
    `${join(dir, 'big.txt')}: error: file too large: 1.5 KiB is over the limit of 1000 bytes per seed file (--max-file-bytes or NEWSREADER_MAX_FILE_BYTES raise it)`,
  ]);
  const raised = processSeedFile(join(dir, 'big.txt'), { maxFileBytes: 2000, timeBudgetMs: 60_000 });
  expect(raised.article).not.toBeNull();
});

test('a file whose extraction overruns the time budget is a diagnostic; the others still build', async () => {
  const slow = new TextEncoder().encode(generateNamesDenseSeed(100_000));
  const r = processSeedBytes('seeds/slow.txt', slow, { maxFileBytes: 1e9, timeBudgetMs: 1 });
  expect(r.article).toBeNull();
  expect(r.cacheable).toBe(false);
  expect(r.diagnostics.map(formatDiagnostic)).toEqual([
    'seeds/slow.txt: error: extraction took longer than the per-file time budget of 0.001 s and was stopped (--time-budget-ms or NEWSREADER_TIME_BUDGET_MS raise it)',
  ]);

  const dir = tempDir('newsreader-inputs-');
  writeFileSync(join(dir, 'a-small.txt'), SEED);
  writeFileSync(join(dir, 'b-slow.txt'), slow);
  const cache = join(dir, 'cache');
  const limits = { maxFileBytes: 1e9, timeBudgetMs: 1 };
  const report = await ingestCorpus({ inputs: [dir], outDir: join(dir, 'out'), cacheDir: cache, limits });
  expect(report.articlesBuilt).toBe(1);
  expect(report.rejected.map((x) => x.file)).toEqual([join(dir, 'b-slow.txt')]);
  expect(readdirSync(join(dir, 'out', 'articles'))).toEqual(['a-small.json']);
  // Running out of time is not cached: with time enough the same unchanged file builds.
  const again = await ingestCorpus({
    inputs: [dir],
    outDir: join(dir, 'out'),
    cacheDir: cache,
    limits: { ...limits, timeBudgetMs: 60_000 },
  });
  expect(again.articlesBuilt).toBe(2);
});

test('a cached file is still rejected once the cap is lowered below its size', async () => {
  const dir = tempDir('newsreader-inputs-');
  writeFileSync(join(dir, 'a.txt'), `date 2024-01-01 Wire/ ${'word '.repeat(300)}\n`);
  const cache = join(dir, 'cache');
  const build = (maxFileBytes: number) =>
    ingestCorpus({
      inputs: [dir],
      outDir: join(dir, 'out'),
      cacheDir: cache,
      limits: { maxFileBytes, timeBudgetMs: 60_000 },
    });
  expect((await build(10_000)).articlesBuilt).toBe(1);
  expect((await build(1000)).rejected.map((r) => r.file)).toEqual([join(dir, 'a.txt')]);
});

test.each([
  ['2097152', 2097152],
  [' 5000 ', 5000],
])('parseLimit(%j) = %d', (text, n) => {
  expect(parseLimit(text, '--max-file-bytes')).toBe(n);
});

test.each(['0', '-5', '1.5', '5MB', '', '1e6', '99999999999999999999'])(
  'parseLimit(%j) is a usage error',
  (text) => {
    expect(() => parseLimit(text, '--max-file-bytes')).toThrow(UsageError);
  },
);

test('limits come from the options, else the environment, else the defaults', () => {
  expect(resolveLimits({}, {})).toEqual({ maxFileBytes: 2 * 1024 * 1024, timeBudgetMs: 20_000 });
  const env = { NEWSREADER_MAX_FILE_BYTES: '100', NEWSREADER_TIME_BUDGET_MS: '200' };
  expect(resolveLimits({}, env)).toEqual({ maxFileBytes: 100, timeBudgetMs: 200 });
  expect(resolveLimits({ maxFileBytes: '300' }, env)).toEqual({ maxFileBytes: 300, timeBudgetMs: 200 });
  expect(() => resolveLimits({}, { NEWSREADER_TIME_BUDGET_MS: 'soon' })).toThrow(
    'NEWSREADER_TIME_BUDGET_MS must be a positive whole number, got "soon"',
  );
});
