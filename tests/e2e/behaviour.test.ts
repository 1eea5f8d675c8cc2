/**
 * What the issue asks of the reader beyond the views themselves: article bodies are only fetched
 * when needed (or prefetched on hover and focus), a failed load offers a retry, copy actions copy,
 * the speaker's role shows on hover and focus, deep links survive reload, and the article prints
 * without the app's chrome.
 */
import type { Page, Request } from 'playwright-core';
import { beforeAll, beforeEach, expect, test } from 'vitest';
import type { CorpusIndex } from '../../src/contract/schema.ts';
import {
  DESKTOP,
  FAVICON_404,
  ORIGINAL_SEED_ID,
  articlesMentioning,
  collectErrors,
  expectResultCount,
  fetchArticle,
  fetchIndex,
  isInViewport,
  open,
  pagePerTest,
  resultCountText,
  url,
  POLL,
} from './support.ts';
import type { ErrorLog } from './support.ts';

const session = pagePerTest({
  prepare: (context) => context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url('') }),
});
let index: CorpusIndex;
let page: Page;
let errors: ErrorLog;

beforeAll(async () => {
  index = await fetchIndex();
});
beforeEach(() => {
  ({ page, errors } = session);
});

function articleRequests(target: Page): string[] {
  const seen: string[] = [];
  target.on('request', (request: Request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/data/articles/')) seen.push(path);
  });
  return seen;
}

test('the list downloads no article bodies; hovering or focusing a headline prefetches that one', async () => {
  const requested = articleRequests(page);
  await open(page, '/');
  await expectResultCount(page, resultCountText(index.articles.length, 'article'));
  expect(requested).toEqual([]);

  const [first, second] = index.articles;
  await page.getByRole('link', { name: first!.headline, exact: true }).hover();
  await expect.poll(() => requested, POLL).toEqual([`/data/articles/${first!.id}.json`]);

  await page.getByRole('link', { name: second!.headline, exact: true }).focus();
  await expect
    .poll(() => requested, POLL)
    .toEqual([`/data/articles/${first!.id}.json`, `/data/articles/${second!.id}.json`]);

  // Opening the prefetched article needs no second request.
  await page.getByRole('link', { name: first!.headline, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: first!.headline }).waitFor();
  expect(requested.filter((path) => path.endsWith(`/${first!.id}.json`))).toHaveLength(1);
  expect(errors.messages).toEqual([]);
});

test('once a list page has settled the next one is loaded: turning the page waits for no chunk', async () => {
  // The chunks of article summaries (and of quotes) a list page's items are in.
  const chunk = /^\/data\/v\/[^/]+\/(?:articles|quotes)\/\d+\.json$/;
  const chunks = new Set<string>();
  page.on('request', (request: Request) => {
    const path = new URL(request.url()).pathname;
    if (chunk.test(path)) chunks.add(path);
  });
  await open(page, '/');
  await expectResultCount(page, resultCountText(index.articles.length, 'article'));
  // In this build the first page's items are in the newest chunk and the second page's reach into
  // the one before: the second chunk asked for is the next page, loaded once the browser is idle.
  await expect.poll(() => chunks.size, POLL).toBeGreaterThanOrEqual(2);
  await page.waitForLoadState('networkidle');
  // From now on no chunk arrives: the next page shows only if it was loaded ahead. (The page after
  // it, which the next page asks for once it has settled, waits in vain, unseen.)
  // On the context: the query engine fetches from a worker, which a page's routes do not see.
  await page.context().route(
    (target) => chunk.test(target.pathname),
    () => undefined,
  );
  try {
    await page
      .getByRole('navigation', { name: 'Result pages' })
      .getByRole('link', { name: /Next page/ })
      .click();
    await expectResultCount(page, `21–40 of ${index.articles.length} articles`);
    expect(
      await page
        .locator('main ol.article-list > li')
        .first()
        .getByRole('heading', { level: 3 })
        .textContent(),
    ).toBe(index.articles[20]!.headline);
    expect(errors.messages).toEqual([]);
  } finally {
    await page.context().unrouteAll({ behavior: 'ignoreErrors' });
  }
});

