/**
 * Pre-rendered pages (src/prerender/): with JavaScript off an article reads fully, with its
 * highlighted quotes and speakers, the lists show their first page with working links, and the
 * not-found page says so; with JavaScript on, the app takes the page over in place (hydrates)
 * without a console message, and a URL whose view differs from the pre-rendered one still shows
 * its own result. Screenshots with JavaScript off at 390 px: test-output/screenshots/nojs-*.png.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  ORIGINAL_SEED_ID,
  ORIGINAL_SEED_ORG,
  ORIGINAL_SEED_SPEAKER,
  POLL,
  articlesMentioning,
  connectBrowser,
  cspViolations,
  fetchArticle,
  fetchIndex,
  fetchQuotes,
  recordCspViolations,
  resultCountText,
  url,
} from './support.ts';

const OUT_DIR = resolve(import.meta.dirname, '..', '..', 'test-output', 'screenshots');
const PHONE = { width: 390, height: 844 } as const;

let browser: Browser;
let noScript: BrowserContext;
let withScript: BrowserContext;
beforeAll(async () => {
  mkdirSync(OUT_DIR, { recursive: true });
  browser = await connectBrowser();
  noScript = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  withScript = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await recordCspViolations(withScript);
});
afterAll(async () => {
  await noScript.close();
  await withScript.close();
  await browser.close();
});

async function openWithoutScript(path: string, screenshot: string): Promise<Page> {
  const page = await noScript.newPage();
  const response = await page.goto(url(path));
  expect(response?.ok() || response?.status() === 404).toBe(true);
  await page.screenshot({ path: resolve(OUT_DIR, `nojs-${screenshot}-390.png`) });
  return page;
}

test('with JavaScript off, an article reads fully: text, highlighted quotes, speakers, organisations', async () => {
  const article = await fetchArticle(ORIGINAL_SEED_ID);
  const page = await openWithoutScript(`/articles/${ORIGINAL_SEED_ID}`, 'article');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(article.headline);
  const body = await page.locator('main').innerText();
  for (const paragraph of article.paragraphs) {
    // Every word of every paragraph is on the page (marks may add line breaks between parts).
    for (const word of paragraph.split(/\s+/).slice(0, 5)) expect(body).toContain(word);
  }
  for (const quote of article.quotes) {
    // Each quote is marked in the text at its anchor, and listed with who said it.
    const marked = page.locator(`#${quote.anchor}`);
    expect(await marked.count()).toBe(1);
    const list = page.getByRole('region', { name: 'Quotes in this article' });
    expect(await list.innerText()).toContain(quote.text.slice(0, 40));
    if (quote.speaker) expect(await list.innerText()).toContain(quote.speaker);
  }
  const org = article.organisations[0]!;
  expect(
    await page
      .getByRole('region', { name: 'Organisations' })
      .getByRole('link', { name: org.name, exact: true })
      .getAttribute('href'),
  ).toBe(`/organisations/${org.slug}`);
  expect(await page.title()).toBe(`${article.headline} – Newsreader`);
  await page.close();
});

test('with JavaScript off, the article list shows its first page, and its links open pre-rendered pages', async () => {
  const index = await fetchIndex();
  const page = await openWithoutScript('/', 'list');
  expect(await page.locator('main p[role="status"].result-count').textContent()).toBe(
    resultCountText(index.articles.length, 'article'),
  );
  // The timeline says what it shows, but not how to drag it: without the script it cannot be used.
  const hint = page.locator('main .timeline-brush p.hint');
  expect(await hint.innerText()).toMatch(/ articles by .*, from .* to .*\.$/);
  expect(await hint.innerText()).not.toContain('Drag across');
  const newest = index.articles[0]!;
  const link = page.getByRole('link', { name: newest.headline, exact: true }).first();
  expect(await link.getAttribute('href')).toBe(`/articles/${newest.id}`);
  await link.click();
  await page.waitForURL(url(`/articles/${newest.id}`));
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(newest.headline);
  await page.close();
});

test('with JavaScript off, oldest first and the last page are rendered by the server, and the page field goes to a page', async () => {
  const index = await fetchIndex();
  const pages = Math.ceil(index.articles.length / 20);
  const page = await openWithoutScript('/?sort=oldest', 'list-oldest');
  const items = page.locator('main ol.article-list > li');
  expect(await items.first().innerText()).toContain(index.articles.at(-1)!.headline);
  expect(await page.locator('main .sort-order a[aria-current="true"]').textContent()).toBe('Oldest first');
  // The page field: a GET form with the order as a hidden field.
  await page.locator('main .pagination input[name="page"]').fill('2');
  await page.getByRole('button', { name: 'Go to page' }).click();
  await page.waitForURL(url('/?sort=oldest&page=2'));
  expect(await page.locator('main p[role="status"].result-count').textContent()).toMatch(/^21–40 of /);
  expect(await items.first().innerText()).toContain(index.articles.at(-21)!.headline);
  // The last page, newest first: it ends with the oldest article.
  await page.goto(url('/'));
  await page.getByRole('link', { name: 'Last page' }).click();
  await page.waitForURL(url(`/?page=${pages}`));
  expect(await items.last().innerText()).toContain(index.articles.at(-1)!.headline);
  await page.close();
});

test('with JavaScript off, the next page and a filter open lists with their own results (rendered by the server)', async () => {
  const index = await fetchIndex();
  const page = await openWithoutScript('/', 'list-first');
  const count = page.locator('main p[role="status"].result-count');
  await page
    .getByRole('link', { name: /Next page/ })
    .first()
    .click();
  await page.waitForURL(url('/?page=2'));
  expect(await count.textContent()).toBe(
    `21–${Math.min(40, index.articles.length)} of ${index.articles.length} articles`,
  );
  const second = index.articles[20]!;
  expect(await page.locator('main ol.article-list > li').first().innerText()).toContain(second.headline);
  await page.screenshot({ path: resolve(OUT_DIR, 'nojs-list-page-2-390.png') });

  // A filter link from a page without the script: the organisation's articles, its count in the title's place.
  const mentioning = articlesMentioning(index, ORIGINAL_SEED_ORG);
  await page.goto(url(`/?org=${ORIGINAL_SEED_ORG}`));
  expect(await count.textContent()).toBe(resultCountText(mentioning.length, 'article'));
  expect(await page.locator('main ol.article-list > li').first().innerText()).toContain(
    mentioning[0]!.headline,
  );
  // Its head describes the view (what a chat app shows for a shared filtered link).
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description).toBe(
    `${mentioning.length} news ${mentioning.length === 1 ? 'article matches' : 'articles match'} this view (mentioning NATO).`,
  );
  expect(await page.title()).toBe('Articles mentioning NATO – Newsreader');
  await page.goto(url('/?q=nato'));
  expect(await page.title()).toBe('“nato” in articles – Newsreader');
  await page.close();
});

test('a list rendered for a URL with ignored params names the list it applied as its canonical URL', async () => {
  const page = await noScript.newPage();
  const canonicalOf = async (path: string): Promise<string | null> => {
    await page.goto(url(path));
    // No site URL in this build: the canonical is root-relative and og:url is left out.
    expect(await page.locator('meta[property="og:url"]').count()).toBe(0);
    return page.locator('link[rel="canonical"]').getAttribute('href');
  };
  expect(await canonicalOf('/quotes?speaker=nobody-here&page=3')).toBe('/quotes?page=3');
  expect(
    await canonicalOf(
      `/?from=2004-13-01&to=2099-12-31&org=${ORIGINAL_SEED_ORG}&org=no-such-org&source=nope&sort=bogus&page=x`,
    ),
  ).toBe(`/?to=2099-12-31&org=${ORIGINAL_SEED_ORG}`);
  // A page past the last shows the last: the canonical URL names that one.
  expect(
    await canonicalOf(`/quotes?speaker=${ORIGINAL_SEED_SPEAKER}&fragments=sideways&to=nope&page=99`),
  ).toBe(`/quotes?speaker=${ORIGINAL_SEED_SPEAKER}`);
  expect(await canonicalOf('/?q=%20nato%20&sort=newest&page=0')).toBe('/?q=nato&sort=newest');
  await page.close();
});

test('with JavaScript off, the quote list shows its first page with links to the quotes', async () => {
  const quotes = await fetchQuotes();
  const page = await openWithoutScript('/quotes', 'quotes');
  expect(await page.locator('main p[role="status"].result-count').textContent()).toBe(
    resultCountText(quotes.length, 'quote'),
  );
  const items = page.locator('main ol.quote-list > li');
  expect(await items.count()).toBe(Math.min(20, quotes.length));
  // Each quote links to its place in its article.
  const hrefs = await page
    .locator('main ol.quote-list a[href*="#quote-"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/articles\/[^/#]+#quote-\d+$/);
  await page.close();
});

test('with JavaScript off, an organisation page lists its latest articles', async () => {
  const page = await openWithoutScript(`/organisations/${ORIGINAL_SEED_ORG}`, 'organisation');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('NATO');
  const links = page.getByRole('region', { name: 'Articles' }).locator('a[href^="/articles/"]');
  expect(await links.count()).toBeGreaterThan(0);
  await page.close();
});

test('with JavaScript off, a timeline does not tell the reader to drag its bars or move its sliders', async () => {
  // Without the script there are no sliders and dragging does nothing; an organisation's and a
  // speaker's pages have no note saying so (the list page's says the timeline needs the script).
  for (const path of [`/organisations/${ORIGINAL_SEED_ORG}`, `/speakers/${ORIGINAL_SEED_SPEAKER}`, '/']) {
    const page = await noScript.newPage();
    await page.goto(url(path));
    const timeline = page.locator('.timeline-brush');
    expect(await timeline.innerText(), path).toMatch(/by (day|week|month|year)/);
    expect(await timeline.innerText(), path).not.toContain('Drag across the bars');
    await page.close();
  }
  // With the script, the instruction is there.
  const page = await withScript.newPage();
  await page.goto(url(`/organisations/${ORIGINAL_SEED_ORG}`));
  await page.locator('html[data-started]').waitFor({ state: 'attached' });
  expect(await page.locator('.timeline-brush').innerText()).toContain('Drag across the bars');
  await page.close();
});

test('with JavaScript off, the not-found page says so and links back', async () => {
  const page = await openWithoutScript('/404.html', 'not-found');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
  expect(await page.getByRole('link', { name: 'Back to all articles' }).getAttribute('href')).toBe('/');
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
  await page.close();
});

test('with JavaScript off, a pre-rendered page says after a moment what needs the script', async () => {
  const page = await noScript.newPage();
  await page.goto(url('/quotes'));
  const notice = page.getByText("The reader's script has not started");
  await notice.waitFor({ state: 'visible', timeout: 15_000 });
  expect(await page.getByRole('link', { name: 'Reload the page' }).isVisible()).toBe(true);
  await page.close();
});

test('with JavaScript off, a list says at once that the filters need the script and look unavailable; the search box does not', async () => {
  for (const path of ['/', '/quotes']) {
    const page = await noScript.newPage();
    await page.goto(url(path));
    // At once, not after the 6 s the notice waits when the script is on but has not started.
    // (Playwright's text matching skips <noscript>, so the note is found by its class.)
    const note = page.locator('.noscript-note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(
      /^\s*JavaScript is off, so the filters and the timeline do not work on this page\. Search, /,
    );
    expect(await page.getByText("The reader's script has not started").isVisible()).toBe(true);
    // (The date field is in the folded filters at 390 px: found by its type, not its role.)
    expect(
      await page
        .locator('input[type="date"]')
        .first()
        .evaluate((element) => getComputedStyle(element).opacity),
    ).toBe('0.5');
    // The search box is a GET form the project's server answers (the next test): it looks usable.
    expect(await page.locator('#search-input').evaluate((element) => getComputedStyle(element).opacity)).toBe(
      '1',
    );
    // Links still work without the script, and look it.
    const next = page.getByRole('link', { name: /Next/ }).first();
    expect(await next.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    await page.close();
  }
  // With the script on, none of it shows.
  const page = await withScript.newPage();
  await page.goto(url('/'));
  await page.locator('html[data-started]').waitFor({ state: 'attached' });
  expect(await page.locator('.noscript-note').count()).toBe(0);
  expect(await page.locator('#search-input').evaluate((element) => getComputedStyle(element).opacity)).toBe(
    '1',
  );
  await page.close();
});

test("with JavaScript off, Enter in the search box searches within the list's filters, not the whole list", async () => {
  // The box's form had no action, method or field names: Enter went to "/?", dropping the
  // list's filters and searching nothing. It now asks for the list's own URL with the words.
  const page = await noScript.newPage();
  await page.goto(url(`/quotes?org=${ORIGINAL_SEED_ORG}&fragments=hide`));
  await page.locator('#search-input').fill('security');
  await Promise.all([
    page.waitForURL((current) => current.searchParams.has('q')),
    page.keyboard.press('Enter'),
  ]);
  const params = new URL(page.url()).searchParams;
  expect(new URL(page.url()).pathname).toBe('/quotes');
  expect(Object.fromEntries(params)).toEqual({ org: ORIGINAL_SEED_ORG, fragments: 'hide', q: 'security' });
  // The project's server renders that URL: the search is among the filters shown.
  expect(await page.locator('.active-filters').innerText()).toContain('Matches “security”');
  await page.close();
});

/** Every console message and page error, whatever its level. */
function collectConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message: ConsoleMessage) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return messages;
}

