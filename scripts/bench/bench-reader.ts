/**
 * `npm run bench:reader -- [COUNT] [options]`: what a reader waits for and downloads, in Chromium,
 * on the production build over a COUNT-article corpus (default 100,000) cycled from the shared
 * Wikinews articles (see cycle-corpus.ts).
 *
 * Steps: cycle the corpus (outside the repo, reused when complete), `vite build` it (the data build
 * runs inside, through the seed-data plugin, with the usual cache), serve the build with Vite's
 * preview server, then drive Chromium (playwright-core) and print a markdown table on stdout.
 *
 * Options:
 *   --corpus DIR       corpus folder (default $TMPDIR/newsreader-bench-corpus-<COUNT>)
 *   --skip-build DIR   reuse a built dist folder instead of building
 *   --out DIR          where to build (default $TMPDIR/newsreader-bench-dist-<COUNT>)
 *   --query WORD       the search word of the cold search load and the first query (default government)
 *   --runs R           cold loads and warm sessions per figure (default 3)
 *   --iterations N     measured interactions per warm figure and run (default 20)
 *   --article ID       article to load (default: discovered from data/index.json)
 *   --org SLUG         organisation page to load (default: the one with most articles)
 *   --json FILE        also write every raw figure as JSON
 *   --https            serve over TLS (a certificate for 127.0.0.1 made for the run, tls.ts), so
 *                      Chromium speaks HTTP/2 as it does to a host with a certificate (one
 *                      connection for every request); without it, HTTP/1.1 (six connections)
 *   --warm LIST        only these warm interactions (comma-separated: search, typed, date,
 *                      organisation, source, page, speaker), without the cold loads and the first
 *                      query: an A/B of one figure in a minute or two instead of five; each step's
 *                      time is logged
 *
 * How: every cold load is a fresh browser context (empty cache). "Shown" is recorded inside the
 * page: a MutationObserver, registered before the app's scripts run, stores `performance.now()`
 * (milliseconds since navigation start) at the first DOM change after which every "shown"
 * selector of the route matches a rendered element with text (DOM commit, before paint). Bytes are
 * CDP `Network.loadingFinished.encodedDataLength` of every response finished by then; the
 * gz-equivalent is node's gzipSync of each body fetched again from the server. Warm interactions
 * drive the real controls with Playwright; the page times them itself, from the triggering
 * event's timeStamp (the search form's submit, click, input/change) to the mutation after which the result
 * count, the first list item or the active-filter list differs, so Playwright's round trips are
 * not counted. The typed search types a new word a key at a time into the emptied box and is
 * timed from its last keystroke, less the box's 250 ms pause (what a reader waits beyond it).
 * Figures, not pass/fail. Not part of `npm test`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, CDPSession, Locator, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import type { PreviewServer } from 'vite';
import { chromiumLaunchOptions } from '../../tests/e2e/chromium.ts';
import { cycleCorpus, defaultSourceDir } from './cycle-corpus.ts';
import { getBody, selfSignedCertificate, trustFlag } from './tls.ts';
import { measureJsFloor } from './js-floor.ts';

// ---------------------------------------------------------------------------------------------
// What to adapt when the app changes: the routes, what "shown" means on each, and the controls.

/** A list view is shown when its first item and its result count are rendered. */
const LIST_SHOWN = ['[data-list-item]', 'p[role=status].result-count'];

interface Targets {
  query: string;
  articleId: string;
  orgSlug: string;
}

/** Every cold-loaded route: its URL and the selectors that must all be rendered (with text). */
const ROUTES = {
  home: { label: '/', path: () => '/', shown: LIST_SHOWN },
  search: {
    label: '/?q=<query>',
    path: (t: Targets) => `/?q=${encodeURIComponent(t.query)}`,
    shown: LIST_SHOWN,
  },
  article: {
    label: '/articles/<id>',
    path: (t: Targets) => `/articles/${encodeURIComponent(t.articleId)}`,
    shown: ['#article-headline'],
  },
  quotes: { label: '/quotes', path: () => '/quotes', shown: LIST_SHOWN },
  organisation: {
    label: '/organisations/<slug>',
    path: (t: Targets) => `/organisations/${encodeURIComponent(t.orgSlug)}`,
    shown: ['main h1'],
  },
} satisfies Record<string, { label: string; path: (t: Targets) => string; shown: string[] }>;
type RouteKey = keyof typeof ROUTES;

/** Routes whose first-visit JavaScript is reported. */
const FIRST_VISIT_JS_ROUTES: RouteKey[] = ['home', 'article', 'quotes'];

