/**
 * Search that ranks, in Chromium over the Wikinews build: a query lists best match first with a
 * snippet of each article's text, "Newest first" is a link that writes `sort=newest` (same
 * results and count, index order), and `/quotes` ranks the same way.
 */
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, expect, test } from 'vitest';
import type { Article, CorpusIndex } from '../../src/contract/schema.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { holdsPhrases } from '../domain/reference/phrases.ts';
import {
  expectResultCount,
  fetchArticle,
  fetchIndex,
  open,
  pagePerTest,
  resultCountText,
  waitForSearch,
} from './support.ts';

const session = pagePerTest({ expectNoErrors: true });
let index: CorpusIndex;
let bodies: Article[];
let page: Page;

beforeAll(async () => {
  index = await fetchIndex();
  bodies = await Promise.all(index.articles.map((article) => fetchArticle(article.id)));
});
beforeEach(() => {
  ({ page } = session);
});

const tokens = (text: string) =>
  (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice();

/** Articles (newest first, as the index lists them) with a word starting with `word`. */
function matching(word: string): Article[] {
  return bodies.filter((article) =>
    [article.headline, ...article.paragraphs].some((text) => tokens(text).some((t) => t.startsWith(word))),
  );
}

const orderLinks = () => page.getByRole('navigation', { name: 'Order of results' });
const headlines = () => page.locator('main ol.article-list h3').allTextContents();

test('a query lists best match first with snippets; "Newest first" keeps the results in index order', async () => {
  const word = 'police';
  const oracle = matching(word);
  expect(oracle.length).toBeGreaterThan(PAGE_SIZE);

  await open(page, `/?q=${word}`);
  await expectResultCount(page, resultCountText(oracle.length, 'article'));
  expect(await orderLinks().getByRole('link', { name: 'Best match' }).getAttribute('aria-current')).toBe(
    'true',
  );
  const ranked = await headlines();
  const oracleHeadlines = new Set(oracle.map((article) => article.headline));
  expect(ranked.every((headline) => oracleHeadlines.has(headline))).toBe(true);
  // Ranked, not newest first: the best match says the word in its headline.
  expect(ranked).not.toEqual(oracle.slice(0, PAGE_SIZE).map((article) => article.headline));
  expect(tokens(ranked[0]!).some((t) => t.startsWith(word))).toBe(true);

  // Every card shows where it matched: a snippet (or the excerpt) with the word marked.
  const cards = page.locator('main ol.article-list > li');
  for (let i = 0; i < (await cards.count()); i++) {
    const marks = await cards.nth(i).locator('mark').allTextContents();
    expect(marks.map((mark) => mark.toLowerCase()).some((mark) => mark.startsWith(word))).toBe(true);
  }
  expect(await page.locator('main ol.article-list p.snippet mark').count()).toBeGreaterThan(0);

  await orderLinks().getByRole('link', { name: 'Newest first' }).click();
  await waitForSearch(page, (params) => params.get('sort') === 'newest' && params.get('q') === word);
  await expectResultCount(page, resultCountText(oracle.length, 'article'));
  await expect.poll(headlines).toEqual(oracle.slice(0, PAGE_SIZE).map((article) => article.headline));
  expect(await orderLinks().getByRole('link', { name: 'Newest first' }).getAttribute('aria-current')).toBe(
    'true',
  );

  // Back returns to the ranked list.
  await page.goBack();
  await waitForSearch(page, (params) => !params.has('sort'));
  await expect.poll(headlines).toEqual(ranked);
});

test('a quoted phrase and accented words search as the reader typed them', async () => {
  await open(page, `/?q=${encodeURIComponent('"prime minister"')}`);
  const marks = await page.locator('main ol.article-list p.snippet mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  expect(marks.some((mark) => mark.toLowerCase() === 'prime minister')).toBe(true);
  // Accents fold: "PRÌME" finds what "prime" finds.
  const count = await page.locator('main p[role="status"].result-count').textContent();
  await open(page, `/?q=${encodeURIComponent('PRÌME mínister')}`);
  await expectResultCount(page, count!);
});

test('a query of only punctuation says so and lists everything; a 2,000-character one is cut with a note', async () => {
  await open(page, `/?q=${encodeURIComponent('?!…')}`);
  await expectResultCount(page, resultCountText(index.articles.length, 'article'));
  expect(await page.getByText(/has no word of two or more letters or digits/).count()).toBe(1);
  await open(page, `/?q=${encodeURIComponent('word '.repeat(400))}`);
  expect(await page.getByText(/longer than 200 characters and was shortened/).count()).toBe(1);
});

test('/quotes ranks a query too, and its order link keeps the other filters', async () => {
  await open(page, '/quotes?q=said');
  const status = await page.locator('main p[role="status"].result-count').textContent();
  const newest = orderLinks().getByRole('link', { name: 'Newest first' });
  expect(await newest.getAttribute('href')).toBe('/quotes?q=said&sort=newest');
  await newest.click();
  await waitForSearch(page, (params) => params.get('sort') === 'newest');
  await expectResultCount(page, status!);
});

test('a quoted phrase keeps every article with the words; those saying it exactly come first, counted', async () => {
  const phrase = [['prime', 'minister']];
  const withWords = bodies.filter(
    (article) =>
      [article.headline, ...article.paragraphs].some((text) =>
        tokens(text).some((t) => t.startsWith('prime')),
      ) &&
      [article.headline, ...article.paragraphs].some((text) =>
        tokens(text).some((t) => t.startsWith('minister')),
      ),
  );
  const exact = withWords.filter((article) =>
    holdsPhrases([article.headline, ...article.paragraphs], phrase),
  );
  expect(exact.length).toBeGreaterThan(0);
  expect(exact.length).toBeLessThan(withWords.length);

  await open(page, `/?q=${encodeURIComponent('"prime minister"')}`);
  // The same results and count as before phrases were counted.
  await expectResultCount(page, resultCountText(withWords.length, 'article'));
  const phraseCount = page.locator('main p.phrase-count');
  expect(await phraseCount.textContent()).toBe(
    `${exact.length} of them with the exact phrase “prime minister”.`,
  );
  const groups = page.locator('main .phrase-group');
  expect(await groups.first().getByRole('heading', { level: 3 }).first().textContent()).toBe(
    `Exact phrase “prime minister”: ${exact.length}`,
  );
  const exactHeadlines = new Set(exact.map((article) => article.headline));
  const first = await groups.first().locator('ol.article-list h3').allTextContents();
  expect(first.length).toBe(Math.min(exact.length, PAGE_SIZE));
  expect(first.every((headline) => exactHeadlines.has(headline))).toBe(true);
});
