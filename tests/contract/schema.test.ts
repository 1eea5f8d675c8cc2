import { describe, expect, test } from 'vitest';
import {
  articleIdSchema,
  articleSchema,
  foldForSearch,
  quoteSchema,
  searchShardKey,
  searchTerms,
  slugSchema,
  type Article,
  type Quote,
} from '../../src/contract/schema.ts';

describe('slugs are lowercase kebab-case', () => {
  for (const ok of ['nato', 'nato-mission-iraq', 'g7', '2024-summit']) {
    test(`accepts "${ok}"`, () => {
      expect(slugSchema.safeParse(ok).success).toBe(true);
    });
  }
  for (const bad of [
    '',
    'NATO',
    'nato mission',
    'nato--iraq',
    '-nato',
    'nato-',
    'nato_iraq',
    'élysée',
    'n/a',
  ]) {
    test(`rejects "${bad}"`, () => {
      expect(slugSchema.safeParse(bad).success).toBe(false);
    });
  }
});

describe('article ids are URL-safe', () => {
  for (const ok of ['000_ec231f94e2293af6', 'wn-0001', 'Report.2024', 'A']) {
    test(`accepts "${ok}"`, () => {
      expect(articleIdSchema.safeParse(ok).success).toBe(true);
    });
  }
  for (const bad of ['', '-lead', '.hidden', '_x', 'a b', 'a/b', 'a?b', 'café', 'a#1', '..']) {
    test(`rejects "${bad}"`, () => {
      expect(articleIdSchema.safeParse(bad).success).toBe(false);
    });
  }
});

const quote: Quote = {
  anchor: 'quote-1',
  text: 'We work hand-in-hand every day',
  speaker: 'Tom Goffus',
  speakerSlug: 'tom-goffus',
  role: 'NATO Assistant Secretary General for Operations',
  rule: 'adjacent',
  spans: [{ paragraph: 2, start: 10, end: 40 }],
};

describe('quote anchors are quote-N with N from 1', () => {
  for (const ok of ['quote-1', 'quote-9', 'quote-12']) {
    test(`accepts "${ok}"`, () => {
      expect(quoteSchema.safeParse({ ...quote, anchor: ok }).success).toBe(true);
    });
  }
  for (const bad of ['quote-0', 'quote-01', 'quote-', 'Quote-1', 'quote-1a', '#quote-1', 'q-1']) {
    test(`rejects "${bad}"`, () => {
      expect(quoteSchema.safeParse({ ...quote, anchor: bad }).success).toBe(false);
    });
  }
});

test('a quote needs text, a known rule and at least one span; speaker and role may be null', () => {
  expect(
    quoteSchema.safeParse({ ...quote, speaker: null, speakerSlug: null, role: null, rule: 'none' }).success,
  ).toBe(true);
  expect(quoteSchema.safeParse({ ...quote, text: '' }).success).toBe(false);
  expect(quoteSchema.safeParse({ ...quote, rule: 'guess' }).success).toBe(false);
  expect(quoteSchema.safeParse({ ...quote, spans: [] }).success).toBe(false);
  expect(quoteSchema.safeParse({ ...quote, speakerSlug: 'Tom Goffus' }).success).toBe(false);
  expect(quoteSchema.safeParse({ ...quote, spans: [{ paragraph: -1, start: 0, end: 1 }] }).success).toBe(
    false,
  );
});

const article: Article = {
  id: '000_ec231f94e2293af6',
  file: '000_ec231f94e2293af6.txt',
  date: '2024-08-28',
  source: 'Shafaq News',
  sourceSlug: 'shafaq-news',
  headline: 'NATO and Iraq launch a political dialogue',
  excerpt: '',
  paragraphs: ['One.'],
  wordCount: 1,
  readingMinutes: 1,
  dir: 'ltr',
  quotes: [quote],
  organisations: [
    {
      slug: 'nato',
      name: 'NATO',
      aliases: ['North Atlantic Treaty Organization'],
      parent: null,
      mentions: [],
    },
  ],
  people: [],
  places: [],
};

test('an article document validates, and each broken field is caught', () => {
  expect(articleSchema.safeParse(article).success).toBe(true);
  const broken: Partial<Record<keyof Article, unknown>>[] = [
    { id: 'not safe!' },
    { date: '2024-8-28' },
    { sourceSlug: 'Shafaq News' },
    { headline: '' },
    { paragraphs: [] },
    { paragraphs: [''] },
    { readingMinutes: 0 },
    { wordCount: 1.5 },
    { dir: 'auto' },
    { organisations: [{ slug: 'NATO', name: 'NATO', aliases: [], parent: null, mentions: [] }] },
  ];
  for (const change of broken) {
    expect(articleSchema.safeParse({ ...article, ...change }).success, JSON.stringify(change)).toBe(false);
  }
});

test('searchTerms folds case and accents, straightens apostrophes and drops one-letter words', () => {
  expect(searchTerms('NATO’s Mission in Iraq: a “new phase”')).toEqual([
    'nato',
    'mission',
    'in',
    'iraq',
    'new',
    'phase',
  ]);
  expect(searchTerms('Brasília, São Paulo — Müller')).toEqual(['brasilia', 'sao', 'paulo', 'muller']);
  expect(searchTerms('2024 G7 x')).toEqual(['2024', 'g7']);
  expect(searchTerms('')).toEqual([]);
  expect(searchTerms('العراق والناتو')).toEqual(['العراق', 'والناتو']);
  expect(foldForSearch('Élysée ‘Palace’')).toBe("elysee 'palace'");
});

test('searchShardKey is the first two characters, or "_" outside a–z0–9', () => {
  expect(searchShardKey('nato')).toBe('na');
  expect(searchShardKey('2024')).toBe('20');
  expect(searchShardKey('g7')).toBe('g7');
  expect(searchShardKey('x')).toBe('_');
  expect(searchShardKey('العراق')).toBe('_');
  expect(searchShardKey('Nato')).toBe('_');
  // Every term searchTerms yields lands in a shard whose key is a safe file name.
  for (const term of searchTerms('Qasim al-Araji met NATO’s Tom Goffus in Brasília, 2024 — العراق')) {
    expect(searchShardKey(term)).toMatch(/^(?:[a-z0-9]{2}|_)$/);
  }
});
