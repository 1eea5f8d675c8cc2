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
 *
 * `--against CHECKOUT` compares two versions of the code instead: a watch process of this checkout
 * and one of CHECKOUT (another worktree, with its node_modules), each with its own output folder,
 * extra seed and cache (`--cache DIR` for this one, `DIR-against` for the other: copy a warm cache
 * there with `cp -al`, or its first build is cold), the same edits applied to one and then the
 * other, the order alternating per round (`--touch` adds a fourth edit that changes no byte).
 * Printed per edit: each side's write-to-report time and the CPU its process used (workers
 * included, read from /proc one second after the report), then the medians and the paired ratios
 * of this checkout's CPU to the other's. Decision 005 and docs/history/benchmarks.md report runs.
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
    against: { type: 'string' },
    touch: { type: 'boolean', default: false },
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

interface Watch {
  child: ChildProcessWithoutNullStreams;
  next: () => Promise<IngestReport>;
}

/** A watch process (of this checkout, or of `checkout`), and the report lines it has printed so far. */
function startWatch(
  build = { inputs, outDir: join(work, 'watch-out'), cacheDir: cache },
  checkout?: string,
): Watch {
  const waiting: ((report: IngestReport) => void)[] = [];
  const ready: IngestReport[] = [];
  const child = spawnWatchProcess(
    build,
    (message) => {
      if ('failed' in message) throw new Error(`the watch build failed: ${message.failed}`);
      const waiter = waiting.shift();
      if (waiter) waiter(message);
      else ready.push(message);
    },
    checkout,
  );
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
if (values.against !== undefined) {
  await compareCheckouts(resolve(values.against));
  process.exit(0);
}
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

/** CPU time (user + system, every thread) a process has used so far, ms; null off Linux. */
function processCpuMs(pid: number | undefined): number | null {
  try {
    // Fields 14 and 15 after the command's closing parenthesis, in clock ticks (100 a second).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** One side of `--against`: its extra seed's folder, the seed the edits touch, and its build. */
interface Side {
  folder: string;
  seed: string;
  build: { inputs: string[]; outDir: string; cacheDir: string };
}

/** `--against`: this checkout's watch process and `checkout`'s, the same edits in turns. */
async function compareCheckouts(checkout: string): Promise<void> {
  const sides = ['this', 'against'] as const;
  const side = Object.fromEntries(
    sides.map((name) => {
      const folder = join(work, `extra-${name}`);
      mkdirSync(folder);
      const seed = join(folder, 'bench-watch-edited.txt');
      writeFileSync(seed, readFileSync(edited, 'utf8'));
      const build = {
        inputs: [corpus, folder],
        outDir: join(work, `watch-out-${name}`),
        cacheDir: name === 'this' ? cache : `${cache}-against`,
      };
      return [name, { folder, seed, build }];
    }),
  ) as Record<(typeof sides)[number], Side>;
  // Both first builds run at once (from their caches where warm): timed from the common start.
  const t0 = performance.now();
  const watches = {
    this: startWatch(side.this.build),
    against: startWatch(side.against.build, checkout),
  };
  for (const name of sides) {
    const first = await watches[name].next();
    console.log(
      `${name}: first build done ${ms(performance.now() - t0)} after the start (${first.articlesBuilt} articles)`,
    );
  }
  const kinds: { name: string; apply: (seed: string, folder: string, round: number) => void }[] = [
    {
      name: 'a sentence appended',
      apply: (seed, _, round) => {
        appendFileSync(seed, `\n\nThe council will meet again in round ${round}.\n`);
      },
    },
    {
      name: 'a quote added',
      apply: (seed, _, round) => {
        appendFileSync(
          seed,
          `\n\n“We will be back in round ${round},” said Dana Whitfield, a spokeswoman.\n`,
        );
      },
    },
    {
      name: 'a new file, the newest',
      apply: (_, folder, round) => {
        writeFileSync(
          join(folder, `bench-watch-new-${round}.txt`),
          `date 2099-01-${String(round + 1).padStart(2, '0')} Wire/ A new story of round ${round}.\n`,
        );
      },
    },
    ...(values.touch
      ? [
          {
            name: 'a touch, no change',
            apply: (seed: string) => {
              writeFileSync(seed, readFileSync(seed));
            },
          },
        ]
      : []),
  ];
  const cpu = new Map(kinds.map((k) => [k.name, { this: [] as number[], against: [] as number[] }]));
  for (let round = 1; round <= Number(values.runs); round++) {
    const order = round % 2 === 1 ? sides : [...sides].reverse();
    for (const kind of kinds) {
      for (const name of order) {
        const watch = watches[name];
        const before = processCpuMs(watch.child.pid);
        const tWrite = performance.now();
        kind.apply(side[name].seed, side[name].folder, round);
        await watch.next();
        const toReport = performance.now() - tWrite;
        // The copy workers finish compressing just after the report: their CPU counts too.
        await new Promise((resolveWait) => setTimeout(resolveWait, 1000));
        const after = processCpuMs(watch.child.pid);
        const used = before === null || after === null ? NaN : after - before;
        cpu.get(kind.name)![name].push(used);
        console.log(
          `round ${round}, ${kind.name.padEnd(24)} ${name.padEnd(7)} to report ${ms(toReport)}, CPU ${ms(used)}  (load ${loadavg()[0]!.toFixed(1)})`,
        );
      }
    }
  }
  console.log('\nCPU: edit · this checkout, median · the other, median · paired ratios (this / other)');
  for (const [name, row] of cpu) {
    const ratios = row.this.map((value, i) => (value / row.against[i]!).toFixed(2));
    console.log(
      `  ${name.padEnd(24)} ${ms(median(row.this))}  ${ms(median(row.against))}  ${ratios.join(', ')}`,
    );
  }
  for (const name of sides) {
    watches[name].child.kill('SIGTERM');
    await new Promise((resolveExit) => watches[name].child.on('exit', resolveExit));
  }
}
