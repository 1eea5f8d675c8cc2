/**
 * A build keeps its own folder of `v/` and the previous one; an older folder is first renamed out
 * of the way (one rename) and then handed to the build's `retire` hook, which a one-off build
 * runs at once and the watch process on a thread of its own.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { viewPaths } from '../../src/contract/views.ts';
import { ingestCorpus } from '../../src/ingest/pipeline/ingest-corpus.ts';
import { RETIRED } from '../../src/ingest/corpus/view-documents/write-view-documents.ts';
import { tempDir } from '../support/temp-dir.ts';

vi.setConfig({ testTimeout: 60_000 });

test('the build before last is renamed out of v/ and handed to retire, whole, after the new folder is in place', async () => {
  const root = tempDir('retired-');
  const seeds = join(root, 'seeds');
  const out = join(root, 'out');
  mkdirSync(seeds);
  const handed: { path: string; files: string[]; current: string[] }[] = [];
  const build = async (text: string) => {
    writeFileSync(join(seeds, 'a.txt'), `date 2024-03-01 Wire/ ${text}\n`);
    return ingestCorpus({
      inputs: [seeds],
      outDir: out,
      cacheDir: join(root, 'cache'),
      threads: 0,
      retire: (path) => {
        handed.push({
          path,
          files: readdirSync(path),
          current: readdirSync(join(out, 'v')).filter((name) => !name.startsWith('.')),
        });
      },
    });
  };
  const first = await build('The first version.');
  const second = await build('The second version.');
  expect(handed).toEqual([]);
  const third = await build('The third version.');

  expect(handed).toHaveLength(1);
  const [retired] = handed;
  // This process's name for it, and the first build's documents in it.
  expect(retired!.path.startsWith(join(out, 'v', `${RETIRED}${process.pid}.`))).toBe(true);
  expect(retired!.files).toContain(viewPaths.meta(first.buildId).split('/').at(-1));
  // Handed over once the new folder and the one before it were in place, the old one gone.
  expect(retired!.current.sort()).toEqual([second.buildId, third.buildId].sort());
  expect(existsSync(join(out, 'v', first.buildId))).toBe(false);
  // The hook owns it now: the build left it for the hook to remove.
  expect(existsSync(retired!.path)).toBe(true);
});
