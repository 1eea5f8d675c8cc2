/**
 * The reader on the real shared Wikinews corpus (several hundred articles), built by the data
 * pipeline into a temporary folder. NEWSREADER_TEST_DATA may name an already built folder instead.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import type { CorpusIndex, QuoteEntry } from '../../src/contract/schema.ts';
import type { QueryClient } from '@tanstack/react-query';
import type { Filters } from '../../src/lib/urls.ts';
import { renderRoute, urlSettles } from './render-route.tsx';

/** The build the data folder holds, as the page would name it. */
function dataBuildId(): string {
  return (JSON.parse(readFileSync(join(dataDir, 'current.json'), 'utf8')) as { buildId: string }).buildId;
}

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/wikinews');
/** Validating a real index in jsdom on a busy two-core machine can take a few seconds; each test
 * renders the real corpus, which took up to 51 s with three browser suites beside it. */
const SLOW = { timeout: 15_000 };
let dataDir = process.env.NEWSREADER_TEST_DATA ?? '';
let builtHere = false;

beforeAll(() => {
  if (dataDir !== '') return;
  dataDir = mkdtempSync(join(tmpdir(), 'newsreader-wikinews-'));
  builtHere = true;
  execFileSync('npm', ['run', '--silent', 'build:data', '--', '--out', dataDir, CORPUS], {
    cwd: resolve(import.meta.dirname, '../..'),
    stdio: 'pipe',
  });
}, 180_000);

afterAll(() => {
  if (builtHere) rmSync(dataDir, { recursive: true, force: true });
});

function serveDataDir() {
  vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    const file = join(
      dataDir,
      decodeURIComponent(new URL(url, 'http://localhost').pathname.replace(/^\/data\//, '')),
    );
    if (!file.startsWith(dataDir) || !existsSync(file))
      return Promise.resolve(new Response('missing', { status: 404 }));
    return Promise.resolve(
      new Response(readFileSync(file), { headers: { 'Content-Type': 'application/json' } }),
    );
  });
}

function readIndex(): CorpusIndex {
  return JSON.parse(readFileSync(join(dataDir, 'index.json'), 'utf8')) as CorpusIndex;
}

function readQuotes(): QuoteEntry[] {
  return JSON.parse(readFileSync(join(dataDir, 'quotes.json'), 'utf8')) as QuoteEntry[];
}

test('the list pages the whole corpus instead of rendering every article', async () => {
  serveDataDir();
  const index = readIndex();
  renderRoute('/', { buildId: dataBuildId() });
  await screen.findByRole('heading', { level: 1, name: 'Articles' }, SLOW);
  expect(screen.getByRole('status', { name: '' })).toHaveTextContent(
    `1–20 of ${index.articles.length} articles`,
  );
  expect(screen.getAllByRole('article')).toHaveLength(20);
  expect(screen.getByRole('link', { name: 'Next page' })).toHaveAttribute('href', '/?page=2');
  expect(screen.getByRole('link', { name: 'Last page' })).toHaveAttribute(
    'href',
    `/?page=${Math.ceil(index.articles.length / 20)}`,
  );
}, 60_000);

test('a parent organisation filter includes its children’s articles on the real corpus', async () => {
  serveDataDir();
  const index = readIndex();
  const parent = index.organisations.find((org) =>
    index.organisations.some((child) => child.parent === org.slug && child.articleCount > 0),
  )!;
  const family = new Set([
    parent.slug,
    ...index.organisations.filter((o) => o.parent === parent.slug).map((o) => o.slug),
  ]);
  const expected = index.articles.filter((a) => a.organisations.some((slug) => family.has(slug))).length;
  renderRoute(`/?org=${parent.slug}`, { buildId: dataBuildId() });
  await screen.findByRole('heading', { level: 1, name: 'Articles' }, SLOW);
  const count =
    expected === 1 ? '1 article' : expected <= 20 ? `${expected} articles` : `of ${expected} articles`;
  expect(screen.getByRole('status', { name: '' })).toHaveTextContent(count);
}, 60_000);

test('a quote link from the quotes view opens the article at that quote', async () => {
  serveDataDir();
  const quote = readQuotes().find((q) => q.anchor !== 'quote-1')!;
  renderRoute(`/articles/${quote.articleId}#${quote.anchor}`, { buildId: dataBuildId() });
  await screen.findByRole('heading', { level: 1, name: quote.headline }, SLOW);
  const marks = screen.getAllByText((_, element) => element?.id === quote.anchor);
  expect(marks).toHaveLength(1);
  expect(marks[0]).toHaveAttribute('data-targeted', 'true');
}, 60_000);

