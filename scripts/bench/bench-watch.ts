/**
 * `npm run bench:watch -- [--size N | --corpus DIR] [--cache DIR] [--runs N]`: a rebuild after one
 * seed changes, in watch mode (`build:data --watch`, the dev server's builder) against a new
 * process for each rebuild (`build:data`, as a script or CI step runs it), in one sitting.
 *
 * The corpus is the shared Wikinews articles cycled to N files (default 10,000; `cycle-corpus.ts`)
 * or DIR, plus a folder of one extra seed that the edits touch. A watch process builds it (from
 * the cache when `--cache` names one that holds it; a cold build takes minutes at 100,000), a
 * new-process build warms its own output folder over the same cache, and then each round makes
 * three edits (a sentence appended; a quote added; a new file, the newest), each rebuilt first by
 * the watch process and then by a new process. Printed per edit: the watch's time from the write
 * to its report line (its 100 ms debounce included) and its build time; the new process's wall
 * time (start-up included) and build time; then the medians and each edit's ratio. Figures, not
 * pass/fail: compare the ratios of one run on this shared machine.
 */
import { spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { IngestReport } from '../../src/ingest/pipeline/ingest-corpus.ts';
import { buildDataArgs, spawnWatchProcess } from '../../src/ingest/pipeline/watch-process.ts';
import { cycleCorpus, defaultSourceDir } from './cycle-corpus.ts';

const root = resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    corpus: { type: 'string' },
    cache: { type: 'string' },
    runs: { type: 'string', default: '3' },
  },
});
const work = mkdtempSync(join(tmpdir(), 'newsreader-bench-watch-'));
process.on('exit', () => {
  rmSync(work, { recursive: true, force: true });
});

const corpus = values.corpus ? resolve(values.corpus) : join(work, 'corpus');
if (!values.corpus) cycleCorpus(corpus, Number(values.size), defaultSourceDir(root));
const cache = values.cache ? resolve(values.cache) : join(work, 'cache');
const extra = join(work, 'extra');
mkdirSync(extra);
const firstSeed = readdirSync(corpus)
  .filter((name) => name.endsWith('.txt'))
  .sort()[0];
if (!firstSeed) throw new Error(`no seed files in ${corpus}`);
const edited = join(extra, 'bench-watch-edited.txt');
writeFileSync(edited, readFileSync(join(corpus, firstSeed), 'utf8'));
const inputs = [corpus, extra];

/** The watch process, and the report lines it has printed so far. */
function startWatch(): { child: ChildProcessWithoutNullStreams; next: () => Promise<IngestReport> } {
  const waiting: ((report: IngestReport) => void)[] = [];
  const ready: IngestReport[] = [];
  const child = spawnWatchProcess({ inputs, outDir: join(work, 'watch-out'), cacheDir: cache }, (message) => {
    if ('failed' in message) throw new Error(`the watch build failed: ${message.failed}`);
    const waiter = waiting.shift();
    if (waiter) waiter(message);
    else ready.push(message);
  });
  child.stderr.setEncoding('utf8').on('data', (text: string) => process.stderr.write(text));
  return {
    child,
    next: () =>
      new Promise((resolvePromise) => {
        const report = ready.shift();
        if (report) resolvePromise(report);
        else waiting.push(resolvePromise);
      }),
  };
}

/** One build by a new process into its own folder: wall time (start-up included) and build time. */
function newProcessBuild(): { wallMs: number; buildMs: number } {
  const t0 = performance.now();
  const result = spawnSync(
    process.execPath,
    buildDataArgs(['--report-json', '--out', join(work, 'process-out'), '--cache', cache, ...inputs]),
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const wallMs = performance.now() - t0;
  if (result.status !== 0) throw new Error(`build:data failed: ${result.stderr}`);
  return { wallMs, buildMs: (JSON.parse(result.stdout) as IngestReport).ms };
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN;
const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;

console.log(
  `node ${process.version}, ${availableParallelism()} cores, load ${loadavg()[0]!.toFixed(1)}; corpus ${corpus} (+1 edited seed)`,
);
const watch = startWatch();
const t0 = performance.now();
const first = await watch.next();
console.log(
  `watch: first build ${ms(performance.now() - t0)} (${first.articlesBuilt} articles, ${first.fromCache} from the cache)`,
);
const warm = newProcessBuild();
console.log(`new process: first build into its own folder ${ms(warm.wallMs)}`);

const edits: { name: string; apply: (round: number) => void }[] = [
  {
    name: 'a sentence appended',
    apply: (round) => {
      appendFileSync(edited, `\n\nThe council will meet again in round ${round}.\n`);
    },
  },
  {
    name: 'a quote added',
    apply: (round) => {
      appendFileSync(
        edited,
        `\n\n“We will be back in round ${round},” said Dana Whitfield, a spokeswoman.\n`,
      );
    },
  },
  {
    name: 'a new file, the newest',
    apply: (round) => {
      writeFileSync(
        join(extra, `bench-watch-new-${round}.txt`),
        `date 2099-01-${String(round + 1).padStart(2, '0')} Wire/ A new story of round ${round}.\n`,
      );
    },
  },
];
const rows = new Map(edits.map((e) => [e.name, { watch: [] as number[], process: [] as number[] }]));
for (let round = 1; round <= Number(values.runs); round++) {
  for (const edit of edits) {
    const tWrite = performance.now();
    edit.apply(round);
    const report = await watch.next();
    const watchMs = performance.now() - tWrite;
    const other = newProcessBuild();
    rows.get(edit.name)!.watch.push(watchMs);
    rows.get(edit.name)!.process.push(other.wallMs);
    console.log(
      `round ${round}, ${edit.name.padEnd(24)} watch: to report ${ms(watchMs)}, build ${ms(report.ms)}  ·  new process: wall ${ms(other.wallMs)}, build ${ms(other.buildMs)}  (load ${loadavg()[0]!.toFixed(1)})`,
    );
  }
}
console.log('\nmedians: edit · watch, write to report · new process, wall · ratio');
for (const [name, row] of rows) {
  const w = median(row.watch);
  const p = median(row.process);
  console.log(`  ${name.padEnd(24)} ${ms(w)}  ${ms(p)}  ${(w / p).toFixed(2)}`);
}
watch.child.kill('SIGTERM');
await new Promise((resolvePromise) => watch.child.on('exit', resolvePromise));
