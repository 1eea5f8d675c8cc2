// The dev server builds the data from the seeds, serves it at /data/, and rebuilds it when a
// seed changes: what `npm run dev` users rely on.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { corpusIndexSchema } from '../../src/contract/schema.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'newsreader-dev-'));
const seeds = join(work, 'seeds');
let server: ViteDevServer;
let base = '';

beforeAll(async () => {
  writeSeedFile('first.txt', 'date 2024-03-01 Wire/ The first story.\n');
  process.env.NEWSREADER_SEEDS = seeds;
  process.env.NEWSREADER_CACHE = join(work, 'cache');
  server = await createServer({ root, logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  base = server.resolvedUrls?.local[0] ?? '';
}, 60_000);

afterAll(async () => {
  await server.close();
  delete process.env.NEWSREADER_SEEDS;
  delete process.env.NEWSREADER_CACHE;
  rmSync(work, { recursive: true, force: true });
});

function writeSeedFile(name: string, text: string): void {
  mkdirSync(seeds, { recursive: true });
  writeFileSync(join(seeds, name), text);
}

async function index(): Promise<ReturnType<typeof corpusIndexSchema.parse>> {
  const response = await fetch(`${base}data/index.json`);
  expect(response.status).toBe(200);
  return corpusIndexSchema.parse(await response.json());
}

test('the dev server serves the data built from the seeds', async () => {
  const data = await index();
  expect(data.articles.map((a) => a.id)).toEqual(['first']);
  const missing = await fetch(`${base}data/articles/nope.json`);
  expect(missing.status).toBe(404);
});

test('adding a seed file rebuilds the data', async () => {
  writeSeedFile('second.txt', 'date 2024-03-02 Wire/ The second story.\n');
  await expect
    .poll(async () => (await index()).articles.map((a) => a.id), { timeout: 30_000, interval: 250 })
    .toEqual(['second', 'first']);
}, 40_000);

test('editing a seed file and removing another rebuild the data, and the page is told to reload', async () => {
  const send = vi.spyOn(server.ws, 'send');
  writeSeedFile('first.txt', 'date 2024-03-01 Wire/ The first story, corrected.\n');
  await expect
    .poll(async () => (await index()).articles.find((a) => a.id === 'first')?.headline, {
      timeout: 30_000,
      interval: 250,
    })
    .toMatch(/corrected/);
  rmSync(join(seeds, 'second.txt'));
  await expect
    .poll(async () => (await index()).articles.map((a) => a.id), { timeout: 30_000, interval: 250 })
    .toEqual(['first']);
  // index.json is in place before the build's view step ends and reports: the reload comes after.
  const reloads = () =>
    send.mock.calls.filter((args) => JSON.stringify(args[0]).includes('"full-reload"')).length;
  await expect.poll(reloads, { timeout: 30_000, interval: 100 }).toBeGreaterThanOrEqual(2);
}, 70_000);
