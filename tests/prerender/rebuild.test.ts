/**
 * A pre-render over the cache of an earlier one pays only for the pages whose documents changed
 * (`src/prerender/page-inputs.ts`), and writes the same bytes as a pre-render from scratch: after
 * one seed is edited, the edited article's page and the pages listing it are rendered again, an
 * unrelated article's page is copied without its data being loaded, and every page equals the
 * from-scratch build's. A page kept although its documents changed (a record that missed them)
 * is caught by that comparison.
 */
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test, vi } from 'vitest';
import { ingestCorpus } from '../../src/ingest/pipeline/ingest-corpus.ts';
import type { PrerenderReport } from '../../src/prerender/run-prerender.ts';
import { prerender } from '../../src/prerender/run-prerender.ts';
import { pageRecordName } from '../../src/prerender/page-records.ts';
import { generateArticle } from '../../scripts/bench/generate-corpus.ts';
import { tempDir } from '../support/temp-dir.ts';

vi.setConfig({ testTimeout: 300_000 });

const root = resolve(import.meta.dirname, '..', '..');
const FILES = 80;
const EDITED = FILES - 1; // the newest article: first on `/`
const SENTENCE = 'The committee adjourned without a vote on the proposal.';
/** An article whose headline changes; the page of the one after it must change with it. */
const RENAMED = 70;

/** Every page of a pre-rendered build folder (not its data): relative path → bytes. */
function pages(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    const name = relative(dir, path);
    if (!name.startsWith('data/')) files.set(name, readFileSync(path, 'utf8'));
  }
  return files;
}

/** Paths whose bytes differ between two sets of pages (or exist in one only). */
function differing(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => a.get(name) !== b.get(name)).sort();
}

