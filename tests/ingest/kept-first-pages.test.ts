/**
 * A prefix search document of the article index carries its first page (decision 016), and its
 * input key covers that page. The view state keeps the page's numbers with the key, so a rebuild
 * checks the key with the kept page first and ranks the prefix's union only when that key
 * changed. The folder stays the one a build from scratch writes.
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, expect, test, vi } from 'vitest';
import { viewPaths } from '../../src/contract/views.ts';
import { ingestCorpus } from '../../src/ingest/pipeline/ingest-corpus.ts';
import { generateArticle } from '../../scripts/bench/generate-corpus.ts';
import type * as SearchImpacts from '../../src/ingest/corpus/view-documents/search-impacts.ts';

/** Counts the unions ranked for first pages (and made for any prefix document). */
const unions = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/ingest/corpus/view-documents/search-impacts.ts', async (original) => {
  const actual = await original<typeof SearchImpacts>();
  return {
    ...actual,
    unionWithImpacts: (...args: Parameters<typeof actual.unionWithImpacts>) => {
      unions.count++;
      return actual.unionWithImpacts(...args);
    },
  };
});

vi.setConfig({ testTimeout: 120_000 });

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const ROOT = resolve(import.meta.dirname, '../..');
const WIKINEWS = join(process.env.SHARED_DIR ?? resolve(ROOT, '..', 'shared'), 'corpus/wikinews');

/** The Wikinews corpus (enough words for many prefix documents) and one generated seed to edit. */
function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'kept-pages-'));
  roots.push(root);
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  const edited = join(seeds, 'story.txt');
  writeFileSync(edited, generateArticle(1, 5));
  const out = join(root, 'out');
  const inputs = [WIKINEWS, seeds];
  // Worker threads cannot load TypeScript under vitest.
  const build = () => ingestCorpus({ inputs, outDir: out, cacheDir: join(root, 'cache'), threads: 0 });
  return { root, inputs, edited, out, build };
}

function rewrite(path: string, edit: (text: string) => string): void {
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
  const t = new Date(Date.now() + 60_000 * Math.random() + 10_000);
  utimesSync(path, t, t);
}

/** Every file of a folder: relative path → bytes. */
function folder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) {
      const path = join(e.parentPath, e.name);
      files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  return files;
}

async function expectAsFromScratch(ws: ReturnType<typeof workspace>, buildId: string): Promise<void> {
  const scratch = join(ws.root, `scratch-${buildId}`);
  const fresh = await ingestCorpus({ inputs: ws.inputs, outDir: scratch, cacheDir: null, threads: 0 });
  expect(fresh.buildId).toBe(buildId);
  expect(folder(join(ws.out, viewPaths.root(buildId)))).toEqual(
    folder(join(scratch, viewPaths.root(buildId))),
  );
  rmSync(scratch, { recursive: true, force: true });
}

/** The paths of the article index's prefix documents. */
function articlePrefixDocuments(ws: ReturnType<typeof workspace>, buildId: string): string[] {
  const dir = join(ws.out, viewPaths.root(buildId), 'search', 'articles');
  return readdirSync(dir)
    .filter((name) => name.startsWith('p-'))
    .map((name) => join(dir, name));
}

test('a rebuild ranks only the prefixes whose key with the kept first page changed', async () => {
  const ws = workspace();
  const first = await ws.build();
  const prefixes = articlePrefixDocuments(ws, first.buildId);
  expect(prefixes.length).toBeGreaterThan(10);
  const { prefix } = JSON.parse(readFileSync(prefixes[0]!, 'utf8')) as { prefix: string };
  expect(prefix.length).toBeGreaterThanOrEqual(2);

  // One word for a new word under that prefix: the article's length, and so every other term's
  // impact, stays; the prefix's document (and any holding the article on its page) changes.
  rewrite(ws.edited, (text) => text.replace('On Tuesday,', `On ${prefix}qzx,`));
  unions.count = 0;
  const second = await ws.build();
  expect(unions.count).toBeGreaterThan(0);
  expect(unions.count).toBeLessThan(prefixes.length / 2);
  // The prefix's document holds the new word's posting now.
  expect(readFileSync(prefixes[0]!.replace(first.buildId, second.buildId), 'utf8')).not.toBe(
    readFileSync(prefixes[0]!, 'utf8'),
  );
  await expectAsFromScratch(ws, second.buildId);
});

test('a kept first page that is torn is named, and every document is made instead', async () => {
  const ws = workspace();
  const first = await ws.build();
  const states = readdirSync(join(ws.root, 'cache'), { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.parentPath.endsWith('views'),
  );
  expect(states).toHaveLength(1);
  const statePath = join(states[0]!.parentPath, states[0]!.name);
  const state = deserialize(readFileSync(statePath)) as { pages: string };
  expect(state.pages.length).toBeGreaterThan(0);
  writeFileSync(statePath, serialize({ ...state, pages: state.pages.replace(/^[^\n]*/, '3,x,5') }));

  rewrite(ws.edited, (text) => `${text}\nThe quorble council met.\n`);
  const written: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  let report;
  try {
    report = await ws.build();
  } finally {
    spy.mockRestore();
  }
  expect(written.join('')).toMatch(/kept view state .* is unusable \(a torn page for search\/articles\/p-/);
  expect(report.viewDocuments.unmade).toBe(0);
  expect(report.buildId).not.toBe(first.buildId);
});
