// A build for a sub-path (`vite build --base /news/`, `npm start -- --base /news/`): the server, the
// router and every data request stay under the base. Its own small build (the original seed),
// with a site URL, so the sitemap is there too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { decoded, get } from './http.ts';
import {
  connectBrowser,
  ORIGINAL_SEED_ID,
  ORIGINAL_SEED_ORG,
  ORIGINAL_SEED_SPEAKER,
  POLL,
} from './support.ts';

const root = resolve(import.meta.dirname, '..', '..');
const outDir = mkdtempSync(join(tmpdir(), 'newsreader-base-'));
const SITE = 'https://example.org/news/';
let server: PreviewServer;
let origin = '';
let browser: Browser;

beforeAll(async () => {
  const saved = { ...process.env };
  process.env.NEWSREADER_SEEDS = resolve(root, 'seeds');
  process.env.NEWSREADER_SITE_URL = SITE;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, base: '/news/', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    for (const name of ['NEWSREADER_SEEDS', 'NEWSREADER_SITE_URL', 'NODE_ENV'])
      if (saved[name] === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = saved[name];
  }
  server = await preview({
    root,
    base: '/news/',
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  origin = new URL(server.resolvedUrls!.local[0]!).origin;
  browser = await connectBrowser();
}, 180_000);

afterAll(async () => {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
});

test('the server answers under the base, and leads there from outside it', async () => {
  expect((await get(`${origin}/news/`)).status).toBe(200);
  expect((await get(`${origin}/news/articles/${ORIGINAL_SEED_ID}`)).status).toBe(200);
  expect((await get(`${origin}/news/organisations/${ORIGINAL_SEED_ORG}`)).status).toBe(200);
  expect((await get(`${origin}/news/articles/no-such-article`)).status).toBe(404);
  expect((await get(`${origin}/articles/${ORIGINAL_SEED_ID}`)).status).toBe(404);
  for (const path of ['/', '/news']) {
    const response = await get(`${origin}${path}`);
    expect(response.status, path).toBe(302);
    expect(response.headers.location, path).toBe('/news/');
  }
  const notFound = decoded(await get(`${origin}/news/nothing`)).toString('utf8');
  // The pre-rendered 404 page: React Router's links carry `data-discover` as well.
  expect(notFound).toMatch(/<a href="\/news\/"[^>]*>Back to all articles<\/a>/);
  expect(notFound).toContain('src="/news/assets/');
});

test('the sitemap and robots.txt name absolute URLs under the base; _headers carries the base', async () => {
  const sitemap = await get(`${origin}/news/sitemap.xml`);
  expect(sitemap.headers['content-type']).toBe('application/xml; charset=utf-8');
  const locs = [
    ...decoded(sitemap)
      .toString('utf8')
      .matchAll(/<loc>([^<]*)<\/loc>/g),
  ].map((m) => m[1]);
  expect(locs).toEqual([
    SITE,
    `${SITE}quotes`,
    `${SITE}articles/${ORIGINAL_SEED_ID}`,
    ...locs.filter((loc) => loc?.startsWith(`${SITE}organisations/`)),
    ...locs.filter((loc) => loc?.startsWith(`${SITE}speakers/`)),
  ]);
  expect(locs).toContain(`${SITE}speakers/${ORIGINAL_SEED_SPEAKER}`);
  expect(locs).toContain(`${SITE}organisations/${ORIGINAL_SEED_ORG}`);
  expect(decoded(await get(`${origin}/news/robots.txt`)).toString('utf8')).toContain(
    `Sitemap: ${SITE}sitemap.xml`,
  );
  expect(decoded(await get(`${origin}/news/_headers`)).toString('utf8')).toContain(
    '\n/news/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n',
  );
});

test('in the browser, the app routes and loads its data under the base', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${origin}/news/`);
  await page.getByRole('heading', { level: 1, name: 'Articles' }).waitFor(POLL);
  const link = page.locator(`main a[href="/news/articles/${ORIGINAL_SEED_ID}"]`).first();
  await link.click();
  await page.waitForURL(`${origin}/news/articles/${ORIGINAL_SEED_ID}`);
  await page.locator('#article-headline').waitFor(POLL);
  await page.goto(`${origin}/news/organisations/${ORIGINAL_SEED_ORG}`);
  await page.getByRole('heading', { level: 1, name: 'NATO' }).waitFor(POLL);
  await page.goto(`${origin}/news/no-such-page`);
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor(POLL);
  await page.getByRole('link', { name: 'Back to all articles' }).first().click();
  await page.waitForURL(`${origin}/news/`);
  expect(requests.filter((url) => !url.startsWith(`${origin}/news/`) && !url.startsWith('data:'))).toEqual(
    [],
  );
  expect(requests.some((url) => url.startsWith(`${origin}/news/data/`))).toBe(true);
  await context.close();
}, 60_000);