test('body search finds articles through the search shards', async () => {
  serveDataDir();
  renderRoute('/?q=police', { buildId: dataBuildId() });
  await screen.findByRole('heading', { level: 1, name: 'Articles' }, SLOW);
  const first = screen.getAllByRole('article')[0]!;
  expect(within(first).getByRole('heading', { level: 3 })).toBeInTheDocument();
  expect(screen.getByRole('status', { name: '' })).not.toHaveTextContent('No articles match.');
}, 60_000);

test('moving to the next page lands keyboard focus at the top of the new results', async () => {
  serveDataDir();
  const { user, router } = renderRoute('/', { buildId: dataBuildId() });
  await screen.findByRole('heading', { level: 1, name: 'Articles' }, SLOW);
  await user.click(screen.getByRole('link', { name: 'Next page' }));
  expect(await screen.findByText(/^21–40 of/, {}, SLOW)).toBeInTheDocument();
  await urlSettles(router, '?page=2');
  // Focus moves in an effect after the new page is on screen (on a busy machine, a moment later).
  await waitFor(() => {
    expect(screen.getByRole('heading', { level: 2, name: 'Results' })).toHaveFocus();
  }, SLOW);
}, 60_000);

test('a link followed on an earlier visit in this tab is not where focus goes back to on this one', async () => {
  // An earlier visit in this tab (another document) followed "Next page" from its first history
  // entry, which React Router keys "default", as it keys the first entry of every document.
  sessionStorage.setItem('newsreader:followed-links', JSON.stringify([['default', '/?page=2', 0]]));
  // This page was opened afresh (an address typed, a bookmark), not reloaded.
  vi.spyOn(performance, 'getEntriesByType').mockImplementation((type) =>
    type === 'navigation' ? [{ type: 'navigate' } as PerformanceNavigationTiming] : [],
  );
  try {
    serveDataDir();
    const { router } = renderRoute('/', { buildId: dataBuildId() });
    await screen.findByRole('heading', { level: 1, name: 'Articles' }, SLOW);
    // On to page 3 without following a link or sending a form from this entry on this visit (as
    // a filter's change does: the app navigates).
    await act(() => router.navigate('/?page=3'));
    await urlSettles(router, '?page=3');
    const heading = screen.getByRole('heading', { level: 2, name: 'Results' });
    await router.navigate(-1);
    await urlSettles(router, '');
    // Back on page 1, focus moves once the page is painted: to the results' heading, not to the
    // "Next page" link the other visit followed (scrolled into view at the bottom of the list).
    await waitFor(() => {
      expect(heading).toHaveFocus();
    }, SLOW);
    const pages = screen.getByRole('navigation', { name: 'Result pages' });
    expect(within(pages).getByRole('link', { name: 'Next page' })).not.toHaveFocus();
  } finally {
    sessionStorage.clear();
  }
}, 60_000);

test('the page links reach the first and the last page, and the page field goes to any page, oldest first too', async () => {
  serveDataDir();
  const index = readIndex();
  const last = Math.ceil(index.articles.length / 20);
  expect(last).toBeGreaterThan(4);
  const { user, router } = renderRoute('/?sort=oldest&page=3', { buildId: dataBuildId() });
  await screen.findByRole('heading', { level: 1, name: 'Articles' }, SLOW);
  const nav = screen.getByRole('navigation', { name: 'Result pages' });
  // In the keyboard's order, the screen's at every width: first, previous, next, last, then the
  // page field and its button (under the links).
  // The DOM order of every control, which is the keyboard's: no query of Testing Library gives it.
  // eslint-disable-next-line testing-library/no-node-access
  const controls = [...nav.querySelectorAll('a, input:not([type="hidden"]), button')].map(
    (element) => element.getAttribute('href') ?? element.getAttribute('name') ?? element.textContent,
  );
  expect(controls).toEqual([
    '/?sort=oldest',
    '/?sort=oldest&page=2',
    '/?sort=oldest&page=4',
    `/?sort=oldest&page=${last}`,
    'page',
    'Go to page',
  ]);
  expect(within(nav).getByRole('link', { name: 'First page' })).toHaveAttribute('href', '/?sort=oldest');
  expect(within(nav).getByRole('link', { name: 'Last page' })).toHaveAttribute(
    'href',
    `/?sort=oldest&page=${last}`,
  );
  const field = within(nav).getByRole<HTMLInputElement>('spinbutton', { name: 'Page' });
  expect(field).toHaveValue(3);
  expect(field).toHaveAccessibleDescription(`of ${last}`);
  // Without the script the field is a GET form of the list, its order kept as a hidden field.
  const form = field.form!;
  expect(form).toHaveAttribute('method', 'get');
  expect(form).toHaveAttribute('action', '/');
  expect(
    [...form.elements]
      .filter((input) => input.getAttribute('type') === 'hidden')
      .map((input) => [input.getAttribute('name'), input.getAttribute('value')]),
  ).toEqual([['sort', 'oldest']]);
  await user.clear(field);
  await user.type(field, `${last}{Enter}`);
  await urlSettles(router, `?sort=oldest&page=${last}`);
  // The last page oldest first ends with the newest article; its links end at "Previous page".
  await waitFor(() => {
    const headlines = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headlines.at(-1)).toBe(index.articles[0]!.headline);
  }, SLOW);
  const lastNav = screen.getByRole('navigation', { name: 'Result pages' });
  expect(within(lastNav).queryByRole('link', { name: 'Next page' })).toBeNull();
  expect(within(lastNav).queryByRole('link', { name: 'Last page' })).toBeNull();
  await user.click(within(lastNav).getByRole('link', { name: 'First page' }));
  await urlSettles(router, '?sort=oldest');
  await waitFor(() => {
    expect(screen.getAllByRole('heading', { level: 3 })[0]).toHaveTextContent(
      index.articles.at(-1)!.headline,
    );
  }, SLOW);
  expect(
    within(screen.getByRole('navigation', { name: 'Result pages' })).queryByRole('link', {
      name: 'First page',
    }),
  ).toBeNull();
}, 60_000);

