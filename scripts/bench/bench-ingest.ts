/**
 * `npm run bench:ingest [-- --size N] [--extract-size N] [--skip-large]`: prints ingest speed.
 *
 * 1. The shared Wikinews corpus: cold build (empty cache), then a rebuild with nothing changed.
 * 2. A generated corpus (default 100,000 articles): cold build, unchanged rebuild, and rebuilds
 *    after one file changes (text, a quote, its date) or is added; with peak memory.
 * 3. The `extract` command as a whole cold process over a folder of 10,000 generated files.
 * Figures, not pass/fail: the machine is shared and noisy, so compare ratios within one run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateArticle, generateCorpus } from './generate-corpus.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.env.SHARED_DIR ?? resolve(root, '..', 'shared');
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    'extract-size': { type: 'string', default: '10000' },
    'skip-large': { type: 'boolean', default: false },
  },
});
const work = mkdtempSync(join(tmpdir(), 'newsreader-bench-'));
process.on('exit', () => {
  rmSync(work, { recursive: true, force: true });
});

interface Run {
  files: number;
  articles: number;
  fromCache: number;
  written: number;
  viewWritten: number;
  viewCarried: number;
  rejected: number;
  ms: number;
  peakRssMb: number;
}

function ingest(label: string, out: string, cache: string, inputs: string[]): Run {
  const stdout = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts/bench/ingest-once.ts'), out, cache, ...inputs],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  const run = JSON.parse(stdout) as Run;
  const rate = run.files / (run.ms / 1000);
  console.log(
    `${label.padEnd(44)} ${String(run.files).padStart(7)} files  ${(run.ms / 1000).toFixed(2).padStart(7)} s  ${rate.toFixed(0).padStart(7)} articles/s  peak ${run.peakRssMb} MB  (cached ${run.fromCache}, written ${run.written}, view documents written ${run.viewWritten} / carried over ${run.viewCarried}, rejected ${run.rejected})`,
  );
  return run;
}

console.log(`node ${process.version}, ${availableParallelism()} cores`);

// 1. Shared corpus.
const wikinews = join(shared, 'corpus', 'wikinews');
if (existsSync(wikinews)) {
  const out = join(work, 'wn-out');
  const cache = join(work, 'wn-cache');
  ingest('wikinews: cold (empty cache)', out, cache, [wikinews]);
  ingest('wikinews: rebuild, nothing changed', out, cache, [wikinews]);
} else console.log(`(no shared corpus at ${wikinews}; skipped)`);

// 2. Generated corpus.
if (!values['skip-large']) {
  const size = Number(values.size);
  const corpus = join(work, `synthetic-${size}`);
  const t = performance.now();
  generateCorpus(corpus, size);
  console.log(`generated ${size} articles in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const out = join(work, 'syn-out');
  const cache = join(work, 'syn-cache');
  ingest(`synthetic ${size}: cold (empty cache)`, out, cache, [corpus]);
  ingest(`synthetic ${size}: rebuild, nothing changed`, out, cache, [corpus]);
  const firstDir = join(corpus, readdirSync(corpus).sort()[0] ?? '');
  const [victim = '', other = ''] = readdirSync(firstDir)
    .sort()
    .map((f) => join(firstDir, f));
  // The target case: one article edited in place (its quotes unchanged), then one whose edit
  // adds a quote, then the edits that move articles in the index (a new date, a new file).
  appendFileSync(victim, '\nAn added closing paragraph says the talks will resume on Friday.\n');
  ingest(`synthetic ${size}: rebuild, one file changed`, out, cache, [corpus]);
  appendFileSync(
    victim,
    '\n“We will be back next week,” said Dana Whitfield, a spokeswoman for the Red Cross.\n',
  );
  ingest(`  … one file changed, a quote added`, out, cache, [corpus]);
  writeFileSync(other, readFileSync(other, 'utf8').replace(/^date \d{4}/, 'date 2031'));
  ingest(`  … one file changed, its date (index order moves)`, out, cache, [corpus]);
  writeFileSync(
    join(firstDir, 'added-today.txt'),
    generateArticle(size + 1).replace(/^date \S+/, 'date 2032-01-01'),
  );
  ingest(`  … one file added, the newest`, out, cache, [corpus]);
  rmSync(corpus, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}

// 3. The extract command, cold, as a whole process.
const extractSize = Number(values['extract-size']);
const folder = join(work, `extract-${extractSize}`);
generateCorpus(folder, extractSize, 7);
// Three runs: on a shared machine one run can lose 10% to a neighbour; all are printed.
const rates: number[] = [];
for (let run = 1; run <= 3; run++) {
  const t0 = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'extract', '--', folder], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - t0) / 1000;
  const lines = result.stdout.split('\n').filter(Boolean).length;
  rates.push(lines / seconds);
  console.log(
    `${`extract command: ${extractSize} files, whole process (${run}/3)`.padEnd(44)} ${String(lines).padStart(7)} lines  ${seconds.toFixed(2).padStart(7)} s  ${(lines / seconds).toFixed(0).padStart(7)} articles/s  (exit ${result.status})`,
  );
}
console.log(
  `extract command: best ${Math.max(...rates).toFixed(0)} articles/s, median ${[...rates].sort((a, b) => a - b)[1]?.toFixed(0)}`,
);
