/**
 * `npm run bench:extract-loop [-- --rounds 4] [--root DIR] [--against DIR] [SEED_DIR]`: every seed
 * file of SEED_DIR (default: the Wikinews corpus) through the `extract` command's per-article work
 * (`processSeedFileFor('extract', …)`) in this one process: once to warm up, then `--rounds`
 * times, printing articles per CPU-second of the measured rounds. That is extraction's steady
 * speed, without worker start-up and JIT warm-up (which `bench:extract` includes); `--root` runs
 * another checkout's code, for a before/after comparison in one sitting (alternate the runs).
 *
 * `--against DIR` compares `--root` with the checkout DIR in this one process instead: each file
 * runs through one tree and then the other (in turns), and each tree's least time for the file
 * over the rounds is summed. On a shared machine a whole run's CPU time moves by 10–20% with
 * the load; the least of several tries of the same file does not, as long as some try ran
 * undisturbed (it leaves out garbage collection too, which mostly runs in some tries, not all).
 */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '4' },
    root: { type: 'string', default: here },
    against: { type: 'string' },
  },
});
const root = resolve(values.root);
const shared = process.env.SHARED_DIR ?? resolve(here, '..', 'shared');
const dir = positionals[0] ?? resolve(shared, 'corpus/wikinews');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(dir, f));

type ProcessFor = (mode: 'extract', path: string) => { line: string | null };
async function load(tree: string): Promise<ProcessFor> {
  const { processSeedFileFor } = (await import(
    pathToFileURL(join(tree, 'src/ingest/pipeline/process-file.ts')).href
  )) as { processSeedFileFor: ProcessFor };
  return processSeedFileFor;
}

const rounds = Number(values.rounds);
if (values.against === undefined) {
  const processSeedFileFor = await load(root);
  for (const f of files) processSeedFileFor('extract', f);
  const before = process.cpuUsage();
  let articles = 0;
  for (let r = 0; r < rounds; r++)
    for (const f of files) if (processSeedFileFor('extract', f).line !== null) articles++;
  const used = process.cpuUsage(before);
  const seconds = (used.user + used.system) / 1e6;
  console.log(
    `${articles} articles in ${seconds.toFixed(2)} CPU s = ${(articles / seconds).toFixed(1)} articles per CPU-second  [${root}]`,
  );
} else {
  const other = resolve(values.against);
  const trees = [await load(root), await load(other)] as const;
  for (let r = 0; r < 3; r++) for (const f of files) for (const run of trees) run('extract', f);
  const least = [files.map(() => Infinity), files.map(() => Infinity)];
  for (let r = 0; r < rounds; r++)
    files.forEach((f, i) => {
      // Which tree goes first alternates by file and round, so neither always runs on a warm cache.
      for (const t of (r + i) % 2 === 0 ? [0, 1] : [1, 0]) {
        const t0 = performance.now();
        trees[t]!('extract', f);
        const ms = performance.now() - t0;
        if (ms < least[t]![i]!) least[t]![i] = ms;
      }
    });
  const [a, b] = least.map((ms) => ms.reduce((x, y) => x + y, 0)) as [number, number];
  const rate = (ms: number): string => `${((files.length / ms) * 1000).toFixed(0)} files/s`;
  console.log(`least time per file over ${rounds} rounds, summed over ${files.length} files:`);
  console.log(`  ${a.toFixed(1)} ms = ${rate(a)}  [${root}]`);
  console.log(`  ${b.toFixed(1)} ms = ${rate(b)}  [${other}]`);
  console.log(`  ${other} takes ${((b / a - 1) * 100).toFixed(1)}% more time than ${root}`);
}
