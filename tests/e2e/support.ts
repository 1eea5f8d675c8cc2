/**
 * Shared helpers for the browser tests: the one Chromium, the served data, console-error
 * collection, an axe-core scan, a few waits, and the per-file setup (`pagePerTest`,
 * `pagesPerScheme`) that registers the hooks every file would otherwise repeat.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import type { Article, CorpusIndex, QuoteEntry } from '../../src/contract/schema.ts';

/** Polls wait this long: a loaded machine can take seconds to navigate and render. */
export const POLL = { timeout: 10_000 };

export const ORIGINAL_SEED_ID = '000_ec231f94e2293af6';
export const ORIGINAL_SEED_ORG = 'nato';
export const ORIGINAL_SEED_SPEAKER = 'tom-goffus';

export function baseUrl(): string {
  return inject('baseUrl');
}

/** An absolute URL for an app path (`/quotes?q=x`). */
export function url(path: string): string {
  return `${baseUrl()}${path}`;
}

export async function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('wsEndpoint'));
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(url(path));
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The corpus index the served build answers with (newest article first). */
export function fetchIndex(): Promise<CorpusIndex> {
  return fetchJson<CorpusIndex>('/data/index.json');
}

export function fetchQuotes(): Promise<QuoteEntry[]> {
  return fetchJson<QuoteEntry[]>('/data/quotes.json');
}

export function fetchArticle(id: string): Promise<Article> {
  return fetchJson<Article>(`/data/articles/${encodeURIComponent(id)}.json`);
}

/** The slug plus every organisation below it (children, grandchildren…). */
export function withDescendants(index: CorpusIndex, slug: string): Set<string> {
  const found = new Set([slug]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const org of index.organisations) {
      if (org.parent !== null && found.has(org.parent) && !found.has(org.slug)) {
        found.add(org.slug);
        grew = true;
      }
    }
  }
  return found;
}

/** How many articles mention the organisation (a child counts for its parent). */
export function articlesMentioning(index: CorpusIndex, slug: string): CorpusIndex['articles'] {
  const family = withDescendants(index, slug);
  return index.articles.filter((article) => article.organisations.some((org) => family.has(org)));
}

/** A list URL whose filters leave nothing: a source and an organisation that never meet. */
export function emptyFilterPath(index: CorpusIndex): string {
  const source = [...index.sources].sort((a, b) => a.count - b.count)[0]!;
  const fromSource = new Set(
    index.articles.filter((article) => article.sourceSlug === source.slug).map((article) => article.id),
  );
  const org = index.organisations.find((candidate) => {
    const mentioning = articlesMentioning(index, candidate.slug);
    return mentioning.length > 0 && !mentioning.some((article) => fromSource.has(article.id));
  })!;
  return `/?org=${org.slug}&source=${source.slug}`;
}

/** The status line of a list view for `total` results on the first page of 20. */
export function resultCountText(total: number, noun: 'article' | 'quote'): string {
  if (total === 0) return `No ${noun}s match.`;
  if (total <= 20) return `${total} ${total === 1 ? noun : `${noun}s`}`;
  return `1–20 of ${total} ${noun}s`;
}

/**
 * index.html declares no icon, so Chromium asks for /favicon.ico and logs its 404. One test in
 * views.test.ts reports that; the others ignore it so they show the errors that are theirs.
 */
export const FAVICON_404 = /status of 404.*\/favicon\.ico\)$/;

/**
 * The console line Chromium logs when a page itself answers 404, as the server does for an
 * unknown article, organisation or path (its body is still the app's not-found page).
 */
export function pageNotFound(path: string): RegExp {
  return new RegExp(
    `status of 404 \\(Not Found\\) \\(${url(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)$`,
  );
}

export interface ErrorLog {
  /** Page errors and console errors, one line each. */
  messages: string[];
}

/**
 * Collects uncaught page errors and console errors. `allowed` matches the console messages (or
 * resource URLs) that the caller expects, such as the 404 of a deliberately missing article.
 */
export function collectErrors(page: Page, allowed: RegExp[] = [FAVICON_404]): ErrorLog {
  const log: ErrorLog = { messages: [] };
  page.on('pageerror', (error) => {
    log.messages.push(`pageerror: ${error.message}`);
  });
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    const line = `console.error: ${message.text()}${where ? ` (${where})` : ''}`;
    if (allowed.some((pattern) => pattern.test(line))) return;
    log.messages.push(line);
  });
  return log;
}

