/**
 * `npm run bench:prerender -- [COUNT] [options]`: what pre-rendering every page costs, on a
 * COUNT-article corpus (default 10,000) cycled from the shared Wikinews articles (cycle-corpus.ts).
 *
 * Steps: cycle the corpus (outside the repo, reused when complete); build the data and the app once
 * with `vite build` and `NEWSREADER_PRERENDER=0` (its own data cache, so a second run of the script
 * builds incrementally); then, per run and per thread count, pre-render the build cold (an empty
 * page cache). Then one seed is edited (a paragraph appended to the middle file of the corpus), the
 * data is rebuilt, and the pages are pre-rendered again from a copy of the cold cache: the figure a
 * rebuild after one edit pays. An unchanged rebuild (no edit, warm cache) is measured the same way.
 * The seed is restored at the end. Prints a markdown table on stdout, progress on stderr.
 *
 * Options:
 *   --runs R           repetitions of every figure (default 3), shown as median (min–max)
 *   --threads LIST     thread counts to compare (default "1,<cores>")
 *   --corpus DIR       corpus folder (default $TMPDIR/newsreader-bench-corpus-<COUNT>)
 *   --out DIR          where to build (default $TMPDIR/newsreader-bench-prerender-<COUNT>)
 *   --json FILE        also write every raw figure as JSON
 *   --extra DIR        edit a copy of the middle seed kept in DIR (an extra seed folder built with
 *                      the corpus, as bench:watch does) instead of the corpus's own file: for a
 *                      corpus that must not be written to
 *
 * Figures, not pass/fail. Not part of `npm test`. Compare figures within one run of the script
 * (the machine is shared): the ratio columns do.
 */
import { spawn } from 'node:child_process';
import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { PrerenderReport } from '../../src/prerender/run-prerender.ts';
import { prerender } from '../../src/prerender/run-prerender.ts';
import { cycleCorpus, defaultSourceDir } from './cycle-corpus.ts';

const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');

