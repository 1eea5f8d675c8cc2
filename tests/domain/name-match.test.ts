import { expect, test } from 'vitest';
import { acronymOf, findByName } from '../../src/lib/name-match.ts';

const ROWS = [
  { slug: 'whole-foods', name: 'Whole Foods' },
  { slug: 'united-nations', name: 'United Nations' },
  { slug: 'world-health-organization', name: 'World Health Organization' },
  { slug: 'international-monetary-fund', name: 'International Monetary Fund' },
  { slug: 'nato', name: 'NATO' },
];
const ALIASES: Record<string, string[]> = {
  'world-health-organization': ['WHO', 'World Health Organisation'],
  nato: ['North Atlantic Treaty Organization'],
};
const aliasesOf = (slug: string) => ALIASES[slug] ?? [];
const slugs = (filter: string) => findByName(ROWS, filter, aliasesOf).map((row) => row.slug);

test('"WHO" finds the World Health Organization first, through its alias', () => {
  expect(slugs('WHO')[0]).toBe('world-health-organization');
  expect(slugs('who')[0]).toBe('world-health-organization');
});

test('an acronym the directory does not list is matched from the name', () => {
  expect(slugs('IMF')).toEqual(['international-monetary-fund']);
  expect(slugs('U.N.')[0]).toBe('united-nations');
});

test('words of an alias find the organisation: "North Atlantic" finds NATO', () => {
  expect(slugs('north atlantic')).toEqual(['nato']);
  expect(slugs('organisation')).toEqual(['world-health-organization']);
});

test('names still match by word prefix, and nothing matches nonsense', () => {
  expect(slugs('monet')).toEqual(['international-monetary-fund']);
  expect(slugs('zzz')).toEqual([]);
  expect(slugs('')).toEqual(ROWS.map((row) => row.slug));
});

test('acronyms skip function words and need two words', () => {
  expect(acronymOf('World Health Organization')).toBe('WHO');
  expect(acronymOf('Organisation of the Petroleum Exporting Countries')).toBe('OPEC');
  expect(acronymOf('NATO')).toBe('');
});

test('speakers, which have no aliases: any word of the name can be typed, first or family name', () => {
  const people = [
    { slug: 'donald-trump', name: 'Donald Trump' },
    { slug: 'donna-ward', name: 'Donna Ward' },
    { slug: 'ivanka-trump', name: 'Ivanka Trump' },
  ];
  expect(findByName(people, 'trump').map((row) => row.slug)).toEqual(['donald-trump', 'ivanka-trump']);
  expect(findByName(people, 'don').map((row) => row.slug)).toEqual(['donald-trump', 'donna-ward']);
  expect(findByName(people, 'donna ward').map((row) => row.slug)).toEqual(['donna-ward']);
  expect(findByName(people, 'zzz')).toEqual([]);
});

test('ł, ø, æ, ß … fold as search folds them: either spelling finds the name, the same name first', () => {
  const rows = [
    { slug: 'jan-lukasz-szumowski-nowak', name: 'Jan Lukasz Szumowski-Nowak' },
    { slug: 'lukasz-szumowski', name: 'Łukasz Szumowski' },
    { slug: 'gsv', name: 'GSV' },
  ];
  const aliases: Record<string, string[]> = { gsv: ['Große Straße Verein'] };
  const found = (filter: string) =>
    findByName(rows, filter, (slug) => aliases[slug] ?? []).map((row) => row.slug);
  expect(found('lukasz szumowski')).toEqual(['lukasz-szumowski', 'jan-lukasz-szumowski-nowak']);
  expect(found('łukasz')).toEqual(['jan-lukasz-szumowski-nowak', 'lukasz-szumowski']);
  expect(found('grosse strasse')).toEqual(['gsv']);
  expect(found('große')).toEqual(['gsv']);
});

test('an acronym typed in ASCII finds a name whose initials are accented or spelt (É, Ø, Ł …), and the other way', () => {
  // The finder's words fold as search does (lukasz finds Łukasz), but its acronyms were compared
  // as written: "ERD" found nothing for Électricité Réseau Distribution, nor "OME" Ørsted Marine Energi.
  const rows = [
    { slug: 'electricite-reseau-distribution', name: 'Électricité Réseau Distribution' },
    { slug: 'orsted-marine-energi', name: 'Ørsted Marine Energi' },
    { slug: 'lodz-port-development', name: 'Łódź Port Development' },
  ];
  const found = (filter: string) => findByName(rows, filter).map((row) => row.slug);
  expect(found('ERD')).toEqual(['electricite-reseau-distribution']);
  expect(found('erd')).toEqual(['electricite-reseau-distribution']);
  expect(found('OME')).toEqual(['orsted-marine-energi']);
  expect(found('ØME')).toEqual(['orsted-marine-energi']);
  expect(found('LPD')).toEqual(['lodz-port-development']);
  expect(found('OM')).toEqual(['orsted-marine-energi']);
});
