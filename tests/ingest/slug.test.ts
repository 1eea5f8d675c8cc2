/**
 * Slugs of names with letters NFKD does not decompose (ł, ø, æ, ß …), and the slugs such names had
 * before 2026-12-07 (`legacySlug`), which old links carry (decision 001, "Slugs for ł, ø, æ …").
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { legacySlug, renamedSlug, slugify } from '../../src/ingest/language/slug.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED = process.env.SHARED_DIR ?? resolve(ROOT, '..', 'shared');

test.each([
  // name, slug now, slug before 2026-12-07
  ['Łukasz Szumowski', 'lukasz-szumowski', 'ukasz-szumowski'],
  ['Jarosław Kaczyński', 'jaroslaw-kaczynski', 'jaros-aw-kaczynski'],
  ['Paweł Adamowicz', 'pawel-adamowicz', 'pawe-adamowicz'],
  ['ŁÓDŹ', 'lodz', 'odz'],
  ['Søren Kierkegaard', 'soren-kierkegaard', 's-ren-kierkegaard'],
  ['Ørsted', 'orsted', 'rsted'],
  ['Đoàn Văn Hậu', 'doan-van-hau', 'oan-van-hau'],
  ['Guðni Jóhannesson', 'gudni-johannesson', 'gu-ni-johannesson'],
  ['Þórólfur Guðnason', 'thorolfur-gudnason', 'orolfur-gu-nason'],
  ['Ærø', 'aero', 'r'],
  ['Œuvre des Orphelins', 'oeuvre-des-orphelins', 'uvre-des-orphelins'],
  ['Straße der Pariser Kommune', 'strasse-der-pariser-kommune', 'stra-e-der-pariser-kommune'],
  ['GROẞE', 'grosse', 'gro-e'],
  ['Binali Yıldırım', 'binali-yildirim', 'binali-y-ld-r-m'],
  ['Ħamrun Spartans', 'hamrun-spartans', 'amrun-spartans'],
  ['Fundació Paraŀlel', 'fundacio-parallel', 'fundacio-paral-lel'],
  ['İlham Əliyev', 'ilham-aliyev', 'ilham-liyev'],
  // Ǿ decomposes to Ø and an acute: the mark goes, then Ø is spelt.
  ['Ǿrsted', 'orsted', 'rsted'],
])('%s → %s (before: %s)', (name, now, before) => {
  expect(slugify(name)).toBe(now);
  expect(legacySlug(name)).toBe(before);
  expect(renamedSlug(name, now)).toBe(before);
});

test.each([
  // Names whose slug must not change: NFKD already spelt them, or they have no Latin letters.
  ['NATO Mission Iraq', 'nato-mission-iraq'],
  ['Ana Díaz', 'ana-diaz'],
  ['Angela Müller', 'angela-muller'],
  ['François Hollande', 'francois-hollande'],
  ['Recep Tayyip Erdoğan', 'recep-tayyip-erdogan'],
  ['Tōkyō', 'tokyo'],
  ["Conan O'Brien", 'conan-obrien'],
  ['Conan O’Brien', 'conan-obrien'],
  ['İstanbul', 'istanbul'],
  ['Ĳsselmeer', 'ijsselmeer'],
  // A middle dot typed as its own character still splits the word, as before.
  ['Fundació Paral·lel', 'fundacio-paral-lel'],
  ['Москва', legacySlug('Москва')],
  ['مسعود بارزاني', legacySlug('مسعود بارزاني')],
])('%s keeps its slug %s', (name, slug) => {
  expect(slugify(name)).toBe(slug);
  expect(legacySlug(name)).toBe(slug);
  expect(renamedSlug(name, slug)).toBeNull();
});

test('names in other scripts keep their hashed slug', () => {
  expect(slugify('Москва')).toMatch(/^n-[0-9a-z]+$/);
  expect(slugify('مسعود بارزاني')).toMatch(/^n-[0-9a-z]+$/);
});

test('a slug a list gave (not made from the name) has no old slug', () => {
  // The gazetteer names its slug: it was the same before.
  expect(renamedSlug('Łódź University of Technology', 'tul')).toBeNull();
  expect(renamedSlug('Łukasz Szumowski', 'ukasz-szumowski')).toBeNull();
});

test('over the Wikinews corpus, only three Polish names change slug (two of them speakers), and extract says so', () => {
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/ingest/cli/extract.ts',
      resolve(SHARED, 'corpus', 'wikinews'),
      resolve(SHARED, 'seeds'),
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
  );
  expect(run.status).toBe(0);
  type Named = { name: string; slug: string; legacySlug?: string };
  const changed = new Set<string>();
  let slugs = 0;
  for (const line of run.stdout.trim().split('\n')) {
    const article = JSON.parse(line) as {
      source: string;
      sourceSlug: string;
      sourceLegacySlug?: string;
      quotes: { speaker: string | null }[];
      organisations: Named[];
      people: Named[];
      places: Named[];
    };
    const check = ({ name, slug, legacySlug: old }: Named): void => {
      slugs++;
      // Every slug is the old function's but where the extract line names the old one.
      expect(old ?? slug).toBe(legacySlug(name));
      if (old === undefined) return;
      expect(slug).toBe(slugify(name));
      changed.add(`${old} → ${slug}`);
    };
    check({ name: article.source, slug: article.sourceSlug, legacySlug: article.sourceLegacySlug });
    for (const entity of [...article.organisations, ...article.people, ...article.places])
      // A gazetteer's slug is its own; the others were made from the name.
      if (entity.slug === slugify(entity.name) || entity.legacySlug !== undefined) check(entity);
    // A speaker's slug (`speakerSlug`, the speaker page's address) is not in the extract line.
    for (const { speaker } of article.quotes)
      if (speaker !== null) {
        slugs++;
        const old = renamedSlug(speaker, slugify(speaker));
        if (old !== null) changed.add(`speaker ${old} → ${slugify(speaker)}`);
      }
  }
  expect(slugs).toBeGreaterThan(4000);
  expect([...changed].sort()).toEqual([
    'jaros-aw-kaczynski → jaroslaw-kaczynski',
    'pawe-adamowicz → pawel-adamowicz',
    'speaker jaros-aw-kaczynski → jaroslaw-kaczynski',
    'speaker ukasz-szumowski → lukasz-szumowski',
    'ukasz-szumowski → lukasz-szumowski',
  ]);
}, 120_000);