const HYDRATED = [
  '/',
  '/quotes',
  `/articles/${ORIGINAL_SEED_ID}`,
  `/organisations/${ORIGINAL_SEED_ORG}`,
  `/speakers/${ORIGINAL_SEED_SPEAKER}`,
];

for (const path of HYDRATED) {
  test(`${path}: the app takes the pre-rendered page over in place, with no console message`, async () => {
    const page = await withScript.newPage();
    const messages = collectConsole(page);
    // Hold the app's script back until the pre-rendered heading is marked, then let it run: a
    // hydration mismatch makes React replace the page, and the mark would go with it.
    const gate: { open?: () => void } = {};
    const held = new Promise<void>((resolvePromise) => {
      gate.open = resolvePromise;
    });
    await page.route('**/assets/index-*.js', async (route) => {
      await held;
      await route.continue();
    });
    // Not `domcontentloaded`: that waits for the module script, which is held.
    await page.goto(url(path), { waitUntil: 'commit' });
    const heading = page.locator('main h1').first();
    await heading.waitFor();
    await heading.evaluate((element) => {
      element.setAttribute('data-pre-rendered-node', 'kept');
    });
    gate.open?.();
    await page.locator('html[data-started]').waitFor({ state: 'attached' });
    // React hydrates, then commits; the app's effects (focus, title) have run once this is set.
    expect(await heading.getAttribute('data-pre-rendered-node')).toBe('kept');
    expect(await page.locator('#boot-notice').count()).toBe(0);
    expect(messages).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });
}

