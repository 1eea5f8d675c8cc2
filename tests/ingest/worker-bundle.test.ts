/**
 * The worker threads start on one bundled JavaScript file (no tsx per worker), reuse it while
 * its inputs are unchanged, make another when one changes, and give the same results as the
 * extraction run in-process.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, expect, test, vi } from 'vitest';
import { runPipeline } from '../../src/ingest/pipeline/run-pipeline.ts';
import { argsWithoutTsx, workerEntry } from '../../src/ingest/pipeline/worker-bundle.ts';

vi.setConfig({ testTimeout: 60_000 });

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'worker-bundle-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

test('tsx and --expose-gc are left out of the workers’ Node arguments, everything else is kept', () => {
  expect(
    argsWithoutTsx([
      '--expose-gc',
      '--import',
      'tsx',
      '--max-old-space-size=4096',
      '--import=tsx/esm',
      '--require',
      '/x/node_modules/tsx/dist/preflight.cjs',
      '--cpu-prof',
      '--import',
      './other.mjs',
    ]),
  ).toEqual(['--max-old-space-size=4096', '--cpu-prof', '--import', './other.mjs']);
});

test('a worker starts with what is left of a data step’s arguments', async () => {
  // The Vite plugin starts the data step with --expose-gc, which new Worker refuses outright.
  const worker = new Worker('require("node:worker_threads").parentPort.postMessage("up")', {
    eval: true,
    execArgv: argsWithoutTsx(['--expose-gc', '--import', 'tsx']),
  });
  const message: unknown = await new Promise((resolvePromise, reject) => {
    worker.once('message', resolvePromise);
    worker.once('error', reject);
  });
  await worker.terminate();
  expect(message).toBe('up');
});

test('the worker entry is bundled once into the folder and reused while its inputs are unchanged', async () => {
  const dir = join(work, 'workers');
  const first = await workerEntry(dir);
  expect(first.bundled).toBe(true);
  const file = fileURLToPath(first.filename);
  expect(file.startsWith(dir)).toBe(true);
  // Plain JavaScript: no TypeScript left for a loader to strip, the word lists inlined.
  const code = readFileSync(file, 'utf8');
  expect(code).not.toMatch(/from ['"][^'"]+\.ts['"]/);
  expect(code).toContain('export {');
  const mtime = statSync(file).mtimeMs;

  const again = await workerEntry(dir);
  expect(again.filename).toBe(first.filename);
  expect(statSync(file).mtimeMs).toBe(mtime);

  // A damaged bundle is made again, not started.
  writeFileSync(file, 'export default 1;');
  const repaired = await workerEntry(dir);
  expect(repaired.filename).toBe(first.filename);
  expect(readFileSync(file, 'utf8')).toBe(code);

  // An input that changed since (here: the manifest's digest no longer matches) makes a new bundle.
  const manifestPath = join(dir, 'ingest-worker.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { inputs: string[]; digest: string };
  expect(manifest.inputs).toContain('src/ingest/pipeline/process-file.ts');
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, digest: '0000000000000000' }));
  const rebuilt = await workerEntry(dir);
  expect(rebuilt.filename).toBe(first.filename);
  expect(statSync(file).mtimeMs).toBeGreaterThanOrEqual(mtime);
  expect((JSON.parse(readFileSync(manifestPath, 'utf8')) as { digest: string }).digest).toBe(manifest.digest);
});

test('without a usable folder the workers fall back to the TypeScript entry', async () => {
  const blocked = join(work, 'a-file');
  writeFileSync(blocked, '');
  const entry = await workerEntry(join(blocked, 'workers'));
  expect(entry.bundled).toBe(false);
  expect(entry.filename).toMatch(/ingest-worker\.ts$/);
  expect(entry.execArgv).toBeUndefined();
});

test('worker threads on the bundle give the same results, in the same order, as the in-process run', async () => {
  process.env.NEWSREADER_CACHE = join(work, 'cache');
  try {
    const corpus = join(ROOT, '..', 'shared', 'corpus', 'wikinews');
    const paths = readdirSync(corpus)
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .slice(0, 24)
      .map((n) => join(corpus, n));
    const collect = async (threads: number) => {
      const out = [];
      for await (const r of runPipeline(paths, 'extract', { threads })) out.push(r);
      return out;
    };
    const inProcess = await collect(0);
    const threaded = await collect(2);
    expect(threaded.map((r) => r.path)).toEqual(paths);
    expect(threaded).toEqual(inProcess);
    expect(readdirSync(join(work, 'cache', 'workers')).some((n) => n.endsWith('.mjs'))).toBe(true);
  } finally {
    delete process.env.NEWSREADER_CACHE;
  }
});
