/**
 * Filters applied through the UI write the public URL scheme (`from`, `to`, `org`, `source`, `q`),
 * change the results, and survive back, forward and reload.
 */
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, expect, test } from 'vitest';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import type { CorpusIndex } from '../../src/contract/schema.ts';
import {
  articlesMentioning,
  emptyFilterPath,
  expectResultCount,
  fetchArticle,
  fetchIndex,
  open,
  pagePerTest,
  resultCountText,
  searchParams,
  url,
  waitForSearch,
  POLL,
} from './support.ts';

const session = pagePerTest({ expectNoErrors: true });
let index: CorpusIndex;
let page: Page;

beforeAll(async () => {
  index = await fetchIndex();
});
beforeEach(() => {
  ({ page } = session);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The organisation mentioned by the most articles (counting its children), and that count. */
function busiestOrganisation(): { slug: string; name: string; count: number } {
  let best = { slug: '', name: '', count: -1 };
  for (const org of index.organisations) {
    const count = articlesMentioning(index, org.slug).length;
    if (count > best.count) best = { slug: org.slug, name: org.name, count };
  }
  return best;
}

/** The organisation facet's checkbox for a name (its label is "Name 12 results"). */
function organisationCheckbox(name: string) {
  return page
    .getByRole('group', { name: 'Organisations' })
    .getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(name)}\\s+\\d`) });
}

/** The inclusive start of "last 12 months" counted back from the newest article. */
function twelveMonthsBefore(newest: string): string {
  const date = new Date(`${newest}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - 1);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The median article date: a `from` that leaves about half of `articles`. */
function middleDate(articles: CorpusIndex['articles']): string {
  return articles[Math.floor(articles.length / 2)]!.date;
}

test('a date preset sets `from` relative to the newest article and narrows the list', async () => {
  await open(page, '/');
  const newest = index.articles[0]!.date;
  const from = twelveMonthsBefore(newest);
  await page.getByRole('button', { name: 'Last 12 months' }).click();
  await waitForSearch(page, (params) => params.has('from'));
  expect(searchParams(page).get('from')).toBe(from);
  expect(searchParams(page).has('to')).toBe(false);
  const expected = index.articles.filter((article) => article.date >= from).length;
  await expectResultCount(page, resultCountText(expected, 'article'));
  expect(await page.getByRole('button', { name: 'Last 12 months' }).getAttribute('aria-pressed')).toBe(
    'true',
  );

  await page
    .getByRole('group', { name: 'Date', exact: true })
    .getByRole('button', { name: 'All dates' })
    .click();
  await waitForSearch(page, (params) => !params.has('from'));
  await expectResultCount(page, resultCountText(index.articles.length, 'article'));
});

test('the from and to inputs set `from` and `to` (inclusive)', async () => {
  await open(page, '/');
  const dates = index.articles.map((article) => article.date);
  const to = dates[Math.floor(dates.length / 4)]!;
  const from = dates[Math.floor((dates.length * 3) / 4)]!;
  await page.getByLabel('From', { exact: true }).fill(from);
  await waitForSearch(page, (params) => params.get('from') === from);
  await expectResultCount(page, resultCountText(dates.filter((date) => date >= from).length, 'article'));
  await page.getByLabel('To', { exact: true }).fill(to);
  await waitForSearch(page, (params) => params.get('to') === to);
  expect(searchParams(page).get('from')).toBe(from);
  const expected = dates.filter((date) => date >= from && date <= to).length;
  await expectResultCount(page, resultCountText(expected, 'article'));
  const shown = await page
    .locator('main ol.article-list time')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
  for (const date of shown) {
    expect(date >= from && date <= to, `${date} within ${from}..${to}`).toBe(true);
  }
});

test('the organisation facet adds `org` params; every selected organisation must be mentioned', async () => {
  await open(page, '/');
  const org = busiestOrganisation();
  // click(), not check(): the box is controlled by the URL, so it shows ticked once the URL has changed.
  await organisationCheckbox(org.name).click();
  await waitForSearch(page, (params) => params.getAll('org').includes(org.slug));
  expect(searchParams(page).getAll('org')).toEqual([org.slug]);
  await expectResultCount(page, resultCountText(org.count, 'article'));
  await expect.poll(() => organisationCheckbox(org.name).isChecked(), POLL).toBe(true);

  // A second organisation, picked from the facet as it now stands: the results need both.
  const mentioning = articlesMentioning(index, org.slug);
  const second = index.organisations
    .filter((candidate) => candidate.slug !== org.slug)
    .map((candidate) => {
      const family = articlesMentioning(index, candidate.slug).map((article) => article.id);
      return { ...candidate, both: mentioning.filter((article) => family.includes(article.id)).length };
    })
    .sort((a, b) => b.both - a.both)[0]!;
  await organisationCheckbox(second.name).click();
  await waitForSearch(page, (params) => params.getAll('org').length === 2);
  expect(searchParams(page).getAll('org')).toEqual([org.slug, second.slug]);
  await expectResultCount(page, resultCountText(second.both, 'article'));
  // Each selection is listed as an active filter that can be removed.
  const active = page.getByRole('list', { name: 'Active filters' });
  expect(await active.getByRole('listitem').count()).toBe(2);
});

test('the source facet sets `source`', async () => {
  await open(page, '/');
  const smallest = [...index.sources].sort((a, b) => a.count - b.count)[0]!;
  await page.getByLabel('Source', { exact: true }).selectOption(smallest.slug);
  await waitForSearch(page, (params) => params.get('source') === smallest.slug);
  await expectResultCount(page, resultCountText(smallest.count, 'article'));
  const sources = await page.locator('main ol.article-list .meta').allTextContents();
  for (const meta of sources) expect(meta).toContain(smallest.name);
});

test('typing a search sets `q`, marks the matches and keeps one history entry', async () => {
  const word = 'nato';
  // An oracle for the search: articles with a word starting with "nato" in headline or body.
  const bodies = await Promise.all(index.articles.map((article) => fetchArticle(article.id)));
  const matching = bodies.filter((article) =>
    [article.headline, ...article.paragraphs].some((text) =>
      (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).some((token) => token.startsWith(word)),
    ),
  );
  expect(matching.length).toBeGreaterThan(0);

  await open(page, '/');
  const box = page.getByRole('searchbox', { name: 'Search headlines and text' });
  await box.pressSequentially('NATO', { delay: 30 });
  await waitForSearch(page, (params) => params.get('q') === 'NATO');
  await expectResultCount(page, resultCountText(matching.length, 'article'));
  // A query lists best match first; newest first is one link away. Exactly the oracle's first
  // page, in index order: body hits come from the built search shards, so this holds the build's
  // numbering and the app's reading of it to each other.
  await page
    .getByRole('navigation', { name: 'Order of results' })
    .getByRole('link', { name: 'Newest first' })
    .click();
  await waitForSearch(page, (params) => params.get('sort') === 'newest');
  // The count is the same in both orders, so it cannot say the new order is on screen: the URL
  // commits before React renders it, so the headlines are polled until they show it.
  await expectResultCount(page, resultCountText(matching.length, 'article'));
  await expect
    .poll(() => page.locator('main ol.article-list h3').allTextContents(), POLL)
    .toEqual(matching.slice(0, PAGE_SIZE).map((article) => article.headline));
  expect(await page.locator('main ol.article-list mark').count()).toBeGreaterThan(0);
  expect((await page.locator('main ol.article-list mark').first().textContent())?.toLowerCase()).toBe('nato');

  // Typing replaced the entry it pushed first, so Back (past the order) returns to the unsearched list.
  await page.goBack();
  await waitForSearch(page, (params) => !params.has('sort'));
  await page.goBack();
  await waitForSearch(page, (params) => !params.has('q'));
  await expectResultCount(page, resultCountText(index.articles.length, 'article'));
  // The box follows a query from outside in an effect after the render that shows the results.
  await expect.poll(() => box.inputValue(), POLL).toBe('');
});

test('an organisation chip in a list entry applies that filter', async () => {
  await open(page, '/');
  const entry = index.articles.find((article) => article.organisations.length > 0)!;
  const slug = entry.organisations[0]!;
  const name = index.organisations.find((org) => org.slug === slug)!.name;
  const item = page.locator('main ol.article-list > li').filter({ hasText: entry.headline });
  await item.getByRole('link', { name: `Filter by ${name}`, exact: true }).click();
  await waitForSearch(page, (params) => params.getAll('org').includes(slug));
  await expectResultCount(page, resultCountText(articlesMentioning(index, slug).length, 'article'));
});

test('an empty result explains itself and "Clear all filters" brings the whole list back', async () => {
  await open(page, emptyFilterPath(index));
  await expectResultCount(page, 'No articles match.');
  expect(await page.locator('main .empty-result').textContent()).toContain('No article matches');
  await page.locator('main .empty-result').getByRole('link', { name: 'Clear all filters' }).click();
  await page.waitForURL(url('/'));
  await expectResultCount(page, resultCountText(index.articles.length, 'article'));
  expect(await page.getByLabel('Source', { exact: true }).inputValue()).toBe('');
});

test('a search for a word no article has shows the empty result without console errors', async () => {
  await open(page, '/');
  const box = page.getByRole('searchbox', { name: 'Search headlines and text' });
  await box.fill('zzzzqqqxxy');
  await box.press('Enter');
  await waitForSearch(page, (params) => params.get('q') === 'zzzzqqqxxy');
  await expectResultCount(page, 'No articles match.');
  expect(
    await page.locator('main .empty-result').getByRole('link', { name: 'Clear all filters' }).count(),
  ).toBe(1);
  // The build leaves out search shards no term falls into and the app treats a missing one as
  // empty, but fetching it still logs a 404 in the console on every such search.
  expect(session.errors.messages, 'console errors while searching').toEqual([]);
});

test('back and forward restore each filter state, and reload keeps it', async () => {
  const org = busiestOrganisation();
  const mentioning = articlesMentioning(index, org.slug);
  const from = middleDate(mentioning);
  const afterFrom = mentioning.filter((article) => article.date >= from).length;

  await open(page, '/');
  const all = resultCountText(index.articles.length, 'article');
  await expectResultCount(page, all);

  // State 1: one organisation.
  await organisationCheckbox(org.name).click();
  await waitForSearch(page, (params) => params.get('org') === org.slug);
  await expectResultCount(page, resultCountText(org.count, 'article'));
  // State 2: plus a start date.
  await page.getByLabel('From', { exact: true }).fill(from);
  await waitForSearch(page, (params) => params.get('from') === from);
  await expectResultCount(page, resultCountText(afterFrom, 'article'));

  await page.goBack();
  await waitForSearch(page, (params) => !params.has('from') && params.get('org') === org.slug);
  await expectResultCount(page, resultCountText(org.count, 'article'));
  expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe('');
  expect(await organisationCheckbox(org.name).isChecked()).toBe(true);

  await page.goBack();
  await waitForSearch(page, (params) => params.size === 0);
  await expectResultCount(page, all);
  expect(await organisationCheckbox(org.name).isChecked()).toBe(false);

  await page.goForward();
  await waitForSearch(page, (params) => params.get('org') === org.slug && !params.has('from'));
  await expectResultCount(page, resultCountText(org.count, 'article'));

  await page.goForward();
  await waitForSearch(page, (params) => params.get('from') === from);
  await expectResultCount(page, resultCountText(afterFrom, 'article'));

  await page.reload();
  await page.locator('main h1').waitFor();
  expect(searchParams(page).get('org')).toBe(org.slug);
  expect(searchParams(page).get('from')).toBe(from);
  await expectResultCount(page, resultCountText(afterFrom, 'article'));
  expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe(from);
  expect(await organisationCheckbox(org.name).isChecked()).toBe(true);
});

test('the quotes view filters by speaker through its facet', async () => {
  await open(page, '/quotes');
  // The least quoted speaker: not among the first rows, so it is found by name.
  const speaker = index.speakers.reduce((least, s) => (s.count < least.count ? s : least));
  const facet = page.getByRole('group', { name: 'Speakers' });
  await facet.getByLabel('Find a speaker').fill(speaker.name);
  // Its row (the finder narrows the facet to it; a namesake would have another slug).
  const row = facet.locator(`a[href$="speaker=${encodeURIComponent(speaker.slug)}"]`);
  expect(await row.textContent()).toContain(speaker.name);
  await row.click();
  await waitForSearch(page, (params) => params.get('speaker') === speaker.slug);
  await expectResultCount(page, resultCountText(speaker.count, 'quote'));
  const names = await page.locator('main ol.quote-list .speaker').allTextContents();
  for (const name of names) expect(name).toBe(speaker.name);
});

test('at phone width the facets open from a summary, and a choice there sets the URL', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/');
  const source = page.getByLabel('Source', { exact: true });
  const summary = page.locator('main .filter-panel summary');
  // The facets start folded so the results are near the top; the search box stays out.
  expect(await source.isVisible()).toBe(false);
  expect(await page.getByRole('searchbox', { name: 'Search headlines and text' }).isVisible()).toBe(true);
  await summary.click();
  await source.waitFor({ state: 'visible' });
  const smallest = [...index.sources].sort((a, b) => a.count - b.count)[0]!;
  await source.selectOption(smallest.slug);
  await waitForSearch(page, (params) => params.get('source') === smallest.slug);
  await expectResultCount(page, resultCountText(smallest.count, 'article'));
  // The summary says how many filters are active, so a folded panel does not hide them.
  await expect.poll(() => summary.textContent(), POLL).toContain('(1 active)');
});

