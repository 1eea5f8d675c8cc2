import { describe, expect, test } from 'vitest';
import type { UnknownSlugs } from '../../src/lib/engine/types.ts';
import type { Filters, KnownSlugs } from '../../src/lib/urls.ts';
import {
  absoluteUrl,
  appliedListPath,
  EMPTY_FILTERS,
  filtersWithoutEach,
  formTarget,
  hasActiveFilters,
  isArticleId,
  listSearch,
  matchRoutePath,
  nextListSearch,
  parseEntitySearch,
  parseListSearch,
  paths,
  quoteAnchorFromHash,
  renamedEntitySlug,
  renamedListSearch,
  searchFormTarget,
  withOrganisation,
  withoutFilters,
} from '../../src/lib/urls.ts';

const known: KnownSlugs = {
  organisations: new Set(['nato', 'nato-mission-iraq', 'daesh']),
  sources: new Set(['shafaq-news', 'wikinews']),
  speakers: new Set(['tom-goffus']),
};

function parse(search: string, view: 'articles' | 'quotes' = 'articles') {
  return parseListSearch(new URLSearchParams(search), view, known);
}

test('a full filter set round-trips through the URL', () => {
  const filters = {
    from: '2024-08-01',
    to: '2024-08-31',
    orgs: ['nato', 'daesh'],
    source: 'wikinews',
    speaker: 'tom-goffus',
    q: 'security forces',
  };
  const search = listSearch(filters, 3);
  expect(search).toBe(
    '?from=2024-08-01&to=2024-08-31&org=nato&org=daesh&source=wikinews&speaker=tom-goffus&q=security+forces&page=3',
  );
  // The quotes view reads the order of fragments too: absent, substantive quotes come first.
  expect(parse(search, 'quotes')).toEqual({ filters: { ...filters, fragments: 'last' }, page: 3, notes: [] });
  expect(parse(search, 'articles').filters).not.toHaveProperty('fragments');
});

test('fragments=inline and fragments=hide round-trip; the default is left out of the URL', () => {
  for (const fragments of ['inline', 'hide'] as const) {
    const search = listSearch({ q: 'iraq', fragments });
    expect(search).toBe(`?q=iraq&fragments=${fragments}`);
    expect(parse(search, 'quotes').filters.fragments).toBe(fragments);
  }
  expect(listSearch({ q: 'iraq', fragments: 'last' })).toBe('?q=iraq');
  expect(paths.articles({ fragments: 'hide' })).toBe('/');
  const bad = parse('?fragments=all', 'quotes');
  expect(bad.filters.fragments).toBe('last');
  expect(bad.notes).toEqual([
    '“fragments” can be “inline” or “hide”, not “all”, so substantive quotes are listed first.',
  ]);
});

test('empty filters make an empty search and page 1 is left out', () => {
  expect(listSearch(EMPTY_FILTERS)).toBe('');
  expect(parse('')).toEqual({ filters: EMPTY_FILTERS, page: 1, notes: [] });
});

test('impossible and malformed dates are ignored with a note', () => {
  const parsed = parse('from=2024-02-30&to=yesterday');
  expect(parsed.filters.from).toBeNull();
  expect(parsed.filters.to).toBeNull();
  expect(parsed.notes).toHaveLength(2);
  expect(parsed.notes[0]).toContain('2024-02-30');
});

test('year 0000 is no date: ignored with the note other bad dates get', () => {
  // Hunt 10: `?from=0000-01-01` was taken, the chip reading "From 1 January 0" while the date field
  // (which has no year 0) stayed empty. The seeds reject that year too.
  const parsed = parse('from=0000-01-01&to=0000-12-31');
  expect(parsed.filters.from).toBeNull();
  expect(parsed.filters.to).toBeNull();
  expect(parsed.notes).toEqual([
    'The date “0000-01-01” in “from” is not a valid YYYY-MM-DD date, so it was ignored.',
    'The date “0000-12-31” in “to” is not a valid YYYY-MM-DD date, so it was ignored.',
  ]);
  expect(parse('from=0001-01-01').filters.from).toBe('0001-01-01');
});

