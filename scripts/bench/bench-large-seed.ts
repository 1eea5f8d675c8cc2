/**
 * `npm run bench:large-seed [-- --sizes 1600000,10000000]`: one names-dense seed per size (see
 * generate-names-dense.ts) through the `extract` command as a whole process, timed:
 *   1. with the default limits: a file over the size cap must be a diagnostic at once;
 *   2. with the cap raised past it: an article, or the time-budget diagnostic, within seconds.
 * Figures, not pass/fail, except that every run must end (article or diagnostic) and say which.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateNamesDenseSeed } from './generate-names-dense.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1600000,10000000' } } });
const sizes = values.sizes.split(',').map(Number);
const work = mkdtempSync(join(tmpdir(), 'newsreader-large-seed-'));
process.on('exit', () => {
  rmSync(work, { recursive: true, force: true });
});

/**
 * CPU seconds (user + system) the `extract` process just run used: wall time on a shared 2-core
 * machine says more about the others' load than about extraction. Read from /proc/self/stat's
 * children's times (cutime + cstime, in clock ticks of 1/100 s on Linux); NaN elsewhere.
 */
function childCpuTicks(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[13]) + Number(fields[14]);
  } catch {
    return NaN;
  }
}

let failed = false;
for (const size of sizes) {
  const file = join(work, `names-dense-${size}.txt`);
  writeFileSync(file, generateNamesDenseSeed(size));
  for (const [label, args] of [
    ['default limits', []],
    ['cap raised', ['--max-file-bytes', String(size * 2)]],
  ] as const) {
    const started = performance.now();
    const ticks = childCpuTicks();
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/ingest/cli/extract.ts', ...args, file], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const cpu = ((childCpuTicks() - ticks) / 100).toFixed(1);
    const diagnostic = r.stderr.split('\n').find((l) => l.includes(': error: '));
    const outcome =
      r.status === 0 && r.stdout.length > 0
        ? `article (${(r.stdout.length / 1e6).toFixed(1)} MB of JSON)`
        : r.status === 1 && diagnostic
          ? `diagnostic: ${diagnostic.replace(/^.*?: error: /, '').slice(0, 90)}`
          : `neither (exit ${String(r.status)}${r.signal ? `, ${r.signal}` : ''})`;
    if (outcome.startsWith('neither')) failed = true;
    process.stdout.write(
      `${(size / 1e6).toFixed(1)} MB, ${label}: ${seconds} s (${cpu} s CPU), ${outcome}\n`,
    );
  }
}
process.exitCode = failed ? 1 : 0;
