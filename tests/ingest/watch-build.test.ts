/**
 * Watch mode (`build:data --watch`, the dev server's data builder): after the first build, every
 * seed file added, changed or removed under the inputs (new folders included) gives one more
 * build in the same process, and the folder it leaves is the one a build from scratch writes.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test, vi } from 'vitest';
import type { IngestReport } from '../../src/ingest/pipeline/ingest-corpus.ts';
import { watchBuild, type WatchedBuild } from '../../src/ingest/pipeline/watch-build.ts';
import { KeptStateMemory } from '../../src/ingest/corpus/kept-state.ts';
import { SeedListing } from '../../src/ingest/pipeline/seed-listing.ts';
import { IngestCache } from '../../src/ingest/pipeline/ingest-cache.ts';
import { searchShardKey } from '../../src/contract/schema.ts';
import { LOCK_NAME, OutputBusyError } from '../../src/ingest/pipeline/output-lock.ts';
import { hostname } from 'node:os';
import { expectSameFolder, scratchBuild, snapshot } from '../support/output-folder.ts';
import { tempDir } from '../support/temp-dir.ts';

vi.setConfig({ testTimeout: 60_000 });

const seed = (date: string, text: string) => `date ${date} Wire/ ${text}\n`;

/** A watched build over a fresh seeds folder, with every report (and failure) it made so far. */
function watched(files: Record<string, string>, debounceMs?: number) {
  const root = tempDir('watch-build-');
  const seeds = join(root, 'seeds');
  for (const [name, text] of Object.entries(files)) write(seeds, name, text);
  const reports: IngestReport[] = [];
  const failures: unknown[] = [];
  const handle: WatchedBuild = watchBuild(
    { inputs: [seeds], outDir: join(root, 'out'), cacheDir: join(root, 'cache') },
    { built: (report) => reports.push(report), failed: (error) => failures.push(error) },
    debounceMs,
  );
  const out = join(root, 'out');
  return {
    seeds,
    out,
    reports,
    failures,
    handle,
    /** Waits until the `n`th build has reported, and returns its report. */
    nth: async (n: number): Promise<IngestReport> => {
      await vi.waitFor(
        () => {
          expect(reports.length).toBeGreaterThanOrEqual(n);
        },
        { timeout: 30_000, interval: 20 },
      );
      return reports[n - 1]!;
    },
    ids: (): string[] =>
      (
        JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { articles: { id: string }[] }
      ).articles.map((a) => a.id),
  };
}

function write(folder: string, name: string, text: string): void {
  mkdirSync(join(folder, name, '..'), { recursive: true });
  writeFileSync(join(folder, name), text);
}

test('each change to the seeds gives one more build, whose folder is a build from scratch', async () => {
  const w = watched({ 'a.txt': seed('2024-03-01', 'The first story.'), 'b.txt': seed('2024-03-02', 'Two.') });
  try {
    expect((await w.nth(1)).articlesBuilt).toBe(2);

    // A file added in a folder made after the watch started.
    write(w.seeds, 'later/c.txt', seed('2024-03-03', 'The third story, filed later.'));
    const added = await w.nth(2);
    expect(added.articlesBuilt).toBe(3);
    expect(added.articlesWritten).toBe(1);
    expect(w.ids()).toEqual(['c', 'b', 'a']);

    // An edit in place, saved as editors do (a new file renamed over the old one).
    write(
      w.seeds,
      'a.txt.tmp',
      seed('2024-03-01', '“We will be back,” said Dana Whitfield of the Red Cross.'),
    );
    renameSync(join(w.seeds, 'a.txt.tmp'), join(w.seeds, 'a.txt'));
    const edited = await w.nth(3);
    expect(edited.articlesWritten).toBe(1);
    expect(edited.fromCache).toBe(2);

    // A file removed, then its whole folder.
    rmSync(join(w.seeds, 'b.txt'));
    expect((await w.nth(4)).articlesBuilt).toBe(2);
    rmSync(join(w.seeds, 'later'), { recursive: true });
    expect((await w.nth(5)).articlesBuilt).toBe(1);
    write(w.seeds, 'later/d.txt', seed('2024-03-05', 'A folder made again is watched again.'));
    expect((await w.nth(6)).articlesBuilt).toBe(2);

    expectSameFolder(snapshot(w.out), await scratchBuild(w.seeds));
    expect(w.failures).toEqual([]);
  } finally {
    await w.handle.close();
  }
  // Older builds' folders are removed after their reports; closing waits for those removals, so
  // what is left is the last build's folder and the one before it, for tabs still reading it.
  const last = w.reports.at(-1)!.buildId;
  const before = w.reports.at(-2)!.buildId;
  expect(readdirSync(join(w.out, 'v')).sort()).toEqual([last, before].sort());
});