/** The controls the warm interactions use (accessible names as the components give them). */
const CONTROLS = {
  resultCount: 'p[role=status].result-count',
  listItem: '[data-list-item]',
  /** The removable filters in force: they change even when the results do not (a source every article has). */
  activeFilters: '.active-filters',
  search: (page: Page) => page.getByRole('search').getByRole('searchbox'),
  /** The same box as a selector, for code that runs in the page. */
  searchInput: '[data-search-input]',
  dateGroup: (page: Page) => page.getByRole('group', { name: 'Date', exact: true }),
  dateFrom: (page: Page) => CONTROLS.dateGroup(page).getByLabel('From', { exact: true }),
  dateTo: (page: Page) => CONTROLS.dateGroup(page).getByLabel('To', { exact: true }),
  organisationGroup: (page: Page) => page.getByRole('group', { name: 'Organisations', exact: true }),
  source: (page: Page) => page.getByLabel('Source', { exact: true }),
  speakers: (page: Page) => page.getByRole('group', { name: 'Speakers' }),
  nextPage: (page: Page) =>
    page.getByRole('navigation', { name: 'Result pages' }).getByRole('link', { name: /Next page/ }),
};

/** Words the warm search cycles through (after --query); consecutive ones give different results. */
const WARM_QUERIES = ['police', 'election', 'minister', 'court', 'president', 'football'];

/**
 * Words the typed search types, each once per session (none is one of the warm search's, which
 * runs first in the same session): common news words, each searched for the first time.
 */
const TYPED_WORDS = [
  'health',
  'school',
  'water',
  'energy',
  'trade',
  'market',
  'budget',
  'prison',
  'storm',
  'protest',
  'vaccine',
  'border',
  'river',
  'hospital',
  'union',
  'airport',
  'bank',
  'church',
  'army',
  'station',
  'island',
  'strike',
  'climate',
  'festival',
];
/** The typed search's pace: ms between keystrokes (a steady typist; the box pauses 250 ms). */
const TYPING_KEY_DELAY_MS = 150;
/** How long a typed search's step waits after the previous step's results before typing. */
const TYPED_SETTLE_MS = 500;
/** The search box's pause after the last keystroke before it sends the search (search-box.tsx). */
const SEARCH_BOX_PAUSE_MS = 250;

/** Wide enough for the filter panel to sit open beside the results (60rem). */
const VIEWPORT = { width: 1280, height: 900 };
/** After "shown", how long long tasks are still collected and the heap left to settle. */
const SETTLE_MS = 1000;
const SHOWN_TIMEOUT_MS = 180_000;
const INTERACTION_TIMEOUT_MS = 60_000;

// ---------------------------------------------------------------------------------------------

const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: 'string' },
    'skip-build': { type: 'string' },
    out: { type: 'string' },
    query: { type: 'string', default: 'government' },
    runs: { type: 'string', default: '3' },
    iterations: { type: 'string', default: '20' },
    article: { type: 'string' },
    org: { type: 'string' },
    json: { type: 'string' },
    https: { type: 'boolean', default: false },
    warm: { type: 'string' },
  },
});
const count = Number(positionals[0] ?? '100000');
const runs = Number(values.runs);
const iterations = Number(values.iterations);
for (const [name, n] of [
  ['COUNT', count],
  ['--runs', runs],
  ['--iterations', iterations],
] as const) {
  if (!Number.isInteger(n) || n < 1) fail(`${name} must be a positive integer`);
}
const tmp = process.env.TMPDIR ?? tmpdir();
/** `--warm`: the only interactions to run (no cold loads, no first query); null: everything. */
const warmOnly = values.warm === undefined ? null : values.warm.split(',').map((key) => key.trim());

function log(message: string): void {
  process.stderr.write(`[bench:reader] ${message}\n`);
}

function fail(message: string): never {
  process.stderr.write(`bench:reader: ${message}\n`);
  process.exit(1);
}

declare global {
  interface Window {
    __bench?: {
      shownAt: number | null;
      longTasks: { start: number; duration: number }[];
    };
    __benchInteraction?: Promise<number>;
  }
}

/** Runs in every page before the app: long-task observer and the "shown" watcher. */
function pageInitScript(shown: readonly string[] | null): string {
  return `(() => {
  globalThis.__name = globalThis.__name || ((f) => f);
  const bench = { shownAt: null, longTasks: [] };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const shown = ${JSON.stringify(shown)};
  if (!shown) return;
  const visible = (sel) => {
    const el = document.querySelector(sel);
    return !!el && el.getClientRects().length > 0 && (el.textContent || '').trim() !== '';
  };
  const observer = new MutationObserver(() => {
    if (bench.shownAt === null && shown.every(visible)) {
      bench.shownAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
})();`;
}

// ---------------------------------------------------------------------------------------------
// Statistics and formatting.

