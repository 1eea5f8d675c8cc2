/**
 * The reader on a slow or stalled connection: a page whose data takes a while says so, where the
 * reader is looking, in words and in forced colours (app hunt 7).
 */
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CorpusIndex } from '../../src/contract/schema.ts';
import { POLL, connectBrowser, fetchIndex, isInViewport, open } from './support.ts';

let browser: Browser;
let index: CorpusIndex;
beforeAll(async () => {
  browser = await connectBrowser();
  index = await fetchIndex();
});
afterAll(async () => {
  await browser.close();
});

/**
 * A page whose requests for data documents containing `part` are held (not answered) until
 * `release()`, as a stalled connection holds them. No service worker: it would answer from its
 * caches, and the test is about the network.
 */
async function withHeldData(
  run: (page: Page, hold: (part: string) => void, release: () => Promise<void>) => Promise<void>,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<void> {
  const context: BrowserContext = await browser.newContext({ serviceWorkers: 'block', ...options });
  const held: Route[] = [];
  let holding: string | null = null;
  await context.route('**/data/**', async (route) => {
    if (holding !== null && route.request().url().includes(holding)) held.push(route);
    else await route.continue();
  });
  const page = await context.newPage();
  try {
    await run(
      page,
      (part) => {
        holding = part;
      },
      async () => {
        holding = null;
        for (const route of held.splice(0)) await route.continue();
      },
    );
  } finally {
    await context.close();
  }
}

/** The last article of the list's first page, scrolled into view (far below the header). */
async function lastArticleLink(page: Page) {
  const links = page.locator('.results a[href^="/articles/"]');
  const link = links.nth((await links.count()) - 1);
  await link.scrollIntoViewIfNeeded();
  return link;
}

test('a page that takes a while says it is loading where the reader is scrolled, then that it is still loading', async () => {
  await withHeldData(async (page, hold, release) => {
    await open(page, '/');
    const link = await lastArticleLink(page);
    const href = (await link.getAttribute('href'))!;
    const id = decodeURIComponent(href.slice('/articles/'.length));
    hold(`/articles/${id}.json`);
    await link.click();
    // The progress bar is at the top of the page, out of view down the list: words, in view.
    const notice = page.locator('.loading-notice');
    const said = () => page.evaluate(() => document.querySelector('.loading-notice')?.textContent ?? null);
    await expect.poll(said, POLL).toBe('Loading…');
    expect(await isInViewport(page, '.loading-notice')).toBe(true);
    expect(await page.locator('.loading-region').getAttribute('aria-live')).toBe('polite');
    await expect.poll(said, { timeout: 15_000 }).toMatch(/^Still loading…/);
    await release();
    const headline = index.articles.find((article) => article.id === id)!.headline;
    await page.getByRole('heading', { level: 1, name: headline }).waitFor(POLL);
    expect(await notice.count()).toBe(0);
  });
}, 40_000);

test('at 200 % text on a 320 px phone the loading notice is a strip along the bottom, whole and still said', async () => {
  // App hunt 8: the box with "Still loading… The connection is slow, or the server is not
  // answering." covered 418 of a 640 px screen's height there.
  await withHeldData(
    async (page, hold, release) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      await open(page, '/');
      const link = await lastArticleLink(page);
      const href = (await link.getAttribute('href'))!;
      hold(`/articles/${decodeURIComponent(href.slice('/articles/'.length))}.json`);
      await link.click();
      const said = () => page.evaluate(() => document.querySelector('.loading-notice')?.textContent ?? null);
      await expect.poll(said, { timeout: 15_000 }).toMatch(/^Still loading… The connection is slow/);
      expect(await page.locator('.loading-region').getAttribute('aria-live')).toBe('polite');
      const notice = page.locator('.loading-notice');
      const box = (await notice.boundingBox())!;
      expect(box.height).toBeLessThan(640 / 4);
      // At the bottom edge, and its text not cut off.
      expect(box.y + box.height).toBeGreaterThan(640 - 2);
      expect(await notice.evaluate((element) => element.scrollHeight <= element.clientHeight + 1)).toBe(true);
      expect(await isInViewport(page, '.loading-notice')).toBe(true);
      await release();
    },
    { viewport: { width: 320, height: 640 } },
  );
}, 40_000);

test('in forced colours the progress bar of a page loading is still drawn', async () => {
  await withHeldData(
    async (page, hold, release) => {
      await open(page, '/');
      const link = await lastArticleLink(page);
      hold('/articles/');
      await page.evaluate(() => {
        window.scrollTo(0, 0);
      });
      await link.click();
      const bar = page.locator('.progress-bar.active');
      await bar.waitFor({ state: 'attached', ...POLL });
      // Forced colours drop background images (the bar's gradient) and force background colours
      // to the canvas: the bar was there but drew nothing.
      await expect
        .poll(
          () =>
            bar.evaluate((element) => {
              const style = getComputedStyle(element);
              return style.backgroundImage !== 'none' ||
                !/^rgba?\(255, 255, 255|rgba\(0, 0, 0, 0\)/.test(style.backgroundColor)
                ? 'drawn'
                : `${style.backgroundColor} ${style.backgroundImage}`;
            }),
          POLL,
        )
        .toBe('drawn');
      await release();
    },
    { forcedColors: 'active' },
  );
});
