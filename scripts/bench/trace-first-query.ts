/**
 * `node --import tsx scripts/bench/trace-first-query.ts DIST [QUERY]`: the path of a first query.
 * Serves DIST with Vite's preview server, loads `/` in Chromium, waits until the list is shown,
 * then searches QUERY (default government) as bench:reader does, and prints in ms since the
 * submit (the page's clock): the app's marks (src/lib/trace-marks.ts, turned on for this page:
 * submit, navigation, loader, each message to a worker and its answer, and in the workers each
 * call received, fetch, response, parse and reply) and every request of page and workers with
 * the browser's own start and end times (Playwright's `request.timing()`). `SETTLE_MS=N` waits N ms
 * between the list shown and the search. A diagnostic, not a benchmark: one run, figures vary
 * with the machine's load.
 *
 * Read the browser's request times, not the moment the script hears of a request: under load,
 * Playwright's events reach this process hundreds of ms late (decision 014, "The gap").
 */
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../tests/e2e/chromium.ts';
import { serveBuild } from './serve-build.ts';

const dist = process.argv[2];
const query = process.argv[3] ?? 'government';
const settle = Number(process.env.SETTLE_MS ?? '0');
if (!dist) throw new Error('usage: trace-first-query.ts DIST [QUERY]');

const server = await serveBuild(dist);
const base = server.base;
const browser = await chromium.launch(await chromiumLaunchOptions());
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    globalThis.__newsreaderTrace = true;
  });
  const page = await context.newPage();
  const t0 = performance.now();
  /** Every request with the browser's start and end, epoch ms (end: null until finished). */
  const rows = new Map<object, { url: string; start: number; end: number | null; heard: number }>();
  page.on('request', (request) => {
    rows.set(request, {
      url: request.url().replace(base, ''),
      start: Number.NaN,
      end: null,
      heard: performance.now() - t0,
    });
  });
  page.on('requestfinished', (request) => {
    const row = rows.get(request);
    if (!row) return;
    const timing = request.timing();
    row.start = timing.startTime;
    row.end = timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd : null;
  });
  /** Every mark of the page and of its workers, epoch ms. */
  const marksOf = (target: { evaluate: typeof page.evaluate }) =>
    target.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .map((entry) => ({ at: performance.timeOrigin + entry.startTime, text: entry.name })),
    );
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
    // In ms since the navigation started (the page's time origin).
    const origin = await page.evaluate(() => performance.timeOrigin);
    const since = (n: number | null) => (n === null ? '     …' : (n - origin).toFixed(0).padStart(6));
    for (const mark of (await marksOf(page)).sort((a, b) => a.at - b.at))
      console.log(`${since(mark.at)}  page  ${mark.text}`);
    for (const row of [...rows.values()].sort((a, b) => a.start - b.start))
      console.log(`${since(row.start)} → ${since(row.end)}  ${row.url}`);
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
    `list shown at ${shown.toFixed(0)} ms after goto; submit at ${submitAt.toFixed(0)} (script's clock); first query ${inPage.ms.toFixed(0)} ms (page's clock, from requestSubmit to the new count)`,
  );
  const marks = [
    ...(await marksOf(page)).map((mark) => ({ ...mark, text: `page  ${mark.text}` })),
    ...(await Promise.all(page.workers().map((worker) => marksOf(worker)))).flatMap((list) =>
      list.map((mark) => ({ ...mark, text: `worker ${mark.text}` })),
    ),
  ];
  const rel = (n: number | null) => (n === null ? '     …' : (n - inPage.epoch).toFixed(0).padStart(6));
  console.log('marks (ms since the submit, page clock):');
  for (const mark of marks.sort((a, b) => a.at - b.at)) console.log(`${rel(mark.at)}  ${mark.text}`);
  console.log('requests: browser start → end (ms since the submit); when the script heard of it');
  for (const row of [...rows.values()].sort((a, b) => a.start - b.start))
    console.log(
      `${rel(row.start)} → ${rel(row.end)}  ${row.url}  (heard ${(row.heard - submitAt).toFixed(0)})`,
    );
} finally {
  await browser.close();
  server.close();
}