function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}
const median = (samples: readonly number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** "median (min–max)" of the runs' figures; "—" when a run failed. */
function spread(figures: readonly (number | null)[], digits = 0, scale = 1): string {
  const ok = figures.filter((f): f is number => f !== null && Number.isFinite(f)).map((f) => f / scale);
  if (ok.length === 0) return 'failed';
  const fmt = (n: number) => n.toFixed(digits);
  const failed = figures.length - ok.length;
  const [low, high] = [fmt(Math.min(...ok)), fmt(Math.max(...ok))];
  const range = low === high ? '' : ` (${low}–${high})`;
  return `${fmt(median(ok))}${range}${failed ? ` [${failed} failed]` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Corpus, build, server.

function countTxt(dir: string): number {
  try {
    return readdirSync(dir).filter((name) => name.endsWith('.txt')).length;
  } catch {
    return 0;
  }
}

function runBuild(corpus: string, outDir: string): Promise<number> {
  mkdirSync(outDir, { recursive: true });
  const started = performance.now();
  return new Promise((done, reject) => {
    // The build's own output goes to stderr so stdout carries only the table.
    const child = spawn('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
      cwd: root,
      env: { ...process.env, NEWSREADER_SEEDS: corpus, NODE_ENV: 'production' },
      stdio: ['ignore', 2, 2],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) done(performance.now() - started);
      else reject(new Error(`vite build failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

interface DataInfo {
  articleId: string | null;
  orgSlug: string | null;
  articles: number | null;
  source: string;
}

/** Article id and busiest organisation from data/index.json, else data/meta.json, else nothing. */
function discoverData(dist: string): DataInfo {
  interface Shape {
    articles?: { id: string; quoteCount?: number }[];
    organisations?: { slug: string; articleCount?: number }[];
  }
  for (const name of ['index.json', 'meta.json']) {
    const file = join(dist, 'data', name);
    if (!existsSync(file)) continue;
    const data = JSON.parse(readFileSync(file, 'utf8')) as Shape;
    const articles = Array.isArray(data.articles) ? data.articles : [];
    const article = articles.find((a) => (a.quoteCount ?? 0) > 0) ?? articles[0];
    const orgs = Array.isArray(data.organisations) ? data.organisations : [];
    const org = orgs.reduce<(typeof orgs)[number] | undefined>(
      (best, o) => (!best || (o.articleCount ?? 0) > (best.articleCount ?? 0) ? o : best),
      undefined,
    );
    return {
      articleId: article?.id ?? null,
      orgSlug: org?.slug ?? null,
      articles: articles.length || null,
      source: `data/${name}`,
    };
  }
  return { articleId: null, orgSlug: null, articles: null, source: 'none' };
}

async function closeServer(server: PreviewServer): Promise<void> {
  await new Promise<void>((done) => {
    server.httpServer.close(() => {
      done();
    });
    // Keep-alive sockets would hold close() open.
    (server.httpServer as { closeAllConnections?: () => void }).closeAllConnections?.();
  });
}

// ---------------------------------------------------------------------------------------------
// Measurements in the browser.

type Kind = 'js' | 'data' | 'other';
interface Transfer {
  url: string;
  kind: Kind;
  encoded: number;
  /** When the response finished, by this process's clock (`performance.now()`). */
  at: number;
}

function kindOf(url: string): Kind {
  const path = new URL(url).pathname;
  if (path.endsWith('.js') || path.endsWith('.mjs')) return 'js';
  if (path.includes('/data/')) return 'data';
  return 'other';
}

/** With `--https`, the certificate the server uses and Chromium and `gzSize` trust. */
const tls = values.https ? selfSignedCertificate() : undefined;
const gzCache = new Map<string, number>();
async function gzSize(url: string): Promise<number> {
  const cached = gzCache.get(url);
  if (cached !== undefined) return cached;
  const size = gzipSync(await getBody(url, tls)).length;
  gzCache.set(url, size);
  return size;
}

interface Bytes {
  transferred: Record<Kind | 'total', number>;
  gz: Record<Kind | 'total', number>;
  files: number;
}

async function sumBytes(transfers: readonly Transfer[]): Promise<Bytes> {
  const transferred = { js: 0, data: 0, other: 0, total: 0 };
  const gz = { js: 0, data: 0, other: 0, total: 0 };
  // Each URL once: a second request for it in the same page is answered by the HTTP cache (the
  // build's asset and data URLs are immutable), as the engine's second worker loading the same
  // script is; counting its gz-equivalent again would report a download that never happens.
  const seen = new Set<string>();
  for (const t of transfers) {
    if (seen.has(t.url)) continue;
    seen.add(t.url);
    const g = await gzSize(t.url);
    transferred[t.kind] += t.encoded;
    transferred.total += t.encoded;
    gz[t.kind] += g;
    gz.total += g;
  }
  return { transferred, gz, files: seen.size };
}

function watchNetwork(cdp: CDPSession, page: Page): { finished: Transfer[] } {
  const urls = new Map<string, string>();
  const finished: Transfer[] = [];
  const seenByPage = new Set<string>();
  cdp.on('Network.responseReceived', (event) => {
    urls.set(event.requestId, event.response.url);
  });
  cdp.on('Network.loadingFinished', (event) => {
    const url = urls.get(event.requestId);
    if (!url?.startsWith('http')) return;
    seenByPage.add(url);
    finished.push({ url, kind: kindOf(url), encoded: event.encodedDataLength, at: performance.now() });
  });
  // The page's CDP session does not see what a Web Worker fetches (the query engine runs in one);
  // Playwright reports those requests on the page, with their transferred sizes.
  page.on('requestfinished', (request) => {
    const url = request.url();
    if (!url.startsWith('http')) return;
    // Stamped now, pushed later: a worker's request that finished before "shown" was detected
    // counts as before it even when its sizes arrive after (one cold load in three missed them).
    const at = performance.now();
    void (async () => {
      const sizes = await request.sizes().catch(() => null);
      // Give the page's own CDP event for the same response time to arrive, so nothing counts twice.
      await new Promise((done) => setTimeout(done, 50));
      if (!sizes || seenByPage.has(url)) return;
      finished.push({
        url,
        kind: kindOf(url),
        encoded: sizes.responseBodySize + sizes.responseHeadersSize,
        at,
      });
    })();
  });
  return { finished };
}

interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  network: { finished: Transfer[] };
}

async function openSession(browser: Browser, shown: readonly string[] | null): Promise<Session> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: pageInitScript(shown) });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const network = watchNetwork(cdp, page);
  await cdp.send('Network.enable');
  return { context, page, cdp, network };
}

