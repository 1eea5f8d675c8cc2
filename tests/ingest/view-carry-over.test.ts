/**
 * A rebuild writes only the per-view documents that changed; the others are carried over from
 * the previous build's folder as hard links. The folder stays the one a build from scratch
 * writes, and the app reads it through the same loader that checks envelopes.
 */
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, vi } from 'vitest';
import { tempDir } from '../support/temp-dir.ts';
import { ARTICLE_CHUNK_SIZE, viewPaths } from '../../src/contract/views.ts';
import { ingestCorpus } from '../../src/ingest/pipeline/ingest-corpus.ts';
import { writeViewDocuments } from '../../src/ingest/corpus/view-documents/write-view-documents.ts';
import { engineDataSource } from '../../src/lib/data/engine-data-source.ts';
import { StaleBuildError } from '../../src/lib/data/errors.ts';
import { EMPTY_FILTERS } from '../../src/lib/urls.ts';
import { generateArticle } from '../../scripts/bench/generate-corpus.ts';

vi.setConfig({ testTimeout: 120_000 });

const FILES = 80;

function workspace() {
  const root = tempDir('view-carry-');
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  // Distinct dates, so article numbers follow the file numbers.
  for (let i = 0; i < FILES; i++)
    writeFileSync(
      join(seeds, `story-${String(i).padStart(3, '0')}.txt`),
      generateArticle(i, 5).replace(/^date \S+/, `date 2020-01-${String((i % 28) + 1).padStart(2, '0')}`),
    );
  const out = join(root, 'out');
  const build = () =>
    ingestCorpus({ inputs: [seeds], outDir: out, cacheDir: join(root, 'cache'), threads: 0 });
  return { root, seeds, out, build };
}

/** Every file of a build folder: relative path → its inode and bytes. */
function folder(dir: string): Map<string, { ino: number; bytes: string }> {
  const files = new Map<string, { ino: number; bytes: string }>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    files.set(relative(dir, path), { ino: statSync(path).ino, bytes: readFileSync(path, 'utf8') });
  }
  return files;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

test('an edited article changes exactly the documents that depend on it; the rest are the same files', async () => {
  const ws = workspace();
  const first = await ws.build();
  const before = folder(join(ws.out, viewPaths.root(first.buildId)));

  // The oldest article (number 0) gains a paragraph with a word no other article has; its date,
  // and so every article's number, stays.
  const path = join(ws.seeds, 'story-000.txt');
  writeFileSync(path, `${readFileSync(path, 'utf8')}\nThe zyzzogeton committee met again.\n`);
  const t = new Date(Date.now() + 10_000);
  utimesSync(path, t, t);
  const second = await ws.build();
  expect(second.buildId).not.toBe(first.buildId);
  const after = folder(join(ws.out, viewPaths.root(second.buildId)));

  // The same documents exist (no article, quote, organisation or speaker came or went) …
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  const changed = new Set<string>();
  for (const [path, file] of after) {
    const old = before.get(path)!;
    if (file.bytes === old.bytes) {
      // … an unchanged one is the previous build's file itself, not a copy …
      expect(file.ino, path).toBe(old.ino);
    } else {
      // … and a changed one is a new file.
      expect(file.ino, path).not.toBe(old.ino);
      changed.add(path);
    }
  }
  expect(second.viewDocuments).toMatchObject({
    written: changed.size + 1,
    carried: after.size - changed.size,
  });
  // The other article chunks and the quote chunks were not even made: their input keys had not
  // changed (search documents are made again: every impact depends on the average length).
  expect(second.viewDocuments.unmade).toBeGreaterThanOrEqual(Math.ceil(FILES / ARTICLE_CHUNK_SIZE) - 1);

  // What depends on the article: meta.json (which names the build), its article chunk, and the
  // search documents holding its words; not the other article chunks, not a quote chunk.
  expect(changed.has('meta.json')).toBe(true);
  expect(changed.has('articles/0.json')).toBe(true);
  for (let k = 1; k * ARTICLE_CHUNK_SIZE < FILES; k++) expect(changed.has(`articles/${k}.json`)).toBe(false);
  expect([...changed].filter((p) => p.startsWith('quotes/'))).toEqual([]);
  expect([...changed].some((p) => p.startsWith('search/articles/'))).toBe(true);
  expect([...changed].filter((p) => p.startsWith('search/quotes/'))).toEqual([]);
  expect(changed.size).toBeLessThan(after.size / 4);

  // The folder is what a build from scratch writes for these seeds.
  const scratch = join(ws.root, 'scratch');
  const fresh = await ingestCorpus({ inputs: [ws.seeds], outDir: scratch, cacheDir: null, threads: 0 });
  expect(fresh.buildId).toBe(second.buildId);
  const scratchFolder = folder(join(scratch, viewPaths.root(second.buildId)));
  expect(new Map([...after].map(([p, f]) => [p, f.bytes]))).toEqual(
    new Map([...scratchFolder].map(([p, f]) => [p, f.bytes])),
  );
});

