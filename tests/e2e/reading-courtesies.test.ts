/**
 * Issue 13's small courtesies in Chromium: back restores the scroll position and focuses the link
 * that was followed; Esc clears and leaves the search box; cards show a few organisations.
 */
import type { Page } from 'playwright-core';
import { beforeEach, expect, test } from 'vitest';
import { fetchIndex, open, pagePerTest, POLL } from './support.ts';

const session = pagePerTest({ expectNoErrors: true });
let page: Page;

beforeEach(() => {
  ({ page } = session);
});

/** Follows the focused link with Enter, waits for the article it opens, and goes Back to `back`. */
async function followThenBack(linkedPage: RegExp, back: (url: URL) => boolean): Promise<void> {
  await page.keyboard.press('Enter');
  await page.waitForURL(linkedPage, POLL);
  await page.locator('h1#article-headline').waitFor(POLL);
  await page.goBack();
  await page.waitForURL(back, POLL);
}

/** The href of the focused element, once it has one. */
async function expectFocusedHref(href: string | null): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('href') ?? ''), POLL)
    .toBe(href);
}

/** The focused element, once it is wholly on the screen. */
async function expectFocusOnScreen(): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const box = document.activeElement?.getBoundingClientRect();
          return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      POLL,
    )
    .toBe(true);
}

test('going back to the list restores its scroll position and focuses the headline link that was followed', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/');
  const links = page.locator('main .article-item-headline a');
  const target = links.nth(12);
  await target.scrollIntoViewIfNeeded();
  const href = await target.getAttribute('href');
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(500);
  await target.focus();
  await followThenBack(/\/articles\//, (u) => u.pathname === '/');
  await expectFocusedHref(href);
  await expect.poll(() => page.evaluate(() => window.scrollY), POLL).toBeGreaterThan(scrolled - 50);
});

test('going back to an article focuses the organisation chip that was followed, not a mention of it in the text', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/articles/wn-0313');
  const href = '/organisations/home-office';
  // The text mentions the Home Office too, with links of the same href above the chips.
  expect(await page.locator(`main a[href="${href}"]`).count()).toBeGreaterThan(1);
  const chip = page.locator(`main a.chip[href="${href}"]`);
  await chip.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  await chip.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.pathname === href, POLL);
  await page.goBack();
  await page.waitForURL((u) => u.pathname === '/articles/wn-0313', POLL);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.classList.contains('chip') ?? false), POLL)
    .toBe(true);
  await expect.poll(() => page.evaluate(() => window.scrollY), POLL).toBeGreaterThan(scrolled - 50);
  // On screen where the page was restored, not thousands of pixels above it.
  const top = await page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? -1);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(844);
});

test('going back to a list whose folded filters were open shows the followed link, where the restored position would not', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/?q=minister');
  // The folded filters, opened: the results start a screen further down than when folded.
  await page.locator('.filter-panel summary').first().click();
  const target = page.locator('main .article-item-headline a').nth(8);
  await target.scrollIntoViewIfNeeded();
  const href = await target.getAttribute('href');
  await target.focus();
  await followThenBack(/\/articles\//, (u) => u.pathname === '/');
  await expectFocusedHref(href);
  // Folded again after Back, so the position restored alone had left the link 700 px above the screen.
  await expectFocusOnScreen();
});

test('going back to an article opened at a quote returns to where the reader was, not to the quote', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/articles/wn-0313#quote-6');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? ''), POLL).toBe('quote-6');
  // The reader reads on, down to the chips, and follows one.
  const chip = page.locator('main a.chip[href="/organisations/home-office"]');
  await chip.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  await chip.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.pathname === '/organisations/home-office', POLL);
  await page.goBack();
  await page.waitForURL((u) => u.hash === '#quote-6', POLL);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.classList.contains('chip') ?? false), POLL)
    .toBe(true);
  // Not scrolled back up to the quote (1,700 px above the chips at 390 px).
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 50);
});

test('Esc in the search box clears the search and leaves the box', async () => {
  await open(page, '/?q=iraq');
  const box = page.getByRole('searchbox', { name: /search/i }).first();
  await box.focus();
  await page.keyboard.press('Escape');
  await expect.poll(() => new URL(page.url()).searchParams.get('q'), POLL).toBeNull();
  expect(await box.inputValue()).toBe('');
  expect(await box.evaluate((el) => el === document.activeElement)).toBe(false);
});

test('a card shows at most four organisation chips until "+N more" is pressed', async () => {
  await open(page, '/');
  const counts = await page
    .locator('main .article-item .chips')
    .evaluateAll((lists) => lists.map((list) => list.querySelectorAll('a.chip').length));
  expect(Math.max(...counts)).toBeLessThanOrEqual(4);
  // A fixed card: once pressed, its button's name changes, so a filter on the name would move on.
  const index = await page
    .locator('main .article-item')
    .evaluateAll((items) => items.findIndex((item) => item.querySelector('button.chip-more') !== null));
  if (index < 0) return;
  const card = page.locator('main .article-item').nth(index);
  const button = card.locator('button.chip-more');
  await button.click();
  expect(await button.getAttribute('aria-expanded')).toBe('true');
  expect(await card.locator('a.chip').count()).toBeGreaterThan(3);
});

