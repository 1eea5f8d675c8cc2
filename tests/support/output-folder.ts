/**
 * An output folder as tests compare it: a rebuild, a watch build or a build from scratch of the
 * same seeds must leave the same files with the same bytes.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { ingestCorpus } from '../../src/ingest/pipeline/ingest-corpus.ts';

/**
 * Every file of an output folder, path → bytes as text. Of the per-view folders `v/<id>/` only the
 * current build's counts: a rebuild keeps the previous build's folder for tabs still reading it,
 * which a build from scratch never had (`view-documents.test.ts` checks that keeping).
 */
export function snapshot(out: string): Map<string, string> {
  const files = new Map<string, string>();
  const currentPath = join(out, 'current.json');
  const current = existsSync(currentPath)
    ? (JSON.parse(readFileSync(currentPath, 'utf8')) as { buildId: string }).buildId
    : null;
  // Walked by hand, so the other folders of v/ are never entered: in watch mode an older one may
  // be being removed meanwhile.
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      const name = relative(out, path);
      if (e.isDirectory()) {
        if (dir === join(out, 'v') && e.name !== current) continue;
        walk(path);
      } else if (e.isFile()) files.set(name, readFileSync(path, 'utf8'));
    }
  };
  walk(out);
  return files;
}

/** What a build from scratch, with no cache and an empty folder, writes for these seeds. */
export async function scratchBuild(seeds: string): Promise<Map<string, string>> {
  const out = mkdtempSync(join(tmpdir(), 'scratch-out-'));
  try {
    await ingestCorpus({ inputs: [seeds], outDir: out, cacheDir: null });
    return snapshot(out);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function expectSameFolder(actual: Map<string, string>, expected: Map<string, string>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [path, text] of expected) expect(actual.get(path), path).toBe(text);
}
