/**
 * Which source files decide what the build cache holds, and the two versions hashed from them.
 *
 * The cache keeps, per seed file, what extraction made of it (the article document, its corpus
 * entry, its diagnostics). Those bytes depend on the extraction stages' code and word lists and
 * on the contract they are shaped to, and on nothing else: editing the command line, the writer,
 * the view documents, the Vite plugin, the cache itself or the docs must not throw 100,000
 * extracted articles away. `EXTRACTION_SOURCES` is that list, in this one place; when extraction
 * code moves into another folder, move its entry here. `tests/ingest/extractor-version.test.ts`
 * walks the imports of `process-file.ts` (what a worker runs per file) and fails when a module it
 * reaches is in neither list below.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `src/`. */
export const SRC_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Paths relative to `src/` (a folder: every file under it, word lists included) whose content
 * decides an extracted article and its corpus entry: the extractor version hashes these.
 */
export const EXTRACTION_SOURCES: readonly string[] = [
  // The extraction stages, one folder each, and their word lists.
  'ingest/seed',
  'ingest/language',
  'ingest/quotes',
  'ingest/entities',
  'ingest/article',
  'ingest/data',
  // The per-file result the cache stores (the corpus entry) is shaped here.
  'ingest/pipeline/process-file.ts',
  // The contract the article is validated against and its search terms are folded by.
  'contract/schema.ts',
  'contract/text.ts',
];

/**
 * Modules a worker reaches from `process-file.ts` that do not change what is cached: a file too
 * large, out of time or unreadable is never cached, so the limits, the budget and the read
 * errors' wording can change without invalidating anything; the entries' byte layout has its
 * own format number.
 */
export const OUTSIDE_THE_KEY: readonly string[] = [
  'ingest/pipeline/ingest-limits.ts',
  'ingest/seed/time-budget.ts',
  'ingest/pipeline/collect-files.ts',
  // How an entry is laid out as bytes: the cache names that format in its folder (ENTRY_FORMAT),
  // so a change there makes the cache unread, not wrong.
  'ingest/pipeline/corpus-entry-codec.ts',
];

/** Paths relative to `src/` whose content decides the output folder's bytes, beyond extraction. */
// The snippets a prefix search document carries are made by the app's own code (decision 016).
const OUTPUT_SOURCES: readonly string[] = ['ingest', 'contract', 'lib/snippets.ts', 'lib/text-match.ts'];

/** The build cache's key for extracted articles: a hash of `EXTRACTION_SOURCES`. */
export function extractorVersion(srcRoot: string = SRC_ROOT): string {
  return hashSources(srcRoot, EXTRACTION_SOURCES, OUTSIDE_THE_KEY);
}

/**
 * A hash of all the code that writes the output folder (ingestion and contract): part of the
 * build id, so a build by changed writing code is a new build even when no article changed.
 */
export function outputVersion(srcRoot: string = SRC_ROOT): string {
  return hashSources(srcRoot, OUTPUT_SOURCES);
}

function hashSources(srcRoot: string, sources: readonly string[], except: readonly string[] = []): string {
  const hash = createHash('sha256');
  const add = (relative: string): void => {
    if (except.includes(relative)) return;
    const path = join(srcRoot, relative);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat)
      throw new Error(
        `src/${relative} is listed as a source of the build but does not exist: update src/ingest/pipeline/extractor-version.ts`,
      );
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) add(`${relative}/${name}`);
      return;
    }
    // The name too: a file moved within the list is another version (its imports changed).
    hash.update(`${relative}\n`).update(readFileSync(path)).update('\n');
  };
  for (const source of sources) add(source);
  return hash.digest('hex').slice(0, 16);
}
