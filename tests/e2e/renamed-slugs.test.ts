/**
 * Links with the slugs names had before 2026-12-07 (letters with no decomposition dropped:
 * `Łukasz Szumowski` was `ukasz-szumowski`; decision 001, "Slugs for ł, ø, æ …") in Chromium over
 * the Wikinews build: the project's server sends them to the new address, the app shows the same
 * view there, and the page the build writes at the old address for static hosts moves the reader
 * on without JavaScript.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  POLL,
  connectBrowser,
  expectResultCount,
  fetchIndex,
  fetchQuotes,
  resultCountText,
  url,
} from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser.close();
});

test('the build names the two Wikinews speakers whose slugs changed', async () => {
  const index = await fetchIndex();
  expect(index.renamedSlugs?.speakers).toEqual({
    'jaros-aw-kaczynski': 'jaroslaw-kaczynski',
    'ukasz-szumowski': 'lukasz-szumowski',
  });
});

test('_redirects answers the old addresses with 301 on Netlify (forced) and Cloudflare Pages', async () => {
  const response = await fetch(url('/_redirects'));
  expect(response.status).toBe(200);
  const rules = (await response.text()).split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  expect(rules).toEqual([
    '/speakers/jaros-aw-kaczynski /speakers/jaroslaw-kaczynski 301!',
    '/speakers/jaros-aw-kaczynski /speakers/jaroslaw-kaczynski 301',
    '/speakers/ukasz-szumowski /speakers/lukasz-szumowski 301!',
    '/speakers/ukasz-szumowski /speakers/lukasz-szumowski 301',
  ]);
});

test("a speaker's old address opens their page at the new one", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(url('/speakers/ukasz-szumowski'));
  expect(
    await response
      ?.request()
      .redirectedFrom()
      ?.response()
      .then((r) => r?.status()),
  ).toBe(301);
  await expect.poll(() => new URL(page.url()).pathname, POLL).toBe('/speakers/lukasz-szumowski');
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent(), POLL)
    .toBe('Łukasz Szumowski');
  await context.close();
});

test('an old list link shows the same quotes at its new address, without a note', async () => {
  const quotes = (await fetchQuotes()).filter((q) => q.speakerSlug === 'jaroslaw-kaczynski');
  expect(quotes.length).toBeGreaterThan(0);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url('/quotes?speaker=jaros-aw-kaczynski&fragments=inline'));
  await expect.poll(() => page.url(), POLL).toBe(url('/quotes?speaker=jaroslaw-kaczynski&fragments=inline'));
  await expectResultCount(page, resultCountText(quotes.length, 'quote'));
  expect(await page.getByText(/No speaker is called/).count()).toBe(0);
  await context.close();
});

test('without JavaScript, the page at the old address (for static hosts) moves on to the new page', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // The file itself, as a static host serves it at /speakers/ukasz-szumowski/.
  await page.goto(url('/speakers/ukasz-szumowski/index.html'));
  await expect.poll(() => new URL(page.url()).pathname, POLL).toBe('/speakers/lukasz-szumowski');
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent(), POLL)
    .toBe('Łukasz Szumowski');
  await context.close();
});

test('without JavaScript, an old address with a search and a quote lands on the new one with both', async () => {
  // Leftovers 12: the moving page's refresh drops them, but the project's server answers the old
  // address with a 301 first (search kept), and the browser carries the hash across it.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [from, to] of [
    ['/speakers/ukasz-szumowski?q=x#quote-2', '/speakers/lukasz-szumowski?q=x#quote-2'],
    ['/speakers/ukasz-szumowski/?q=x#quote-2', '/speakers/lukasz-szumowski?q=x#quote-2'],
    [
      '/quotes?speaker=ukasz-szumowski&q=minister#quote-2',
      '/quotes?speaker=lukasz-szumowski&q=minister#quote-2',
    ],
  ]) {
    const response = await page.goto(url(from!));
    const first = response?.request().redirectedFrom();
    expect(await first?.response().then((r) => r?.status()), from).toBe(301);
    expect(page.url(), from).toBe(url(to!));
    expect(await page.getByRole('heading', { level: 1 }).textContent(), from).toMatch(/Szumowski|Quotes/);
  }
  await context.close();
});