test('a rebuild after one edit renders what changed, copies the rest unloaded, and equals a build from scratch', async () => {
  const work = tempDir('prerender-rebuild-');
  const seeds = join(work, 'seeds');
  mkdirSync(seeds);
  for (let i = 0; i < FILES; i++) {
    const date = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    writeFileSync(
      join(seeds, `story-${String(i).padStart(3, '0')}.txt`),
      generateArticle(i, 7).replace(/^date \S+/, `date ${date}`),
    );
  }
  const template = readFileSync(join(root, 'index.html'), 'utf8');
  /** The data of the seeds as they are now, in a folder of its own. */
  const buildData = async (name: string): Promise<string> => {
    const dir = join(work, name);
    await ingestCorpus({
      inputs: [seeds],
      outDir: join(dir, 'data'),
      cacheDir: join(work, 'ingest-cache'),
      threads: 0,
    });
    return dir;
  };
  let runs = 0;
  /** Pre-renders a copy of a data build with the given cache. */
  const run = async (data: string, cacheDir: string): Promise<{ dir: string; report: PrerenderReport }> => {
    const dir = join(work, `run-${++runs}`);
    cpSync(join(data, 'data'), join(dir, 'data'), { recursive: true });
    const buildId = (
      JSON.parse(readFileSync(join(dir, 'data', 'current.json'), 'utf8')) as { buildId: string }
    ).buildId;
    writeFileSync(join(dir, 'index.html'), template.replace('%NEWSREADER_BUILD%', buildId));
    const report = await prerender({ root, outDir: dir, base: '/', cacheDir, siteUrl: null, threads: 1 });
    return { dir, report };
  };

  const before = await buildData('before');
  const cache = join(work, 'cache');
  const cold = await run(before, cache);
  expect(cold.report.rendered).toBe(cold.report.pages);
  expect(cold.report.unloaded).toBe(0);

  // Unchanged: every page copied, none loaded.
  const unchanged = await run(before, cache);
  expect(unchanged.report.rendered).toBe(0);
  expect(unchanged.report.unloaded).toBe(unchanged.report.pages);
  expect(differing(pages(unchanged.dir), pages(cold.dir))).toEqual([]);

  // A record that missed a document: the cache as it is now, to be doctored below.
  const doctored = join(work, 'cache-doctored');
  cpSync(cache, doctored, { recursive: true });

  appendFileSync(join(seeds, `story-${String(EDITED).padStart(3, '0')}.txt`), `\n\n${SENTENCE}\n`);
  const after = await buildData('after');
  const articleFile = readdirSync(join(after, 'data', 'articles')).find((name) =>
    readFileSync(join(after, 'data', 'articles', name), 'utf8').includes(SENTENCE),
  );
  expect(articleFile).toBeDefined();
  const editedId = articleFile!.replace(/\.json$/, '');
  const edited = `/articles/${encodeURIComponent(editedId)}`;
  const oldest = readdirSync(join(after, 'data', 'articles'))
    .map(
      (name) =>
        JSON.parse(readFileSync(join(after, 'data', 'articles', name), 'utf8')) as {
          id: string;
          date: string;
        },
    )
    .sort((a, b) => (a.date < b.date ? -1 : 1))[0]!;
  const unrelated = `/articles/${encodeURIComponent(oldest.id)}`;

  const rebuilt = await run(after, cache);
  expect(rebuilt.report.renderedPaths).toContain(edited);
  // The list's first page shows the newest articles, with their word counts.
  expect(rebuilt.report.renderedPaths).toContain('/');
  expect(rebuilt.report.renderedPaths).not.toContain(unrelated);
  // Most pages are copied without their data being loaded.
  expect(rebuilt.report.unloaded).toBeGreaterThan(rebuilt.report.pages / 2);
  expect(rebuilt.report.rendered).toBeLessThan(rebuilt.report.pages / 4);

  const scratch = await run(after, join(work, 'cache-scratch'));
  expect(scratch.report.rendered).toBe(scratch.report.pages);
  const fresh = pages(scratch.dir);
  expect(readFileSync(join(scratch.dir, `articles/${editedId}/index.html`), 'utf8')).toContain(SENTENCE);
  expect(differing(pages(rebuilt.dir), fresh)).toEqual([]);

  // A headline changed: the next article's page links to this one by its headline, from the
  // article chunk it shares with it, which a worker keeps from the first page that read it (its
  // page must change though it never asks the loader for that chunk).
  const renamed = join(seeds, `story-${String(RENAMED).padStart(3, '0')}.txt`);
  writeFileSync(renamed, readFileSync(renamed, 'utf8').replace('/ ', '/ Late news: '));
  const again = await buildData('again');
  const second = await run(again, cache);
  const secondScratch = await run(again, join(work, 'cache-scratch-2'));
  const neighbour = `articles/story-${String(RENAMED + 1).padStart(3, '0')}/index.html`;
  expect(pages(secondScratch.dir).get(neighbour)).toContain('Late news: ');
  expect(pages(rebuilt.dir).get(neighbour)).not.toContain('Late news: ');
  expect(second.report.renderedPaths).toContain(`/articles/story-${String(RENAMED + 1).padStart(3, '0')}`);
  expect(differing(pages(second.dir), pages(secondScratch.dir))).toEqual([]);

  // The first rebuild over a record of the edited article's page that names none of its documents
  // (as if they had been missed): the page is kept as it was, and the comparison with the build
  // from scratch says so.
  const recordFile = join(doctored, 'prerender-pages', `${pageRecordName(edited)}.json`);
  const record = JSON.parse(readFileSync(recordFile, 'utf8')) as { inputs: unknown[] | null };
  expect(record.inputs?.length).toBeGreaterThan(0);
  record.inputs = [];
  writeFileSync(recordFile, JSON.stringify(record));
  const stale = await run(after, doctored);
  expect(stale.report.renderedPaths).not.toContain(edited);
  expect(differing(pages(stale.dir), fresh)).toContain(`articles/${editedId}/index.html`);
});
