import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CorpusIndex } from '../../src/contract/schema.ts';
import {
  ORIGINAL_SEED_ID,
  POLL,
  connectBrowser,
  cspViolations,
  fetchIndex,
  open,
  recordCspViolations,
  url,
} from './support.ts';

let browser: Browser;
let index: CorpusIndex;
beforeAll(async () => {
  browser = await connectBrowser();
  index = await fetchIndex();
});
afterAll(async () => {
  await browser.close();
});

async function withContext(
  run: (context: BrowserContext, page: Page) => Promise<void>,
  options: Parameters<Browser['newContext']>[0] = {},
) {
  const context = await browser.newContext(options);
  await recordCspViolations(context);
  const page = await context.newPage();
  try {
    await run(context, page);
  } finally {
    await context.close();
  }
}

/** Waits until the service worker is active and controls the page (it claims open pages). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise<void>((resolve) => {
      navigator.serviceWorker.addEventListener(
        'controllerchange',
        () => {
          resolve();
        },
        { once: true },
      );
    });
  });
}

/** Clicks the list's CSV download and reads the file it gives. */
async function downloadCsv(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', POLL),
    page
      .getByRole('group', { name: /^Download / })
      .getByRole('button', { name: 'CSV' })
      .click(),
  ]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

test('the app is installable: a manifest with PNG icons, and a service worker that registers under the CSP', async () => {
  await withContext(async (_context, page) => {
    await open(page, '/');
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await page.request.get(url(`/${manifestHref!.replace(/^\//, '')}`))).json()) as {
      name: string;
      display: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) {
      const response = await page.request.get(url(`/${icon.src}`));
      expect(response.headers()['content-type']).toBe('image/png');
    }
    await waitForServiceWorker(page);
    expect(await cspViolations(page)).toEqual([]);
  });
});

test('offline, an article already read opens; one never read says so and retries once online', async () => {
  const [read, other, neverRead] = index.articles.filter((article) => article.id !== ORIGINAL_SEED_ID);
  await withContext(async (context, page) => {
    await open(page, `/articles/${encodeURIComponent(read!.id)}`);
    await waitForServiceWorker(page);
    // Read after the service worker took over: a reload, and a link followed inside the app.
    await open(page, `/articles/${encodeURIComponent(read!.id)}`);
    await page.evaluate(
      (href) => {
        window.history.pushState(null, '', href);
        window.dispatchEvent(new PopStateEvent('popstate'));
      },
      `/articles/${encodeURIComponent(other!.id)}`,
    );
    await page.getByRole('heading', { level: 1, name: other!.headline }).waitFor(POLL);

    await context.setOffline(true);
    await open(page, `/articles/${encodeURIComponent(read!.id)}`);
    expect(await page.locator('main h1').textContent()).toBe(read!.headline);
    await open(page, `/articles/${encodeURIComponent(other!.id)}`);
    expect(await page.locator('main h1').textContent()).toBe(other!.headline);

    await open(page, `/articles/${encodeURIComponent(neverRead!.id)}`);
    expect(await page.locator('main h1').textContent()).toBe('This page is not available offline');
    await open(page, '/quotes?q=zeppelinwords');
    expect(await page.locator('main h1').textContent()).toBe('This page is not available offline');

    await context.setOffline(false);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: 'Quotes' }).waitFor(POLL);
    expect(await cspViolations(page)).toEqual([]);
  });
});

test('offline, a search typed on a list keeps the list and says its results could not be loaded; Try again loads them', async () => {
  await withContext(
    async (context, page) => {
      await open(page, '/');
      const count = page.locator('p[role=status].result-count');
      const before = await count.textContent();
      await context.setOffline(true);
      const box = page.getByRole('searchbox', { name: 'Search headlines and text' });
      await box.fill('zeppelinwords');
      const note = page.getByText('The results for “zeppelinwords” could not be loaded: you are offline.');
      await note.waitFor(POLL);
      // The list the reader had, the box as typed, the search in the URL (decision 013).
      expect(await page.locator('main h1').textContent()).toBe('Articles');
      expect(await count.textContent()).toBe(before);
      expect(await box.inputValue()).toBe('zeppelinwords');
      expect(new URL(page.url()).searchParams.get('q')).toBe('zeppelinwords');
      await context.setOffline(false);
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect.poll(() => count.textContent(), POLL).toBe('No articles match.');
      expect(await note.count()).toBe(0);
      expect(await cspViolations(page)).toEqual([]);
    },
    { serviceWorkers: 'block' },
  );
});

test('copy link keeps the #quote-N of the quote being read', async () => {
  const quoted = index.articles.find((article) => article.quoteCount >= 2)!;
  await withContext(
    async (context, page) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url('') });
      await open(page, `/articles/${encodeURIComponent(quoted.id)}#quote-2`);
      await page.getByRole('button', { name: 'Copy link' }).click();
      await page.getByText('Copied', { exact: true }).first().waitFor(POLL);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        url(`/articles/${encodeURIComponent(quoted.id)}#quote-2`),
      );
    },
    { permissions: ['clipboard-read', 'clipboard-write'] },
  );
});

test('export downloads the filtered quotes as CSV, one row per quote', async () => {
  const source = index.sources.find((candidate) => candidate.count >= 2)!;
  await withContext(
    async (_context, page) => {
      await open(page, `/quotes?source=${source.slug}`);
      const status = await page.locator('.result-count').textContent();
      const total = Number(/(\d+) quotes?$/.exec(status ?? '')?.[1] ?? NaN);
      const { name, text } = await downloadCsv(page);
      expect(name).toBe('newsreader-quotes-filtered.csv');
      expect(text.startsWith('\uFEFFquote,speaker,')).toBe(true);
      const records = text.split('\r\n').filter((line) => /,quote-\d+$/.test(line));
      expect(total).toBeGreaterThan(0);
      expect(records).toHaveLength(total);
    },
    { acceptDownloads: true },
  );
});