test('a date typed into From by keyboard is one history entry, not one per digit of its year', async () => {
  await open(page, '/');
  await expectResultCount(page, resultCountText(index.articles.length, 'article'));
  const before = await page.evaluate(() => history.length);
  const seen: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) seen.push(new URL(frame.url()).search);
  });
  // The field's segments follow the browser's locale (month first in en-US).
  const keys = await page.evaluate(() =>
    new Intl.DateTimeFormat(navigator.language)
      .formatToParts(new Date(2010, 2, 15))
      .map((part) => ({ day: '15', month: '03', year: '2010' })[part.type as string] ?? '')
      .join(''),
  );
  await page.getByLabel('From', { exact: true }).focus();
  // Chromium's field reports 0002-03-15, 0020-03-15 and 0201-03-15 on the way to 2010-03-15.
  await page.keyboard.type(keys, { delay: 150 });
  await waitForSearch(page, (params) => params.get('from') === '2010-03-15');
  await expectResultCount(
    page,
    resultCountText(index.articles.filter((article) => article.date >= '2010-03-15').length, 'article'),
  );
  expect(seen).toEqual(['?from=2010-03-15']);
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
});

test('Esc after a search, even after a reload, goes back to the list before it: Back then leaves the list', async () => {
  await open(page, '/quotes');
  await open(page, '/');
  const box = page.getByRole('searchbox', { name: 'Search headlines and text' });
  await box.pressSequentially('iraq', { delay: 30 });
  await waitForSearch(page, (params) => params.get('q') === 'iraq');
  // The search's entry keeps what it was searched from across a reload (history state).
  await page.reload();
  await page.locator('html[data-started]').waitFor(POLL);
  await box.focus();
  await page.keyboard.press('Escape');
  await waitForSearch(page, (params) => !params.has('q'));
  await expectResultCount(page, resultCountText(index.articles.length, 'article'));
  await page.goBack();
  await page.waitForURL((u) => u.pathname === '/quotes', POLL);
});
