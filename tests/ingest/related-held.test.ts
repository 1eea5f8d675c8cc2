/**
 * The related chunks' writer holds what its last keyed call ranked with (the ranking key and
 * facets, each chunk's key with its related numbers) and reuses it when the inputs are the same
 * (decision 005, "Watch mode, fifth step"). Every call, after each kind of edit, must leave the
 * same documents as a call from scratch: a held key or facet that outlived its inputs would carry
 * a stale chunk over.
 */
import { expect, test } from 'vitest';
import type { ArticleSummary, FacetEntry, OrganisationEntry } from '../../src/contract/schema.ts';
import { writeRelatedDocuments } from '../../src/ingest/corpus/view-documents/related-documents.ts';
import { organisationLookups, type ViewCorpus } from '../../src/ingest/corpus/view-documents/view-corpus.ts';
import type { Keying } from '../../src/ingest/corpus/view-documents/view-sinks.ts';

interface World {
  articles: ArticleSummary[];
  keys: string[];
  organisations: OrganisationEntry[];
  speakers: FacetEntry[];
  /** Per article, the speaker of each of its quotes. */
  quoteSpeakers: string[][];
}

const ORGANISATIONS = ['acme', 'borealis', 'cobalt', 'dunmore', 'elmwood', 'fenwick', 'granite'];
const SPEAKERS = ['ann-lee', 'bo-chan', 'cy-dorn', 'di-eve'];

function world(): World {
  const articles: ArticleSummary[] = [];
  const quoteSpeakers: string[][] = [];
  for (let n = 0; n < 100; n++) {
    articles.push({
      id: `a${n}`,
      date: `2024-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + ((n * 7) % 28)).padStart(2, '0')}`,
      source: 'Wire',
      sourceSlug: 'wire',
      headline: `Story ${n}`,
      excerpt: `Excerpt ${n}`,
      wordCount: 100 + n,
      readingMinutes: 1,
      dir: 'ltr',
      quoteCount: 0,
      organisations: [ORGANISATIONS[n % 7]!, ORGANISATIONS[(n * 3 + 1) % 7]!].filter(
        (slug, i, all) => all.indexOf(slug) === i,
      ),
      speakers: [],
    });
    quoteSpeakers.push(
      n % 3 === 0 ? [SPEAKERS[n % 4]!] : n % 5 === 0 ? [SPEAKERS[(n + 1) % 4]!, SPEAKERS[n % 4]!] : [],
    );
  }
  return {
    articles,
    keys: articles.map((a) => `key-${a.id}`),
    organisations: ORGANISATIONS.map((slug) => ({
      slug,
      name: slug.toUpperCase(),
      aliases: [],
      parent: null,
      articleCount: 1,
    })),
    speakers: SPEAKERS.map((slug) => ({ slug, name: slug.replace('-', ' '), count: 1 })),
    quoteSpeakers,
  };
}

function corpusOf(w: World): { corpus: ViewCorpus; quoteSpeakerSlug: string[] } {
  const quoteStart = new Uint32Array(w.articles.length + 1);
  const quoteSpeakerSlug: string[] = [];
  w.quoteSpeakers.forEach((list, n) => {
    quoteSpeakerSlug.push(...list);
    quoteStart[n + 1] = quoteStart[n]! + list.length;
  });
  const articles = w.articles.map((a, n) => ({ ...a, quoteCount: w.quoteSpeakers[n]!.length }));
  const corpus = {
    buildId: 'b',
    articles,
    organisations: w.organisations,
    sources: [],
    speakers: w.speakers,
    quoteStart,
    quoteCount: quoteSpeakerSlug.length,
    lookups: organisationLookups(w.organisations),
  } as unknown as ViewCorpus;
  return { corpus, quoteSpeakerSlug };
}

/** The documents of a call from scratch (nothing keyed, nothing held). */
function fromScratch(w: World): Map<string, string> {
  const { corpus, quoteSpeakerSlug } = corpusOf(w);
  const docs = new Map<string, string>();
  writeRelatedDocuments(
    corpus,
    quoteSpeakerSlug,
    (path, _schema, document) => {
      docs.set(path, JSON.stringify(document));
    },
    null,
  );
  return docs;
}

/** A keyed call over the documents, keys and numbers the last one left, as the view state keeps them. */
function keyedCall(
  w: World,
  state: { docs: Map<string, string>; keys: Map<string, string>; numbers: Map<string, readonly number[]> },
): number {
  const { corpus, quoteSpeakerSlug } = corpusOf(w);
  const keys = new Map<string, string>();
  const numbers = new Map<string, readonly number[]>();
  let made = 0;
  const keying: Keying = {
    articleKeys: [...w.keys],
    carry: (path, key) => {
      keys.set(path, key);
      if (state.keys.get(path) !== key) return false;
      const kept = state.numbers.get(path);
      if (kept) numbers.set(path, kept);
      return true;
    },
    keptNumbers: (path) => state.numbers.get(path) ?? null,
    keepNumbers: (path, list) => {
      if (list.length > 0) numbers.set(path, list);
    },
  };
  writeRelatedDocuments(
    corpus,
    quoteSpeakerSlug,
    (path, _schema, document) => {
      made++;
      state.docs.set(path, JSON.stringify(document));
    },
    keying,
  );
  state.keys = keys;
  state.numbers = numbers;
  return made;
}

test('held ranking inputs and chunk keys never carry a chunk whose inputs changed', () => {
  const w = world();
  const state = { docs: new Map<string, string>(), keys: new Map<string, string>(), numbers: new Map() };
  expect(keyedCall(w, state)).toBe(4);
  expect(state.docs).toEqual(fromScratch(w));
  const edits: [string, (w: World) => void, 'none' | 'some'][] = [
    ['nothing', () => undefined, 'none'],
    // Content only: the chunks showing the article as related show its new summary.
    [
      'a headline',
      (w) => {
        w.articles[40] = { ...w.articles[40]!, headline: 'Story forty, revised' };
        w.keys[40] = 'key-a40-2';
      },
      'some',
    ],
    // The names the chunks show, with every slug, date and key as it was.
    [
      'an organisation’s name',
      (w) => (w.organisations[2] = { ...w.organisations[2]!, name: 'Cobalt Ltd' }),
      'some',
    ],
    ['a speaker’s name', (w) => (w.speakers[1] = { ...w.speakers[1]!, name: 'Bo Chan-Li' }), 'some'],
    // Ranking inputs: a date, an organisation, a speaker.
    ['a date', (w) => (w.articles[10] = { ...w.articles[10]!, date: '2025-06-30' }), 'some'],
    [
      'an organisation',
      (w) => (w.articles[71] = { ...w.articles[71]!, organisations: ['granite', 'acme', 'elmwood'] }),
      'some',
    ],
    ['a speaker', (w) => (w.quoteSpeakers[33] = ['di-eve', 'ann-lee']), 'some'],
    ['nothing again', () => undefined, 'none'],
  ];
  for (const [what, edit, expected] of edits) {
    edit(w);
    const made = keyedCall(w, state);
    if (expected === 'none') expect(made, what).toBe(0);
    else expect(made, what).toBeGreaterThan(0);
    expect(state.docs, what).toEqual(fromScratch(w));
  }
});