test('a download started from the keyboard keeps focus on its button, for the next one', async () => {
  await withContext(
    async (_context, page) => {
      await open(page, '/quotes?org=united-nations');
      const csv = page.getByRole('group', { name: /^Download / }).getByRole('button', { name: 'CSV' });
      await csv.focus();
      const [download] = await Promise.all([
        page.waitForEvent('download', POLL),
        page.keyboard.press('Enter'),
      ]);
      expect(download.suggestedFilename()).toBe('newsreader-quotes-filtered.csv');
      await page.getByText(/^Downloaded newsreader-quotes-filtered\.csv/).waitFor(POLL);
      // The button was disabled while the file was written, and a disabled button loses focus:
      // it fell to the page's body, and the next Tab started from the top.
      expect(await csv.evaluate((button) => button === document.activeElement)).toBe(true);
    },
    { acceptDownloads: true },
  );
});

test.each([
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
])(
  'at $width px, a download left for a quote the link scrolls to stays in view, clear of the quote and of focus',
  async ({ width, height }) => {
    await withContext(
      async (context, page) => {
        // The export's documents come slowly, so the file is still being written when the reader
        // follows a quote's link (its article opens scrolled to the quote).
        let slow = false;
        await context.route(/\/data\//, async (route) => {
          if (slow) await new Promise((resolve) => setTimeout(resolve, 400));
          await route.continue();
        });
        await open(page, '/quotes');
        slow = true;
        await page
          .getByRole('group', { name: /^Download / })
          .getByRole('button', { name: 'CSV' })
          .click();
        await page.locator('main a[href*="#quote-"]').nth(3).click();
        await page.waitForURL(/#quote-\d+$/, POLL);
        const notice = page.locator('.export-notice.shown');
        await notice.getByText(/still being prepared/).waitFor(POLL);
        const clear = () =>
          page.evaluate(() => {
            const box = document.querySelector('.export-notice.shown')!.getBoundingClientRect();
            const quote = document.querySelector('mark.quote.is-target')!.getBoundingClientRect();
            return {
              inView: box.top >= 0 && box.bottom <= window.innerHeight,
              aboveQuote: box.bottom <= quote.top,
              focusInNotice: document.querySelector('.export-notice')!.contains(document.activeElement),
            };
          });
        await expect.poll(clear, POLL).toEqual({ inView: true, aboveQuote: true, focusInNotice: false });
        slow = false;
        await notice.getByText(/^Downloaded newsreader-quotes\.csv/).waitFor({ timeout: 60_000 });
        expect(await clear()).toEqual({ inView: true, aboveQuote: true, focusInNotice: false });
        await page.screenshot({ path: `test-output/screenshots/export-notice-at-quote-${width}.png` });
      },
      { acceptDownloads: true, serviceWorkers: 'block', viewport: { width, height } },
    );
  },
);

test('an export reads past the offline cache: what the reader looked at stays cached, and offline a list already read still exports', async () => {
  // An organisation named by one article alone, whose quotes fit on one page: the list the
  // reader looks at reads the same quote chunks its export needs.
  const counts = new Map<string, number>();
  for (const article of index.articles)
    for (const slug of article.organisations) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  const article = index.articles.find(
    (candidate) =>
      candidate.quoteCount >= 2 &&
      candidate.quoteCount <= 20 &&
      candidate.organisations.some(
        (slug) => counts.get(slug) === 1 && !index.organisations.some((o) => o.parent === slug),
      ),
  )!;
  const slug = article.organisations.find((s) => counts.get(s) === 1)!;
  const quoteChunks = (page: Page) =>
    page.evaluate(async () => {
      const cache = await caches.open('newsreader-data');
      return (await cache.keys())
        .map((request) => request.url)
        .filter((url) => /\/quotes\/\d+\.json$/.test(url));
    });
  const exportRows = async (page: Page) =>
    (await downloadCsv(page)).text.split('\r\n').filter((line) => /,quote-\d+$/.test(line));
  await withContext(
    async (context, page) => {
      await open(page, '/quotes');
      await waitForServiceWorker(page);
      await open(page, `/quotes?org=${slug}`);
      await expect.poll(() => page.locator('.result-count').textContent(), POLL).toMatch(/\d+ quotes?$/);
      const looked = await quoteChunks(page);
      expect(looked.length).toBeGreaterThan(0);

      // Every quote of the collection, read once: its chunks are not kept. (The list itself may
      // read its next page ahead meanwhile, which is kept: one or two chunks.)
      await open(page, '/quotes');
      await page.waitForLoadState('networkidle');
      const before = await quoteChunks(page);
      const all = await exportRows(page);
      expect(Math.ceil(all.length / 32)).toBeGreaterThan(10);
      const after = await quoteChunks(page);
      expect(after.filter((chunk) => !before.includes(chunk)).length).toBeLessThanOrEqual(2);
      expect(after).toEqual(expect.arrayContaining(looked));

      await context.setOffline(true);
      await open(page, `/quotes?org=${slug}`);
      const rows = await exportRows(page);
      expect(rows).toHaveLength(article.quoteCount);
    },
    { acceptDownloads: true },
  );
});