async function waitShown(page: Page): Promise<number> {
  await page.waitForFunction(() => window.__bench?.shownAt != null, undefined, {
    timeout: SHOWN_TIMEOUT_MS,
    polling: 25,
  });
  return page.evaluate(() => window.__bench!.shownAt!);
}

interface ColdLoad {
  shownMs: number;
  /** Responses finished when "shown" was seen. */
  beforeShown: Bytes;
  /** Every response finished by the end of the settle time. */
  all: Bytes;
  heapMb: number;
  longTasks: number;
  longestTaskMs: number;
}

async function coldLoad(
  browser: Browser,
  baseUrl: string,
  route: RouteKey,
  targets: Targets,
): Promise<ColdLoad> {
  const session = await openSession(browser, ROUTES[route].shown);
  try {
    await session.page.goto(baseUrl + ROUTES[route].path(targets), { waitUntil: 'commit' });
    const shownMs = await waitShown(session.page);
    const detectedAt = performance.now();
    await session.page.waitForTimeout(SETTLE_MS);
    const beforeShown = session.network.finished.filter((t) => t.at <= detectedAt);
    const heap = await session.cdp.send('Runtime.getHeapUsage');
    const tasks = await session.page.evaluate(() => window.__bench!.longTasks);
    return {
      shownMs,
      beforeShown: await sumBytes(beforeShown),
      all: await sumBytes(session.network.finished),
      heapMb: heap.usedSize / 2 ** 20,
      longTasks: tasks.length,
      longestTaskMs: tasks.reduce((max, t) => Math.max(max, t.duration), 0),
    };
  } finally {
    await session.context.close();
  }
}

/**
 * Arms the page to time the next interaction: from the first of `events` (capture phase, its
 * timeStamp) to the mutation after which the result count, the first list item or the active
 * filters differ. With `typed` (a word about to be typed into the search box, which this empties
 * without an input event, so the box sends no search of its own for the empty text): from the
 * box's last input event instead, and a change while the box holds only part of the word (a
 * keystroke so late on a loaded machine that the pause sent that part) makes the step NaN, dropped.
 */
async function arm(page: Page, events: readonly string[], typed: string | null = null): Promise<void> {
  await page.evaluate(
    ({ events, typed, box: boxSelector, selectors, timeout }) => {
      const box = typed === null ? null : document.querySelector(boxSelector);
      if (typed !== null && !(box instanceof HTMLInputElement))
        throw new Error('the search box is not an input');
      if (box instanceof HTMLInputElement)
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(box, '');
      const signature = () =>
        selectors.map((sel) => (document.querySelector(sel)?.textContent ?? '').slice(0, 300)).join('|');
      let before = signature();
      window.__benchInteraction = new Promise<number>((done, reject) => {
        let start: number | null = null;
        let interrupted = false;
        const onEvent = (event: Event) => {
          if (box === null) start ??= event.timeStamp;
          else if (event.target === box) start = event.timeStamp;
        };
        for (const type of events) document.addEventListener(type, onEvent, { capture: true });
        const finish = () => {
          observer.disconnect();
          clearTimeout(timer);
          for (const type of events) document.removeEventListener(type, onEvent, { capture: true });
        };
        const observer = new MutationObserver(() => {
          const now = signature();
          if (now === before) return;
          if (box instanceof HTMLInputElement && box.value !== typed) {
            interrupted = true;
            before = now;
            return;
          }
          if (start === null) return;
          const end = performance.now();
          finish();
          done(interrupted ? Number.NaN : end - start);
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`no change within ${timeout} ms (still “${before}”)`));
        }, timeout);
      });
    },
    {
      events,
      typed,
      box: CONTROLS.searchInput,
      selectors: [CONTROLS.resultCount, CONTROLS.listItem, CONTROLS.activeFilters],
      timeout: INTERACTION_TIMEOUT_MS,
    },
  );
}

async function timed(page: Page, events: readonly string[], act: () => Promise<void>): Promise<number> {
  await arm(page, events);
  await act();
  return page.evaluate(() => window.__benchInteraction!);
}

async function search(page: Page, query: string): Promise<number> {
  const box = CONTROLS.search(page);
  // The query goes in and the form is submitted in one task of the page, as Enter right after
  // typing would, and the submit is when the clock starts. Filling and pressing Enter as two
  // Playwright steps raced the box's 250 ms typing pause: on a loaded machine the pause could
  // send the search before Enter, and Enter then changed nothing (a 60 s timeout in the figures).
  return timed(page, ['submit'], () =>
    box.evaluate((input, value) => {
      if (!(input instanceof HTMLInputElement) || input.form === null)
        throw new Error('the search box is not an input in a form');
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.form.requestSubmit();
    }, query),
  );
}

