/**
 * A pre-render over the cache of an earlier one pays only for the pages whose documents changed
 * (`src/prerender/page-inputs.ts`), and writes the same bytes as a pre-render from scratch: after
 * one seed is edited, the edited article's page and the pages listing it are rendered again, an
 * unrelated article's page is copied without its data being loaded, and every page equals the
 * from-scratch build's. A page kept although its documents changed (a record that missed them)
 * is caught by that comparison. Then edits whose effect reaches other pages (a new, deleted or
 * moved article, organisations and quotes added, removed or moved, a speaker renamed, a source
 * changed, on one thread and two), each rebuilt over the cache of one cold build and compared with
 * a build from scratch.
 */
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, onTestFinished, test, vi } from 'vitest';
import { ingestCorpus } from '../../src/ingest/pipeline/ingest-corpus.ts';
import type { PrerenderReport } from '../../src/prerender/run-prerender.ts';
import { prerender } from '../../src/prerender/run-prerender.ts';
import { keptRendererDir } from '../../src/prerender/kept-renderer.ts';
import { pageRecordName } from '../../src/prerender/page-records.ts';
import { generateArticle } from '../../scripts/bench/generate-corpus.ts';
import { tempDir } from '../support/temp-dir.ts';

vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

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

/** Seeds of `FILES` articles, one a day from 2020-01-01 (`story-000` the oldest). */
function writeSeeds(seeds: string): void {
  mkdirSync(seeds, { recursive: true });
  for (let i = 0; i < FILES; i++) writeFileSync(join(seeds, seedName(i)), seedText(i, dayAfterStart(i)));
}

function seedName(i: number): string {
  return `story-${String(i).padStart(3, '0')}.txt`;
}

