/**
 * Every view opened directly by URL, as a shared link would open it: what the reader sees, and no
 * errors in the console.
 */
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, expect, test } from 'vitest';
import type { CorpusIndex, QuoteEntry } from '../../src/contract/schema.ts';
import {
  FAVICON_404,
  pageNotFound,
  ORIGINAL_SEED_ID,
  ORIGINAL_SEED_ORG,
  articlesMentioning,
  collectErrors,
  expectResultCount,
  fetchArticle,
  fetchIndex,
  fetchQuotes,
  isInViewport,
  open,
  pagePerTest,
  resultCountText,
  url,
  POLL,
} from './support.ts';
import type { ErrorLog } from './support.ts';

const session = pagePerTest();
let index: CorpusIndex;
let quotes: QuoteEntry[];
let page: Page;
let errors: ErrorLog;

beforeAll(async () => {
  [index, quotes] = await Promise.all([fetchIndex(), fetchQuotes()]);
});
beforeEach(() => {
  ({ page, errors } = session);
});

test('the list opens newest first, with the result count and 20 entries', async () => {
  await open(page, '/');
  expect(await page.title()).toBe('Articles – Newsreader');
  expect(await page.locator('main h1').allTextContents()).toEqual(['Articles']);
  await expectResultCount(page, resultCountText(index.articles.length, 'article'));

  const items = page.locator('main ol.article-list > li');
  expect(await items.count()).toBe(Math.min(20, index.articles.length));
  const newest = index.articles[0]!;
  const first = items.first();
  expect(await first.getByRole('heading', { level: 3 }).textContent()).toBe(newest.headline);
  expect(await first.getByRole('link', { name: newest.headline }).getAttribute('href')).toBe(
    `/articles/${newest.id}`,
  );
  expect(await first.locator('time').getAttribute('datetime')).toBe(newest.date);
  expect(await first.textContent()).toContain(newest.source);
  expect(await first.textContent()).toContain(`${newest.readingMinutes} min read`);
  // Organisation chips apply that filter.
  const firstOrg = newest.organisations[0];
  if (firstOrg !== undefined) {
    expect(await first.locator('ul.chips a').first().getAttribute('href')).toBe(`/?org=${firstOrg}`);
  }
  // Dates descend down the page.
  const dates = await items
    .locator('time')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime')));
  expect(dates).toEqual([...dates].sort().reverse());
  // Landmarks and the skip link's target.
  expect(await page.locator('header').count()).toBeGreaterThan(0);
  expect(await page.locator('main#main').count()).toBe(1);
  expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(1);
  expect(errors.messages).toEqual([]);
});

test('the original seed article opens by URL with its paragraphs, quotes and organisations', async () => {
  const article = await fetchArticle(ORIGINAL_SEED_ID);
  await open(page, `/articles/${ORIGINAL_SEED_ID}`);
  expect(await page.locator('main h1').allTextContents()).toEqual([article.headline]);
  expect(await page.title()).toBe(`${article.headline} – Newsreader`);
  const header = page.locator('main .article-header');
  expect(await header.locator('time').getAttribute('datetime')).toBe(article.date);
  expect(await header.textContent()).toContain(article.source);
  expect(await header.textContent()).toContain(`${article.readingMinutes} min read`);
  expect(await page.locator('main .article-body p').count()).toBe(article.paragraphs.length);
  expect(await page.locator('main .article-body p').first().getAttribute('dir')).toBe('auto');

  // Each quote is highlighted in place with its speaker, and listed with a link to its anchor.
  for (const quote of article.quotes) {
    const mark = page.locator(`#${quote.anchor}`);
    expect(await mark.evaluate((node) => node.tagName)).toBe('MARK');
    const speaker = page.locator(`.quote-speaker[data-anchor="${quote.anchor}"]`);
    expect(await speaker.textContent()).toContain(quote.speaker ?? 'unattributed');
  }
  expect(await page.locator('.quote-speaker').allTextContents()).toEqual(
    expect.arrayContaining([expect.stringContaining('Tom Goffus')]),
  );
  const quoteLinks = page.getByRole('region', { name: 'Quotes in this article' }).locator('ol > li > a');
  expect(await quoteLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
    article.quotes.map((quote) => `/articles/${ORIGINAL_SEED_ID}#${quote.anchor}`),
  );
  expect(await page.getByRole('button', { name: 'Copy citation' }).count()).toBe(article.quotes.length);
  expect(await page.getByRole('button', { name: 'Copy link' }).count()).toBe(1);

  // Organisation mentions link to the organisation page.
  expect(await page.locator(`main a[href="/organisations/${ORIGINAL_SEED_ORG}"]`).count()).toBeGreaterThan(0);
  // Previous (older) article by date: the seed is the newest, so it has only an older neighbour.
  const position = index.articles.findIndex((entry) => entry.id === ORIGINAL_SEED_ID);
  const older = index.articles[position + 1];
  if (older) {
    const neighbours = page.getByRole('navigation', { name: 'Neighbouring articles' });
    expect(await neighbours.locator('a[rel="prev"]').getAttribute('href')).toBe(`/articles/${older.id}`);
  }
  expect(errors.messages).toEqual([]);
});

