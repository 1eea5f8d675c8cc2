/**
 * A rebuild reuses the previous output (segments of index.json and quotes.json, facet tallies,
 * search shards, article files). Whatever happened to the seeds in between, the folder it leaves
 * must be byte for byte what a build from scratch writes.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import fc from 'fast-check';
import { expect, test, vi } from 'vitest';
import { corpusIndexSchema, quoteListSchema } from '../../src/contract/schema.ts';
import { ingestCorpus } from '../../src/ingest/pipeline/ingest-corpus.ts';
import { buildIdOf } from '../../src/ingest/corpus/write-documents.ts';
import { contentKey } from '../../src/ingest/pipeline/process-file.ts';
import { generateArticle } from '../../scripts/bench/generate-corpus.ts';
import { expectSameFolder, scratchBuild, snapshot } from '../support/output-folder.ts';

vi.setConfig({ testTimeout: 120_000 });

interface Workspace {
  seeds: string;
  out: string;
  cache: string;
}

function workspace(files: number): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'incremental-'));
  const ws = { seeds: join(root, 'seeds'), out: join(root, 'out'), cache: join(root, 'cache') };
  mkdirSync(ws.seeds);
  for (let i = 0; i < files; i++) writeFileSync(seedPath(ws, i), generateArticle(i, 3));
  return ws;
}

const seedPath = (ws: Workspace, i: number): string => join(ws.seeds, `story-${i}.txt`);
const build = (ws: Workspace) => ingestCorpus({ inputs: [ws.seeds], outDir: ws.out, cacheDir: ws.cache });

/** A save by an editor: new bytes and an mtime the cache cannot mistake for the old one. */
let clock = 0;
function save(path: string, text: string): void {
  writeFileSync(path, text);
  const t = new Date(Date.now() + ++clock * 1000);
  utimesSync(path, t, t);
}

/** One edit a newsroom makes to its seeds folder between two builds. */
type Step =
  | { kind: 'rewrite'; file: number; variant: number }
  | { kind: 'append'; file: number }
  | { kind: 'redate'; file: number; year: number }
  | { kind: 'add'; file: number; variant: number }
  | { kind: 'delete'; file: number }
  | { kind: 'break'; file: number }
  | { kind: 'duplicate'; file: number }
  | { kind: 'touch'; file: number };

const FILES = 8;
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('rewrite' as const), file: fc.nat(FILES - 1), variant: fc.nat(50) }),
  fc.record({ kind: fc.constant('append' as const), file: fc.nat(FILES - 1) }),
  fc.record({
    kind: fc.constant('redate' as const),
    file: fc.nat(FILES - 1),
    year: fc.integer({ min: 2000, max: 2030 }),
  }),
  fc.record({
    kind: fc.constant('add' as const),
    file: fc.integer({ min: FILES, max: FILES + 4 }),
    variant: fc.nat(50),
  }),
  fc.record({ kind: fc.constant('delete' as const), file: fc.nat(FILES + 4) }),
  fc.record({ kind: fc.constant('break' as const), file: fc.nat(FILES - 1) }),
  fc.record({ kind: fc.constant('duplicate' as const), file: fc.nat(FILES - 1) }),
  fc.record({ kind: fc.constant('touch' as const), file: fc.nat(FILES - 1) }),
);

function apply(ws: Workspace, step: Step): void {
  const path = seedPath(ws, step.file);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
  switch (step.kind) {
    case 'rewrite':
    case 'add':
      // Another generated article under this name: new quotes, speakers, organisations, date.
      save(path, generateArticle(step.file + 100 * step.variant, 5));
      break;
    case 'append':
      if (current)
        save(
          path,
          `${current}\n“We will be back next week,” said Dana Whitfield, a spokeswoman for the Red Cross.\n`,
        );
      break;
    case 'redate':
      if (current) save(path, current.replace(/^date \d{4}/, `date ${step.year}`));
      break;
    case 'delete':
      rmSync(path, { force: true });
      break;
    case 'break':
      save(path, 'date 2024-02-30 Wire/ A day that does not exist.\n');
      break;
    case 'duplicate':
      // The same file name in a subfolder: the same id, so the later path is rejected.
      if (current) {
        mkdirSync(join(ws.seeds, 'zz'), { recursive: true });
        save(join(ws.seeds, 'zz', `story-${step.file}.txt`), current);
      }
      break;
    case 'touch':
      if (current) save(path, current);
      break;
  }
}