/** The date `days` after 2020-01-01 (negative: before). */
function dayAfterStart(days: number): string {
  return new Date(Date.UTC(2020, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
}

function seedText(i: number, date: string): string {
  return generateArticle(i, 7).replace(/^date \S+/, `date ${date}`);
}

/**
 * Data builds of `<work>/seeds` as they are when asked (`buildData`), and pre-renders of a copy of
 * one with a given cache (`run`).
 */
function builds(work: string) {
  const seeds = join(work, 'seeds');
  writeSeeds(seeds);
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
  const run = async (
    data: string,
    cacheDir: string,
    threads = 1,
  ): Promise<{ dir: string; report: PrerenderReport }> => {
    const dir = join(work, `run-${++runs}`);
    cpSync(join(data, 'data'), join(dir, 'data'), { recursive: true });
    const buildId = (
      JSON.parse(readFileSync(join(dir, 'data', 'current.json'), 'utf8')) as { buildId: string }
    ).buildId;
    writeFileSync(join(dir, 'index.html'), template.replace('%NEWSREADER_BUILD%', buildId));
    const report = await prerender({ root, outDir: dir, base: '/', cacheDir, siteUrl: null, threads });
    kept.push(keptRendererDir(root, dir));
    return { dir, report };
  };
  /** The renderers the pre-renders kept for `npm start` (under node_modules, keyed by build folder). */
  const kept: string[] = [];
  const removeKept = () => {
    for (const dir of kept.splice(0)) rmSync(dir, { recursive: true, force: true });
  };
  return { seeds, buildData, run, removeKept };
}

test('a rebuild after one edit renders what changed, copies the rest unloaded, and equals a build from scratch', async () => {
  const work = tempDir('prerender-rebuild-');
  const { seeds, buildData, run, removeKept } = builds(work);
  onTestFinished(removeKept);

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

/** A seed file's text changed by `change`. */
function editSeed(seeds: string, i: number, change: (text: string) => string): void {
  const file = join(seeds, seedName(i));
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

/** Every seed's text changed by `change`. */
function editEverySeed(seeds: string, change: (text: string) => string): void {
  for (const name of readdirSync(seeds)) {
    const file = join(seeds, name);
    writeFileSync(file, change(readFileSync(file, 'utf8')));
  }
}

/**
 * Edits whose effect reaches pages other than the edited article's, through documents a page shares
 * with others (article and quote chunks, meta, the directories, organisation and speaker
 * documents), some of them kept by a worker from an earlier page. `reaches`: pages the edit must
 * change (else the scenario tests nothing).
 */
const EDITS: {
  name: string;
  threads: number;
  edit: (seeds: string) => void;
  reaches: RegExp;
  /** Counts, days and facet rows unchanged (`meta.json`, which nearly every page reads): most pages copied unloaded. */
  keepsMeta?: true;
}[] = [
  {
    name: 'two articles with as many quotes swap dates across a chunk boundary (numbers move, counts do not)',
    threads: 1,
    edit: (seeds) => {
      editSeed(seeds, 31, (text) => text.replace(/^date \S+/, `date ${dayAfterStart(33)}`));
      editSeed(seeds, 33, (text) => text.replace(/^date \S+/, `date ${dayAfterStart(31)}`));
    },
    reaches: /^articles\/story-030\//,
    keepsMeta: true,
  },
  {
    name: "the newest article's headline changed",
    threads: 1,
    edit: (seeds) => {
      editSeed(seeds, FILES - 1, (text) => text.replace('/ ', '/ Late news: '));
    },
    reaches: /^index\.html$/,
    keepsMeta: true,
  },
  {
    name: 'a quote of the newest article reworded',
    threads: 1,
    edit: (seeds) => {
      editSeed(seeds, FILES - 1, (text) =>
        text.replace('Our priority is the safety', 'Our first priority is the safety'),
      );
    },
    reaches: /^speakers\/aisha-brennan\//,
    keepsMeta: true,
  },
  {
    name: 'an organisation moved from one article to another',
    threads: 1,
    edit: (seeds) => {
      editSeed(seeds, 50, (text) => text.replace('The Greenpeace', 'The committee'));
      editSeed(
        seeds,
        51,
        (text) => `${text}\nThe Greenpeace and representatives from Oslo are due to meet again.\n`,
      );
    },
    reaches: /^organisations\/greenpeace\//,
  },
  {
    name: 'two articles swap dates, on two threads',
    threads: 2,
    edit: (seeds) => {
      editSeed(seeds, 31, (text) => text.replace(/^date \S+/, `date ${dayAfterStart(33)}`));
      editSeed(seeds, 33, (text) => text.replace(/^date \S+/, `date ${dayAfterStart(31)}`));
    },
    reaches: /^articles\/story-030\//,
    keepsMeta: true,
  },
  {
    name: 'a new article, the newest',
    threads: 1,
    edit: (seeds) => {
      writeFileSync(join(seeds, seedName(FILES)), seedText(FILES, dayAfterStart(FILES)));
    },
    reaches: /^index\.html$/,
  },
  {
    name: 'a new article, the oldest (every article number moves)',
    threads: 1,
    edit: (seeds) => {
      writeFileSync(join(seeds, seedName(FILES)), seedText(FILES, dayAfterStart(-30)));
    },
    reaches: /^articles\/story-000\//,
  },
  {
    name: 'an article deleted',
    threads: 1,
    edit: (seeds) => {
      rmSync(join(seeds, seedName(40)));
    },
    reaches: /^articles\/story-041\//,
  },
  {
    name: 'an article moved to a later month, to the top of the list',
    threads: 1,
    edit: (seeds) => {
      editSeed(seeds, 10, (text) => text.replace(/^date \S+/, `date ${dayAfterStart(FILES + 5)}`));
    },
    reaches: /^articles\/story-009\//,
  },
  {
    name: 'a headline changed, its neighbour in the next chunk',
    threads: 1,
    edit: (seeds) => {
      editSeed(seeds, 31, (text) => text.replace('/ ', '/ Late news: '));
    },
    reaches: /^articles\/story-032\//,
    keepsMeta: true,
  },
  {
    name: 'organisations named in one more article',
    threads: 1,
    edit: (seeds) => {
      editSeed(
        seeds,
        20,
        (text) =>
          `${text}\nThe Greenpeace and representatives from Oslo are due to meet again. The University of Toronto and the NATO said so.\n`,
      );
    },
    reaches: /^organisations\//,
  },
  {
    name: 'an organisation named nowhere any more',
    threads: 1,
    edit: (seeds) => {
      editEverySeed(seeds, (text) => text.replaceAll('Acme Holdings Inc.', 'local firm'));
    },
    reaches: /^organisations\/acme/,
  },
  {
    name: 'a quote added',
    threads: 1,
    edit: (seeds) => {
      editSeed(seeds, 30, (text) => `${text}\n“We will not stop here,” Olga Fischer, the mayor, said.\n`);
    },
    reaches: /^speakers\/olga-fischer\//,
  },
  {
    name: 'the quotes of an article removed',
    threads: 1,
    edit: (seeds) => {
      editSeed(seeds, FILES - 3, (text) =>
        text
          .split('\n\n')
          .filter((paragraph) => !paragraph.includes('“'))
          .join('\n\n'),
      );
    },
    reaches: /^quotes\/index\.html$/,
  },
  {
    name: 'a speaker renamed (a slug moved)',
    threads: 1,
    edit: (seeds) => {
      editEverySeed(seeds, (text) => text.replaceAll('Olga Fischer', 'Olga Fischerova'));
    },
    reaches: /^speakers\/olga-fischer/,
  },
  {
    name: "an article's source changed (meta's sources)",
    threads: 1,
    edit: (seeds) => {
      editSeed(seeds, FILES - 1, (text) => text.replace(/^(date \S+) [^/]+\//, '$1 Evening Post/'));
    },
    reaches: /^index\.html$/,
  },
  {
    name: 'a new article, the newest, on two threads',
    threads: 2,
    edit: (seeds) => {
      writeFileSync(join(seeds, seedName(FILES)), seedText(FILES, dayAfterStart(FILES)));
    },
    reaches: /^index\.html$/,
  },
  {
    name: 'an organisation named nowhere any more, on two threads',
    threads: 2,
    edit: (seeds) => {
      editEverySeed(seeds, (text) => text.replaceAll('Acme Holdings Inc.', 'local firm'));
    },
    reaches: /^organisations\/acme/,
  },
];

describe('a rebuild after an edit that reaches other pages equals a build from scratch', () => {
  let work = '';
  let fixture: ReturnType<typeof builds>;
  let before = '';
  /** Per thread count, the cold build's pages and its cache (copied for each rebuild). */
  const colds = new Map<number, Promise<{ pages: Map<string, string>; cache: string }>>();
  const cold = (threads: number) => {
    let made = colds.get(threads);
    if (!made) {
      const cache = join(work, `cache-cold-${threads}`);
      made = fixture.run(before, cache, threads).then(({ dir }) => ({ pages: builtPages(dir), cache }));
      colds.set(threads, made);
    }
    return made;
  };
  let edits = 0;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'prerender-rebuild-edits-'));
    fixture = builds(work);
    before = await fixture.buildData('before');
  });
  afterAll(() => {
    fixture.removeKept();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** A build's pages with its build id written `~` (the template names it: every page differs by it). */
  const builtPages = (dir: string): Map<string, string> => {
    const { buildId } = JSON.parse(readFileSync(join(dir, 'data', 'current.json'), 'utf8')) as {
      buildId: string;
    };
    return new Map([...pages(dir)].map(([name, text]) => [name, text.replaceAll(buildId, '~')]));
  };

  test.each(EDITS)('$name', async ({ edit, threads, reaches, keepsMeta }) => {
    const { seeds, buildData, run } = fixture;
    const { pages: coldPages, cache: coldCache } = await cold(threads);
    rmSync(seeds, { recursive: true, force: true });
    writeSeeds(seeds);
    edit(seeds);
    const after = await buildData(`after-${++edits}`);
    const cache = join(work, `cache-${edits}`);
    cpSync(coldCache, cache, { recursive: true });
    const rebuilt = await run(after, cache, threads);
    const scratch = await run(after, join(work, `cache-scratch-${edits}`));
    onTestFinished(() => {
      for (const dir of [after, cache, rebuilt.dir, scratch.dir, join(work, `cache-scratch-${edits}`)])
        rmSync(dir, { recursive: true, force: true });
    });
    const fresh = builtPages(scratch.dir);
    const changed = differing(coldPages, fresh);
    // The edit reached the pages it is about, and not every page.
    expect(changed.filter((name) => reaches.test(name))).not.toEqual([]);
    expect(changed.length).toBeLessThan(fresh.size);
    // Pages copied without their data: the rebuild is the incremental one.
    expect(rebuilt.report.unloaded).toBeGreaterThan(keepsMeta ? rebuilt.report.pages / 2 : 0);
    expect(differing(builtPages(rebuilt.dir), fresh)).toEqual([]);
  });
});