test('a rebuild reads again only the files of the folder that changed, lists only the seed the watcher named, and its folder is a build from scratch', async () => {
  /** Which files (and kept states) a build was given from the watch's memory. */
  class CountingMemory extends KeptStateMemory {
    readonly served: string[] = [];
    override recall(path: string, stamp: string, format: number, version: string): unknown {
      const value = super.recall(path, stamp, format, version);
      if (value !== undefined) this.served.push(relative(root, path));
      return value;
    }
  }
  const root = tempDir('watch-held-');
  const seeds = join(root, 'seeds');
  write(seeds, 'a.txt', seed('2024-03-01', '“We will be back,” said Dana Whitfield of the Red Cross.'));
  write(seeds, 'b.txt', seed('2024-03-02', 'Floods closed the bridge.'));
  const memory = new CountingMemory();
  const listing = new SeedListing();
  const reports: IngestReport[] = [];
  const failures: unknown[] = [];
  const out = join(root, 'out');
  const handle = watchBuild(
    { inputs: [seeds], outDir: out, cacheDir: join(root, 'cache'), keptStates: memory, listing },
    { built: (report) => reports.push(report), failed: (error) => failures.push(error) },
  );
  const nth = (n: number) =>
    vi.waitFor(
      () => {
        expect(reports.length).toBeGreaterThanOrEqual(n);
      },
      { timeout: 30_000, interval: 20 },
    );
  try {
    await nth(1);
    expect(memory.served).toEqual([]);
    // A sentence with new words appended to the article without quotes: its search shards change,
    // the quote list does not.
    writeFileSync(
      join(seeds, 'b.txt'),
      `${seed('2024-03-02', 'Floods closed the bridge.')}\nVolunteers rowed zebras across.\n`,
    );
    await nth(2);
    // The seeds listed from the path the watcher named, the other seed's stamp held.
    expect(listing.lastListing).toBe('named');
    expect(reports[1]!.fromCache).toBe(1);
    expect(reports[1]!.articlesWritten).toBe(1);
    const served = new Set(memory.served);
    // The previous build's index and quote list for the comparison, and the unchanged quote list
    // again for the view documents, come from memory; the new index does not.
    expect(memory.served.filter((p) => p === 'out/index.json')).toHaveLength(1);
    expect(memory.served.filter((p) => p === 'out/quotes.json')).toHaveLength(2);
    // Unchanged shards are held; the shards holding the new words are parsed again.
    const shards = [...served].filter((p) => p.startsWith('out/search/'));
    expect(shards.length).toBeGreaterThan(0);
    for (const word of ['volunteers', 'rowed', 'zebras'])
      expect(shards.some((p) => p === `out/search/${searchShardKey(word)}.json`)).toBe(false);
    // The cache's file list and the folder's state, which the last build wrote, and the kept
    // states (here: the view documents' keys).
    expect([...served].some((p) => p.startsWith('cache/') && p.endsWith('/files.json'))).toBe(true);
    expect(served.has(relative(root, new IngestCache(join(root, 'cache')).outputStatePath(out)))).toBe(true);
    expect(served.has(relative(root, new IngestCache(join(root, 'cache')).viewStatePath(out)))).toBe(true);
    expectSameFolder(snapshot(out), await scratchBuild(seeds));
    expect(failures).toEqual([]);
  } finally {
    await handle.close();
  }
});

test('a burst of saves gives one build, and a bad file is reported without stopping the watch', async () => {
  // A debounce wider than the default, so a loaded machine's five writes still fall in one window.
  const w = watched({ 'a.txt': seed('2024-03-01', 'The first story.') }, 400);
  try {
    await w.nth(1);
    for (let i = 0; i < 5; i++) write(w.seeds, `burst-${i}.txt`, seed('2024-04-01', `Story ${i}.`));
    const burst = await w.nth(2);
    expect(burst.articlesBuilt).toBe(6);

    write(w.seeds, 'bad.txt', 'no date line here\n');
    const bad = await w.nth(3);
    expect(bad.rejected.map((r) => r.file)).toEqual([join(w.seeds, 'bad.txt')]);
    expect(bad.rejected[0]!.diagnostics[0]!.message).toMatch(/date/);

    write(w.seeds, 'bad.txt', seed('2024-04-02', 'Mended.'));
    const mended = await w.nth(4);
    expect(mended.rejected).toEqual([]);
    expect(mended.articlesBuilt).toBe(7);
    // Files that are not seeds do not build again.
    write(w.seeds, 'notes.md', 'not a seed');
    await new Promise((r) => setTimeout(r, 1000));
    expect(w.reports).toHaveLength(4);
  } finally {
    await w.handle.close();
  }
});

