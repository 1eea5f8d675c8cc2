/**
 * `npm run bench:extract [-- --runs 5] [--root DIR] [PATH...]`: the `extract` command over the
 * Wikinews corpus (or PATHs) as a whole process, `--runs` times; prints articles per second per run
 * (wall and CPU time) with the median and the spread. `--root` runs another checkout's command (for
 * a before/after comparison in one sitting: compare ratios within one run, the machine is shared).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '5' }, root: { type: 'string', default: here } },
});
const root = resolve(values.root);
const shared = process.env.SHARED_DIR ?? resolve(here, '..', 'shared');
const paths = positionals.length > 0 ? positionals : [resolve(shared, 'corpus/wikinews')];

/** CPU seconds used by finished child processes so far (Linux /proc; NaN elsewhere). */
function childCpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return NaN;
  }
}

const wall: number[] = [];
const cpu: number[] = [];
for (let run = 1; run <= Number(values.runs); run++) {
  const cpu0 = childCpuSeconds();
  const t0 = performance.now();
  const res = spawnSync(
    process.execPath,
    ['--import', 'tsx', resolve(root, 'src/ingest/cli/extract.ts'), ...paths],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    },
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = childCpuSeconds() - cpu0;
  const articles = res.stdout.split('\n').filter((l) => l.trim() !== '').length;
  wall.push(articles / seconds);
  cpu.push(articles / cpuSeconds);
  console.log(
    `run ${run}: ${articles} articles in ${seconds.toFixed(2)} s = ${(articles / seconds).toFixed(1)} articles/s (CPU ${cpuSeconds.toFixed(2)} s = ${(articles / cpuSeconds).toFixed(1)}/s), exit ${res.status}`,
  );
}
const summary = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)]!.toFixed(1)} (${s[0]!.toFixed(1)}–${s.at(-1)!.toFixed(1)})`;
};
console.log(`articles/s, wall: ${summary(wall)}; CPU: ${summary(cpu)}  [${root}]`);
