import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  FacetTallies,
  type FacetContribution,
  type FacetTalliesJson,
} from '../../src/ingest/corpus/corpus-facets.ts';
import { slugify } from '../../src/ingest/language/slug.ts';

const contribution = (
  source: string,
  orgs: [slug: string, name: string, parent?: string, aliases?: string[]][],
  speakers: string[] = [],
): FacetContribution => ({
  source: { slug: source.toLowerCase().replace(/ /g, '-'), name: source },
  organisations: orgs.map(([slug, name, parent, aliases]) => ({
    slug,
    name,
    aliases: aliases ?? [],
    parent: parent ?? null,
  })),
  speakers: speakers.map((name) => ({ slug: name.toLowerCase().replace(/ /g, '-'), name })),
});

function view(t: FacetTallies): unknown {
  return { orgs: t.organisationEntries(), sources: t.sourceEntries(), speakers: t.speakerEntries() };
}

test('organisations take the name most articles use, keep the other names as aliases, and count articles', () => {
  const t = new FacetTallies();
  t.add(contribution('Wire', [['nato', 'NATO', undefined, ['North Atlantic Treaty Organization']]]));
  t.add(contribution('Wire', [['nato', 'NATO']]));
  t.add(
    contribution('Courier', [
      ['nato', 'the Alliance'],
      ['nmi', 'NATO Mission Iraq', 'nato'],
    ]),
  );
  expect(t.organisationEntries()).toEqual([
    {
      slug: 'nato',
      name: 'NATO',
      aliases: ['North Atlantic Treaty Organization', 'the Alliance'],
      parent: null,
      articleCount: 3,
    },
    { slug: 'nmi', name: 'NATO Mission Iraq', aliases: [], parent: 'nato', articleCount: 1 },
  ]);
  expect(t.sourceEntries()).toEqual([
    { slug: 'wire', name: 'Wire', count: 2 },
    { slug: 'courier', name: 'Courier', count: 1 },
  ]);
});

test('a parent no article mentions on its own has no page, so it is not linked', () => {
  const t = new FacetTallies();
  t.add(contribution('Wire', [['nmi', 'NATO Mission Iraq', 'nato']]));
  expect(t.organisationEntries()[0]?.parent).toBeNull();
});

test('the speakers facet counts quotes, not articles', () => {
  const t = new FacetTallies();
  t.add(contribution('Wire', [], ['Ana Ruiz', 'Ana Ruiz', 'Tom Berg']));
  expect(t.speakerEntries()).toEqual([
    { slug: 'ana-ruiz', name: 'Ana Ruiz', count: 2 },
    { slug: 'tom-berg', name: 'Tom Berg', count: 1 },
  ]);
});

test('removing an article takes back exactly what adding it gave; an organisation nobody names disappears', () => {
  const t = new FacetTallies();
  const a = contribution('Wire', [['un', 'United Nations']], ['Ana Ruiz']);
  const b = contribution(
    'Courier',
    [
      ['un', 'UN', undefined, ['U.N.']],
      ['who', 'WHO', 'un'],
    ],
    ['Tom Berg'],
  );
  t.add(a);
  const onlyA = view(t);
  t.add(b);
  t.remove(b);
  expect(view(t)).toEqual(onlyA);
  t.remove(a);
  expect(view(t)).toEqual({ orgs: [], sources: [], speakers: [] });
});

const name = fc.constantFrom('NATO', 'Nato', 'the Alliance', 'UN', 'United Nations', 'WHO');
const slug = fc.constantFrom('nato', 'un', 'who', 'icrc');
const contributionArb: fc.Arbitrary<FacetContribution> = fc.record({
  source: fc.record({
    slug: fc.constantFrom('wire', 'courier'),
    name: fc.constantFrom('Wire', 'The Wire', 'Courier'),
  }),
  organisations: fc.uniqueArray(
    fc.record({
      slug,
      name,
      aliases: fc.array(name, { maxLength: 2 }),
      parent: fc.option(slug, { nil: null }),
    }),
    { selector: (o) => o.slug, maxLength: 3 },
  ),
  speakers: fc.array(
    fc.record({ slug: fc.constantFrom('ana', 'tom'), name: fc.constantFrom('Ana', 'Ana Ruiz', 'Tom') }),
    {
      maxLength: 3,
    },
  ),
});

test('tallies depend only on which articles are in, not on the order of adds and removes', () => {
  fc.assert(
    fc.property(
      fc.array(contributionArb, { minLength: 1, maxLength: 12 }),
      fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
      fc.nat(),
      (all, keep, seed) => {
        // Incremental: add everything in one order, then remove the dropped ones, through JSON.
        const incremental = new FacetTallies();
        for (const c of all) incremental.add(c);
        const restored = FacetTallies.fromJSON(
          JSON.parse(JSON.stringify(incremental.toJSON())) as FacetTalliesJson,
        );
        all.forEach((c, i) => {
          if (!keep[i]) restored.remove(c);
        });
        // From scratch: only the kept ones, in a shuffled order.
        const kept = all.filter((_, i) => keep[i]);
        const shuffled = kept
          .map((c, i) => ({ c, k: (i * 2654435761 + seed) % 1000 }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.c);
        const scratch = new FacetTallies();
        for (const c of shuffled) scratch.add(c);
        expect(view(restored)).toEqual(view(scratch));
      },
    ),
  );
});

test('renamed slugs: every name whose old slug differs, a current slug never renamed, ties to the larger', () => {
  const named = (name: string) => ({ slug: slugify(name), name });
  const c = (source: string, orgs: string[], speakers: string[]): FacetContribution => ({
    source: named(source),
    organisations: orgs.map((name) => ({ ...named(name), aliases: [], parent: null })),
    speakers: speakers.map(named),
  });
  const contributions = [
    // The ASCII spelling is the most common name of lukasz-szumowski; the rarer one's old slug still leads to it.
    c('Gazeta Wyborcza', [], ['Lukasz Szumowski', 'Lukasz Szumowski', 'Łukasz Szumowski']),
    c('Dagbladet Børsen', ['Ørsted'], ['Søren Pind']),
    // "Søren Pind" was s-ren-pind; a speaker called "S Ren Pind" has that slug now and keeps it.
    c('Wire', ['NATO'], ['S Ren Pind', 'Jarosław Kaczyński']),
    // Two names that had one old slug (one page then): it goes to the one with more quotes.
    c('Wire', [], ['Đukasz Nowak', 'Łukasz Nowak', 'Łukasz Nowak']),
  ];
  const t = new FacetTallies();
  for (const x of contributions) t.add(x);
  const expected = {
    organisations: { rsted: 'orsted' },
    speakers: {
      'jaros-aw-kaczynski': 'jaroslaw-kaczynski',
      'ukasz-nowak': 'lukasz-nowak',
      'ukasz-szumowski': 'lukasz-szumowski',
    },
    sources: { 'dagbladet-b-rsen': 'dagbladet-borsen' },
  };
  expect(t.renamedSlugs()).toEqual(expected);
  // Whatever the order the articles came in, and after a removal and a round trip through JSON.
  const u = new FacetTallies();
  for (const x of [...contributions].reverse()) u.add(x);
  u.add(c('Extra', [], ['Ħamrun Spartans']));
  u.remove(c('Extra', [], ['Ħamrun Spartans']));
  expect(
    JSON.stringify(FacetTallies.fromJSON(JSON.parse(JSON.stringify(u)) as FacetTalliesJson).renamedSlugs()),
  ).toBe(JSON.stringify(expected));
});