// A part the page renders after its data that fails on the first load: the counts' columns
// (the list pages), the related articles (an article page). The pre-render had them; the browser
// cannot render them, so the app renders the page afresh rather than hydrate a first render that
// differs from the HTML (React's error #418, then a rebuild of the page).
for (const [path, failing, name] of [
  ['/', '**/data/v/*/columns.json', 'the counts'],
  ['/quotes', '**/data/v/*/columns.json', 'the counts'],
  [`/articles/${ORIGINAL_SEED_ID}`, '**/data/v/*/related/*.json', 'the related articles'],
] as const) {
  test(`${path} with ${name} failing on the first load: no hydration error, the page works`, async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const messages = collectConsole(page);
    await page.route(failing, (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }));
    await page.goto(url(path));
    await page.locator('html[data-started]').waitFor({ state: 'attached' });
    if (path.startsWith('/articles/')) {
      const related = page.getByRole('region', { name: 'Related articles' });
      await expect
        .poll(() => related.getByRole('status').textContent(), POLL)
        .toContain('The related articles could not be loaded.');
      await related.getByRole('button', { name: 'Try again' }).waitFor();
    } else await page.locator('main p[role="status"].result-count').waitFor();
    await page.waitForLoadState('networkidle');
    // Only the failed requests themselves are reported (and the blocked service worker).
    expect(
      messages.filter((message) => !/status of 500|Service Worker registration blocked/.test(message)),
    ).toEqual([]);
    await context.close();
  });
}

