/**
 * `npm run bench:extract-loop [-- --rounds 4] [--root DIR] [SEED_DIR]`: every seed file of
 * SEED_DIR (default: the Wikinews corpus) through the `extract` command's per-article work
 * (`processSeedFileFor('extract', …)`) in this one process: once to warm up, then `--rounds`
 * times, printing articles per CPU-second of the measured rounds. That is extraction's steady
 * speed, without worker start-up and JIT warm-up (which `bench:extract` includes); `--root` runs
 * another checkout's code, for a before/after comparison in one sitting (alternate the runs).
 */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '4' }, root: { type: 'string', default: here } },
});
const root = resolve(values.root);
const shared = process.env.SHARED_DIR ?? resolve(here, '..', 'shared');
const dir = positionals[0] ?? resolve(shared, 'corpus/wikinews');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(dir, f));

type ProcessFor = (mode: 'extract', path: string) => { line: string | null };
const { processSeedFileFor } = (await import(
  pathToFileURL(join(root, 'src/ingest/pipeline/process-file.ts')).href
)) as { processSeedFileFor: ProcessFor };

for (const f of files) processSeedFileFor('extract', f);
const rounds = Number(values.rounds);
const before = process.cpuUsage();
let articles = 0;
for (let r = 0; r < rounds; r++)
  for (const f of files) if (processSeedFileFor('extract', f).line !== null) articles++;
const used = process.cpuUsage(before);
const seconds = (used.user + used.system) / 1e6;
console.log(
  `${articles} articles in ${seconds.toFixed(2)} CPU s = ${(articles / seconds).toFixed(1)} articles per CPU-second  [${root}]`,
);
