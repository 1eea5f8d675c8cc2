/**
 * Builds a large corpus of real articles by cycling a small one: file i (0 ≤ i < count) is a copy
 * of source file i % N, named `c<cycle>-<original name>`, with the date on its first line moved
 * back by 7 days per cycle, so the copies spread over a realistic time range with valid dates.
 *
 *   node --import tsx scripts/bench/cycle-corpus.ts OUT_DIR COUNT [SOURCE_DIR]
 *
 * SOURCE_DIR defaults to `$SHARED_DIR/corpus/wikinews` (`SHARED_DIR` defaults to `../shared`).
 * An OUT_DIR that already holds exactly COUNT `.txt` files is reused as it is.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How far back each cycle moves its copies' dates. */
export const DAYS_PER_CYCLE = 7;

const DATE_LINE = /^(\uFEFF?\s*date )(\d{4}-\d{2}-\d{2})/;

export function defaultSourceDir(root: string): string {
  const shared = process.env.SHARED_DIR ?? resolve(root, '..', 'shared');
  return join(shared, 'corpus', 'wikinews');
}

/** `iso` moved by `days` (negative: earlier), as YYYY-MM-DD. */
export function shiftDate(iso: string, days: number): string {
  const time = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(time)) throw new Error(`not a date: ${iso}`);
  return new Date(time + days * 86_400_000).toISOString().slice(0, 10);
}

/** The seed text with the date of its first line moved back `cycle * DAYS_PER_CYCLE` days. */
export function shiftSeed(text: string, cycle: number): string {
  if (cycle === 0) return text;
  // Only valid dates are shifted; a malformed one is copied unchanged (the build reports it).
  return text.replace(DATE_LINE, (whole, head: string, date: string) => {
    const time = Date.parse(`${date}T00:00:00Z`);
    if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== date) return whole;
    return head + shiftDate(date, -cycle * DAYS_PER_CYCLE);
  });
}

function txtFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

/**
 * Writes `count` files into `outDir` (created if missing) and returns whether it wrote them
 * (false: the folder already held `count` .txt files and was reused).
 */
export function cycleCorpus(outDir: string, count: number, sourceDir: string): boolean {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`COUNT must be a positive integer, not ${count}`);
  let existing: string[] = [];
  try {
    existing = txtFiles(outDir);
  } catch {
    // missing: written below
  }
  if (existing.length === count) return false;
  const sources = txtFiles(sourceDir);
  if (sources.length === 0) throw new Error(`no .txt files in ${sourceDir}`);
  const texts = sources.map((name) => readFileSync(join(sourceDir, name), 'utf8'));
  if (existing.length > 0) rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const cycle = Math.floor(i / sources.length);
    const at = i % sources.length;
    writeFileSync(join(outDir, `c${cycle}-${sources[at]!}`), shiftSeed(texts[at]!, cycle));
  }
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [out, countText, source] = process.argv.slice(2);
  if (!out || !countText) {
    console.error('usage: node --import tsx scripts/bench/cycle-corpus.ts OUT_DIR COUNT [SOURCE_DIR]');
    process.exit(2);
  }
  const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
  const sourceDir = source ?? defaultSourceDir(root);
  const started = performance.now();
  try {
    const wrote = cycleCorpus(resolve(out), Number(countText), sourceDir);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.error(
      wrote
        ? `wrote ${countText} files from ${sourceDir} to ${out} in ${seconds} s`
        : `${out} already holds ${countText} .txt files; reused`,
    );
  } catch (error) {
    console.error(`cycle-corpus: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