/** What moved, as the browser's layout-shift entries report it: the value and the moved elements. */
interface Shift {
  value: number;
  sources: string[];
}

for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
  for (const path of HYDRATED) {
    test(`${path} at ${viewport.width} px: nothing moves while the page loads and the app takes it over`, async () => {
      const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const shifts: Shift[] = [];
        (window as unknown as { shifts: Shift[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as {
            value: number;
            sources?: { node: Node | null }[];
          }[])
            shifts.push({
              value: entry.value,
              sources: (entry.sources ?? []).map((source) => {
                const node = source.node;
                const element = node instanceof Element ? node : (node?.parentElement ?? null);
                return element ? `${element.tagName.toLowerCase()}.${element.className}` : 'unknown';
              }),
            });
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(url(path));
      await page.locator('html[data-started]').waitFor({ state: 'attached' });
      // Whatever the page loads after the app has started has arrived and been shown.
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts)).toEqual([]);
      await context.close();
    });
  }
}

test('a URL whose view is not the pre-rendered one (a search) shows its own result', async () => {
  const page = await withScript.newPage();
  const messages = collectConsole(page);
  await page.goto(url('/?q=nato'));
  await page.locator('html[data-started]').waitFor({ state: 'attached' });
  await expect.poll(() => page.title(), POLL).toBe('“nato” in articles – Newsreader');
  expect(await page.getByRole('searchbox', { name: 'Search headlines and text' }).inputValue()).toBe('nato');
  const count = await page.locator('main p[role="status"].result-count').textContent();
  const index = await fetchIndex();
  expect(count).not.toBe(resultCountText(index.articles.length, 'article'));
  expect(messages).toEqual([]);
  await page.close();
});