test('a new build of unchanged documents writes only meta.json and current.json, and the app reads it', async () => {
  const ws = workspace();
  const first = await ws.build();
  // Same data under another build id, as after a change to the writing code: every document but
  // meta.json is carried over.
  const other = 'f'.repeat(16);
  const indexPath = join(ws.out, 'index.json');
  writeFileSync(indexPath, readFileSync(indexPath, 'utf8').replace(first.buildId, other));
  const outcome = writeViewDocuments(ws.out, other, () => undefined);
  const total = folder(join(ws.out, viewPaths.root(other))).size;
  expect(outcome.documentsWritten).toBe(2);
  expect(outcome.documentsCarried).toBe(total - 1);
  expect(readJson(join(ws.out, viewPaths.current()))).toMatchObject({ buildId: other });
  // The previous build is kept for tabs still reading it.
  expect(readdirSync(join(ws.out, 'v')).sort()).toEqual([first.buildId, other].sort());

  const served = join(ws.root, 'served');
  cpSync(ws.out, served, { recursive: true });
  const fetchFrom =
    (dir: string): typeof fetch =>
    (input) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      try {
        return Promise.resolve(new Response(readFileSync(join(dir, decodeURIComponent(url.pathname)))));
      } catch {
        return Promise.resolve(new Response('{}', { status: 404 }));
      }
    };
  const source = engineDataSource({
    dataUrl: 'http://reader.test/',
    buildId: other,
    fetch: fetchFrom(served),
  });
  const page = await source.listArticles({ filters: EMPTY_FILTERS, page: 1 });
  expect(page.total).toBe(FILES);
  expect((await source.listQuotes({ filters: EMPTY_FILTERS, page: 1 })).total).toBeGreaterThan(0);

  // A tab still on the first build reads its own folder; once that folder is gone, it is told
  // the reader was updated, never served the other build's documents.
  const old = engineDataSource({
    dataUrl: 'http://reader.test/',
    buildId: first.buildId,
    fetch: fetchFrom(served),
  });
  expect((await old.listArticles({ filters: EMPTY_FILTERS, page: 1 })).total).toBe(FILES);
  rmSync(join(served, viewPaths.root(first.buildId)), { recursive: true });
  const stale = engineDataSource({
    dataUrl: 'http://reader.test/',
    buildId: first.buildId,
    fetch: fetchFrom(served),
  });
  await expect(stale.listArticles({ filters: EMPTY_FILTERS, page: 1 })).rejects.toBeInstanceOf(
    StaleBuildError,
  );
});

/** Rewrites a seed file and moves its mtime on, so the build reads it again. */
function rewrite(path: string, edit: (text: string) => string): void {
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  const t = new Date(Date.now() + 60_000 * Math.random() + 10_000);
  utimesSync(path, t, t);
}

/** The folder of a build equals what a build from scratch writes; unchanged documents are the previous files. */
/** A build of the workspace with what it writes to stderr (its messages about kept state). */
async function buildHearingStderr(ws: ReturnType<typeof workspace>) {
  const written: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  try {
    const report = await ws.build();
    return { report, messages: written.join('') };
  } finally {
    spy.mockRestore();
  }
}

