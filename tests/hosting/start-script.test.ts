// `npm start` checks its port before building: a busy port is reported at once, with the fix.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'newsreader-start-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function start(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/start.ts', ...args],
      { cwd: root, env: { ...process.env, ...env } },
      (error, _stdout, stderr) => {
        done({ code: error ? Number(error.code) : 0, stderr });
      },
    );
  });
}

function listen(): Promise<{ server: Server; port: number }> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, 'localhost', () => {
      const address = server.address();
      done({ server, port: typeof address === 'object' && address ? address.port : 0 });
    });
  });
}

test('a busy port is reported before the build starts, with another port to use', async () => {
  const { server, port } = await listen();
  const outDir = join(work, 'dist-port');
  try {
    for (const run of [
      () => start(['--port', String(port), '--outDir', outDir]),
      () => start(['--outDir', outDir], { PORT: String(port) }),
    ]) {
      const { code, stderr } = await run();
      expect(code).toBe(1);
      expect(stderr).toContain(`port ${port} is already in use`);
      const suggested = /npm start -- --port (\d+)\n {2}PORT=(\d+) npm start\n/.exec(stderr);
      expect(suggested?.[1]).toBeDefined();
      expect(suggested?.[1]).toBe(suggested?.[2]);
      expect(Number(suggested?.[1])).not.toBe(port);
      // Nothing was built.
      expect(existsSync(outDir)).toBe(false);
    }
  } finally {
    server.close();
  }
}, 60_000);

test('npm run preview names itself in the message, and a bad port is a usage error naming its source', async () => {
  const { server, port } = await listen();
  try {
    const built = join(work, 'built');
    mkdirSync(built, { recursive: true });
    writeFileSync(join(built, 'index.html'), '<!doctype html>');
    const busy = await start(['--no-build', '--port', String(port), '--outDir', built]);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(/npm run preview -- --port \d+/);
  } finally {
    server.close();
  }
  const bad = await start([], { PORT: 'eighty' });
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('PORT must be a port number from 0 to 65535, not "eighty"');
  const badFlag = await start(['--port', '70000']);
  expect(badFlag.code).toBe(2);
  expect(badFlag.stderr).toContain('--port must be a port number');
  const unknown = await start(['--prot', '80']);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('unknown option --prot');
}, 60_000);

test('preview without a build says how to make one', async () => {
  const { code, stderr } = await start(['--no-build', '--port', '0', '--outDir', join(work, 'none')]);
  expect(code).toBe(1);
  expect(stderr).toContain('run `npm run build` first');
}, 60_000);
