/**
 * The watch process's seed listing (`SeedListing`): listed again from the paths the watcher
 * named, it must give what a whole walk gives (`collectSeedFiles`: the same files in the same
 * order, missing inputs and problems), and hold a file's stamp only while it is still the file's.
 */
import { mkdirSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { collectSeedFiles } from '../../src/ingest/pipeline/collect-files.ts';
import { MAX_NAMED, SeedListing } from '../../src/ingest/pipeline/seed-listing.ts';
import { tempDir } from '../support/temp-dir.ts';

/** Lists with `listing` as the build does: held stamps used, the others stat-ed and given back. */
async function listLikeTheBuild(listing: SeedListing, inputs: readonly string[]) {
  const listed = await listing.list(inputs);
  const stamps = new Map<string, { size: number; mtimeMs: number }>();
  for (const path of listed.files) {
    let stamp = listed.stamps.get(path) ?? null;
    if (!stamp) {
      try {
        const info = statSync(path);
        stamp = { size: info.size, mtimeMs: info.mtimeMs };
      } catch {
        stamp = null;
      }
      listing.remember(path, stamp);
    }
    if (stamp) stamps.set(path, stamp);
  }
  return { files: listed.files, missing: listed.missing, problems: listed.problems, stamps };
}

/** What a whole walk and a fresh stat of every file say now. */
async function truth(inputs: readonly string[]) {
  const collected = await collectSeedFiles(inputs);
  const stamps = new Map<string, { size: number; mtimeMs: number }>();
  for (const path of collected.files) {
    try {
      const info = statSync(path);
      stamps.set(path, { size: info.size, mtimeMs: info.mtimeMs });
    } catch {
      // Unreadable: no stamp, as in the build.
    }
  }
  return { ...collected, stamps };
}

/** A seeded random number generator (mulberry32), so a failing sequence can be run again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('listed again from named paths, the seeds are what a whole walk finds, with true stamps', async () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const root = tempDir('seed-listing-');
    const folder = join(root, 'seeds');
    const single = join(root, 'single.txt');
    mkdirSync(join(folder, 'sub', 'deeper'), { recursive: true });
    writeFileSync(single, 'date 2024-01-01 Wire/ One.\n');
    // A relative input, as a command line gives one: the listing keeps its form.
    const inputs = [relative(process.cwd(), folder), single, join(root, 'absent')];
    const names = ['a.txt', 'B.txt', 'sub/c.txt', 'sub/a.txt', 'sub/deeper/z.TXT', 'é.txt', 'sub/10.txt'];
    const next = random(seed);
    const listing = new SeedListing();
    expect(await listLikeTheBuild(listing, inputs)).toEqual(await truth(inputs));
    let named = 0;
    for (let step = 0; step < 40; step++) {
      const name = names[Math.floor(next() * names.length)]!;
      const path = join(folder, name);
      const roll = next();
      if (roll < 0.45) writeFileSync(path, 'x'.repeat(1 + Math.floor(next() * 50)));
      else if (roll < 0.65) rmSync(path, { force: true });
      else if (roll < 0.8) {
        // Saved as editors save: a new file renamed over the old one.
        writeFileSync(`${path}.tmp`, `y${step}`);
        renameSync(`${path}.tmp`, path);
      } else {
        // The same size, a new time.
        writeFileSync(path, 'same');
        utimesSync(path, new Date(), new Date(Date.now() + step * 1000));
      }
      listing.changed(resolve(path));
      const listed = await listLikeTheBuild(listing, inputs);
      expect(listed, `seed ${seed}, step ${step}: ${name}`).toEqual(await truth(inputs));
      if (listing.lastListing === 'named') named++;
    }
    // Every step was listed from its named path, not by walking again.
    expect(named).toBe(40);
  }
});

test('anything but a seed file named makes the next listing whole, and it is right', async () => {
  const root = tempDir('seed-listing-');
  const folder = join(root, 'seeds');
  mkdirSync(folder);
  writeFileSync(join(folder, 'a.txt'), 'one');
  const listing = new SeedListing();
  await listLikeTheBuild(listing, [folder]);

  // A folder made with seeds in it: the watcher says null (a folder).
  mkdirSync(join(folder, 'new'));
  writeFileSync(join(folder, 'new', 'b.txt'), 'two');
  listing.changed(null);
  expect(await listLikeTheBuild(listing, [folder])).toEqual(await truth([folder]));
  expect(listing.lastListing).toBe('whole');

  // A named path that turns out to be a folder is a problem only a whole walk reports.
  mkdirSync(join(folder, 'odd.txt'));
  listing.changed(join(folder, 'odd.txt'));
  const listed = await listLikeTheBuild(listing, [folder]);
  expect(listing.lastListing).toBe('whole');
  expect(listed).toEqual(await truth([folder]));
  expect(listed.problems.map((p) => p.file)).toEqual([join(folder, 'odd.txt')]);

  // More names than the kernel could have queued without loss: walked again.
  for (let i = 0; i <= MAX_NAMED; i++) listing.changed(join(folder, `n${i}.txt`));
  await listLikeTheBuild(listing, [folder]);
  expect(listing.lastListing).toBe('whole');

  // Other inputs than last time: walked again.
  await listLikeTheBuild(listing, [join(folder, 'new')]);
  expect(listing.lastListing).toBe('whole');
});

test('a seed reached through a link is stat-ed again on every listing, with no event for it', async () => {
  const root = tempDir('seed-listing-');
  const folder = join(root, 'seeds');
  mkdirSync(folder);
  const target = join(root, 'elsewhere.txt');
  writeFileSync(target, 'short');
  symlinkSync(target, join(folder, 'linked.txt'));
  writeFileSync(join(folder, 'plain.txt'), 'plain');
  const listing = new SeedListing();
  await listLikeTheBuild(listing, [folder]);

  // The target changes outside the watched folder: no event names the link.
  writeFileSync(target, 'a good deal longer now');
  writeFileSync(join(folder, 'plain.txt'), 'plain, edited');
  listing.changed(join(folder, 'plain.txt'));
  const listed = await listLikeTheBuild(listing, [folder]);
  expect(listing.lastListing).toBe('named');
  expect(listed).toEqual(await truth([folder]));
  expect(listed.stamps.get(join(folder, 'linked.txt'))?.size).toBe('a good deal longer now'.length);
});
