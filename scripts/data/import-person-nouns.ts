/**
 * `node --import tsx scripts/data/import-person-nouns.ts WORDNET_DICT_DIR`: writes
 * `src/ingest/data/quotes/person-nouns.json`, the common nouns that name a person by occupation or
 * function ("herpetologist", "eyewitness", "curator", "team member"), from Princeton WordNet 3.0's
 * noun.person lexicographer file (number 18).
 *
 * WORDNET_DICT_DIR holds WordNet 3.0's database files (`data.noun`, `index.noun`, `index.verb`,
 * `index.adj`, `index.adv`, `cntlist.rev`), e.g. `/usr/share/wordnet` of the Debian package
 * `wordnet-base` (3.0-37), unpacked with `dpkg-deb -x wordnet-base_3.0-37_all.deb DIR`.
 *
 * Run by hand when the list is refreshed; the build reads only the JSON this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [dictDir] = process.argv.slice(2);
if (!dictDir) {
  console.error('usage: import-person-nouns.ts WORDNET_DICT_DIR');
  process.exit(2);
}
const read = (file: string): string[] => readFileSync(join(dictDir, file), 'utf8').split('\n');

/** WordNet's lexicographer file of nouns denoting people. */
const NOUN_PERSON = 18;
/** A word is kept when at least this share of its uses (tagged, else senses) are noun.person. */
const MIN_PERSON_SHARE = 0.5;
/** A two-word compound is kept only when the tagged corpus uses it this often (it is common). */
const MIN_COMPOUND_TAGS = 1;
/** A lowercase word or hyphenated word of two letters or more; a compound is two such words. */
const WORD = /^[a-z]{2,}(?:-[a-z]{2,})?$/;

// Lexicographer file of every noun synset, by offset; the lowercase lemmas of noun.person.
const lexFileOf = new Map<string, number>();
const candidates = new Set<string>();
for (const line of read('data.noun')) {
  if (line.startsWith(' ') || line.trim() === '') continue;
  const f = line.split(' ');
  const offset = f[0]!;
  const lexFile = Number(f[1]);
  lexFileOf.set(offset, lexFile);
  if (lexFile !== NOUN_PERSON) continue;
  const count = parseInt(f[3]!, 16);
  for (let i = 0; i < count; i++) {
    const lemma = f[4 + 2 * i]!;
    const words = lemma.split('_');
    if (words.length <= 2 && words.every((w) => WORD.test(w))) candidates.add(words.join(' '));
  }
}

/** Senses per lemma in the given index file: the noun file's as synset offsets, others as a count. */
function senseOffsets(file: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of read(file)) {
    if (line.startsWith(' ') || line.trim() === '') continue;
    const f = line.trim().split(' ');
    const synsets = Number(f[2]);
    out.set(f[0]!.replace(/_/g, ' '), f.slice(f.length - synsets));
  }
  return out;
}
const nounSenses = senseOffsets('index.noun');
const otherSenses = ['index.verb', 'index.adj', 'index.adv'].map(senseOffsets);

// Sense-tagged counts (SemCor and the WordNet glosses' tagged texts), split into noun.person and
// every other use of the same spelling (other nouns, verbs, adjectives, adverbs).
const tags = new Map<string, { person: number; other: number }>();
for (const line of read('cntlist.rev')) {
  const [key, , count] = line.trim().split(' ');
  if (!key || !count) continue;
  const [lemma, rest] = key.split('%');
  const [ssType, lexFile] = rest!.split(':');
  const word = lemma!.replace(/_/g, ' ');
  if (!candidates.has(word)) continue;
  const t = tags.get(word) ?? { person: 0, other: 0 };
  if (ssType === '1' && Number(lexFile) === NOUN_PERSON) t.person += Number(count);
  else t.other += Number(count);
  tags.set(word, t);
}

const kept: string[] = [];
for (const word of candidates) {
  const nouns = nounSenses.get(word) ?? [];
  const person = nouns.filter((o) => lexFileOf.get(o) === NOUN_PERSON).length;
  const senses = nouns.length + otherSenses.reduce((n, m) => n + (m.get(word)?.length ?? 0), 0);
  const t = tags.get(word);
  const tagged = t ? t.person + t.other : 0;
  if (word.includes(' ') && (t?.person ?? 0) < MIN_COMPOUND_TAGS) continue;
  const share = tagged > 0 ? t!.person / tagged : person / senses;
  if (share >= MIN_PERSON_SHARE) kept.push(word);
}
kept.sort();

const out = {
  source:
    'Princeton WordNet 3.0 (Debian package wordnet-base 3.0-37), the noun.person lexicographer file, filtered by scripts/data/import-person-nouns.ts',
  version: '3.0',
  licence:
    'WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use, copy, modify and distribute this software and database and its documentation for any purpose and without fee or royalty is hereby granted, provided that you agree to comply with the following copyright notice and statements, including the disclaimer, and that the same appear on ALL copies of the software, database and documentation, including modifications that you make for internal use or for distribution. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to distribution of the software and/or database. Title to copyright in this software, database and any associated documentation shall at all times remain with Princeton University and LICENSEE agrees to preserve same.',
  note: `Lowercase nouns of WordNet's noun.person file (lexicographer file ${NOUN_PERSON}): single words (letters, at most one hyphen) and two-word compounds whose person sense is tagged at least ${MIN_COMPOUND_TAGS} time(s) in WordNet's sense-tagged texts (cntlist.rev). Capitalised lemmas (names of people, nationalities) are left out. A word is kept when at least ${MIN_PERSON_SHARE * 100}% of its uses are person senses: of its tagged uses (cntlist.rev, every part of speech of the same spelling), or, when it is untagged, of its senses as noun, verb, adjective and adverb ("curator" and "herpetologist" stay; "head", "general", "host" and "judge" go). Read by the quote stage as heads of a speaker's role ("herpetologist David Blackburn", "Vinnie DeVita, an eyewitness,").`,
  words: kept,
};
const target = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../src/ingest/data/quotes/person-nouns.json',
);
writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`);
console.log(
  `${kept.length} person nouns (${kept.filter((w) => w.includes(' ')).length} compounds) of ${candidates.size} candidates -> ${target}`,
);