test('a list param written with capitals is not read, and the note says how it is written', () => {
  const parsed = parse('ORG=nato&Q=troops&org=daesh&utm_source=chat&Page=2', 'articles');
  // Today's results: only the lower-case param filters.
  expect(parsed.filters).toEqual({ ...EMPTY_FILTERS, orgs: ['daesh'] });
  expect(parsed.page).toBe(1);
  expect(parsed.notes).toEqual([
    '“ORG” is not a parameter of this list (its name is “org”, in lower case), so that part of the link was ignored.',
    '“Q” is not a parameter of this list (its name is “q”, in lower case), so that part of the link was ignored.',
    '“Page” is not a parameter of this list (its name is “page”, in lower case), so that part of the link was ignored.',
  ]);
  // `fragments` is the quote list's alone; a repeated name is said once.
  expect(parse('FRAGMENTS=hide', 'articles').notes).toEqual([]);
  expect(parse('FRAGMENTS=hide&FRAGMENTS=inline', 'quotes').notes).toHaveLength(1);
});

test('a leap day is a real date', () => {
  expect(parse('from=2024-02-29').filters.from).toBe('2024-02-29');
});

test('an end before the start drops the end with a note', () => {
  const parsed = parse('from=2024-09-01&to=2024-08-01');
  expect(parsed.filters).toMatchObject({ from: '2024-09-01', to: null });
  expect(parsed.notes).toEqual([
    'The end date 2024-08-01 is before the start date 2024-09-01, so the end date was ignored.',
  ]);
});

test('unknown slugs are dropped with a note and duplicates collapse', () => {
  const parsed = parse('org=nato&org=nato&org=martians&source=moon-news');
  expect(parsed.filters.orgs).toEqual(['nato']);
  expect(parsed.filters.source).toBeNull();
  expect(parsed.notes).toHaveLength(2);
});

test('speaker is read on both list views, and an unknown one is dropped with a note', () => {
  expect(parse('speaker=tom-goffus').filters.speaker).toBe('tom-goffus');
  expect(parse('speaker=tom-goffus', 'quotes').filters.speaker).toBe('tom-goffus');
  expect(parse('speaker=someone', 'quotes').notes[0]).toContain('No speaker is called “someone”');
  expect(parse('speaker=someone').notes[0]).toContain('No speaker is called “someone”');
  expect(parse('speaker=someone').filters.speaker).toBeNull();
});

test('a param given twice with different values uses the first and says so; the same value twice says nothing', () => {
  const twice = parse(
    '?q=nato&q=trump&sort=newest&sort=relevance&page=2&page=3&speaker=tom-goffus&speaker=x',
  );
  expect(twice.filters).toMatchObject({ q: 'nato', sort: 'newest', speaker: 'tom-goffus' });
  expect(twice.page).toBe(2);
  expect(twice.notes).toEqual([
    'The link gives “speaker” more than once; the first, “tom-goffus”, was used.',
    'The link gives “q” more than once; the first, “nato”, was used.',
    'The link gives “sort” more than once; the first, “newest”, was used.',
    'The link gives “page” more than once; the first, “2”, was used.',
  ]);
  for (const search of [
    '?from=2024-08-01&from=2024-08-02',
    '?to=2024-08-31&to=2024-09-01',
    '?source=wikinews&source=x',
  ])
    expect(parse(search).notes).toEqual([
      expect.stringMatching(/^The link gives “(from|to|source)” more than once/),
    ]);
  expect(parse('?fragments=hide&fragments=inline', 'quotes').notes).toEqual([
    'The link gives “fragments” more than once; the first, “hide”, was used.',
  ]);
  // The same value again, or an empty one beside it, changes nothing; several organisations are the point of org.
  expect(parse('?q=nato&q=nato&source=wikinews&source=&org=nato&org=daesh&org=nato').notes).toEqual([]);
});

test('bad page numbers fall back to page 1 with a note', () => {
  for (const page of ['0', '-2', 'two', '1.5']) {
    const parsed = parse(`page=${page}`);
    expect(parsed.page).toBe(1);
    expect(parsed.notes).toHaveLength(1);
  }
});