/** Opens an app path and waits until the page's h1 is on screen (past the loading state). */
export async function open(page: Page, path: string): Promise<void> {
  // Going to the URL a page already shows only moves to the fragment; reload to open it afresh.
  if (page.url() === url(path)) await page.reload();
  else await page.goto(url(path));
  await page.locator('main h1').first().waitFor({ state: 'visible' });
  // A pre-rendered page shows its h1 before the app has taken it over (and made it interactive).
  await page.locator('html[data-started]').waitFor({ state: 'attached' });
}

/** The page's URL search params, for checking the public URL scheme. */
export function searchParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Waits until the page's URL satisfies `check` (filters update the URL asynchronously). */
export async function waitForSearch(page: Page, check: (params: URLSearchParams) => boolean): Promise<void> {
  await page.waitForURL((current) => check(current.searchParams));
}

/** The text of the list view's polite result-count status. */
export function resultCount(page: Page) {
  return page.locator('main p[role="status"].result-count');
}

/** Polls the result-count status until it reads `expected`. */
export async function expectResultCount(page: Page, expected: string): Promise<void> {
  await expect.poll(() => resultCount(page).textContent(), POLL).toBe(expected);
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/**
 * Runs axe-core on the page and returns its violations, one readable line per element: axe's
 * default rules and target-size, as Lighthouse's accessibility audit runs them.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: { resultTypes: string[]; rules: Record<string, { enabled: boolean }> },
          ) => Promise<{ violations: unknown[] }>;
        };
      }
    ).axe;
    // target-size (WCAG 2.2 AA) is off in axe's defaults; Lighthouse's accessibility score runs it.
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      rules: { 'target-size': { enabled: true } },
    });
    return result.violations;
  });
  return (violations as AxeViolation[]).flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} [${violation.impact ?? 'n/a'}] ${node.target.map(String).join(' ')}: ${violation.help}` +
        (node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ').trim()}` : ''),
    ),
  );
}

/** Is the element's box entirely inside the viewport? */
export async function isInViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.height > 0 &&
      // Scrolling can leave a fraction of a pixel past an edge.
      box.top >= -1 &&
      box.left >= -1 &&
      box.bottom <= window.innerHeight + 1 &&
      box.right <= window.innerWidth + 1
    );
  }, selector);
}

/** Elements wider than the viewport (a horizontal scrollbar at phone width), described briefly. */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const culprits: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const box = element.getBoundingClientRect();
      if (box.right > width + 1 && box.width > 0) {
        // getAttribute, not className: an SVG element's className is not a string.
        const classes = (element.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean);
        const name = [element.tagName.toLowerCase(), ...classes].join('.');
        culprits.push(`${name} right=${Math.round(box.right)} > ${width}`);
      }
      if (culprits.length >= 5) break;
    }
    return [`page scrollWidth ${document.documentElement.scrollWidth} > ${width}`, ...culprits];
  });
}

/**
 * Words of the main landmark that the layout breaks across lines ("Quo|tes" in a narrow table
 * column): a word here is a run of letters and digits of at most 24 characters, so a long URL or
 * a hyphenated compound broken at its hyphen does not count. A word is broken when the boxes of its
 * letters start at different heights. Returns "word (in tag.class)" for up to five of them.
 */
export async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return ['no main landmark'];
    const broken: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node && broken.length < 5; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.getClientRects().length === 0) continue;
      for (const match of (node.textContent ?? '').matchAll(/[\p{L}\p{N}]{2,24}/gu)) {
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (tops.size > 1) {
          const classes = (parent.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean);
          broken.push(`${match[0]} (in ${[parent.tagName.toLowerCase(), ...classes].join('.')})`);
          break;
        }
      }
    }
    return broken;
  });
}

export interface View {
  /** Used in test names and screenshot file names. */
  name: string;
  path: string;
  /** What to wait for once the h1 is there (a scrolled quote, a settled result count). */
  ready?: (page: Page) => Promise<void>;
}

/** Waits until the hash's quote has been scrolled into view (the article view does it after render). */
async function quoteScrolledIntoView(page: Page): Promise<void> {
  const anchor = new URL(page.url()).hash;
  await expect.poll(() => isInViewport(page, anchor), POLL).toBe(true);
}

/** Opens the keyboard shortcuts dialog the way a reader does, with "?". */
async function openShortcuts(page: Page): Promise<void> {
  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
}