function log(message: string): void {
  process.stderr.write(`[bench:prerender] ${message}\n`);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** "median (min–max)". */
function spread(values: readonly number[], digits: number): string {
  const fmt = (n: number) => n.toFixed(digits);
  const [low, high] = [fmt(Math.min(...values)), fmt(Math.max(...values))];
  return `${fmt(median(values))}${low === high ? '' : ` (${low}–${high})`}`;
}

/** `vite build` of the corpus without pre-rendering; answers its wall time in ms. */
function buildApp(inputs: readonly string[], outDir: string, cacheDir: string): Promise<number> {
  const started = performance.now();
  return new Promise((done, reject) => {
    const child = spawn(
      process.execPath,
      [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', outDir, '--emptyOutDir'],
      {
        cwd: root,
        env: {
          ...process.env,
          NEWSREADER_SEEDS: inputs.join(delimiter),
          NEWSREADER_CACHE: cacheDir,
          NEWSREADER_PRERENDER: '0',
          NODE_ENV: 'production',
        },
        stdio: ['ignore', 2, 2],
      },
    );
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) done(performance.now() - started);
      else reject(new Error(`vite build failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/** A copy of a page cache made of hard links: the pre-render never rewrites an entry in place. */
function linkCopy(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(join(to, 'prerender-pages'), { recursive: true });
  for (const name of readdirSync(join(from, 'prerender-pages')))
    linkSync(join(from, 'prerender-pages', name), join(to, 'prerender-pages', name));
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      runs: { type: 'string', default: '3' },
      threads: { type: 'string' },
      corpus: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'string' },
      extra: { type: 'string' },
    },
  });
  const count = Number(positionals[0] ?? 10_000);
  const runs = Number(values.runs);
  const threadCounts = (values.threads ?? `1,${availableParallelism()}`).split(',').map(Number);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1)
    throw new Error('usage: bench:prerender -- [COUNT] [--runs R] [--threads 1,2]');
  if (threadCounts.some((t) => !Number.isInteger(t) || t < 1))
    throw new Error('--threads: positive integers');

  const corpus = resolve(values.corpus ?? join(tmpdir(), `newsreader-bench-corpus-${count}`));
  const work = resolve(values.out ?? join(tmpdir(), `newsreader-bench-prerender-${count}`));
  const dist = join(work, 'dist');
  const dataCache = join(work, 'data-cache');
  if (cycleCorpus(corpus, count, defaultSourceDir(root))) log(`wrote a ${count}-article corpus to ${corpus}`);

  const seeds = readdirSync(corpus)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const middle = join(corpus, seeds[Math.floor(seeds.length / 2)]!);
  let edited = middle;
  const inputs = [corpus];
  if (values.extra !== undefined) {
    const extra = resolve(values.extra);
    mkdirSync(extra, { recursive: true });
    edited = join(extra, 'bench-prerender-edited.txt');
    writeFileSync(edited, readFileSync(middle, 'utf8'));
    inputs.push(extra);
  }
  const original = readFileSync(edited, 'utf8');

  log(`building the data and the app (no pre-render) into ${dist}`);
  const buildMs = await buildApp(inputs, dist, dataCache);
  const template = readFileSync(join(dist, 'index.html'), 'utf8');

  const once = async (threads: number, cacheDir: string): Promise<PrerenderReport> => {
    // The page of `/` replaced index.html: the next pre-render needs the app's own.
    writeFileSync(join(dist, 'index.html'), template);
    const report = await prerender({ root, outDir: dist, base: '/', cacheDir, siteUrl: null, threads });
    log(
      `${threads} thread(s): ${report.pages} pages, ${report.rendered} rendered, ${report.unloaded} copied unloaded, ${(report.totalMs / 1000).toFixed(1)} s`,
    );
    return report;
  };

  const cold = new Map<number, PrerenderReport[]>(threadCounts.map((t) => [t, []]));
  const unchanged = new Map<number, PrerenderReport[]>(threadCounts.map((t) => [t, []]));
  const afterEdit = new Map<number, PrerenderReport[]>(threadCounts.map((t) => [t, []]));
  const base = join(work, 'cache-base');
  const scratch = join(work, 'cache-run');
  let editBuildMs: number;
  try {
    for (let run = 0; run < runs; run++)
      for (const threads of threadCounts) {
        log(`cold, run ${run + 1} of ${runs}`);
        rmSync(base, { recursive: true, force: true });
        cold.get(threads)!.push(await once(threads, base));
        log(`unchanged rebuild, run ${run + 1} of ${runs}`);
        linkCopy(base, scratch);
        unchanged.get(threads)!.push(await once(threads, scratch));
      }
    // `base` now holds the cache of the last cold run, before the edit.
    writeFileSync(edited, `${original.replace(/\s*$/, '')}\n\nThe benchmark appended this paragraph.\n`);
    log(`one seed edited (${edited}); rebuilding the data`);
    editBuildMs = await buildApp(inputs, dist, dataCache);
    const editedTemplate = readFileSync(join(dist, 'index.html'), 'utf8');
    for (let run = 0; run < runs; run++)
      for (const threads of threadCounts) {
        log(`after one seed edit, run ${run + 1} of ${runs}`);
        linkCopy(base, scratch);
        writeFileSync(join(dist, 'index.html'), editedTemplate);
        afterEdit.get(threads)!.push(await once(threads, scratch));
      }
  } finally {
    writeFileSync(edited, original);
  }

  const rows: [string, (r: PrerenderReport[]) => string][] = [
    [
      'cold: total, s',
      (r) =>
        spread(
          r.map((x) => x.totalMs / 1000),
          1,
        ),
    ],
    [
      'cold: wall ms per page',
      (r) =>
        spread(
          r.map((x) => x.totalMs / x.pages),
          2,
        ),
    ],
    [
      'cold: render ms per page (in the threads)',
      (r) =>
        spread(
          r.map((x) => x.renderMs / x.rendered),
          2,
        ),
    ],
    [
      'cold: load + hash ms per page (in the threads)',
      (r) =>
        spread(
          r.map((x) => x.prepareMs / x.pages),
          2,
        ),
    ],
  ];
  const pages = cold.get(threadCounts[0]!)![0]!.pages;
  const lines = [
    `Pre-rendering ${pages} pages (${count} articles), ${runs} runs, median (min–max); data + app build ${(buildMs / 1000).toFixed(1)} s, after the edit ${(editBuildMs / 1000).toFixed(1)} s.`,
    '',
    `| figure | ${threadCounts.map((t) => `${t} ${t === 1 ? 'thread' : 'threads'}`).join(' | ')} |`,
    `| --- | ${threadCounts.map(() => '---').join(' | ')} |`,
    ...rows.map(([label, f]) => `| ${label} | ${threadCounts.map((t) => f(cold.get(t)!)).join(' | ')} |`),
    `| unchanged rebuild: total, s (pages rendered; pages whose data was loaded) | ${threadCounts
      .map(
        (t) =>
          `${spread(
            unchanged.get(t)!.map((x) => x.totalMs / 1000),
            1,
          )} (${spread(
            unchanged.get(t)!.map((x) => x.rendered),
            0,
          )}; ${spread(
            unchanged.get(t)!.map((x) => x.pages - x.unloaded),
            0,
          )})`,
      )
      .join(' | ')} |`,
    `| one seed edited: total, s (pages rendered; pages whose data was loaded) | ${threadCounts
      .map(
        (t) =>
          `${spread(
            afterEdit.get(t)!.map((x) => x.totalMs / 1000),
            1,
          )} (${spread(
            afterEdit.get(t)!.map((x) => x.rendered),
            0,
          )}; ${spread(
            afterEdit.get(t)!.map((x) => x.pages - x.unloaded),
            0,
          )})`,
      )
      .join(' | ')} |`,
  ];
  if (threadCounts.length > 1) {
    const first = threadCounts[0]!;
    lines.push(
      '',
      `Cold total, per run, ${first} thread(s) ÷ each other count: ${threadCounts
        .slice(1)
        .map(
          (t) =>
            `${t}: ${cold
              .get(first)!
              .map((x, i) => (x.totalMs / cold.get(t)![i]!.totalMs).toFixed(2))
              .join(', ')}`,
        )
        .join('; ')}`,
    );
  }
  console.log(lines.join('\n'));
  if (values.json)
    writeFileSync(
      values.json,
      JSON.stringify(
        {
          count,
          buildMs,
          editBuildMs,
          cold: Object.fromEntries(cold),
          unchanged: Object.fromEntries(unchanged),
          afterEdit: Object.fromEntries(afterEdit),
        },
        null,
        2,
      ),
    );
}

main().catch((error: unknown) => {
  console.error(`bench:prerender: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