test('untrusted text in params stays text and overly long queries are cut', () => {
  const parsed = parse(`q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  expect(parsed.filters.q).toBe('<img src=x onerror=alert(1)>');
  const long = parse(`q=${'a'.repeat(500)}`);
  expect(long.filters.q).toHaveLength(200);
  expect(long.notes).toHaveLength(1);
});

test('path builders make every view’s URL', () => {
  expect(paths.articles({ orgs: ['nato'] })).toBe('/?org=nato');
  expect(paths.articles({ speaker: 'tom-goffus' })).toBe('/?speaker=tom-goffus');
  expect(paths.articles({ from: '2024-01-01', to: '2024-01-31', speaker: 'tom-goffus' })).toBe(
    '/?from=2024-01-01&to=2024-01-31&speaker=tom-goffus',
  );
  expect(paths.speaker('tom-goffus')).toBe('/speakers/tom-goffus');
  expect(paths.quotes({ speaker: 'tom-goffus' }, 2)).toBe('/quotes?speaker=tom-goffus&page=2');
  expect(paths.article('000_ec231f94e2293af6', 'quote-2')).toBe('/articles/000_ec231f94e2293af6#quote-2');
  expect(paths.organisation('nato-mission-iraq')).toBe('/organisations/nato-mission-iraq');
});

test('only well-formed quote fragments name a quote', () => {
  expect(quoteAnchorFromHash('#quote-12')).toBe('quote-12');
  expect(quoteAnchorFromHash('#quote-0')).toBeNull();
  expect(quoteAnchorFromHash('#top')).toBeNull();
  expect(quoteAnchorFromHash('')).toBeNull();
});

test('sort is read with a query, written only when it is not the default, and dropped without a query', () => {
  expect(parse('q=harbour&sort=newest').filters.sort).toBe('newest');
  expect(parse('q=harbour&sort=relevance').filters.sort).toBe('relevance');
  // No `sort`: the default (relevance with a query), the same filters as before sort existed.
  expect(parse('q=harbour')).toEqual({ filters: { ...EMPTY_FILTERS, q: 'harbour' }, page: 1, notes: [] });
  expect(listSearch({ q: 'harbour', sort: 'newest' }, 2)).toBe('?q=harbour&sort=newest&page=2');
  expect(listSearch({ q: 'harbour', sort: 'relevance' })).toBe('?q=harbour');
  expect(listSearch({ q: '', sort: 'newest' })).toBe('');
  expect(paths.quotes({ q: 'war', sort: 'newest' })).toBe('/quotes?q=war&sort=newest');
});

test('an unknown sort is ignored with a note naming it', () => {
  const parsed = parse('q=harbour&sort=earliest');
  expect(parsed.filters.sort).toBeUndefined();
  expect(parsed.notes).toEqual([
    'The order “earliest” is not “relevance”, “newest” or “oldest”, so the default was used.',
  ]);
  // Orders are lower-case words, as every other param's value.
  expect(parse('sort=Oldest').filters.sort).toBeUndefined();
});

test('sort=oldest round-trips with and without a query, on both lists, and is always written', () => {
  for (const view of ['articles', 'quotes'] as const) {
    for (const q of ['', 'harbour']) {
      const filters = { ...EMPTY_FILTERS, q, sort: 'oldest' as const };
      const search = listSearch(filters, 4);
      expect(search).toBe(q ? '?q=harbour&sort=oldest&page=4' : '?sort=oldest&page=4');
      const parsed = parse(search, view);
      expect(parsed).toEqual({
        filters: view === 'quotes' ? { ...filters, fragments: 'last' } : filters,
        page: 4,
        notes: [],
      });
      expect(listSearch(parsed.filters, parsed.page)).toBe(search);
    }
  }
  // In its place among the params, before fragments and the page; a filter change keeps it.
  expect(
    paths.quotes({ from: '2024-08-01', orgs: ['nato'], q: 'war', sort: 'oldest', fragments: 'hide' }, 2),
  ).toBe('/quotes?from=2024-08-01&org=nato&q=war&sort=oldest&fragments=hide&page=2');
  expect(paths.articles({ sort: 'oldest' })).toBe('/?sort=oldest');
  expect(
    nextListSearch({
      view: 'articles',
      rendered: { search: '?sort=oldest&page=3', filters: { ...EMPTY_FILTERS, sort: 'oldest' } },
      live: undefined,
      change: { orgs: ['nato'] },
      update: 'push',
    }).search,
  ).toBe('?org=nato&sort=oldest');
  // The links built before it existed are unchanged: no `sort` for the defaults.
  expect(listSearch({ q: '', sort: 'newest' })).toBe('');
  expect(listSearch({ q: '', sort: 'relevance' })).toBe('');
  expect(listSearch({ q: 'harbour', sort: 'relevance' })).toBe('?q=harbour');
  // Choosing an order is no filter: "Clear all filters" is not offered for it alone.
  expect(hasActiveFilters({ ...EMPTY_FILTERS, sort: 'oldest' })).toBe(false);
});

test('a query of only punctuation (or one-letter words) is kept, with a note that nothing was searched for', () => {
  const parsed = parse(`q=${encodeURIComponent('?!… — "')}`);
  expect(parsed.filters.q).toBe('?!… — "');
  expect(parsed.notes).toEqual([
    'The search “?!… — "” has no word of two or more letters or digits, so nothing was searched for.',
  ]);
  expect(parse('q=a').notes).toHaveLength(1);
  expect(parse('q=ab').notes).toEqual([]);
});

test('a 2,000-character query is cut to 200 characters with one note', () => {
  const parsed = parse(`q=${encodeURIComponent('word '.repeat(400))}`);
  expect(parsed.filters.q.length).toBeLessThanOrEqual(200);
  expect(parsed.notes).toEqual(['The search text was longer than 200 characters and was shortened.']);
});

describe('nextListSearch: a change of filters builds on the URL as it is now', () => {
  const onScreen = (search: string) => ({ search, filters: parse(search).filters });

  test('the first search from a list without one pushes; refining it replaces', () => {
    expect(
      nextListSearch({
        view: 'articles',
        rendered: onScreen(''),
        live: '',
        change: { q: 'police' },
        update: 'search',
      }),
    ).toEqual({ search: '?q=police', replace: false });
    expect(
      nextListSearch({
        view: 'articles',
        rendered: onScreen('?q=police'),
        live: '?q=police',
        change: { q: 'court' },
        update: 'search',
      }),
    ).toEqual({ search: '?q=court', replace: true });
  });

  test('a search sent after the URL took a newer one, before it rendered, refines that one', () => {
    // On screen: the list without a query; the URL already holds ?q=police (its render pending).
    const next = nextListSearch({
      view: 'articles',
      rendered: onScreen('?org=nato'),
      live: '?org=nato&q=police',
      change: { q: 'court' },
      update: 'search',
    });
    expect(next).toEqual({ search: '?org=nato&q=court', replace: true });
  });

  test('a facet chosen in that gap keeps the newer query instead of the one on screen', () => {
    const next = nextListSearch({
      view: 'articles',
      rendered: onScreen(''),
      live: '?q=police&page=2',
      change: { orgs: ['nato'] },
      update: 'push',
    });
    expect(next).toEqual({ search: '?org=nato&q=police', replace: false });
  });

  test('while the URL is the one on screen, its unknown slugs stay dropped', () => {
    const rendered = onScreen('?org=nato&org=no-such-org');
    expect(rendered.filters.orgs).toEqual(['nato']);
    // The page number differs (turning a page): still the page on screen.
    const next = nextListSearch({
      view: 'articles',
      rendered,
      live: '?org=nato&org=no-such-org&page=3',
      change: { source: 'wikinews' },
      update: 'push',
    });
    expect(next).toEqual({ search: '?org=nato&source=wikinews', replace: false });
  });

  test('without a live location (no router to ask) the filters on screen are used', () => {
    const next = nextListSearch({
      view: 'quotes',
      rendered: onScreen('?q=police'),
      live: undefined,
      change: { from: '2024-08-01', to: null },
      update: 'replace',
    });
    expect(next).toEqual({ search: '?from=2024-08-01&q=police', replace: true });
  });
});

test('the applied list path leaves out every ignored param: bad dates and pages, unknown slugs and orders', () => {
  const applied = (
    search: string,
    view: 'articles' | 'quotes',
    unknownSlugs: Partial<UnknownSlugs> = {},
    page = 1,
  ) =>
    appliedListPath(view, new URLSearchParams(search), {
      unknown: { organisations: [], source: null, speaker: null, ...unknownSlugs },
      page,
    });
  expect(applied('speaker=nobody-here&page=3', 'quotes', { speaker: 'nobody-here' })).toBe('/quotes');
  expect(
    applied('from=2024-13-01&to=2024-08-31&org=nato&org=zzz&sort=bogus&page=x', 'articles', {
      organisations: ['zzz'],
    }),
  ).toBe('/?to=2024-08-31&org=nato');
  expect(
    applied('from=2024-09-01&to=2024-08-01&source=nope&fragments=odd', 'quotes', { source: 'nope' }),
  ).toBe('/quotes?from=2024-09-01');
  // The page shown, not the one asked for (past the last page, the last); the view's own params kept.
  expect(applied('q=nato&sort=newest&fragments=hide&page=99', 'quotes', {}, 4)).toBe(
    '/quotes?q=nato&sort=newest&fragments=hide&page=4',
  );
  expect(applied('q=nato&fragments=hide&page=2', 'articles', {}, 2)).toBe('/?q=nato&page=2');
  // A search with no word of two letters searched for nothing.
  expect(applied('q=a&sort=newest&org=nato', 'articles')).toBe('/?org=nato');
});

describe('parseEntitySearch: list params on an entity page are ignored, and the list they filter offered', () => {
  const read = (search: string, kind: 'organisation' | 'speaker', slug: string) =>
    parseEntitySearch(new URLSearchParams(search), { kind, slug });

  test('a page without list params has no note and offers no list', () => {
    expect(read('', 'organisation', 'nato')).toEqual({ notes: [], filtered: null });
    // An empty param is no param.
    expect(read('from=&q=', 'speaker', 'tom-goffus')).toEqual({ notes: [], filtered: null });
  });

  test('dates are named as ignored and carried to the organisation’s articles', () => {
    expect(read('from=2024-08-01', 'organisation', 'nato')).toEqual({
      notes: ['This page is not filtered by date, so “from” was ignored.'],
      filtered: { href: '/?from=2024-08-01&org=nato', from: '2024-08-01', to: null, others: false },
    });
    expect(read('to=2024-08-31&from=2024-08-01', 'organisation', 'nato').notes).toEqual([
      'This page is not filtered by date, so “from” and “to” were ignored.',
    ]);
  });

  test('other list params are named, and a speaker’s link goes to their quotes with them', () => {
    expect(read('q=war', 'speaker', 'tom-goffus')).toEqual({
      notes: ['“q” applies to lists, not to this page, so it was ignored.'],
      filtered: { href: '/quotes?speaker=tom-goffus&q=war', from: null, to: null, others: true },
    });
    const both = read('from=2024-08-01&to=2024-08-31&q=war&page=2', 'organisation', 'nato');
    expect(both.notes).toEqual([
      'This page is not filtered by date, so “from” and “to” were ignored.',
      '“q”, “page” apply to lists, not to this page, so they were ignored.',
    ]);
    // The page number is not carried: the offered list opens at its first page.
    expect(both.filtered).toEqual({
      href: '/?from=2024-08-01&to=2024-08-31&org=nato&q=war',
      from: '2024-08-01',
      to: '2024-08-31',
      others: true,
    });
  });

  test('params that filter nothing beyond the entity itself offer no list', () => {
    // The organisation's own slug, a page number alone, a bad date: the list would be the entity's whole list.
    expect(read('org=nato', 'organisation', 'nato')).toEqual({
      notes: ['“org” applies to lists, not to this page, so it was ignored.'],
      filtered: null,
    });
    expect(read('page=2&from=2024-13-01', 'organisation', 'nato').filtered).toBeNull();
    expect(read('speaker=tom-goffus', 'speaker', 'tom-goffus').filtered).toBeNull();
  });

  test('a speaker’s offered quotes keep the quotes view’s own params', () => {
    expect(read('fragments=hide', 'speaker', 'tom-goffus').filtered?.href).toBe(
      '/quotes?speaker=tom-goffus&fragments=hide',
    );
  });
});

test('each active filter can be dropped in turn, in the order they are shown', () => {
  const filters: Filters = {
    from: '2024-08-01',
    to: '2024-08-31',
    orgs: ['nato', 'daesh'],
    source: 'wikinews',
    speaker: 'tom-goffus',
    q: 'war',
  };
  expect(filtersWithoutEach(filters).map((without) => listSearch(without))).toEqual([
    '?to=2024-08-31&org=nato&org=daesh&source=wikinews&speaker=tom-goffus&q=war',
    '?from=2024-08-01&org=nato&org=daesh&source=wikinews&speaker=tom-goffus&q=war',
    '?from=2024-08-01&to=2024-08-31&org=daesh&source=wikinews&speaker=tom-goffus&q=war',
    '?from=2024-08-01&to=2024-08-31&org=nato&source=wikinews&speaker=tom-goffus&q=war',
    '?from=2024-08-01&to=2024-08-31&org=nato&org=daesh&speaker=tom-goffus&q=war',
    '?from=2024-08-01&to=2024-08-31&org=nato&org=daesh&source=wikinews&q=war',
    '?from=2024-08-01&to=2024-08-31&org=nato&org=daesh&source=wikinews&speaker=tom-goffus',
  ]);
  expect(filtersWithoutEach(EMPTY_FILTERS)).toEqual([]);
});

test('any one filter makes the filters active; sort and fragments alone do not', () => {
  expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
  expect(hasActiveFilters({ ...EMPTY_FILTERS, sort: 'newest', fragments: 'hide' })).toBe(false);
  for (const change of [
    { from: '2024-08-01' },
    { to: '2024-08-31' },
    { orgs: ['nato'] },
    { source: 'wikinews' },
    { speaker: 'tom-goffus' },
    { q: 'war' },
  ]) {
    expect(hasActiveFilters({ ...EMPTY_FILTERS, ...change })).toBe(true);
  }
});

test('clearing every filter keeps the list’s order and its fragments setting, which are not filters', () => {
  const all: Filters = {
    from: '2024-08-01',
    to: '2024-08-31',
    orgs: ['nato'],
    source: 'wikinews',
    speaker: 'tom-goffus',
    q: 'war',
  };
  expect(listSearch(withoutFilters(all))).toBe('');
  expect(listSearch(withoutFilters({ ...all, sort: 'oldest' }))).toBe('?sort=oldest');
  expect(listSearch(withoutFilters({ ...all, fragments: 'hide' }))).toBe('?fragments=hide');
  // Newest first is the default once the search is gone; relevance has nothing left to rank.
  expect(listSearch(withoutFilters({ ...all, sort: 'newest' }))).toBe('');
  expect(listSearch(withoutFilters({ ...all, sort: 'relevance' }))).toBe('');
  expect(hasActiveFilters(withoutFilters({ ...all, sort: 'oldest', fragments: 'inline' }))).toBe(false);
});

test('a GET form to a list carries every param of its URL as a hidden field, in order', () => {
  const filters: Filters = { ...EMPTY_FILTERS, orgs: ['nato', 'daesh'], q: 'war', sort: 'oldest' };
  expect(formTarget(paths.quotes(filters, 1))).toEqual({
    path: '/quotes',
    fields: [
      ['org', 'nato'],
      ['org', 'daesh'],
      ['q', 'war'],
      ['sort', 'oldest'],
    ],
  });
  expect(formTarget(paths.articles())).toEqual({ path: '/', fields: [] });
  // Text in a param comes back as it was typed, not percent-encoded.
  expect(formTarget(paths.articles({ ...EMPTY_FILTERS, q: 'C++ & “x”' })).fields).toEqual([
    ['q', 'C++ & “x”'],
  ]);
});

test('the search box’s form sends newest first with the query typed, which links without one leave out', () => {
  const filters: Filters = { ...EMPTY_FILTERS, source: 'wikinews', sort: 'newest' };
  const listHref = paths.articles({ ...filters, q: '' });
  expect(listHref).toBe('/?source=wikinews');
  expect(searchFormTarget(listHref, 'newest').fields).toEqual([
    ['source', 'wikinews'],
    ['sort', 'newest'],
  ]);
  // A typed query ranks by relevance by default; oldest is in the link already.
  expect(searchFormTarget(listHref, 'relevance').fields).toEqual([['source', 'wikinews']]);
  expect(searchFormTarget(paths.articles({ ...filters, sort: 'oldest' }), 'oldest').fields).toEqual([
    ['source', 'wikinews'],
    ['sort', 'oldest'],
  ]);
});

test('an organisation chip adds its organisation once', () => {
  const once = withOrganisation(EMPTY_FILTERS, 'nato');
  expect(once.orgs).toEqual(['nato']);
  expect(withOrganisation(once, 'nato')).toBe(once);
  expect(withOrganisation(once, 'daesh').orgs).toEqual(['nato', 'daesh']);
});

test('an app path becomes an absolute URL under the base path, with or without its slash', () => {
  expect(absoluteUrl('/quotes?q=war', '/', 'https://example.org')).toBe('https://example.org/quotes?q=war');
  expect(absoluteUrl('/quotes?q=war', '/reader/', 'https://example.org')).toBe(
    'https://example.org/reader/quotes?q=war',
  );
  expect(absoluteUrl('/', '/reader', 'https://example.org')).toBe('https://example.org/reader/');
});

test('an article path’s id must have an article id’s form', () => {
  expect(isArticleId('000_ec231f94e2293af6')).toBe(true);
  expect(isArticleId('')).toBe(false);
  expect(isArticleId('-leading-dash')).toBe(false);
  expect(isArticleId('a/b')).toBe(false);
});

test('an empty param is no param: a form’s blank fields give no filter and no note', () => {
  expect(parse('from=&to=&org=&source=&speaker=&q=&sort=&page=&fragments=', 'quotes')).toEqual({
    filters: { ...EMPTY_FILTERS, fragments: 'last' },
    page: 1,
    notes: [],
  });
});

test('a one-day range keeps both its dates', () => {
  expect(parse('from=2024-08-28&to=2024-08-28')).toEqual({
    filters: { ...EMPTY_FILTERS, from: '2024-08-28', to: '2024-08-28' },
    page: 1,
    notes: [],
  });
});

test('without known slugs (the first reading of a link) every slug is taken', () => {
  const parsed = parseListSearch(
    new URLSearchParams('org=anything&source=any-source&speaker=any-one'),
    'articles',
  );
  expect(parsed.filters).toMatchObject({ orgs: ['anything'], source: 'any-source', speaker: 'any-one' });
  expect(parsed.notes).toEqual([]);
});

test('notes name the ignored param and its value, a long value cut at 40 characters', () => {
  expect(parse('org=martians&source=moon-news&page=two').notes).toEqual([
    'No organisation is called “martians”, so that filter was ignored.',
    'No source is called “moon-news”, so that filter was ignored.',
    'The page “two” is not a page number, so the first page is shown.',
  ]);
  const forty = 'x'.repeat(40);
  expect(parse(`source=${forty}`).notes).toEqual([
    `No source is called “${forty}”, so that filter was ignored.`,
  ]);
  expect(parse(`source=${forty}yz`).notes).toEqual([
    `No source is called “${forty}…”, so that filter was ignored.`,
  ]);
});

test('page numbers of several digits are read, up to seven', () => {
  expect(parse('page=12').page).toBe(12);
  expect(parse('page=1234567').page).toBe(1234567);
  expect(parse('page=12345678')).toMatchObject({ page: 1, notes: [expect.stringContaining('“12345678”')] });
});

test('the query is read and written trimmed; 200 characters are kept whole', () => {
  expect(parse('q=%20%20harbour%20strike%20').filters.q).toBe('harbour strike');
  expect(listSearch({ q: '  harbour  ' })).toBe('?q=harbour');
  const exactly = 'a'.repeat(200);
  expect(parse(`q=${exactly}`)).toMatchObject({ filters: { q: exactly }, notes: [] });
});

test('fragments=last, the default written out, is read without a note', () => {
  expect(parse('fragments=last', 'quotes')).toEqual({
    filters: { ...EMPTY_FILTERS, fragments: 'last' },
    page: 1,
    notes: [],
  });
});

test('a quote fragment is the whole hash: quote-N with any number of digits and nothing around it', () => {
  expect(quoteAnchorFromHash('#quote-123')).toBe('quote-123');
  expect(quoteAnchorFromHash('#quote-12x')).toBeNull();
  expect(quoteAnchorFromHash('x#quote-12')).toBeNull();
});

test('the applied list path keeps the source and speaker the data knew', () => {
  expect(
    appliedListPath('quotes', new URLSearchParams('source=wikinews&speaker=tom-goffus&org=zzz'), {
      unknown: { organisations: ['zzz'], source: null, speaker: null },
      page: 1,
    }),
  ).toBe('/quotes?source=wikinews&speaker=tom-goffus');
});

test('a route path drops every leading slash, and an empty id or slug names nothing', () => {
  // The static server's table (tests/hosting/static-server-rules.test.ts) has the ordinary paths.
  expect(matchRoutePath('//quotes')).toEqual({ view: 'quotes' });
  expect(matchRoutePath('///articles/a1')).toEqual({ view: 'article', id: 'a1' });
  expect(matchRoutePath('/articles//')).toEqual({ view: 'none' });
  expect(matchRoutePath('/speakers//')).toEqual({ view: 'none' });
});

describe('renamed slugs (decision 001, "Slugs for ł, ø, æ …")', () => {
  const renamed = {
    organisations: { rsted: 'orsted', nato: 'not-this' },
    speakers: { 'ukasz-szumowski': 'lukasz-szumowski' },
    sources: { 'dagbladet-b-rsen': 'dagbladet-borsen' },
  };
  const none = { organisations: [], source: null, speaker: null };

  test('a list link gets the new slugs in place, every other param kept as it was', () => {
    const params = new URLSearchParams(
      'q=wind&org=nato&org=rsted&speaker=ukasz-szumowski&source=dagbladet-b-rsen&utm_source=x&page=2',
    );
    const unknown = { organisations: ['rsted'], source: 'dagbladet-b-rsen', speaker: 'ukasz-szumowski' };
    expect(renamedListSearch(params, unknown, renamed)).toBe(
      '?q=wind&org=nato&org=orsted&speaker=lukasz-szumowski&source=dagbladet-borsen&utm_source=x&page=2',
    );
  });

  test('only slugs the data did not know are looked up; none renamed gives null', () => {
    // `nato` is known: it is never replaced, whatever the table says.
    expect(renamedListSearch(new URLSearchParams('org=nato'), none, renamed)).toBeNull();
    expect(
      renamedListSearch(new URLSearchParams('speaker=nobody'), { ...none, speaker: 'nobody' }, renamed),
    ).toBeNull();
    // A slug that is a key of Object.prototype is no renamed slug.
    expect(
      renamedListSearch(
        new URLSearchParams('speaker=constructor'),
        { ...none, speaker: 'constructor' },
        renamed,
      ),
    ).toBeNull();
  });

  test('a link naming a slug both as it was and as it is now names it once', () => {
    // Each was one filter: `?org=orsted&org=orsted` (or a source given twice) was the address shared on.
    expect(
      renamedListSearch(
        new URLSearchParams('org=rsted&org=orsted&q=wind'),
        { ...none, organisations: ['rsted'] },
        renamed,
      ),
    ).toBe('?org=orsted&q=wind');
    expect(
      renamedListSearch(
        new URLSearchParams('org=orsted&org=rsted'),
        { ...none, organisations: ['rsted'] },
        renamed,
      ),
    ).toBe('?org=orsted');
    expect(
      renamedListSearch(
        new URLSearchParams('source=dagbladet-b-rsen&source=dagbladet-borsen&speaker=ukasz-szumowski'),
        { ...none, source: 'dagbladet-b-rsen', speaker: 'ukasz-szumowski' },
        renamed,
      ),
    ).toBe('?source=dagbladet-borsen&speaker=lukasz-szumowski');
  });

  test('an entity page slug', () => {
    expect(renamedEntitySlug(renamed, 'speaker', 'ukasz-szumowski')).toBe('lukasz-szumowski');
    expect(renamedEntitySlug(renamed, 'organisation', 'rsted')).toBe('orsted');
    expect(renamedEntitySlug(renamed, 'organisation', 'ukasz-szumowski')).toBeNull();
    expect(renamedEntitySlug(renamed, 'speaker', 'toString')).toBeNull();
  });
});
