/**
 * One build at a time per output folder: a second build into a folder another process is
 * writing is refused with that process's pid and what to do, and leaves the folder as it was; a
 * lock left by a process that stopped is taken over.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { ingestCorpus } from '../../src/ingest/pipeline/ingest-corpus.ts';
import { LOCK_NAME, lockOutput, OutputBusyError } from '../../src/ingest/pipeline/output-lock.ts';
import { expectSameFolder, scratchBuild, snapshot } from '../support/output-folder.ts';
import { tempDir } from '../support/temp-dir.ts';

vi.setConfig({ testTimeout: 60_000 });

function seeds(root: string): string {
  const folder = join(root, 'seeds');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'a.txt'), 'date 2024-03-01 Wire/ The first story.\n');
  writeFileSync(join(folder, 'b.txt'), 'date 2024-03-02 Wire/ “It holds,” said Dana Whitfield.\n');
  return folder;
}

/** A process that runs until killed, and its pid. */
function otherProcess() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  return { pid: child.pid!, stop: () => child.kill('SIGKILL') };
}

test('a build into a folder another running process is writing is refused, and the folder is left as it was', async () => {
  const root = tempDir('output-lock-');
  const input = seeds(root);
  const out = join(root, 'out');
  await ingestCorpus({ inputs: [input], outDir: out, cacheDir: join(root, 'cache'), threads: 0 });
  const before = snapshot(out);
  expect(existsSync(join(out, LOCK_NAME))).toBe(false);

  const other = otherProcess();
  try {
    writeFileSync(join(out, LOCK_NAME), JSON.stringify({ pid: other.pid, host: hostname(), started: 'now' }));
    writeFileSync(join(input, 'c.txt'), 'date 2024-03-03 Wire/ A third story.\n');
    const refused = ingestCorpus({ inputs: [input], outDir: out, cacheDir: join(root, 'cache'), threads: 0 });
    await expect(refused).rejects.toBeInstanceOf(OutputBusyError);
    await expect(refused).rejects.toThrow(
      new RegExp(
        `another build \\(process ${other.pid}, .*\\) is writing ${out}.*delete ${join(out, LOCK_NAME)}`,
      ),
    );
    // Nothing written, and the other build's lock left to it.
    const after = snapshot(out);
    expect(after.delete(LOCK_NAME)).toBe(true);
    expectSameFolder(after, before);
  } finally {
    other.stop();
  }
});

test('a lock left by a process that stopped is taken over, and the build is a build from scratch', async () => {
  const root = tempDir('output-lock-');
  const input = seeds(root);
  const out = join(root, 'out');
  mkdirSync(out);
  // A pid that ran and exited: free now (on a busy machine it could be reused; a short-lived one).
  const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  writeFileSync(
    join(out, LOCK_NAME),
    JSON.stringify({
      pid: Number(gone.stdout.trim()),
      host: hostname(),
      started: 'then',
    }),
  );
  await ingestCorpus({ inputs: [input], outDir: out, cacheDir: join(root, 'cache'), threads: 0 });
  expect(readdirSync(out)).not.toContain(LOCK_NAME);
  expectSameFolder(snapshot(out), await scratchBuild(input));
});

test('the lock is released by its holder; a lock being made is busy, an old torn one and a pid reused are not', () => {
  const out = join(tempDir('output-lock-'), 'out');
  const lock = join(out, LOCK_NAME);
  const release = lockOutput(out);
  // Two builds of one process into one folder at once are refused as well.
  expect(() => lockOutput(out)).toThrow(OutputBusyError);
  release();
  expect(existsSync(lock)).toBe(false);

  // Unreadable: another build's lock half made, until it is old enough to be a torn one.
  writeFileSync(lock, '{"pid":');
  expect(() => lockOutput(out)).toThrow(OutputBusyError);
  const old = new Date(Date.now() - 60_000);
  utimesSync(lock, old, old);
  lockOutput(out)();
  expect(existsSync(lock)).toBe(false);

  // This process's pid in a lock it does not hold: an earlier process that had the same pid.
  writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), started: 'before' }));
  lockOutput(out)();
  expect(existsSync(lock)).toBe(false);
});

test('a build that fails releases the lock', async () => {
  const root = tempDir('output-lock-');
  const out = join(root, 'out');
  // An output folder whose v/ is a file: the view step cannot make its folder.
  mkdirSync(out);
  writeFileSync(join(out, 'v'), 'not a folder');
  await expect(
    ingestCorpus({ inputs: [seeds(root)], outDir: out, cacheDir: join(root, 'cache'), threads: 0 }),
  ).rejects.toThrow();
  expect(readdirSync(out)).not.toContain(LOCK_NAME);
});