/**
 * Types `word` into the emptied search box at a reader's pace and times from the last keystroke
 * to the new results, less the box's deliberate pause: what the reader waits beyond the pause.
 */
async function typedSearch(page: Page, word: string): Promise<number> {
  // A reader reads the last results before typing the next word; the steps of the other
  // interactions follow each other at 50 ms, which here left the last search's snippets and
  // counts running under the keystrokes (on a loaded machine, 7 of 20 steps had a key so late
  // that the pause sent part of the word).
  await page.waitForTimeout(TYPED_SETTLE_MS);
  await arm(page, ['input'], word);
  await CONTROLS.search(page).pressSequentially(word, { delay: TYPING_KEY_DELAY_MS });
  return (await page.evaluate(() => window.__benchInteraction!)) - SEARCH_BOX_PAUSE_MS;
}

/**
 * The option of a facet select ("Name (count)", after "All …") with the most results that still
 * narrows them; the first option when every one holds them all (then only the active filters change).
 */
async function narrowingOption(select: Locator): Promise<number> {
  const labels = await select.locator('option').allTextContents();
  const counts = labels.map((label) => Number(/\((\d+)\)\s*$/.exec(label)?.[1] ?? NaN));
  const total = Math.max(...counts.filter(Number.isFinite));
  let best = 1;
  for (let i = 1; i < counts.length; i++) {
    const n = counts[i]!;
    if (n < total && (counts[best]! >= total || n > counts[best]!)) best = i;
  }
  if (labels.length < 2) throw new Error('the select offers no option to choose');
  return best;
}

type Interaction = 'search' | 'typed' | 'date' | 'organisation' | 'source' | 'page' | 'speaker';

const INTERACTIONS: Record<
  Interaction,
  {
    label: string;
    start: string;
    /** Prepares the page, returns step(i) which performs and times interaction number i. */
    setup: (page: Page, targets: Targets, orgName: string | null) => Promise<(i: number) => Promise<number>>;
    /**
     * Whether step i asks for something this session has not asked before (a search word not
     * searched yet needs its search document from the server); those steps are also reported apart.
     */
    firstTime?: (i: number, targets: Targets) => boolean;
  }
> = {
  search: {
    label: 'search (type + Enter)',
    start: '/',
    setup: (page, targets) => {
      const words = searchWords(targets);
      return Promise.resolve((i) => search(page, words[i % words.length]!));
    },
    firstTime: (i, targets) => i < searchWords(targets).length,
  },
  typed: {
    label: `search typed at ${TYPING_KEY_DELAY_MS} ms a key, new words: beyond the ${SEARCH_BOX_PAUSE_MS} ms pause`,
    start: '/',
    setup: (page) => Promise.resolve((i) => typedSearch(page, TYPED_WORDS[i % TYPED_WORDS.length]!)),
  },
  date: {
    label: 'date filter (from/to)',
    start: '/',
    setup: async (page) => {
      const from = CONTROLS.dateFrom(page);
      const to = CONTROLS.dateTo(page);
      const [oldest, newest] = await Promise.all([from.getAttribute('min'), to.getAttribute('max')]);
      if (!oldest || !newest) throw new Error('the date inputs give no min/max');
      const at = (share: number) => {
        const a = Date.parse(oldest);
        return new Date(a + (Date.parse(newest) - a) * share).toISOString().slice(0, 10);
      };
      // A cycle of four changes, each changing the result: from=A, to=B, from cleared, to cleared.
      const steps: [typeof from, string][] = [
        [from, at(0.75)],
        [to, at(0.9)],
        [from, ''],
        [to, ''],
      ];
      return (i) => {
        const [input, value] = steps[i % steps.length]!;
        return timed(page, ['input', 'change'], () => input.fill(value));
      };
    },
  },
  organisation: {
    label: 'organisation facet (tick/untick)',
    start: '/',
    setup: async (page, _targets, orgName) => {
      const group = CONTROLS.organisationGroup(page);
      const named = orgName
        ? group.getByRole('checkbox', {
            name: new RegExp(`^${orgName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\d`),
          })
        : null;
      const box = named && (await named.count()) === 1 ? named : group.getByRole('checkbox').first();
      return (i) => timed(page, ['click'], () => (i % 2 === 0 ? box.check() : box.uncheck()));
    },
  },
  source: {
    label: 'source (select/all)',
    start: '/',
    setup: async (page) => {
      const select = CONTROLS.source(page);
      const index = await narrowingOption(select);
      return (i) =>
        timed(page, ['input', 'change'], async () => {
          await select.selectOption({ index: i % 2 === 0 ? index : 0 });
        });
    },
  },
  page: {
    label: 'next page',
    start: '/',
    setup: (page) => {
      return Promise.resolve(async () => {
        const next = CONTROLS.nextPage(page);
        if ((await next.count()) === 0) {
          await page.goto(new URL('/', page.url()).href);
          await waitShown(page);
        }
        return timed(page, ['click'], () => next.click());
      });
    },
  },
  speaker: {
    label: 'speaker on /quotes (choose/all)',
    start: '/quotes',
    setup: (page) => {
      const facet = CONTROLS.speakers(page);
      // Alternately the facet's first speaker not already chosen, and "All speakers" (each changes
      // the results); which one is read from the page, so a step never repeats the current choice.
      const other = facet.locator('ul.facet-list a:not([aria-current="true"])').first();
      const chosen = facet.locator('ul.facet-list a[aria-current="true"]');
      const all = facet.getByRole('link', { name: 'All speakers' });
      return Promise.resolve(async () => {
        const clear = (await chosen.count()) > 0;
        return timed(page, ['click'], () => (clear ? all.click() : other.click()));
      });
    },
  },
};