test('the next page, loaded ahead, is shown at the top in the frame of the click; Back returns to where the reader was', async () => {
  await open(page, '/');
  await expectResultCount(page, resultCountText(index.articles.length, 'article'));
  await page.waitForLoadState('networkidle');
  const next = page
    .getByRole('navigation', { name: 'Result pages' })
    .getByRole('link', { name: /Next page/ });
  await next.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(500);
  // The click and the next frame, in the page: what that frame shows.
  const shown = await next.evaluate(async (link) => {
    (link as HTMLAnchorElement).click();
    await new Promise((done) => requestAnimationFrame(done));
    return {
      count: document.querySelector('p[role=status].result-count')?.textContent,
      scrollY: window.scrollY,
    };
  });
  expect(shown).toEqual({ count: `21–40 of ${index.articles.length} articles`, scrollY: 0 });
  await page.goBack();
  await expectResultCount(page, resultCountText(index.articles.length, 'article'));
  await expect.poll(() => page.evaluate(() => window.scrollY), POLL).toBeGreaterThan(scrolled - 50);
  expect(errors.messages).toEqual([]);
});

test('the list starts without Intl on the page: no formatter, collator or locale comparison (ICU loads on first use)', async () => {
  await page.addInitScript(() => {
    const uses: string[] = [];
    (window as unknown as { __intlUses: string[] }).__intlUses = uses;
    for (const name of [
      'Collator',
      'DateTimeFormat',
      'NumberFormat',
      'PluralRules',
      'RelativeTimeFormat',
    ] as const)
      Object.defineProperty(Intl, name, {
        configurable: true,
        writable: true,
        value: new Proxy(Intl[name], {
          construct: (target, args: unknown[]) => {
            uses.push(name);
            return Reflect.construct(target, args) as object;
          },
          apply: (target, self, args: unknown[]) => {
            uses.push(name);
            return Reflect.apply(target, self, args) as unknown;
          },
        }),
      });
    for (const [proto, method] of [
      [String.prototype, 'localeCompare'],
      [Number.prototype, 'toLocaleString'],
      [Date.prototype, 'toLocaleDateString'],
      [Date.prototype, 'toLocaleString'],
    ] as const) {
      const original = Reflect.get(proto, method) as (...args: unknown[]) => unknown;
      Object.defineProperty(proto, method, {
        configurable: true,
        writable: true,
        value: new Proxy(original, {
          apply: (target, self, args: unknown[]) => {
            uses.push(method);
            return Reflect.apply(target, self, args);
          },
        }),
      });
    }
  });
  await open(page, '/');
  await expectResultCount(page, resultCountText(index.articles.length, 'article'));
  await page.locator('.facet-pending').waitFor({ state: 'detached' });
  expect(await page.evaluate(() => (window as unknown as { __intlUses: string[] }).__intlUses)).toEqual([]);
  expect(errors.messages).toEqual([]);
});

/**
 * A page whose `meta.json` the server answers 503 until `recover()`, in a context of its own
 * without the service worker (which the file's context has installed by now): requests the worker
 * makes would pass by `route` and never fail.
 */
async function metaFailing() {
  const browser = session.context.browser()!;
  const context = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'block' });
  const failing = await context.newPage();
  const errors = collectErrors(failing, [FAVICON_404, /status of 503.*\/data\/v\/[^/]+\/meta\.json\)$/]);
  let fail = true;
  await failing.route('**/data/v/*/meta.json', async (route) => {
    if (fail) await route.fulfill({ status: 503, body: 'Service Unavailable' });
    else await route.continue();
  });
  return {
    failing,
    errors,
    context,
    recover: () => {
      fail = false;
    },
  };
}

test('a failed load of a view rendered afresh shows an error with "Try again", which recovers once the data is back', async () => {
  const { failing, errors: failingErrors, context: failingContext, recover } = await metaFailing();
  // `/?sort=oldest` is not the page the server pre-rendered (that is `/`), so the app renders it.
  await failing.goto(url('/?sort=oldest'));
  const heading = failing.getByRole('heading', { level: 1, name: 'This page could not be loaded' });
  // The query client asks a 5xx again once, 300 ms later, before giving up (query-client.ts).
  await heading.waitFor({ timeout: 15_000 });
  expect(await failing.getByRole('alert').textContent()).toContain('503');

  recover();
  await failing.getByRole('button', { name: 'Try again' }).click();
  await failing.getByRole('heading', { level: 1, name: 'Articles' }).waitFor();
  await expectResultCount(failing, resultCountText(index.articles.length, 'article'));
  expect(failingErrors.messages).toEqual([]);
  await failingContext.close();
});

