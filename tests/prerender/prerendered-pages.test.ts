// @vitest-environment jsdom
/**
 * A production build of the original seed plus the hostile fixtures (markup and script payloads in
 * source, headline, body and quotes): every route has its pre-rendered page, and every page's
 * title, description, canonical URL, Open Graph and Twitter tags and JSON-LD say what its data
 * says, with seed text escaped (parsed back, it is the same text; no element of a payload exists).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Article, CorpusIndex } from '../../src/contract/schema.ts';
import type { SpeakerDocument } from '../../src/contract/views.ts';

const root = resolve(import.meta.dirname, '..', '..');
const SITE = 'https://news.example.org/';
let outDir: string;
const execFileAsync = promisify(execFile);

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'newsreader-prerender-test-'));
  // Built by Vite's own command in a process of its own, as `npm run build` does: inside Vitest's
  // module runner the PWA plugin's Workbox cannot find its service-worker template.
  await execFileAsync(
    process.execPath,
    [
      join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--logLevel',
      'error',
      '--emptyOutDir',
      '--outDir',
      outDir,
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        NEWSREADER_SEEDS: [join(root, 'seeds'), join(root, 'tests', 'fixtures', 'hostile')].join(':'),
        NEWSREADER_SITE_URL: SITE,
        // As the e2e build: Vite follows NODE_ENV, which Vitest sets to "test".
        NODE_ENV: 'production',
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
}, 300_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

function json(path: string): unknown {
  return JSON.parse(readFileSync(join(outDir, 'data', path), 'utf8'));
}

interface Head {
  html: string;
  document: Document;
  title: string;
  meta: (key: string) => string | null;
  canonical: string | null;
  jsonLd: Record<string, unknown> | null;
}

function page(file: string): Head {
  const html = readFileSync(join(outDir, file), 'utf8');
  const document = new DOMParser().parseFromString(html, 'text/html');
  const meta = (key: string) =>
    document.querySelector(`meta[name="${key}"], meta[property="${key}"]`)?.getAttribute('content') ?? null;
  const ld = document.querySelector('script[type="application/ld+json"]');
  // One title for the page (a timeline's bars have titles of their own, inside its SVG).
  expect(
    [...document.querySelectorAll('title')].filter((title) => title.closest('svg') === null),
  ).toHaveLength(1);
  expect(document.querySelector('head > title')).not.toBeNull();
  return {
    html,
    document,
    title: document.title,
    meta,
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    jsonLd: ld ? (JSON.parse(ld.textContent) as Record<string, unknown>) : null,
  };
}

/** The tags every indexable page carries, in agreement with each other. */
function expectSocialTags(head: Head, pageTitle: string, canonical: string): void {
  expect(head.title).toBe(`${pageTitle} – Newsreader`);
  expect(head.canonical).toBe(canonical);
  expect(head.meta('og:url')).toBe(canonical);
  expect(head.meta('og:title')).toBe(pageTitle);
  expect(head.meta('twitter:title')).toBe(pageTitle);
  expect(head.meta('twitter:card')).toBe('summary');
  const description = head.meta('description');
  expect(description).toBeTruthy();
  expect(head.meta('og:description')).toBe(description);
  expect(head.meta('twitter:description')).toBe(description);
  // The page's own description replaces the generic one.
  expect(head.document.querySelectorAll('meta[name="description"]')).toHaveLength(1);
}

/** Only the app's module script and the JSON-LD: no payload became a script element. */
function expectOnlyOwnScripts(head: Head): void {
  const scripts = [...head.document.querySelectorAll('script')].map((s) => s.getAttribute('type'));
  expect(scripts.filter((type) => type !== 'application/ld+json')).toEqual(['module']);
  expect(head.document.querySelector('img, iframe, object, [onerror], [onclick]')).toBeNull();
}

test('every article has a page whose tags and JSON-LD say what its document says', () => {
  const index = json('index.json') as CorpusIndex;
  expect(index.articles.length).toBeGreaterThan(3);
  for (const summary of index.articles) {
    const article = json(`articles/${summary.id}.json`) as Article;
    const path = `articles/${encodeURIComponent(article.id)}`;
    const head = page(join('articles', article.id, 'index.html'));
    expectSocialTags(head, article.headline, `${SITE}${path}`);
    expectOnlyOwnScripts(head);
    expect(head.meta('og:type')).toBe('article');
    expect(head.meta('article:published_time')).toBe(article.date);
    // The description is the excerpt (the first paragraph where there is none), or its
    // beginning ended by "…".
    const description = head.meta('description')!;
    const excerpt = (article.excerpt || article.paragraphs[0]!).replace(/\s+/g, ' ').trim();
    if (description.endsWith('…')) expect(excerpt.startsWith(description.slice(0, -1))).toBe(true);
    else expect(description).toBe(excerpt);
    const ld = head.jsonLd!;
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe(article.headline);
    expect(ld.datePublished).toBe(article.date);
    expect(ld.url).toBe(`${SITE}${path}`);
    const parts = (ld.hasPart ?? []) as { text: string; url: string; creator?: { name: string } }[];
    expect(parts.map((part) => part.text)).toEqual(article.quotes.map((quote) => quote.text));
    expect(parts.map((part) => part.url)).toEqual(
      article.quotes.map((quote) => `${SITE}${path}#${quote.anchor}`),
    );
    for (const [i, quote] of article.quotes.entries()) {
      const creator = parts[i]!.creator;
      if (creator) expect(creator.name).toBe(quote.speaker);
      // An uncertain attribution is not stated as fact.
      if (quote.rule === 'pronoun' || quote.rule === 'nominal' || quote.speaker === null)
        expect(creator).toBeUndefined();
    }
    // The body is the article itself, and the app hydrates it at this path only.
    expect(head.document.querySelector('main h1')?.textContent).toBe(article.headline);
    expect(head.document.getElementById('root')?.dataset.prerendered).toBe(`/${path}`);
  }
}, 60_000);