/** The warm search's words, in order: the cold query, then the others; step i searches word i mod n. */
function searchWords(targets: Targets): string[] {
  return [targets.query, ...WARM_QUERIES.filter((w) => w !== targets.query)];
}

type WarmFigure = {
  median: number;
  p95: number;
  samples: number[];
  /** Steps that asked again for what the session had asked before (interactions with `firstTime`). */
  repeated?: { median: number; p95: number; count: number };
};

/** Unmeasured steps before the measured ones (loads search shards, warms the JIT). */
const WARM_UP_STEPS = 4;

async function warmSession(
  browser: Browser,
  baseUrl: string,
  targets: Targets,
  orgName: string | null,
): Promise<Record<Interaction, WarmFigure | null>> {
  const session = await openSession(browser, LIST_SHOWN);
  const result = {} as Record<Interaction, WarmFigure | null>;
  try {
    for (const [key, interaction] of (
      Object.entries(INTERACTIONS) as [Interaction, (typeof INTERACTIONS)[Interaction]][]
    ).filter(([key]) => warmOnly === null || warmOnly.includes(key))) {
      try {
        await session.page.goto(baseUrl + interaction.start);
        await waitShown(session.page);
        // Facet counts follow the first results; warm steps start once they are in.
        await session.page
          .locator('.facet-pending')
          .waitFor({ state: 'detached', timeout: 30_000 })
          .catch(() => undefined);
        const step = await interaction.setup(session.page, targets, orgName);
        for (let i = 0; i < WARM_UP_STEPS; i++) await step(i);
        const samples: number[] = [];
        /** The step number of each sample. */
        const stepOf: number[] = [];
        let dropped = 0;
        for (let i = 0; i < iterations; i++) {
          const ms = await step(WARM_UP_STEPS + i);
          // A step that could not measure what it names (a typed search interrupted by the load).
          if (Number.isFinite(ms)) {
            samples.push(ms);
            stepOf.push(WARM_UP_STEPS + i);
          } else dropped += 1;
          await session.page.waitForTimeout(50);
        }
        if (warmOnly !== null) log(`  warm ${key} steps: ${samples.map((ms) => ms.toFixed(1)).join(' ')}`);
        if (dropped > 0) log(`  warm ${key}: ${dropped} of ${iterations} steps dropped (typing interrupted)`);
        if (samples.length === 0) throw new Error('every step was dropped');
        const firstTime = interaction.firstTime;
        const again = firstTime ? samples.filter((_, k) => !firstTime(stepOf[k]!, targets)) : undefined;
        result[key] = {
          median: median(samples),
          p95: quantile(samples, 0.95),
          samples,
          ...(again && again.length > 0
            ? { repeated: { median: median(again), p95: quantile(again, 0.95), count: again.length } }
            : {}),
        };
        log(
          `  warm ${key}: median ${median(samples).toFixed(1)} ms, p95 ${quantile(samples, 0.95).toFixed(1)} ms${
            again && again.length > 0
              ? ` (asked before: median ${median(again).toFixed(1)}, p95 ${quantile(again, 0.95).toFixed(1)}, ${again.length} steps)`
              : ''
          }`,
        );
      } catch (error) {
        log(`  warm ${key} FAILED: ${error instanceof Error ? error.message : String(error)}`);
        result[key] = null;
      }
    }
  } finally {
    await session.context.close();
  }
  return result;
}