test('a pre-rendered page whose data fails is kept as served, saying what failed; reloading brings the app', async () => {
  const { failing, errors: failingErrors, context: failingContext, recover } = await metaFailing();
  await failing.goto(url('/'));
  // The query client asks a 5xx again once, 300 ms later, before giving up (query-client.ts).
  const notice = failing.locator('#root + .boot-notice[role="alert"]');
  await notice.waitFor({ timeout: 15_000 });
  expect(await notice.textContent()).toBe(
    'The server failed to answer (503), so search and the filters do not work on this page; what it shows is as it was served. Reload the page to try again.',
  );
  // The text the server sent is still there: the list, its count, its links.
  expect(await failing.getByRole('heading', { level: 1 }).textContent()).toBe('Articles');
  await expectResultCount(failing, resultCountText(index.articles.length, 'article'));
  expect(await failing.getByRole('heading', { name: 'This page could not be loaded' }).count()).toBe(0);
  expect(await failing.evaluate(() => document.documentElement.dataset.started)).toBeUndefined();

  recover();
  await notice.getByRole('link', { name: 'Reload the page' }).click();
  await failing.waitForFunction(() => document.documentElement.dataset.started === 'true');
  expect(await failing.locator('.boot-notice').count()).toBe(0);
  await expectResultCount(failing, resultCountText(index.articles.length, 'article'));
  expect(failingErrors.messages).toEqual([]);
  await failingContext.close();
});

test('a quote’s link to a pre-rendered article whose document fails keeps the article at the quote; reloading keeps the quote', async () => {
  // Review 9: the hash alone made the app render afresh, and the error page replaced the article
  // the browser had scrolled to the quote; the notice's reload (a link to "") then dropped the hash.
  const browser = session.context.browser()!;
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'block',
  });
  const failing = await context.newPage();
  const failingErrors = collectErrors(failing, [FAVICON_404, /status of 503.*\/data\/articles\/[^/]+\.json/]);
  let fail = true;
  await failing.route('**/data/articles/*.json*', async (route) => {
    if (fail) await route.fulfill({ status: 503, body: 'Service Unavailable' });
    else await route.continue();
  });
  const address = url(`/articles/${ORIGINAL_SEED_ID}#quote-3`);
  await failing.goto(address);
  const notice = failing.locator('#root + .boot-notice[role="alert"]');
  await notice.waitFor({ timeout: 15_000 });
  expect(await failing.getByRole('heading', { name: 'This page could not be loaded' }).count()).toBe(0);
  await expect.poll(() => isInViewport(failing, '#quote-3'), POLL).toBe(true);

  fail = false;
  // A tap: at this width the quote's role tooltip is a bar over the bottom of the screen, shown
  // while the quote had the focus the browser gives a link's target, and it took the tap.
  await notice.getByRole('link', { name: 'Reload the page' }).click();
  await failing.waitForFunction(() => document.documentElement.dataset.started === 'true');
  expect(failing.url()).toBe(address);
  await expect.poll(() => isInViewport(failing, '#quote-3'), POLL).toBe(true);
  expect(await failing.locator('#quote-3').getAttribute('class')).toContain('is-target');
  expect(failingErrors.messages).toEqual([]);
  await context.close();
});

