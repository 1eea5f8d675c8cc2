/**
 * The project's server renders a list URL with search params on request where the build kept its
 * renderer, and falls back to the list's pre-rendered page where it cannot.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { RenderOnRequest } from '../../src/prerender/kept-renderer.ts';
import { createSiteHandler } from '../../src/hosting/static-server.ts';

let dir: string;
const servers: Server[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsreader-render-on-request-'));
  writeFileSync(join(dir, 'index.html'), '<p>articles, first page</p>');
  mkdirSync(join(dir, 'quotes'));
  writeFileSync(join(dir, 'quotes', 'index.html'), '<p>quotes, first page</p>');
});
afterAll(() => {
  for (const server of servers) server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function serve(render: RenderOnRequest | null): Promise<string> {
  const handler = createSiteHandler({ outDir: dir, base: '/', render });
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address !== 'object') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

test('a list with search params is rendered with them; without any, the pre-rendered page is served', async () => {
  const asked: string[] = [];
  const origin = await serve((path) => {
    asked.push(path);
    return Promise.resolve({ status: 200, html: `<p>rendered ${path}</p>` });
  });
  const filtered = await fetch(`${origin}/?org=nato&page=2`);
  expect(filtered.status).toBe(200);
  expect(filtered.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(filtered.headers.get('cache-control')).toBe('no-cache');
  expect(await filtered.text()).toBe('<p>rendered /?org=nato&page=2</p>');
  expect(await (await fetch(`${origin}/quotes?speaker=x`)).text()).toBe('<p>rendered /quotes?speaker=x</p>');
  expect(await (await fetch(`${origin}/`)).text()).toBe('<p>articles, first page</p>');
  expect(await (await fetch(`${origin}/?`)).text()).toBe('<p>articles, first page</p>');
  expect(asked).toEqual(['/?org=nato&page=2', '/quotes?speaker=x']);
});

test('a rendered page goes out gzipped when the client takes gzip', async () => {
  const origin = await serve(() => Promise.resolve({ status: 200, html: '<p>rendered</p>'.repeat(50) }));
  // fetch() would decode it: read the bytes as they come.
  const response = await new Promise<{ encoding: string | undefined; body: Buffer }>((done, reject) => {
    get(`${origin}/?page=3`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
      });
      res.on('end', () => {
        done({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) });
      });
    }).on('error', reject);
  });
  expect(response.encoding).toBe('gzip');
  expect(gunzipSync(response.body).toString()).toBe('<p>rendered</p>'.repeat(50));
});

test('a render that fails or has no page falls back to the pre-rendered first page', async () => {
  const failing = await serve(() => Promise.reject(new Error('the data folder is gone')));
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    const response = await fetch(`${failing}/?page=2`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<p>articles, first page</p>');
  } finally {
    console.warn = warn;
  }
  const none = await serve(() => Promise.resolve(null));
  expect(await (await fetch(`${none}/quotes?page=2`)).text()).toBe('<p>quotes, first page</p>');
  const without = await serve(null);
  expect(await (await fetch(`${without}/?page=2`)).text()).toBe('<p>articles, first page</p>');
});