/**
 * Follows "Next page" from `/` with the keyboard, reloads page 2 if asked, goes back: focus is on
 * the link followed, on the screen. It was the results' heading, at the top of the list and off
 * the screen at the bottom of the page restored: the next Tab jumped the reader back to the top.
 */
async function backToTheNextPageLink(reload: boolean) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, '/');
  const next = page.locator('main .pagination a[rel="next"]');
  const href = await next.getAttribute('href');
  await next.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.searchParams.get('page') === '2', POLL);
  await expect.poll(() => page.locator('main .result-count').textContent(), POLL).toMatch(/^21–40 of /);
  if (reload) {
    await page.reload();
    await page.locator('html[data-started]').waitFor({ state: 'attached' });
  }
  await page.goBack();
  await page.waitForURL((u) => !u.searchParams.has('page'), POLL);
  await expectFocusedHref(href);
  await expectFocusOnScreen();
}

test('going back from the next page of a list focuses the "Next page" link followed, where the position restored shows it', async () => {
  await backToTheNextPageLink(false);
});

test('the last page is reached with the keyboard and ends with the oldest article, which oldest first lists first', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  const index = await fetchIndex();
  const oldest = index.articles.at(-1)!.headline;
  const pages = Math.ceil(index.articles.length / 20);
  await open(page, '/');
  // Next page, then Tab: Last page (its arrow is not in its name).
  await page.locator('main .pagination a[rel="next"]').focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Last\s+page/);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.searchParams.get('page') === String(pages), POLL);
  const headlines = page.locator('main .article-item h3');
  await expect.poll(async () => (await headlines.allTextContents()).at(-1), POLL).toBe(oldest);
  // The four links share one row on a phone, the page field below them, nothing wider than the screen.
  const nav = page.locator('main .pagination');
  const rows = await nav
    .locator('a, input[name="page"]')
    .evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().top)));
  expect(new Set(rows.slice(0, -1)).size).toBe(1);
  expect(rows.at(-1)!).toBeGreaterThan(rows[0]!);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Oldest first, by the order control and the keyboard: the same article leads page 1.
  await page.locator('main .sort-order a', { hasText: 'Oldest first' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.searchParams.get('sort') === 'oldest' && !u.searchParams.has('page'), POLL);
  await expect.poll(async () => (await headlines.allTextContents())[0], POLL).toBe(oldest);
  // The page field: a number and Enter go to that page of the same order.
  const field = page.locator('main .pagination input[name="page"]');
  await field.fill('2');
  await field.press('Enter');
  await page.waitForURL((u) => u.search === '?sort=oldest&page=2', POLL);
  await expect.poll(() => page.locator('main .result-count').textContent(), POLL).toMatch(/^21–40 of /);
});

test('after a reload, going back to the page before focuses the "Next page" link followed from it, on the screen', async () => {
  // The position restored is the bottom of page 1 (ScrollRestoration keeps it over the reload).
  await backToTheNextPageLink(true);
});

test('after a reload of the article, going back to the list focuses the headline link that was followed', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/');
  const target = page.locator('main .article-item-headline a').nth(12);
  await target.scrollIntoViewIfNeeded();
  const href = await target.getAttribute('href');
  await target.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/articles\//, POLL);
  await page.locator('h1#article-headline').waitFor(POLL);
  await page.reload();
  await page.locator('html[data-started]').waitFor({ state: 'attached' });
  await page.goBack();
  await page.waitForURL((u) => u.pathname === '/', POLL);
  await expectFocusedHref(href);
  await expectFocusOnScreen();
});

test('going back from a page reached by the page field focuses that field, where the position restored shows it', async () => {
  // App hunt 8: the field is a form, not a link, so nothing was remembered for the entry it was
  // used from; Back focused the results' heading, off the screen above the restored bottom of the
  // page, and the next Tab went to the first result at the top.
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/?page=2');
  const field = page.locator('main .pagination input[name="page"]');
  await field.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.searchParams.get('page') === '5', POLL);
  await expect.poll(() => page.locator('main .result-count').textContent(), POLL).toMatch(/^81–100 of /);
  await page.goBack();
  await page.waitForURL((u) => u.searchParams.get('page') === '2', POLL);
  await expect.poll(() => page.locator('main .result-count').textContent(), POLL).toMatch(/^21–40 of /);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name') ?? ''), POLL)
    .toBe('page');
  expect(await field.inputValue()).toBe('2');
  await expectFocusOnScreen();
});