test('"Copy link" copies the article\'s absolute URL and says so', async () => {
  await open(page, `/articles/${ORIGINAL_SEED_ID}`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  // The button's own polite live region (the "Share…" button beside it has another).
  const status = page.locator('.article-header .copy-button [aria-live="polite"]');
  await expect.poll(() => status.textContent(), POLL).toBe('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    url(`/articles/${ORIGINAL_SEED_ID}`),
  );
  expect(errors.messages).toEqual([]);
});

test('"Copy citation" copies quote, speaker, source, date and a link to the quote', async () => {
  const article = await fetchArticle(ORIGINAL_SEED_ID);
  const quote = article.quotes[0]!;
  await open(page, `/articles/${ORIGINAL_SEED_ID}`);
  const item = page.getByRole('region', { name: 'Quotes in this article' }).locator('ol > li').first();
  await item.getByRole('button', { name: 'Copy citation' }).click();
  await expect
    .poll(() => item.locator('.copy-button [aria-live="polite"]').textContent(), POLL)
    .toBe('Copied');
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toContain(quote.text);
  expect(citation).toContain(quote.speaker!);
  expect(citation).toContain(article.source);
  expect(citation).toContain((await page.locator('.article-header time').textContent())!);
  expect(citation).toContain(url(`/articles/${ORIGINAL_SEED_ID}#${quote.anchor}`));
  expect(errors.messages).toEqual([]);
});

test("a quote's speaker role shows on hover and on keyboard focus", async () => {
  const article = await fetchArticle(ORIGINAL_SEED_ID);
  const quote = article.quotes.find((candidate) => candidate.role !== null)!;
  await open(page, `/articles/${ORIGINAL_SEED_ID}`);
  const tooltip = page.locator(`#${quote.anchor}-attribution`);
  expect(await tooltip.isVisible()).toBe(false);

  await page.locator(`#${quote.anchor}`).hover();
  await tooltip.waitFor({ state: 'visible' });
  expect(await tooltip.textContent()).toBe(`${quote.speaker!}, ${quote.role!}`);
  await page.mouse.move(0, 0);
  await tooltip.waitFor({ state: 'hidden' });

  await page.locator(`#${quote.anchor}`).focus();
  await tooltip.waitFor({ state: 'visible' });
  expect(await page.locator(`#${quote.anchor}`).getAttribute('aria-describedby')).toBe(
    `${quote.anchor}-attribution`,
  );
  expect(errors.messages).toEqual([]);
});

test('the attribution tooltip shown on arriving at #quote-N does not cover the quote', async () => {
  const article = await fetchArticle(ORIGINAL_SEED_ID);
  const quote = article.quotes.find(
    (candidate) => candidate.role !== null && candidate.anchor !== 'quote-1',
  )!;
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, `/articles/${ORIGINAL_SEED_ID}#${quote.anchor}`);
  await expect.poll(() => isInViewport(page, `#${quote.anchor}`), POLL).toBe(true);
  const overlap = await page.evaluate((anchor) => {
    const tip = document.getElementById(`${anchor}-attribution`);
    const mark = document.getElementById(anchor);
    if (!tip || !mark || getComputedStyle(tip).display === 'none') return [];
    const t = tip.getBoundingClientRect();
    return [...mark.getClientRects()]
      .filter((r) => r.left < t.right && r.right > t.left && r.top < t.bottom && r.bottom > t.top)
      .map((r) => `line at y=${Math.round(r.top)}–${Math.round(r.bottom)}`);
  }, quote.anchor);
  expect(overlap, 'lines of the target quote hidden under its tooltip').toEqual([]);
  // Arriving is not asking: the role stays closed over the text being read, and hover still opens it.
  const tooltip = page.locator(`#${quote.anchor}-attribution`);
  expect(await tooltip.isVisible()).toBe(false);
  await page.locator(`#${quote.anchor}`).hover();
  await tooltip.waitFor({ state: 'visible' });
});

test('reloading an article at #quote-N keeps the quote in view and highlighted', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, `/articles/${ORIGINAL_SEED_ID}#quote-3`);
  await expect.poll(() => isInViewport(page, '#quote-3'), POLL).toBe(true);
  // open() reloads a page already at the URL, and waits for the app to take over the
  // pre-rendered page (which cannot know the #quote-N target, so does not highlight it).
  await open(page, `/articles/${ORIGINAL_SEED_ID}#quote-3`);
  await expect.poll(() => isInViewport(page, '#quote-3'), POLL).toBe(true);
  expect(await page.locator('#quote-3').getAttribute('class')).toContain('is-target');
  expect(errors.messages).toEqual([]);
});

test('the organisation page links to the list filtered by it', async () => {
  await open(page, '/organisations/nato');
  await page.getByRole('link', { name: 'All articles mentioning NATO' }).click();
  await page.waitForURL(url('/?org=nato'));
  await expectResultCount(page, resultCountText(articlesMentioning(index, 'nato').length, 'article'));
  expect(errors.messages).toEqual([]);
});

test('the article prints without header, footer, buttons or neighbour links', async () => {
  await open(page, `/articles/${ORIGINAL_SEED_ID}`);
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.evaluate(() =>
    ['.site-header', '.site-footer', '.copy-button', '.article-neighbours'].map((selector) => {
      const element = document.querySelector(selector);
      return element ? `${selector}: ${getComputedStyle(element).display}` : `${selector}: missing`;
    }),
  );
  expect(hidden, 'display of the app chrome in print').toEqual([
    '.site-header: none',
    '.site-footer: none',
    '.copy-button: none',
    '.article-neighbours: none',
  ]);
  expect(await page.locator('main h1').isVisible()).toBe(true);
  expect(await page.locator('.article-body').isVisible()).toBe(true);
  await page.emulateMedia({ media: 'screen' });
  expect(errors.messages).toEqual([]);
});