/** Every view a reader can reach, at URLs built from the served data. */
export function allViews(index: CorpusIndex): View[] {
  return [
    { name: 'list', path: '/' },
    { name: 'list-empty', path: emptyFilterPath(index) },
    { name: 'list-notes', path: '/?from=2020-13-45&to=2000-01-01&org=no-such-org' },
    { name: 'article', path: `/articles/${ORIGINAL_SEED_ID}#quote-2`, ready: quoteScrolledIntoView },
    { name: 'quotes', path: '/quotes' },
    { name: 'organisation', path: `/organisations/${ORIGINAL_SEED_ORG}` },
    { name: 'speaker', path: `/speakers/${ORIGINAL_SEED_SPEAKER}` },
    { name: 'speaker-unknown', path: '/speakers/no-such-speaker' },
    { name: 'not-found', path: '/no/such/page' },
    { name: 'shortcuts', path: '/', ready: openShortcuts },
  ];
}

/** Opens a view and waits until it has settled: h1, its own readiness, web fonts. */
export async function openView(page: Page, view: View): Promise<void> {
  await open(page, view.path);
  await view.ready?.(page);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Names of every view in `allViews`, for test names known before the index is fetched. */
export const VIEW_NAMES = [
  'list',
  'list-empty',
  'list-notes',
  'article',
  'quotes',
  'organisation',
  'speaker',
  'speaker-unknown',
  'not-found',
  'shortcuts',
] as const;

export const DESKTOP = { width: 1280, height: 800 } as const;

/**
 * `NEWSREADER_E2E_CPU_SLOWDOWN=6 npx vitest run --config vitest.e2e.config.ts …` runs every
 * test's page at a sixth of the CPU's speed (Chromium's CPU throttling), as on a slow phone or a
 * loaded CI machine: a test that reads the page before the render it waits for shows up as a
 * failure here instead of once in a while in CI. Unset, pages run at full speed.
 */
async function slowDown(page: Page): Promise<void> {
  const rate = Number(process.env.NEWSREADER_E2E_CPU_SLOWDOWN ?? '1');
  if (!(rate > 1)) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

export interface PageSession {
  context: BrowserContext;
  /** A fresh page for each test. */
  page: Page;
  /** The current page's console and page errors. */
  errors: ErrorLog;
}

/**
 * Registers the hooks most test files share: one context per file at desktop size (`prepare` can
 * grant it permissions), a fresh page per test with its errors collected, closed afterwards. With
 * `expectNoErrors` every test also ends by checking that its page logged no errors. The returned
 * session's `page` and `errors` are replaced before each test.
 */
export function pagePerTest(
  options: { expectNoErrors?: boolean; prepare?: (context: BrowserContext) => Promise<void> } = {},
): PageSession {
  let browser: Browser | undefined;
  // Filled in by the hooks below before any test reads it.
  const session = {} as PageSession;
  beforeAll(async () => {
    browser = await connectBrowser();
    session.context = await browser.newContext({ viewport: DESKTOP });
    await options.prepare?.(session.context);
  });
  afterAll(async () => {
    await session.context.close();
    await browser?.close();
  });
  beforeEach(async () => {
    session.page = await session.context.newPage();
    session.errors = collectErrors(session.page);
    await slowDown(session.page);
  });
  afterEach(async () => {
    if (options.expectNoErrors) expect(session.errors.messages).toEqual([]);
    await session.page.close();
  });
  return session;
}

export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

export interface SchemeSession {
  /** One page per colour scheme, kept for the whole file. */
  pages: Map<Scheme, Page>;
  /** The view of that name, at URLs built from the served index. */
  view: (name: (typeof VIEW_NAMES)[number]) => View;
}

/** Registers hooks for a file that walks every view in light and in dark: one context and page per scheme. */
export function pagesPerScheme(contextOptions: BrowserContextOptions = {}): SchemeSession {
  let browser: Browser | undefined;
  let index: CorpusIndex | undefined;
  const contexts: BrowserContext[] = [];
  const pages = new Map<Scheme, Page>();
  beforeAll(async () => {
    browser = await connectBrowser();
    index = await fetchIndex();
    for (const scheme of SCHEMES) {
      const context = await browser.newContext({ ...contextOptions, colorScheme: scheme });
      contexts.push(context);
      const page = await context.newPage();
      await slowDown(page);
      pages.set(scheme, page);
    }
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });
  return {
    pages,
    view: (name) => {
      if (!index) throw new Error('views are known once the index is fetched (in a test, not at collection)');
      return allViews(index).find((candidate) => candidate.name === name)!;
    },
  };
}

/**
 * Records every Content-Security-Policy violation in the pages of a context (or one page), from
 * before the app loads; `cspViolations(page)` reads them.
 */
export async function recordCspViolations(target: BrowserContext | Page): Promise<void> {
  await target.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}
