/**
 * The hostile seeds (tests/fixtures/hostile: script and HTML payloads in source, headline, body and
 * quotes; broken headers and encodings; bidi and invisible text; long and unicode file names)
 * built into their own production app and browsed in Chromium: every page renders the payloads
 * as text, no script of theirs runs, and the Content-Security-Policy reports nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { CorpusIndex } from '../../src/contract/schema.ts';
import { cspViolations, recordCspViolations } from './support.ts';

const root = resolve(import.meta.dirname, '..', '..');
let outDir = '';
let server: PreviewServer;
let baseUrl = '';
let browser: Browser;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'newsreader-hostile-'));
  const seeds = process.env.NEWSREADER_SEEDS;
  const nodeEnv = process.env.NODE_ENV;
  process.env.NEWSREADER_SEEDS = resolve(root, 'tests', 'fixtures', 'hostile');
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  } finally {
    if (seeds === undefined) delete process.env.NEWSREADER_SEEDS;
    else process.env.NEWSREADER_SEEDS = seeds;
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  server = await preview({
    root,
    logLevel: 'silent',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  baseUrl = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
  browser = await chromium.connect(inject('wsEndpoint'));
}, 180_000);

afterAll(async () => {
  await browser.close();
  await new Promise<void>((done) => {
    server.httpServer.close(() => {
      done();
    });
  });
  rmSync(outDir, { recursive: true, force: true });
});

test('no payload of the hostile seeds runs on any page, deep link or search', async () => {
  const index = JSON.parse(readFileSync(join(outDir, 'data', 'index.json'), 'utf8')) as CorpusIndex;
  // Every readable hostile seed became an article; the rest were diagnostics (tests/ingest).
  expect(index.articles.length).toBeGreaterThan(3);
  const paths = [
    '/',
    '/quotes',
    `/?q=${encodeURIComponent('<script>alert(1)</script>')}`,
    `/quotes?q=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`,
    ...index.articles.map((article) => `/articles/${encodeURIComponent(article.id)}#quote-1`),
    ...index.organisations.map((org) => `/organisations/${org.slug}`),
  ];
  // A phone's width: long unbroken words in seed text must wrap, not widen the page.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await recordCspViolations(context);
  const dialogs: string[] = [];
  for (const path of paths) {
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(`${path}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${baseUrl}${path}`);
    await page.locator('main h1').first().waitFor();
    expect(await cspViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Markup in seed text is shown as text: no element of the payloads exists in the page.
    expect(await page.locator('main script, main img, main b, main a[href^="javascript:"]').count()).toBe(0);
    await page.close();
  }
  expect(dialogs).toEqual([]);
  // The payloads are on the page as text, so they were read and escaped rather than dropped.
  const page = await context.newPage();
  await page.goto(`${baseUrl}/quotes`);
  await page.locator('main h1').first().waitFor();
  expect(await page.locator('main').innerText()).toContain("<script>alert('quote')</script>");
  await context.close();
}, 120_000);
