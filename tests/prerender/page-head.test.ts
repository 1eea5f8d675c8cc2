// @vitest-environment jsdom
/** The head of a pre-rendered page: seed text escaped for each place it goes. */
import { expect, test } from 'vitest';
import { escapeHtml, headFields, headHtml, jsonForScript, shorten } from '../../src/prerender/page-head.ts';
import type { Article } from '../../src/contract/schema.ts';
import { listTitle, queryView } from '../../src/lib/query-label.ts';
import type { SpeakerDocument } from '../../src/contract/views.ts';

const HOSTILE = `"></title><script>alert(1)</script><!-- ' & \u2028 </script><img src=x onerror=alert(2)>`;

const article: Article = {
  id: 'a-1',
  file: 'a-1.txt',
  date: '2024-08-28',
  source: HOSTILE,
  sourceSlug: 'hostile',
  headline: HOSTILE,
  excerpt: HOSTILE,
  paragraphs: [HOSTILE],
  wordCount: 10,
  readingMinutes: 1,
  dir: 'ltr',
  quotes: [
    {
      anchor: 'quote-1',
      text: HOSTILE,
      speaker: HOSTILE,
      speakerSlug: 'x',
      role: null,
      rule: 'adjacent',
      spans: [{ paragraph: 0, start: 0, end: 5 }],
    },
  ],
  organisations: [],
  people: [],
  places: [],
};

