/**
 * The cache key for extracted articles (`extractorVersion`) follows the extraction stages' code
 * and word lists and nothing else, and the list it hashes covers everything a worker runs.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  EXTRACTION_SOURCES,
  extractorVersion,
  OUTSIDE_THE_KEY,
  outputVersion,
  SRC_ROOT,
} from '../../src/ingest/pipeline/extractor-version.ts';

let copy = '';
beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'extractor-version-'));
  cpSync(SRC_ROOT, copy, { recursive: true });
});
afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
});

function filesUnder(root: string, folder: string): string[] {
  const path = join(root, folder);
  if (!statSync(path).isDirectory()) return [folder];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(root, `${folder}/${name}`));
}

const inKey = (file: string, list: readonly string[]): boolean =>
  list.some((source) => file === source || file.startsWith(`${source}/`));

/** Appends a harmless line (a comment, or whitespace in a data file) and returns a restorer. */
function edit(file: string): () => void {
  const path = join(copy, file);
  const before = readFileSync(path);
  appendFileSync(path, file.endsWith('.json') ? '\n' : '\n// edited\n');
  return () => {
    cpSync(join(SRC_ROOT, file), path);
    expect(readFileSync(path).equals(before)).toBe(true);
  };
}

test('editing code outside extraction (CLI, writer, view documents, plugin, cache) keeps the key', () => {
  const key = extractorVersion(copy);
  const output = outputVersion(copy);
  const others = [...filesUnder(copy, 'ingest'), ...filesUnder(copy, 'contract')].filter(
    (file) => !inKey(file, EXTRACTION_SOURCES) || OUTSIDE_THE_KEY.includes(file),
  );
  // The files the brief names as not extraction are among them, wherever they live now.
  expect(others.some((f) => f.includes('/cli/'))).toBe(true);
  expect(others.some((f) => f.includes('view-documents'))).toBe(true);
  expect(others.some((f) => f.endsWith('write-documents.ts'))).toBe(true);
  expect(others.some((f) => f.endsWith('vite-plugin-seed-data.ts'))).toBe(true);
  for (const file of others) {
    const restore = edit(file);
    expect(extractorVersion(copy), file).toBe(key);
    // The build id still changes: the output may not be the same.
    expect(outputVersion(copy), file).not.toBe(output);
    restore();
  }
});

test('editing any extraction source (code or word list) changes the key', () => {
  const key = extractorVersion(copy);
  for (const source of EXTRACTION_SOURCES) {
    const files = filesUnder(copy, source).filter((file) => !OUTSIDE_THE_KEY.includes(file));
    expect(files.length, source).toBeGreaterThan(0);
    for (const file of [files[0]!, files[files.length - 1]!]) {
      const restore = edit(file);
      expect(extractorVersion(copy), file).not.toBe(key);
      restore();
    }
  }
  expect(extractorVersion(copy)).toBe(key);
});

/** The relative modules a file imports for their values (type-only imports change no output). */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const match of text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'(\.[^']+)'/gms))
    out.push(resolve(dirname(file), match[1]!));
  for (const match of text.matchAll(/^import\s+'(\.[^']+)'/gm)) out.push(resolve(dirname(file), match[1]!));
  return out;
}

test('every module a worker runs per file is in the key or listed as outside it', () => {
  const start = join(SRC_ROOT, 'ingest', 'pipeline', 'process-file.ts');
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.ts')) queue.push(...valueImports(file));
  }
  const uncovered = [...seen]
    .map((file) => relative(SRC_ROOT, file).split('\\').join('/'))
    .filter((file) => !inKey(file, EXTRACTION_SOURCES) && !inKey(file, OUTSIDE_THE_KEY));
  // A module listed here decides what the cache holds: add it to EXTRACTION_SOURCES.
  expect(uncovered).toEqual([]);
  expect(seen.size).toBeGreaterThan(10);
});