async function expectAsFromScratch(
  ws: ReturnType<typeof workspace>,
  buildId: string,
  previous: Map<string, { ino: number; bytes: string }>,
): Promise<Map<string, { ino: number; bytes: string }>> {
  const after = folder(join(ws.out, viewPaths.root(buildId)));
  const scratch = join(ws.root, `scratch-${buildId}`);
  const fresh = await ingestCorpus({ inputs: [ws.seeds], outDir: scratch, cacheDir: null, threads: 0 });
  expect(fresh.buildId).toBe(buildId);
  const scratchFolder = folder(join(scratch, viewPaths.root(buildId)));
  expect([...after.keys()].sort()).toEqual([...scratchFolder.keys()].sort());
  for (const [path, file] of after) {
    expect(file.bytes, path).toBe(scratchFolder.get(path)!.bytes);
    const old = previous.get(path);
    if (old?.bytes === file.bytes) expect(file.ino, path).toBe(old.ino);
  }
  rmSync(scratch, { recursive: true, force: true });
  return after;
}

test(
  'the kept view state gives a build from scratch after every kind of edit',
  { timeout: 400_000 },
  async () => {
    const ws = workspace();
    let report = await ws.build();
    // A first build reads every article's quotes and keeps their analysis; each rebuild below
    // carries that one over and reads only the articles it does not hold: the edited ones.
    expect(report.viewDocuments.quotesRead).toBe(FILES);
    let previous = folder(join(ws.out, viewPaths.root(report.buildId)));
    const seed = (i: number) => join(ws.seeds, `story-${String(i).padStart(3, '0')}.txt`);
    const keptStates = () => keptFiles(ws.root, ['quotes', 'pairs']);
    const firstStates = keptStates();
    expect(firstStates.size).toBe(2);
    // Each edit, whether some documents keep their inputs (no article number moves), and how
    // many articles differ from the first build's (a removed one is not read).
    const edits: [string, () => void, boolean, number][] = [
      [
        // A new quote in an old article: every later quote's number moves.
        'a quote added',
        () => {
          rewrite(
            seed(3),
            (text) =>
              `${text}\n“We will build the zyzzogeton bridge,” Maria Lopez, the spokesperson, said.\n`,
          );
        },
        true,
        1,
      ],
      // A new date: the article's number moves, and with it those between its old and new place.
      [
        'a date changed',
        () => {
          rewrite(seed(40), (text) => text.replace(/^date \S+/, 'date 2020-02-15'));
        },
        false,
        2,
      ],
      [
        // The newest article: no number moves.
        'a file added',
        () => {
          writeFileSync(
            join(ws.seeds, 'story-900.txt'),
            generateArticle(900, 5).replace(/^date \S+/, 'date 2021-06-01'),
          );
        },
        true,
        3,
      ],
      [
        'a file removed',
        () => {
          rmSync(seed(10));
        },
        false,
        3,
      ],
      [
        'text appended',
        () => {
          rewrite(seed(60), (text) => `${text}\nThe quorble council adjourned.\n`);
        },
        true,
        4,
      ],
    ];
    for (const [what, edit, keepsNumbers, changedSinceFirst] of edits) {
      edit();
      const next = await ws.build();
      expect(next.buildId, what).not.toBe(report.buildId);
      if (keepsNumbers) expect(next.viewDocuments.unmade, what).toBeGreaterThan(0);
      expect(next.viewDocuments.quotesRead, what).toBe(changedSinceFirst);
      previous = await expectAsFromScratch(ws, next.buildId, previous);
      report = next;
    }
    // So few articles read past them: the quote analysis and the article pairs of the first
    // build were not written again.
    expect(keptStates(), 'kept states').toEqual(firstStates);
  },
);

test('kept states that most articles have moved past are written again', { timeout: 200_000 }, async () => {
  const ws = workspace();
  await ws.build();
  const firstStates = keptFiles(ws.root, ['quotes', 'pairs']);
  // More articles than the states may lag behind (64, and 1% of the corpus): all of them.
  for (let i = 0; i < FILES; i++)
    rewrite(join(ws.seeds, `story-${String(i).padStart(3, '0')}.txt`), (t) => `${t}\nThe quorble met.\n`);
  const many = await ws.build();
  expect(many.viewDocuments.quotesRead).toBe(FILES);
  const rewritten = keptFiles(ws.root, ['quotes', 'pairs']);
  for (const [path, ino] of rewritten) expect(ino, path).not.toBe(firstStates.get(path));
  // Written for this corpus: the next edit reads one article's quotes, and the folder is right.
  rewrite(join(ws.seeds, 'story-007.txt'), (t) => `${t}\nThe quorble met again.\n`);
  const next = await ws.build();
  expect(next.viewDocuments.quotesRead).toBe(1);
  expect(keptFiles(ws.root, ['quotes', 'pairs'])).toEqual(rewritten);
  await expectAsFromScratch(ws, next.buildId, folder(join(ws.out, viewPaths.root(many.buildId))));
});