test('seed text in the title, tags and JSON-LD parses back as the same text, and adds no element', () => {
  const html = headHtml(headFields({ kind: 'article', article }, '/articles/a-1', 'https://example.org/'));
  const document = new DOMParser().parseFromString(
    `<!doctype html><html><head>${html}</head><body></body></html>`,
    'text/html',
  );
  expect(document.title).toBe(`${HOSTILE} – Newsreader`);
  expect(document.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(HOSTILE);
  expect(document.querySelectorAll('script')).toHaveLength(1);
  expect(document.querySelector('img, body *')).toBeNull();
  const ld = JSON.parse(document.querySelector('script')!.textContent) as {
    headline: string;
    hasPart: { text: string; creator: { name: string } }[];
  };
  expect(ld.headline).toBe(HOSTILE);
  expect(ld.hasPart[0]!.text).toBe(HOSTILE);
  expect(ld.hasPart[0]!.creator.name).toBe(HOSTILE);
});

test('JSON for a script element has no character that could end or open markup', () => {
  const text = jsonForScript({ a: '</script><!--<script>&\u2028\u2029' });
  expect(text).not.toMatch(/[<>&\u2028\u2029]/);
  expect(JSON.parse(text)).toEqual({ a: '</script><!--<script>&\u2028\u2029' });
});

test('attribute text escapes quotes and markup and drops control characters', () => {
  expect(escapeHtml(`a"b'c<d>&\u0007e`)).toBe('a&quot;b&#39;c&lt;d&gt;&amp;e');
});

test('a description is one line, cut at a word with an ellipsis', () => {
  expect(shorten('one\n two   three')).toBe('one two three');
  const long = 'word '.repeat(100);
  const cut = shorten(long);
  expect(cut.length).toBeLessThanOrEqual(200);
  expect(cut.endsWith('word…')).toBe(true);
});

const speakerQuote = {
  articleId: 'a-1',
  date: '2024-08-28',
  headline: 'A headline',
  sourceSlug: 'source',
  speaker: 'Ana Díaz',
  speakerSlug: 'ana-diaz',
  role: 'minister',
};

/** The head of a speaker page at `/speakers/<slug>` for a document with these fields. */
function speakerHead(document: Partial<SpeakerDocument> & Pick<SpeakerDocument, 'speaker'>) {
  const full: SpeakerDocument = {
    version: 4,
    kind: 'speaker',
    speakerKind: 'person',
    quotes: [],
    roles: [],
    organisations: [],
    latestQuotes: [],
    ...document,
  };
  return headFields(
    { kind: 'speaker', document: full },
    `/speakers/${full.speaker.slug}`,
    'https://example.org/news/',
  );
}

test("a speaker's page is their profile: name, role, count and their newest certain quote", () => {
  const fields = speakerHead({
    speaker: { slug: 'ana-diaz', name: 'Ana Díaz' },
    quotes: [3, 1, 4],
    roles: [{ role: 'minister', count: 3, first: '2024-08-01', last: '2024-08-28' }],
    latestQuotes: [
      // Newest first; an attribution through a pronoun is not put in her mouth.
      { ...speakerQuote, anchor: 'quote-2', text: 'She may have said this.', rule: 'pronoun' },
      { ...speakerQuote, anchor: 'quote-1', text: 'word '.repeat(60).trim(), rule: 'adjacent' },
    ],
  });
  expect(fields.title).toBe('Ana Díaz – Newsreader');
  expect(fields.canonical).toBe('https://example.org/news/speakers/ana-diaz');
  expect(fields.ogType).toBe('profile');
  expect(fields.description).toMatch(
    /^Ana Díaz: 3 quotes in the news, as minister\. Latest: “word word .*…”$/,
  );
  expect(fields.description).not.toContain('may have said');
  expect(fields.description.length).toBeLessThanOrEqual(200);
  expect(fields.jsonLd).toMatchObject({
    '@type': 'ProfilePage',
    mainEntity: { '@type': 'Person', name: 'Ana Díaz', jobTitle: 'minister' },
  });
});

test('an organisation that speaks is an Organization in the structured data, on its page and as a creator', () => {
  const page = speakerHead({
    speaker: { slug: 'nba', name: 'NBA' },
    speakerKind: 'organisation',
    quotes: [1],
    roles: [{ role: 'league', count: 1, first: '2024-08-28', last: '2024-08-28' }],
    latestQuotes: [
      {
        ...speakerQuote,
        anchor: 'quote-1',
        text: 'We will review it.',
        rule: 'adjacent',
        speaker: 'NBA',
        speakerSlug: 'nba',
        role: null,
      },
    ],
  });
  expect(page.jsonLd).toMatchObject({ mainEntity: { '@type': 'Organization', name: 'NBA' } });
  expect(JSON.stringify(page.jsonLd)).not.toContain('jobTitle');

  const quote = article.quotes[0]!;
  const withSpeakers: Article = {
    ...article,
    organisations: [
      { name: 'National Basketball Association', slug: 'nba', aliases: ['NBA'], parent: null, mentions: [] },
    ],
    quotes: [
      { ...quote, anchor: 'quote-1', speaker: 'NBA', speakerSlug: 'nba', role: null },
      { ...quote, anchor: 'quote-2', speaker: 'Ana Díaz', speakerSlug: 'ana-diaz', role: 'minister' },
    ],
  };
  const ld = headFields({ kind: 'article', article: withSpeakers }, '/articles/a-1', 'https://example.org/')
    .jsonLd as { hasPart: { creator: Record<string, string> }[] };
  expect(ld.hasPart.map((part) => part.creator)).toEqual([
    { '@type': 'Organization', name: 'NBA' },
    { '@type': 'Person', name: 'Ana Díaz', jobTitle: 'minister' },
  ]);
});

test('counts in a description are grouped in thousands, as the page itself shows them', () => {
  const fields = speakerHead({
    speaker: { slug: 'ana-diaz', name: 'Ana Díaz' },
    quotes: new Array<number>(1204).fill(1),
  });
  expect(fields.description).toBe('Ana Díaz: 1,204 quotes in the news.');
});

test('a list rendered for a URL with a search is titled by its query and counts its matches', () => {
  const searched = headFields(
    { kind: 'articles', items: [], total: 1204, view: queryView(HOSTILE) },
    `/?q=${encodeURIComponent(HOSTILE)}`,
    'https://example.org/',
  );
  // Its one double quotation mark is left open, so it quotes nothing and the label drops it
  // (inQuotes); the title names it up to TITLE_QUERY_LENGTH, cut at a word, the description whole.
  const label = HOSTILE.slice(1);
  expect(searched.title).toBe(`${listTitle('Articles', queryView(HOSTILE))} – Newsreader`);
  expect(searched.title).toMatch(
    /^“><\/title><script>alert\(1\)<\/script><!-- ' & .*…” in articles – Newsreader$/,
  );
  expect(searched.description).toBe(`1,204 news articles match this view, a search for “${label}”.`);
  expect(new URL(searched.canonical ?? '').searchParams.get('q')).toBe(HOSTILE);
  // Escaped where it goes: the query adds no element to the head.
  const parsed = new DOMParser().parseFromString(`<head>${headHtml(searched)}</head>`, 'text/html');
  expect(parsed.querySelector('script:not([type="application/ld+json"]), img')).toBeNull();
  expect(parsed.title).toBe(searched.title);
  // Every combination of filters is an address of its own: followed, not indexed.
  expect(parsed.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, follow');
  const unfiltered = headFields({ kind: 'articles', items: [], total: 3 }, '/', '/');
  expect(unfiltered.robots).toBeUndefined();
  expect(headHtml(unfiltered)).not.toContain('robots');

  const filtered = headFields(
    { kind: 'quotes', items: [], total: 1, view: { ...queryView(null), organisations: ['United Nations'] } },
    '/quotes?org=un',
    '/',
  );
  expect(filtered.title).toBe('Quotes in articles mentioning United Nations – Newsreader');
  expect(filtered.description).toBe('1 quote matches this view (in articles mentioning United Nations).');
  expect(filtered.canonical).toBe('/quotes?org=un');
});

test('a filtered list rendered on request names its filters, as a shared link’s preview shows them', () => {
  const fields = headFields(
    {
      kind: 'articles',
      items: [],
      total: 12,
      view: {
        query: 'troops',
        organisations: ['NATO'],
        source: 'Wikinews',
        speaker: null,
        from: '2024-03-01',
        to: '2024-03-31',
      },
    },
    '/?org=nato&source=wikinews&from=2024-03-01&to=2024-03-31&q=troops',
    'https://example.org/',
  );
  expect(fields.title).toBe('“troops” in articles mentioning NATO from Wikinews, 1–31 Mar 2024 – Newsreader');
  expect(fields.pageTitle).toBe('“troops” in articles mentioning NATO from Wikinews, 1–31 Mar 2024');
  expect(fields.description).toBe(
    '12 news articles match this view, a search for “troops” (mentioning NATO from Wikinews, 1–31 Mar 2024).',
  );
  const parsed = new DOMParser().parseFromString(`<head>${headHtml(fields)}</head>`, 'text/html');
  expect(parsed.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(fields.pageTitle);
});