// Each of the 8 runs builds once, then twice per step (incremental and from scratch) for 1-4
// steps: 24 to 72 builds, as the draw falls. 18 s on a lightly loaded machine; past the file's
// 120 s with the unit suite run twice at once on two cores. The limit is against hangs.
test(
  'after any sequence of edits, a rebuild leaves exactly the folder a build from scratch writes',
  { timeout: 400_000 },
  async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 4 }), async (steps) => {
        const ws = workspace(FILES);
        try {
          await build(ws);
          for (const step of steps) {
            apply(ws, step);
            await build(ws);
            expectSameFolder(snapshot(ws.out), await scratchBuild(ws.seeds));
          }
        } finally {
          rmSync(join(ws.seeds, '..'), { recursive: true, force: true });
        }
      }),
      { numRuns: 8 },
    );
  },
);

test('an edit that keeps every position rewrites one article file and leaves the others in place', async () => {
  const ws = workspace(FILES);
  await build(ws);
  const inode = (id: string): number => statSync(join(ws.out, 'articles', `${id}.json`)).ino;
  const before = new Map(readdirSync(join(ws.out, 'articles')).map((f) => [f, inode(f.slice(0, -5))]));
  apply(ws, { kind: 'append', file: 2 });
  const report = await build(ws);
  expect(report).toMatchObject({ fromCache: FILES - 1, articlesWritten: 1 });
  for (const [f, ino] of before) {
    if (f === 'story-2.json') expect(inode('story-2')).not.toBe(ino);
    else expect(inode(f.slice(0, -5)), f).toBe(ino);
  }
  const index = corpusIndexSchema.parse(JSON.parse(readFileSync(join(ws.out, 'index.json'), 'utf8')));
  const quotes = quoteListSchema.parse(JSON.parse(readFileSync(join(ws.out, 'quotes.json'), 'utf8')));
  expect(quotes.some((q) => q.articleId === 'story-2' && q.speaker === 'Dana Whitfield')).toBe(true);
  expect(index.speakers.some((s) => s.name === 'Dana Whitfield')).toBe(true);
  expectSameFolder(snapshot(ws.out), await scratchBuild(ws.seeds));
});

test('adding the newest article rewrites only the search shards of its own words', async () => {
  const ws = workspace(FILES);
  await build(ws);
  const shardTimes = (): Map<string, number> =>
    new Map(readdirSync(join(ws.out, 'search')).map((f) => [f, statSync(join(ws.out, 'search', f)).mtimeMs]));
  const before = shardTimes();
  save(join(ws.seeds, 'today.txt'), 'date 2031-05-05 Wire/ Zebras queue quietly.\n');
  await build(ws);
  const rewritten = [...shardTimes()].filter(([f, t]) => before.get(f) !== t).map(([f]) => f);
  expect(rewritten.sort()).toEqual(['qu.json', 'ze.json']);
  const index = corpusIndexSchema.parse(JSON.parse(readFileSync(join(ws.out, 'index.json'), 'utf8')));
  expect(index.articles[0]?.id).toBe('today');
  // Numbered from the oldest: the newest of nine articles is number 8.
  const shard = JSON.parse(readFileSync(join(ws.out, 'search/ze.json'), 'utf8')) as Record<string, number[]>;
  expect(shard.zebras).toEqual([8]);
  expectSameFolder(snapshot(ws.out), await scratchBuild(ws.seeds));
});

test('an output folder changed behind the build is rebuilt whole, not patched', async () => {
  const ws = workspace(4);
  await build(ws);
  // Someone trims index.json by hand: its size no longer matches the recorded state.
  const indexPath = join(ws.out, 'index.json');
  writeFileSync(indexPath, readFileSync(indexPath, 'utf8').replace(/\}$/, ' }'));
  apply(ws, { kind: 'append', file: 1 });
  await build(ws);
  expectSameFolder(snapshot(ws.out), await scratchBuild(ws.seeds));
});

test('a deleted cache with the output kept still gives a correct rebuild', async () => {
  const ws = workspace(4);
  await build(ws);
  rmSync(ws.cache, { recursive: true, force: true });
  apply(ws, { kind: 'redate', file: 0, year: 2001 });
  const report = await build(ws);
  expect(report.fromCache).toBe(0);
  expectSameFolder(snapshot(ws.out), await scratchBuild(ws.seeds));
});