async function firstQuery(browser: Browser, baseUrl: string, query: string): Promise<number> {
  const session = await openSession(browser, LIST_SHOWN);
  try {
    await session.page.goto(baseUrl + '/');
    await waitShown(session.page);
    return await search(session.page, query);
  } finally {
    await session.context.close();
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const corpus = resolve(values.corpus ?? join(tmp, `newsreader-bench-corpus-${count}`));
  let buildMs: number | null = null;
  let dist: string;
  if (values['skip-build']) {
    dist = resolve(values['skip-build']);
    if (!existsSync(join(dist, 'index.html'))) fail(`${dist} holds no index.html: not a built dist folder`);
    log(`reusing the build in ${dist}`);
  } else {
    if (values.corpus) {
      if (countTxt(corpus) === 0) fail(`no .txt files in ${corpus}`);
      log(`corpus ${corpus} (${countTxt(corpus)} files, as given)`);
    } else {
      const source = defaultSourceDir(root);
      if (countTxt(source) === 0) fail(`no shared corpus at ${source} (set SHARED_DIR)`);
      log(`corpus: ${count} articles cycled from ${source} into ${corpus}`);
      const wrote = cycleCorpus(corpus, count, source);
      log(wrote ? 'corpus written' : 'corpus already complete; reused');
    }
    dist = resolve(values.out ?? join(tmp, `newsreader-bench-dist-${count}`));
    log(`building the app over it into ${dist} (vite build, data plugin, cache in node_modules/.cache)`);
    buildMs = await runBuild(corpus, dist);
    log(`build took ${(buildMs / 1000).toFixed(1)} s`);
  }

  const info = discoverData(dist);
  const articleId = values.article ?? info.articleId;
  const orgSlug = values.org ?? info.orgSlug;
  if (!articleId || !orgSlug) {
    fail(`could not find an article id and an organisation in ${info.source}; pass --article ID --org SLUG`);
  }
  const targets: Targets = { query: values.query, articleId, orgSlug };
  let orgName: string | null = null;
  try {
    const index = JSON.parse(readFileSync(join(dist, 'data', 'index.json'), 'utf8')) as {
      organisations?: { slug: string; name: string }[];
    };
    orgName = index.organisations?.find((o) => o.slug === orgSlug)?.name ?? null;
  } catch {
    // no index.json: the facet's first organisation is used
  }
  log(
    `targets: query “${targets.query}”, article ${articleId}, organisation ${orgSlug} (from ${info.source})`,
  );

  let server: PreviewServer | null = null;
  let browser: Browser | null = null;
  const cleanup = async () => {
    await browser?.close().catch(() => undefined);
    browser = null;
    if (server) await closeServer(server).catch(() => undefined);
    server = null;
  };
  const onSignal = () => {
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const cold = Object.fromEntries(Object.keys(ROUTES).map((route) => [route, []])) as unknown as Record<
    RouteKey,
    (ColdLoad | null)[]
  >;
  const first: (number | null)[] = [];
  const warm: Record<Interaction, WarmFigure | null>[] = [];
  let failures = 0;
  try {
    server = await preview({
      root,
      logLevel: 'warn',
      build: { outDir: dist },
      preview: { port: 0, host: '127.0.0.1', ...(tls ? { https: { key: tls.key, cert: tls.cert } } : {}) },
    });
    const baseUrl = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
    if (!baseUrl) throw new Error('the preview server did not report its URL');
    log(`serving ${dist} at ${baseUrl}`);
    const launch = await chromiumLaunchOptions();
    browser = await chromium.launch(
      tls ? { ...launch, args: [...(launch.args ?? []), trustFlag(tls)] } : launch,
    );
    log(`chromium ${browser.version()}`);

    for (let run = 1; run <= runs; run++) {
      if (warmOnly !== null) {
        log(`run ${run}/${runs}: warm ${warmOnly.join(', ')} only`);
        warm.push(await warmSession(browser, baseUrl, targets, orgName));
        continue;
      }
      log(`run ${run}/${runs}: cold loads`);
      for (const route of Object.keys(ROUTES) as RouteKey[]) {
        try {
          const load = await coldLoad(browser, baseUrl, route, targets);
          log(
            `  ${ROUTES[route].label}: shown ${load.shownMs.toFixed(0)} ms, ${(load.beforeShown.transferred.total / 1024).toFixed(0)} KB transferred, heap ${load.heapMb.toFixed(1)} MB, ${load.longTasks} long tasks (longest ${load.longestTaskMs.toFixed(0)} ms)`,
          );
          cold[route].push(load);
        } catch (error) {
          failures++;
          log(`  ${ROUTES[route].label} FAILED: ${error instanceof Error ? error.message : String(error)}`);
          cold[route].push(null);
        }
      }
      log(`run ${run}/${runs}: first query`);
      try {
        const ms = await firstQuery(browser, baseUrl, targets.query);
        log(`  first query: ${ms.toFixed(0)} ms`);
        first.push(ms);
      } catch (error) {
        failures++;
        log(`  first query FAILED: ${error instanceof Error ? error.message : String(error)}`);
        first.push(null);
      }
      log(`run ${run}/${runs}: warm interactions (${WARM_UP_STEPS} warm-up + ${iterations} measured each)`);
      const session = await warmSession(browser, baseUrl, targets, orgName);
      failures += Object.values(session).filter((v) => v === null).length;
      warm.push(session);
    }
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  // ------------------------------------------------------------------------- the table
  const of = <T>(route: RouteKey, pick: (c: ColdLoad) => T): (T | null)[] =>
    cold[route].map((c) => (c ? pick(c) : null));
  const rows: [string, string][] = [];
  rows.push(['articles in the build', String(info.articles ?? count)]);
  if (buildMs !== null)
    rows.push(['production build (vite build incl. data), s', (buildMs / 1000).toFixed(1)]);
  const s = ROUTES.search.label.replace('<query>', targets.query);
  rows.push([
    `bytes before the first result, cold ${s}: transferred total, KB`,
    spread(
      of('search', (c) => c.beforeShown.transferred.total),
      0,
      1024,
    ),
  ]);
  rows.push([
    '… of which JS, KB',
    spread(
      of('search', (c) => c.beforeShown.transferred.js),
      0,
      1024,
    ),
  ]);
  rows.push([
    '… of which data, KB',
    spread(
      of('search', (c) => c.beforeShown.transferred.data),
      0,
      1024,
    ),
  ]);
  rows.push([
    '… gz-equivalent total (JS / data), KB',
    `${spread(
      of('search', (c) => c.beforeShown.gz.total),
      0,
      1024,
    )} (${spread(
      of('search', (c) => c.beforeShown.gz.js),
      0,
      1024,
    )} / ${spread(
      of('search', (c) => c.beforeShown.gz.data),
      0,
      1024,
    )})`,
  ]);
  rows.push([`first query “${targets.query}” on a loaded / (Enter → list), ms`, spread(first)]);
  for (const key of Object.keys(INTERACTIONS) as Interaction[]) {
    if (warmOnly !== null && !warmOnly.includes(key)) continue;
    rows.push([
      `warm ${INTERACTIONS[key].label}: p95 / median, ms`,
      `${spread(
        warm.map((w) => w[key]?.p95 ?? null),
        1,
      )} / ${spread(
        warm.map((w) => w[key]?.median ?? null),
        1,
      )}`,
    ]);
    if (INTERACTIONS[key].firstTime)
      rows.push([
        `… only steps asking again for what the session asked before, p95 / median, ms`,
        `${spread(
          warm.map((w) => w[key]?.repeated?.p95 ?? null),
          1,
        )} / ${spread(
          warm.map((w) => w[key]?.repeated?.median ?? null),
          1,
        )}`,
      ]);
  }
  for (const route of Object.keys(ROUTES) as RouteKey[]) {
    rows.push([`time until shown, cold ${ROUTES[route].label}, ms`, spread(of(route, (c) => c.shownMs))]);
  }
  for (const route of Object.keys(ROUTES) as RouteKey[]) {
    rows.push([
      `JS heap after ${ROUTES[route].label} shown (+1 s), MB`,
      spread(
        of(route, (c) => c.heapMb),
        1,
      ),
    ]);
  }
  const maxHeap = Array.from({ length: runs }, (_, run) =>
    Math.max(...(Object.keys(ROUTES) as RouteKey[]).map((r) => cold[r][run]?.heapMb ?? -Infinity)),
  ).map((n) => (Number.isFinite(n) ? n : null));
  rows.push(['JS heap, max over routes, MB', spread(maxHeap, 1)]);
  for (const route of Object.keys(ROUTES) as RouteKey[]) {
    rows.push([
      `long tasks until ${ROUTES[route].label} shown (+1 s): count / longest ms`,
      `${spread(of(route, (c) => c.longTasks))} / ${spread(of(route, (c) => c.longestTaskMs))}`,
    ]);
  }
  if (warmOnly !== null) {
    // Only the figures measured: the rows of the interactions asked for.
    const warmRows = rows.filter(([label]) => label.startsWith('warm ') || label.startsWith('… only steps'));
    rows.length = 0;
    rows.push(['articles in the build', String(info.articles ?? count)], ...warmRows);
  }
  const floor = warmOnly === null ? await measureJsFloor() : null;
  if (floor !== null)
    rows.push([
      'stack floor (scripts/bench/js-floor: react, react-dom, router, query), gz KB',
      (floor.gzBytes / 1024).toFixed(1),
    ]);
  if (floor !== null)
    for (const route of FIRST_VISIT_JS_ROUTES) {
      const js = of(route, (c) => c.all.gz.js);
      rows.push([`first-visit JS, cold ${ROUTES[route].label}, gz KB`, spread(js, 1, 1024)]);
      rows.push([
        `… as a multiple of the stack floor (target ≤ 1.05)`,
        spread(
          js.map((b) => (b === null ? null : b / floor.gzBytes)),
          2,
        ),
      ]);
    }

  const header = `median (min–max) of ${runs} runs`;
  const width = Math.max(...rows.map(([a]) => a.length), 'figure'.length);
  const valueWidth = Math.max(...rows.map(([, b]) => b.length), header.length);
  const line = (a: string, b: string) => `| ${a.padEnd(width)} | ${b.padEnd(valueWidth)} |`;
  const date = new Date().toISOString().slice(0, 10);
  console.log(
    `Reader benchmark, ${date}, ${count} articles, ${values.https ? 'HTTP/2 (TLS)' : 'HTTP/1.1'}, ${runs} runs × (${Object.keys(ROUTES).length} cold loads, 1 first query, ${iterations} warm steps per interaction)\n`,
  );
  console.log(line('figure', header));
  console.log(`| ${'-'.repeat(width)} | ${'-'.repeat(valueWidth)} |`);
  for (const [a, b] of rows) console.log(line(a, b));

  if (values.json) {
    writeFileSync(
      values.json,
      `${JSON.stringify({ date, count, runs, iterations, buildMs, targets, dist, corpus, cold, firstQuery: first, warm }, null, 2)}\n`,
    );
    log(`raw figures in ${values.json}`);
  }
  if (failures > 0) {
    log(`${failures} measurement(s) failed (see above)`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
});
