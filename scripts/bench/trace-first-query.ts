/**
 * `node --import tsx scripts/bench/trace-first-query.ts DIST [QUERY]`: the requests of a first query,
 * in series or not. Serves DIST with Vite's preview server, loads `/` in Chromium, waits until the
 * list is shown, then searches QUERY (default government) as bench:reader does, and prints every
 * request (page and worker) from the page's load on with its start and end, in ms since the submit.
 * A diagnostic, not a benchmark: one run, figures vary with the machine's load.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { chromiumLaunchOptions } from '../../tests/e2e/chromium.ts';

const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const dist = process.argv[2];
const query = process.argv[3] ?? 'government';
const settle = Number(process.env.SETTLE_MS ?? '0');
if (!dist) throw new Error('usage: trace-first-query.ts DIST [QUERY]');

const server = await preview({
  root,
  logLevel: 'warn',
  build: { outDir: resolve(dist) },
  preview: { port: 0, host: '127.0.0.1' },
});
const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const browser = await chromium.launch(await chromiumLaunchOptions());
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const t0 = performance.now();
  const rows = new Map<object, { url: string; start: number; end: number | null }>();
  page.on('request', (request) => {
    rows.set(request, { url: request.url().replace(base, ''), start: performance.now() - t0, end: null });
  });
  page.on('requestfinished', (request) => {
    const row = rows.get(request);
    if (row) row.end = performance.now() - t0;
  });
  // Lines the app logs with an absolute time (`DBG <epoch ms> …`, a temporary instrumentation).
  const logged: { at: number; text: string }[] = [];
  const keep = (text: string) => {
    const match = /^DBG (\d+) (.*)$/.exec(text);
    if (match) logged.push({ at: Number(match[1]), text: match[2]! });
  };
  page.on('console', (message) => {
    keep(message.text());
  });
  page.on('worker', (worker) => {
    worker.on('console', (message) => {
      keep(message.text());
    });
  });
  if (query.startsWith('/')) {
    // A cold load of that path instead: every request from the navigation on.
    await page.goto(`${base}${query}`);
    await page
      .locator(
        query.startsWith('/articles/') || query.startsWith('/organisations/')
          ? 'main h1'
          : '[data-list-item]',
      )
      .first()
      .waitFor();
    const shownAt = performance.now() - t0;
    const nav = await page.evaluate(() => performance.now());
    console.log(`shown ~${shownAt.toFixed(0)} ms after goto (page clock now ${nav.toFixed(0)})`);
    await page.waitForTimeout(500);
    for (const row of [...rows.values()].sort((a, b) => a.start - b.start))
      console.log(
        `${row.start.toFixed(0).padStart(6)} → ${row.end === null ? '   …' : row.end.toFixed(0).padStart(6)}  ${row.url}`,
      );
    process.exit(0);
  }
  await page.goto(`${base}/`);
  await page.locator('[data-list-item]').first().waitFor();
  const shown = performance.now() - t0;
  if (settle) await page.waitForTimeout(settle);
  const box = page.getByRole('search').getByRole('searchbox');
  const submitAt = performance.now() - t0;
  const inPage = await box.evaluate(async (input, value) => {
    const form = (input as HTMLInputElement).form!;
    const before = document.querySelector('p[role=status].result-count')?.textContent;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const start = performance.now();
    const epoch = performance.timeOrigin + start;
    form.requestSubmit();
    await new Promise<void>((done) => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('p[role=status].result-count')?.textContent !== before) {
          observer.disconnect();
          done();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    return { ms: performance.now() - start, epoch };
  }, query);
  await page.waitForTimeout(1500);
  console.log(
    `list shown at ${shown.toFixed(0)} ms after goto; submit at ${submitAt.toFixed(0)}; first query ${inPage.ms.toFixed(0)} ms`,
  );
  for (const line of logged.sort((a, b) => a.at - b.at))
    console.log(`${(line.at - inPage.epoch).toFixed(0).padStart(6)}  ${line.text}`);
  for (const row of [...rows.values()].sort((a, b) => a.start - b.start)) {
    const rel = (n: number | null) => (n === null ? '   …' : (n - submitAt).toFixed(0).padStart(6));
    console.log(`${rel(row.start)} → ${rel(row.end)}  ${row.url}`);
  }
} finally {
  await browser.close();
  server.httpServer.close();
  (server.httpServer as { closeAllConnections?: () => void }).closeAllConnections?.();
}