test('an article opened at #quote-N is scrolled to that quote, which is highlighted and focused', async () => {
  const article = await fetchArticle(ORIGINAL_SEED_ID);
  const last = article.quotes.at(-1)!;
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, `/articles/${ORIGINAL_SEED_ID}#${last.anchor}`);
  const mark = page.locator(`#${last.anchor}`);
  await expect.poll(() => isInViewport(page, `#${last.anchor}`), POLL).toBe(true);
  expect(await mark.getAttribute('class')).toContain('is-target');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(last.anchor);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  // The other quotes are not highlighted as the target.
  expect(await page.locator('mark.quote.is-target').count()).toBe(1);
  expect(errors.messages).toEqual([]);
});

test('the quotes view lists every quote newest first, linking to the quote in its article', async () => {
  // In reading order (`fragments=inline`); by default substantive quotes come first.
  await open(page, '/quotes?fragments=inline');
  expect(await page.locator('main h1').allTextContents()).toEqual(['Quotes']);
  await expectResultCount(page, resultCountText(quotes.length, 'quote'));
  const cards = page.locator('main ol.quote-list > li');
  expect(await cards.count()).toBe(Math.min(20, quotes.length));
  const dates = await cards
    .locator('time')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime')));
  expect(dates).toEqual([...dates].sort().reverse());
  // Each card's headline links to the quote in its article; a named speaker links to their page.
  const hrefs = await cards
    .locator('.quote-source a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toHaveLength(await cards.count());
  for (const href of hrefs) expect(href).toMatch(/^\/articles\/[^/#]+#quote-[1-9]\d*$/);
  const speakerHrefs = await cards
    .locator('.quote-who a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (const href of speakerHrefs) expect(href).toMatch(/^\/speakers\/[^/#?]+$/);
  // The original seed's quote by Tom Goffus is on the first page (the seed is the newest article).
  const goffus = cards.filter({ hasText: 'Tom Goffus' });
  expect(await goffus.count()).toBe(1);
  expect(await goffus.textContent()).toContain('NATO Assistant Secretary General for Operations');
  // Quotes without a speaker say so; nothing is guessed.
  const unattributed = quotes.slice(0, 20).filter((quote) => quote.speaker === null).length;
  expect(await cards.filter({ hasText: 'unattributed' }).count()).toBeGreaterThanOrEqual(unattributed);
  expect(await page.getByRole('group', { name: 'Speakers' }).count()).toBe(1);
  expect(errors.messages).toEqual([]);
});

test('the organisation page shows aliases, children, counts and its articles', async () => {
  const nato = index.organisations.find((org) => org.slug === ORIGINAL_SEED_ORG)!;
  const children = index.organisations.filter((org) => org.parent === ORIGINAL_SEED_ORG);
  const mentioning = articlesMentioning(index, ORIGINAL_SEED_ORG);
  await open(page, `/organisations/${ORIGINAL_SEED_ORG}`);
  expect(await page.locator('main h1').allTextContents()).toEqual([nato.name]);
  const facts = page.locator('main dl');
  for (const alias of nato.aliases) expect(await facts.textContent()).toContain(alias);
  for (const child of children) {
    expect(await facts.getByRole('link', { name: child.name }).getAttribute('href')).toBe(
      `/organisations/${child.slug}`,
    );
  }
  const articlesLink = facts.getByRole('link', { name: /\d+ articles?/ });
  expect(await articlesLink.textContent()).toBe(
    `${mentioning.length} ${mentioning.length === 1 ? 'article' : 'articles'}`,
  );
  expect(await articlesLink.getAttribute('href')).toBe(`/?org=${ORIGINAL_SEED_ORG}`);
  expect(await page.getByRole('table').count()).toBe(1);
  const listed = page.getByRole('region', { name: 'Articles' }).locator('ol > li a');
  expect(await listed.first().getAttribute('href')).toBe(`/articles/${mentioning[0]!.id}`);
  expect(errors.messages).toEqual([]);
});

test('the page declares an icon, so the browser does not log a 404 for /favicon.ico', async () => {
  await open(page, '/');
  const icon = page.locator('head link[rel~="icon"]');
  expect(await icon.count(), 'index.html has no <link rel="icon">').toBeGreaterThan(0);
  const href = await icon.first().evaluate((link) => (link as HTMLLinkElement).href);
  const response = await fetch(href);
  expect(response.status, href).toBe(200);
});

test('an unknown route shows the not-found page inside the layout, with a way back', async () => {
  await open(page, '/no/such/page');
  expect(await page.locator('main h1').allTextContents()).toEqual(['Page not found']);
  expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(1);
  await page.getByRole('link', { name: 'Back to all articles' }).click();
  await page.waitForURL(url('/'));
  await page.getByRole('heading', { level: 1, name: 'Articles' }).waitFor();
  // The server answered the page itself with 404, which Chromium logs; nothing else may be logged.
  expect(errors.messages.filter((line) => !pageNotFound('/no/such/page').test(line))).toEqual([]);
});

test('an unknown article id shows the not-found page naming the id', async () => {
  const missing = await session.context.newPage();
  // Only here is a 404 for the article document acceptable.
  const missingErrors = collectErrors(missing, [
    FAVICON_404,
    /status of 404.*\/data\/articles\/no-such-article\.json(\?v=[^)]*)?\)$/,
    pageNotFound('/articles/no-such-article'),
  ]);
  await open(missing, '/articles/no-such-article');
  expect(await missing.locator('main h1').allTextContents()).toEqual(['Page not found']);
  expect(await missing.locator('main').textContent()).toContain('no-such-article');
  expect(await missing.getByRole('link', { name: 'Back to all articles' }).count()).toBe(1);
  expect(missingErrors.messages).toEqual([]);
  await missing.close();
});

test('an unknown organisation shows the not-found page', async () => {
  await open(page, '/organisations/no-such-organisation');
  expect(await page.locator('main h1').allTextContents()).toEqual(['Page not found']);
  expect(await page.locator('main').textContent()).toContain('no-such-organisation');
  expect(
    errors.messages.filter((line) => !pageNotFound('/organisations/no-such-organisation').test(line)),
  ).toEqual([]);
});

test('invalid list params are ignored with a visible note, and the list still shows', async () => {
  await open(page, '/?from=2020-13-45&org=no-such-org&source=no-such-source&page=abc');
  expect(await page.locator('main h1').allTextContents()).toEqual(['Articles']);
  const notes = page.getByRole('region', { name: 'Some of this link was ignored' });
  const text = await notes.textContent();
  expect(text).toContain('2020-13-45');
  expect(text).toContain('no-such-org');
  expect(text).toContain('no-such-source');
  expect(text).toContain('abc');
  await expectResultCount(page, resultCountText(index.articles.length, 'article'));
  expect(errors.messages).toEqual([]);
});

test('an end date before the start date is ignored with a note', async () => {
  await open(page, '/?from=2020-01-01&to=2019-01-01');
  const notes = page.getByRole('region', { name: 'Some of this link was ignored' });
  expect(await notes.textContent()).toContain('The end date 2019-01-01 is before the start date 2020-01-01');
  const expected = index.articles.filter((article) => article.date >= '2020-01-01').length;
  await expectResultCount(page, resultCountText(expected, 'article'));
  expect(errors.messages).toEqual([]);
});

test('an unknown speaker on the quotes view is ignored with a note', async () => {
  await open(page, '/quotes?speaker=no-such-speaker');
  const notes = page.getByRole('region', { name: 'Some of this link was ignored' });
  expect(await notes.textContent()).toContain('no-such-speaker');
  await expectResultCount(page, resultCountText(quotes.length, 'quote'));
  expect(errors.messages).toEqual([]);
});
