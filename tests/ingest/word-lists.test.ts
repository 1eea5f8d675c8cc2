// Word lists are data (issue #12): every file under src/ingest/data says where it came from, and
// the extraction code holds no list of words of its own.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const src = resolve(import.meta.dirname, '../../src/ingest');

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : [],
  );
}

test('every word-list file names its source', () => {
  const files = filesUnder(join(src, 'data'), '.json');
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const source = data.source ?? data.$source;
    expect(typeof source === 'string' && source.length > 20, `${file} has no source line`).toBe(true);
  }
});

test('the extraction stages write no word list into their code', () => {
  const code = ['seed', 'language', 'quotes', 'entities', 'article'].flatMap((d) =>
    filesUnder(join(src, d), '.ts'),
  );
  for (const file of code) {
    const text = readFileSync(file, 'utf8');
    // A Set or array literal of two or more lowercase words: a list that belongs in src/ingest/data.
    expect(text, file).not.toMatch(/new Set\(\[\s*'[\p{Ll}\s]+',\s*'[\p{Ll}\s]+'/u);
  }
});
