/**
 * The hostile seeds in tests/fixtures/hostile (script payloads, malformed headers, bad encodings,
 * bidi and zero-width text, a long and a Unicode file name), plus a dangling link and a folder
 * named like a seed made in a temporary copy: every input ends as an article or a diagnostic,
 * and the commands exit as the README says.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, vi } from 'vitest';
import { idFromFileName } from '../../src/ingest/seed/parse-seed.ts';

vi.setConfig({ testTimeout: 120_000 });

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/hostile');

function run(script: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/ingest/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function hostileCopy(): { dir: string; seeds: string } {
  const dir = mkdtempSync(join(tmpdir(), 'newsreader-hostile-'));
  const seeds = join(dir, 'seeds');
  cpSync(FIXTURES, seeds, { recursive: true });
  symlinkSync(join(seeds, 'no-such-target.txt'), join(seeds, 'dangling-link.txt'));
  mkdirSync(join(seeds, 'a-folder.txt'));
  return { dir, seeds };
}

/** What no terminal should receive raw: C0/C1 controls (newline and tab aside) and bidi controls. */
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

test('build:data: every hostile seed is an article or a diagnostic; exit 0, --strict 1, no stack trace', () => {
  const { dir, seeds } = hostileCopy();
  const out = join(dir, 'out');
  const build = run('build-data', '--no-cache', '--out', out, seeds);
  expect(build.code).toBe(0);
  expect(build.stderr).not.toMatch(/^\s+at /m);
  expect(build.stderr).not.toMatch(UNSAFE);

  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { articles: { id: string }[] };
  const built = new Set(index.articles.map((a) => a.id));
  const articles = new Set(readdirSync(join(out, 'articles')));
  const diagnosed = new Set(
    build.stderr
      .split('\n')
      .map((l) => /^(.+?)(?::\d+)?: (?:error|warning): /.exec(l)?.[1])
      .filter((f) => f !== undefined),
  );
  const inputs = readdirSync(seeds);
  expect(inputs.length).toBeGreaterThanOrEqual(23);
  for (const name of inputs) {
    const path = join(seeds, name);
    const id = idFromFileName(name);
    const isArticle = built.has(id) && articles.has(`${id}.json`);
    const isDiagnosed = diagnosed.has(path);
    expect(isArticle || isDiagnosed, `${name}: neither an article nor a diagnostic`).toBe(true);
    // An article's file name always fits (the long name included).
    if (isArticle) expect(Buffer.byteLength(`${id}.json`)).toBeLessThanOrEqual(143);
  }
  // The payloads are kept as text; it is the app's job never to render them as markup.
  expect(built.has('script-payloads')).toBe(true);
  expect(built.has('early-year')).toBe(true);
  expect(build.stderr).toContain(`${join(seeds, 'dangling-link.txt')}: error: dangling symbolic link`);
  expect(build.stderr).toContain(`${join(seeds, 'a-folder.txt')}: error: is a folder, not a seed file`);
  expect(build.stderr).toContain(`${join(seeds, 'zero-width-body.txt')}:1: error: no visible text`);
  expect(build.stderr).toContain('found "date\\u001b[2J\\u001b]0;pwned\\u0007 2024-03-01 Wire/');

  const strict = run('build-data', '--no-cache', '--strict', '--out', join(dir, 'strict'), seeds);
  expect(strict.code).toBe(1);
  expect(strict.stderr).not.toMatch(/^\s+at /m);
});

test('extract: the good hostile seeds print, the rest are diagnostics; exit 1, no stack trace', () => {
  const { seeds } = hostileCopy();
  const r = run('extract', seeds);
  expect(r.code).toBe(1);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(UNSAFE);
  const lines = r.stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as { file: string });
  const rejected = Number(/extract: (\d+) of (\d+) inputs rejected/.exec(r.stderr)?.[1]);
  const total = Number(/extract: \d+ of (\d+) inputs rejected/.exec(r.stderr)?.[1]);
  expect(total).toBe(readdirSync(seeds).length);
  expect(lines.length + rejected).toBe(total);
});

test.each([
  ['extract', ['--no-such-option', 'x']],
  ['extract', []],
  ['extract', ['--max-file-bytes', 'lots', 'x']],
  ['build-data', ['--no-such-option']],
  ['build-data', ['--time-budget-ms', '-1']],
])('%s %j is a usage error: exit 2, a usage line, no stack trace', (script, args) => {
  const r = run(script, ...args);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/usage: npm run/);
  expect(r.stderr).not.toMatch(/^\s+at /m);
});