test('output of another extractor version is never reused: every article is written again', async () => {
  const ws = workspace(4);
  await build(ws);
  const outputs = readdirSync(ws.cache, { recursive: true, withFileTypes: true });
  const state = outputs.find((e) => e.isFile() && e.parentPath.endsWith('outputs'));
  if (!state) throw new Error('no build state in the cache');
  const statePath = join(state.parentPath, state.name);
  const recorded = deserialize(readFileSync(statePath)) as { version: string };
  writeFileSync(statePath, serialize({ ...recorded, version: 'an-older-extractor' }));
  const report = await build(ws);
  expect(report.articlesWritten).toBe(4);
  expectSameFolder(snapshot(ws.out), await scratchBuild(ws.seeds));
});

test('the build id changes with the extractor version, so browsers never keep documents of an older extractor', () => {
  const articles = [{ path: 'a.txt', hash: 'ab'.repeat(32), id: 'a', date: '2024-01-01' }];
  expect(buildIdOf(articles, 'v1')).not.toBe(buildIdOf(articles, 'v2'));
  expect(buildIdOf(articles, 'v1')).toBe(buildIdOf([...articles], 'v1'));
});

test('the output folder holds only public documents; a copy of it is built whole, the original patched', async () => {
  const ws = workspace(4);
  await build(ws);
  expect(readdirSync(ws.out).sort()).toEqual([
    'articles',
    'current.json',
    'index.json',
    'quotes.json',
    'search',
    'v',
  ]);
  const copy = join(ws.out, '..', 'out-copy');
  cpSync(ws.out, copy, { recursive: true });
  apply(ws, { kind: 'rewrite', file: 3, variant: 7 });
  const toCopy = await ingestCorpus({ inputs: [ws.seeds], outDir: copy, cacheDir: ws.cache });
  const toOriginal = await build(ws);
  expect(toCopy.articlesWritten).toBe(4);
  expect(toOriginal.articlesWritten).toBe(1);
  expectSameFolder(snapshot(copy), await scratchBuild(ws.seeds));
  expectSameFolder(snapshot(ws.out), snapshot(copy));
});

test('a build into one folder keeps the cache entries another folder builds upon, even in the manifest shard it rewrites', async () => {
  // The cache stores entries in shards by their key's first two hex digits and prunes the shards
  // it rewrites. Choose the new text so that the old and new entries of the edited file share a
  // shard: pruning it after the build into the copy must spare the old entry, which the original
  // folder's next build subtracts (without it, that build starts over and writes every article).
  const ws = workspace(4);
  await build(ws);
  const path = seedPath(ws, 3);
  const shardOf = (text: string) => contentKey(path, Buffer.from(text)).slice(0, 2);
  const before = shardOf(readFileSync(path, 'utf8'));
  let variant = 1;
  while (shardOf(generateArticle(3 + 100 * variant, 5)) !== before) variant++;

  const copy = join(ws.out, '..', 'out-copy');
  cpSync(ws.out, copy, { recursive: true });
  apply(ws, { kind: 'rewrite', file: 3, variant });
  const toCopy = await ingestCorpus({ inputs: [ws.seeds], outDir: copy, cacheDir: ws.cache });
  const toOriginal = await build(ws);
  expect(toCopy.articlesWritten).toBe(4);
  expect(toOriginal.articlesWritten).toBe(1);
  expectSameFolder(snapshot(ws.out), snapshot(copy));
});

test('the kept state of an output folder that is gone is forgotten, and its entries with it', async () => {
  const ws = workspace(3);
  const other = join(ws.out, '..', 'other-out');
  await ingestCorpus({ inputs: [ws.seeds], outDir: other, cacheDir: ws.cache });
  await build(ws);
  const states = () =>
    readdirSync(ws.cache, { recursive: true, withFileTypes: true }).filter(
      (e) => e.isFile() && e.parentPath.endsWith('outputs'),
    ).length;
  expect(states()).toBe(2);
  rmSync(other, { recursive: true, force: true });
  apply(ws, { kind: 'rewrite', file: 0, variant: 3 });
  await build(ws);
  expect(states()).toBe(1);
});