/** The pages of the article list in the query cache (the list's page numbers), for `q`. */
function cachedPages(queryClient: QueryClient, q: string): number[] {
  return queryClient
    .getQueryCache()
    .findAll({ queryKey: ['articles', 'list'] })
    .filter((query) => query.state.data !== undefined && (query.queryKey[2] as Filters).q === q)
    .map((query) => query.queryKey[3] as number)
    .toSorted((a, b) => a - b);
}

test('a newest-first list reads its next page ahead at once; a search in relevance order once the reader comes near the page links', async () => {
  serveDataDir();
  // jsdom lays nothing out: this observer reports what the test says is in view.
  const observed = new Set<{ callback: IntersectionObserverCallback; element: Element }>();
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private readonly entries: { callback: IntersectionObserverCallback; element: Element }[] = [];
      constructor(private readonly callback: IntersectionObserverCallback) {}
      observe(element: Element) {
        const entry = { callback: this.callback, element };
        this.entries.push(entry);
        observed.add(entry);
      }
      disconnect() {
        for (const entry of this.entries) observed.delete(entry);
      }
    },
  );
  const bringIntoView = (element: Element) => {
    for (const entry of observed)
      if (entry.element === element)
        entry.callback(
          [{ isIntersecting: true, target: element } as unknown as IntersectionObserverEntry],
          {} as IntersectionObserver,
        );
  };
  const { queryClient, user } = renderRoute('/', { buildId: dataBuildId() });
  await screen.findByRole('heading', { level: 1, name: 'Articles' }, SLOW);
  // Newest first: the next page is one chunk, read ahead when the page is idle.
  await waitFor(() => {
    expect(cachedPages(queryClient, '')).toEqual([1, 2]);
  }, SLOW);
  await user.type(screen.getByRole('searchbox', { name: 'Search headlines and text' }), 'police{Enter}');
  expect(await screen.findByText(/^1–20 of \d+ articles$/, {}, SLOW)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Best match' })).toHaveAttribute('aria-current', 'true');
  // In relevance order the next page is scattered over the corpus: not read ahead while the reader
  // is up at the results (the facet counts, which follow the page, are in by then) …
  await waitFor(() => {
    const facets = queryClient.getQueryCache().findAll({ queryKey: ['articles', 'facets'] });
    expect(facets.some((q) => q.state.data && (q.queryKey[2] as Filters).q === 'police')).toBe(true);
  }, SLOW);
  await new Promise((done) => setTimeout(done, 300));
  expect(cachedPages(queryClient, 'police')).toEqual([1]);
  // … but once they come near the page links.
  bringIntoView(screen.getByRole('navigation', { name: 'Result pages' }));
  await waitFor(() => {
    expect(cachedPages(queryClient, 'police')).toEqual([1, 2]);
  }, SLOW);
}, 60_000);

test('a speaker’s roles and their quotes without a role add up to their quote count', async () => {
  // App hunt 8: Donald Trump's page said "44 quotes" over a roles table adding up to 43 (13,724 of
  // 14,043 at 100,000 articles): the quotes whose article gives no role were in no row and unsaid.
  serveDataDir();
  const bySpeaker = new Map<string, { name: string; quotes: number; withoutRole: number }>();
  for (const quote of readQuotes()) {
    if (quote.speakerSlug === null || quote.speaker === null) continue;
    const tally = bySpeaker.get(quote.speakerSlug) ?? { name: quote.speaker, quotes: 0, withoutRole: 0 };
    tally.quotes++;
    if (quote.role === null) tally.withoutRole++;
    bySpeaker.set(quote.speakerSlug, tally);
  }
  const [slug, speaker] = [...bySpeaker].find(
    ([, tally]) => tally.withoutRole > 0 && tally.withoutRole < tally.quotes,
  )!;
  renderRoute(`/speakers/${slug}`, { buildId: dataBuildId() });
  const table = await screen.findByRole('table', { name: /^Roles as the articles give them/ }, SLOW);
  const rows = within(table).getAllByRole('row').slice(1);
  const inRows = rows.reduce((sum, row) => sum + Number(within(row).getAllByRole('cell')[0]!.textContent), 0);
  expect(inRows).toBe(speaker.quotes - speaker.withoutRole);
  const count = speaker.withoutRole === 1 ? '1 quote' : `${speaker.withoutRole} quotes`;
  expect(screen.getByText(`And ${count} without a role.`)).toBeInTheDocument();
}, 60_000);