test('an input folder missing when the watch starts is built once it is made, and its new files after', async () => {
  const root = tempDir('watch-missing-');
  const seeds = join(root, 'seeds');
  const reports: IngestReport[] = [];
  const handle = watchBuild(
    { inputs: [seeds], outDir: join(root, 'out'), cacheDir: join(root, 'cache') },
    {
      built: (report) => reports.push(report),
      failed: (error) => {
        throw error;
      },
    },
  );
  const nth = (n: number) =>
    vi.waitFor(
      () => {
        expect(reports.length).toBeGreaterThanOrEqual(n);
        return reports[n - 1]!;
      },
      { timeout: 30_000, interval: 20 },
    );
  try {
    expect((await nth(1)).missing).toEqual([seeds]);
    write(seeds, 'a.txt', seed('2024-03-01', 'The first story.'));
    await vi.waitFor(
      () => {
        expect(reports.at(-1)?.articlesBuilt).toBe(1);
      },
      { timeout: 30_000, interval: 20 },
    );
    write(seeds, 'b.txt', seed('2024-03-02', 'Two.'));
    await vi.waitFor(
      () => {
        expect(reports.at(-1)?.articlesBuilt).toBe(2);
      },
      { timeout: 30_000, interval: 20 },
    );
    expect(reports.at(-1)!.missing).toEqual([]);
  } finally {
    await handle.close();
  }
});

test('a build refused because another process is writing the folder is said once, and made once that build is done', async () => {
  const root = tempDir('watch-build-');
  const seeds = join(root, 'seeds');
  const out = join(root, 'out');
  write(seeds, 'a.txt', seed('2024-03-01', 'The first story.'));
  mkdirSync(out);
  const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  writeFileSync(join(out, LOCK_NAME), JSON.stringify({ pid: other.pid, host: hostname(), started: 'now' }));
  const reports: IngestReport[] = [];
  const failures: unknown[] = [];
  const handle = watchBuild(
    { inputs: [seeds], outDir: out, cacheDir: join(root, 'cache') },
    { built: (report) => reports.push(report), failed: (error) => failures.push(error) },
  );
  try {
    await vi.waitFor(() => {
      expect(failures).toHaveLength(1);
    });
    expect(failures[0]).toBeInstanceOf(OutputBusyError);
    // Tried again meanwhile (every half second), but said once.
    await new Promise((r) => setTimeout(r, 1300));
    expect(failures).toHaveLength(1);
    expect(reports).toEqual([]);
    // The other build ends: its lock goes, and the watch builds without another change.
    other.kill('SIGKILL');
    rmSync(join(out, LOCK_NAME));
    await vi.waitFor(
      () => {
        expect(reports).toHaveLength(1);
      },
      { timeout: 30_000, interval: 50 },
    );
    expect(reports[0]!.articlesBuilt).toBe(1);
  } finally {
    other.kill('SIGKILL');
    await handle.close();
  }
});

test('closing waits for the build in progress, so the folder names its last build', async () => {
  const w = watched({ 'a.txt': seed('2024-03-01', 'The first story.') });
  await w.nth(1);
  write(w.seeds, 'b.txt', seed('2024-03-02', 'Two.'));
  // Close while the change's build is due or running.
  await new Promise((r) => setTimeout(r, 150));
  await w.handle.close();
  const current = JSON.parse(readFileSync(join(w.out, 'current.json'), 'utf8')) as { buildId: string };
  expect(current.buildId).toBe(w.reports.at(-1)!.buildId);
  // Nothing is built after closing.
  write(w.seeds, 'c.txt', seed('2024-03-03', 'Three.'));
  const count = w.reports.length;
  await new Promise((r) => setTimeout(r, 400));
  expect(w.reports).toHaveLength(count);
});

test('build:data --watch prints a report line per build and stops cleanly on SIGTERM', async () => {
  const root = tempDir('watch-cli-');
  const seeds = join(root, 'seeds');
  write(seeds, 'a.txt', seed('2024-03-01', 'The first story.'));
  const cli = resolve(import.meta.dirname, '../../src/ingest/cli/build-data.ts');
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      cli,
      '--watch',
      '--report-json',
      '--out',
      join(root, 'out'),
      '--cache',
      join(root, 'cache'),
      seeds,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines: string[] = [];
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    stdout += text;
    const parts = stdout.split('\n');
    stdout = parts.pop()!;
    lines.push(...parts);
  });
  const exited = new Promise<number | null>((r) =>
    child.on('exit', (code) => {
      r(code);
    }),
  );
  try {
    await vi.waitFor(
      () => {
        expect(lines).toHaveLength(1);
      },
      { timeout: 30_000, interval: 50 },
    );
    write(seeds, 'b.txt', seed('2024-03-02', 'Two.'));
    await vi.waitFor(
      () => {
        expect(lines).toHaveLength(2);
      },
      { timeout: 30_000, interval: 50 },
    );
    const reports = lines.map((line) => JSON.parse(line) as IngestReport);
    expect(reports.map((r) => r.articlesBuilt)).toEqual([1, 2]);
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
});

test('build:data --watch refuses --strict, which only a one-off build can honour', async () => {
  const cli = resolve(import.meta.dirname, '../../src/ingest/cli/build-data.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', cli, '--watch', '--strict', 'seeds'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const code = await new Promise<number | null>((r) =>
    child.on('exit', (c) => {
      r(c);
    }),
  );
  expect(code).toBe(2);
  expect(stderr).toContain('--watch');
});