test('hostile seed text reaches titles, tags and JSON-LD as text, never as markup', () => {
  const index = json('index.json') as CorpusIndex;
  const hostile = index.articles.find((article) => article.source.includes('<script>'));
  expect(hostile, 'the hostile fixture built an article with markup in its source').toBeDefined();
  const article = json(`articles/${hostile!.id}.json`) as Article;
  const head = page(join('articles', article.id, 'index.html'));
  expect(head.title).toBe(`${article.headline} – Newsreader`);
  expect((head.jsonLd!.publisher as { name: string }).name).toBe(article.source);
  // The raw JSON-LD has no "<" at all, so "</script>" cannot end it early.
  const raw = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(head.html)![1]!;
  expect(raw).not.toContain('<');
  expect(JSON.stringify(head.jsonLd)).toContain('<script>');
  expectOnlyOwnScripts(head);
});

test('the lists and organisations have pages that match their data', () => {
  const index = json('index.json') as CorpusIndex;
  const list = page('index.html');
  expectSocialTags(list, 'Articles', SITE);
  expectOnlyOwnScripts(list);
  const items = (list.jsonLd!.mainEntity as { itemListElement: { url: string }[] }).itemListElement;
  expect(items.map((item) => item.url)).toEqual(
    index.articles.slice(0, 20).map((article) => `${SITE}articles/${encodeURIComponent(article.id)}`),
  );
  expect(list.document.getElementById('root')?.dataset.prerendered).toBe('/');

  const quotes = page(join('quotes', 'index.html'));
  expectSocialTags(quotes, 'Quotes', `${SITE}quotes`);
  expect(quotes.jsonLd!['@type']).toBe('CollectionPage');

  expect(readdirSync(join(outDir, 'organisations')).sort()).toEqual(
    index.organisations.map((org) => org.slug).sort(),
  );
  for (const organisation of index.organisations) {
    const head = page(join('organisations', organisation.slug, 'index.html'));
    expectSocialTags(head, organisation.name, `${SITE}organisations/${organisation.slug}`);
    expect(head.jsonLd!.name).toBe(organisation.name);
    expect(head.document.querySelector('main h1')?.textContent).toBe(organisation.name);
  }
}, 60_000);

test('every speaker has a page whose tags say who they are and what they said', () => {
  const { buildId } = json('current.json') as { buildId: string };
  const { speakers } = json(`v/${buildId}/speakers.json`) as { speakers: { slug: string; name: string }[] };
  expect(speakers.length).toBeGreaterThan(0);
  expect(readdirSync(join(outDir, 'speakers')).sort()).toEqual(speakers.map((s) => s.slug).sort());
  for (const speaker of speakers) {
    const document = json(`v/${buildId}/speakers/${speaker.slug}.json`) as SpeakerDocument;
    const head = page(join('speakers', speaker.slug, 'index.html'));
    expectSocialTags(head, speaker.name, `${SITE}speakers/${speaker.slug}`);
    expectOnlyOwnScripts(head);
    expect(head.meta('og:type')).toBe('profile');
    const count = document.quotes.length;
    // Name and count first, whatever the role's length.
    expect(head.meta('description')).toMatch(
      new RegExp(`^[^:]+: ${count} ${count === 1 ? 'quote' : 'quotes'} in the news`),
    );
    expect(head.jsonLd).toMatchObject({
      '@type': 'ProfilePage',
      url: `${SITE}speakers/${speaker.slug}`,
      mainEntity: {
        '@type': document.speakerKind === 'organisation' ? 'Organization' : 'Person',
        name: speaker.name,
      },
    });
    expect(head.document.querySelector('main h1')?.textContent).toBe(speaker.name);
    expect(head.document.getElementById('root')?.dataset.prerendered).toBe(`/speakers/${speaker.slug}`);
  }
}, 60_000);

test('404.html is the not-found page, kept out of search indexes', () => {
  expect(existsSync(join(outDir, '404.html'))).toBe(true);
  const head = page('404.html');
  expect(head.title).toBe('Page not found – Newsreader');
  expect(head.meta('robots')).toBe('noindex');
  expect(head.canonical).toBeNull();
  expect(head.jsonLd).toBeNull();
  expect(head.document.querySelector('main h1')?.textContent).toBe('Page not found');
  // It is served at any unknown path, so the app never hydrates it as one.
  expect(head.document.getElementById('root')?.dataset.prerendered).toBe('');
});