test('with a phrase and fragments last, each heading counts the part it heads, fragments apart', async () => {
  // App hunt 8: /quotes?q="prime minister" page 3 showed "Exact phrase “prime minister”: 61" over
  // 9 of the 49 substantive quotes holding it, "All the words, not as a phrase: 1", then "Exact
  // phrase “prime minister”: 61" again over the 12 fragments holding it.
  serveDataDir();
  const phrase = '"prime minister"';
  const view = renderRoute(`/quotes?q=${encodeURIComponent(phrase)}`, { buildId: dataBuildId() });
  await screen.findByRole('heading', { level: 1, name: 'Quotes' }, SLOW);
  const status = await screen.findByText(/of them with the exact phrase/, {}, SLOW);
  const exactTotal = Number(/^(\d+) of them/.exec(status.textContent)![1]);
  const total = Number(/of (\d+) quotes/.exec(screen.getByRole('status', { name: '' }).textContent)![1]);
  const note = screen.getByText(/fragments \(unattributed/).textContent;
  const fragments = Number(/the (\d+) fragments/.exec(note)![1]);
  view.unmount();
  // Every page's headings, each kind once (a heading repeats on the page a part carries on to).
  const seen = new Map<string, number>();
  for (let page = 1; page <= Math.ceil(total / 20); page++) {
    const { unmount } = renderRoute(`/quotes?q=${encodeURIComponent(phrase)}&page=${page}`, {
      buildId: dataBuildId(),
    });
    await screen.findByText(new RegExp(`^${(page - 1) * 20 + 1}–`), {}, SLOW);
    for (const heading of screen
      .queryAllByRole('heading', { level: 3 })
      .filter((h) => h.classList.contains('phrase-heading'))) {
      const [, kind, count] = /^(.*): (\d+)$/.exec(heading.textContent)!;
      seen.set(kind!, Number(count));
    }
    unmount();
  }
  const exact = `Exact phrase “prime minister”`;
  const apart = 'All the words, not as a phrase';
  const fragmentsExact = `Fragments with the exact phrase “prime minister”`;
  expect(
    [...seen.keys()].every((kind) =>
      [exact, apart, fragmentsExact, `Fragments with all the words, not as a phrase`].includes(kind),
    ),
  ).toBe(true);
  expect((seen.get(exact) ?? 0) + (seen.get(fragmentsExact) ?? 0)).toBe(exactTotal);
  expect([...seen.values()].reduce((a, b) => a + b, 0)).toBe(total);
  expect(seen.get(fragmentsExact)).toBeGreaterThan(0);
  expect(seen.get(fragmentsExact)! + (seen.get('Fragments with all the words, not as a phrase') ?? 0)).toBe(
    fragments,
  );
}, 120_000);

test('a last page of one item says which it is, not a range from it to itself', async () => {
  // App hunt 8: "881–881 of 881 quotes" (read aloud "881 to 881").
  serveDataDir();
  const quotes = readQuotes();
  const bySpeaker = new Map<string, number>();
  for (const quote of quotes)
    if (quote.speakerSlug) bySpeaker.set(quote.speakerSlug, (bySpeaker.get(quote.speakerSlug) ?? 0) + 1);
  const lists: [string, number][] = [['/quotes', quotes.length]];
  for (const [slug, count] of bySpeaker) lists.push([`/quotes?speaker=${slug}`, count]);
  const found = lists.find(([, count]) => count > 20 && count % 20 === 1);
  expect(found, 'a list of the corpus whose last page has one quote').toBeDefined();
  const [path, count] = found!;
  const page = Math.ceil(count / 20);
  renderRoute(`${path}${path.includes('?') ? '&' : '?'}page=${page}`, { buildId: dataBuildId() });
  await screen.findByRole('heading', { level: 1, name: 'Quotes' }, SLOW);
  await waitFor(() => {
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(`${count} of ${count} quotes`);
  }, SLOW);
  expect(screen.getByRole('status', { name: '' }).textContent).toBe(`${count} of ${count} quotes`);
}, 60_000);