/** The kept state files under these folders of the build cache: path → inode (a rewrite is a new file). */
function keptFiles(root: string, folders: readonly string[]): Map<string, number> {
  const files = new Map<string, number>();
  for (const e of readdirSync(join(root, 'cache'), { recursive: true, withFileTypes: true }))
    if (e.isFile() && folders.some((f) => e.parentPath.endsWith(f))) {
      const path = join(e.parentPath, e.name);
      files.set(relative(root, path), statSync(path).ino);
    }
  return files;
}

test('a torn kept view state is named and the build makes every document instead', async () => {
  const ws = workspace();
  await ws.build();
  const views = readdirSync(join(ws.root, 'cache'), { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.parentPath.endsWith('views'),
  );
  expect(views).toHaveLength(1);
  writeFileSync(join(views[0]!.parentPath, views[0]!.name), 'not a state');
  const first = readJson(join(ws.out, viewPaths.current())) as { buildId: string };
  const previous = folder(join(ws.out, viewPaths.root(first.buildId)));
  rewrite(join(ws.seeds, 'story-005.txt'), (text) => `${text}\nThe quorble council met.\n`);
  const { report, messages } = await buildHearingStderr(ws);
  expect(messages).toMatch(
    /kept view state .* is unusable .*every view document is made and compared instead/,
  );
  expect(report.viewDocuments.unmade).toBe(0);
  expect(report.viewDocuments.carried).toBeGreaterThan(0);
  await expectAsFromScratch(ws, report.buildId, previous);
  // The state is whole again: the next rebuild uses it.
  rewrite(join(ws.seeds, 'story-006.txt'), (text) => `${text}\nThe quorble council met again.\n`);
  const next = await ws.build();
  expect(next.viewDocuments.unmade).toBeGreaterThan(0);
  await expectAsFromScratch(ws, next.buildId, folder(join(ws.out, viewPaths.root(report.buildId))));
});

test('a torn kept quote analysis is named and every quote is read instead; the folder is the same', async () => {
  const ws = workspace();
  await ws.build();
  const kept = readdirSync(join(ws.root, 'cache'), { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.parentPath.endsWith('quotes'),
  );
  expect(kept).toHaveLength(1);
  const statePath = join(kept[0]!.parentPath, kept[0]!.name);
  // Cut in half: the bytes end mid-way through the postings.
  const whole = readFileSync(statePath);
  writeFileSync(statePath, whole.subarray(0, whole.length >> 1));
  const first = readJson(join(ws.out, viewPaths.current())) as { buildId: string };
  const previous = folder(join(ws.out, viewPaths.root(first.buildId)));
  // A new quote in an old article, so the later quotes' numbers move.
  rewrite(
    join(ws.seeds, 'story-005.txt'),
    (text) => `${text}\n“The quorble council will meet again,” Maria Lopez, the spokesperson, said.\n`,
  );
  const { report, messages } = await buildHearingStderr(ws);
  expect(messages).toMatch(/kept quote analysis .* is unusable .*every quote is read instead/);
  expect(report.viewDocuments.quotesRead).toBe(FILES);
  await expectAsFromScratch(ws, report.buildId, previous);
  // The analysis is kept whole again: the next rebuild reads one article's quotes.
  rewrite(join(ws.seeds, 'story-006.txt'), (text) => `${text}\nThe quorble council met again.\n`);
  const next = await ws.build();
  expect(next.viewDocuments.quotesRead).toBe(1);
  await expectAsFromScratch(ws, next.buildId, folder(join(ws.out, viewPaths.root(report.buildId))));
});
