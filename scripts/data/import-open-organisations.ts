/**
 * `node --import tsx scripts/data/import-open-organisations.ts NSI_JSON WORDS`: writes
 * `src/ingest/data/entities/open-organisations.json`, the brands and chains of the
 * name-suggestion-index (OpenStreetMap's list of brand names, BSD-3-Clause) that an English text can
 * name without mistaking a word or a person for them (decision 018).
 *
 * NSI_JSON is `dist/json/nsi.json` of the npm package `name-suggestion-index` (unpack it with
 * `npm pack name-suggestion-index`; it is too large to be a dependency); WORDS is an English word
 * list, one word a line (Debian's `wamerican`: /usr/share/dict/words). Run by hand when the list is
 * refreshed; the build reads only the JSON this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lexicon from '../../src/ingest/data/entities/lexicon.json' with { type: 'json' };

interface NsiItem {
  displayName: string;
}
interface Nsi {
  _meta: { version?: string; generated?: string };
  nsi: Record<string, { items: NsiItem[] }>;
}

const [nsiPath, wordsPath] = process.argv.slice(2);
if (!nsiPath || !wordsPath) {
  console.error('usage: import-open-organisations.ts NSI_JSON WORDS');
  process.exit(2);
}
const nsi = JSON.parse(readFileSync(nsiPath, 'utf8')) as Nsi;
const dictionary = readFileSync(wordsPath, 'utf8').split('\n').filter(Boolean);
// Words the dictionary writes in lower case are ordinary words; those it capitalises are people's
// and places' names. Either way a one-word brand spelt like one is left out ("Target", "Boots",
// "Columbia").
const commonWords = new Set(dictionary.filter((w) => /^\p{Ll}/u.test(w)).map((w) => w.toLowerCase()));
const properWords = new Set(dictionary.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()));
const lower = (ws: readonly string[]): Set<string> => new Set(ws.map((w) => w.toLowerCase()));
const firstNames = lower(lexicon.firstNames);
const generic = new Set([
  ...lower(lexicon.stopwords),
  ...lower(lexicon.functionWords),
  ...lower(lexicon.roles),
  ...lower(lexicon.connectors),
  ...lower(lexicon.genericModifiers),
  ...lower(lexicon.notOrgHeads),
  ...lower(lexicon.orgHeads.heads),
  ...lower(lexicon.orgHeads.standalone),
]);

// Latin letters only (the corpus is English), no possessive ("Bill's" is a person's as often).
const LATIN = /^[A-Za-z0-9][A-Za-z0-9 .&+!-]*$/;
const common = (w: string): boolean =>
  commonWords.has(w) || (w.endsWith('s') && commonWords.has(w.slice(0, -1)));

/** The refusal of a short one-word brand not written in capitals, kept for `capitalsOnly`. */
const SHORT = 'one short word not in capitals';

/** Why a brand name is left out, or null to keep it. */
function refusal(display: string): string | null {
  if (!LATIN.test(display)) return 'not Latin letters, or a possessive';
  let words = display.split(/\s+/);
  if (words[0]?.toLowerCase() === 'the' && words.length > 1) words = words.slice(1);
  const keys = words.map((w) => w.toLowerCase());
  if (keys.length === 1) {
    const [w] = keys as [string];
    const [shown] = words as [string];
    if (w.length <= 2) return 'one word of two letters or fewer';
    if (common(w) || generic.has(w)) return 'one word that is an ordinary word';
    if (properWords.has(w) || firstNames.has(w)) return "one word that is a person's or place's name";
    // "Leo", "Coco": short one-word brands are people's names as often; acronyms stay ("BWS").
    // Such a name is kept apart, to be matched only where a text writes it in capitals ("ALDI").
    if (w.length <= 4 && shown !== shown.toUpperCase()) return SHORT;
    return null;
  }
  if (keys.every((w) => generic.has(w) || firstNames.has(w))) return 'only generic words';
  if (firstNames.has(keys[0]!)) return 'opens with a first name';
  return null;
}

const kept = new Map<string, string>();
const refused = new Map<string, number>();
const capitalsOnly = new Map<string, string>();
for (const [path, { items }] of Object.entries(nsi.nsi)) {
  if (!path.startsWith('brands/')) continue;
  for (const item of items) {
    // "USave (UK)": the bracket tells brands apart on the map, it is not part of the name.
    const display = item.displayName.replace(/\s*\([^)]*\)\s*$/, '').trim();
    const why = refusal(display);
    // Only a plain capitalised word of four letters ("Aldi"): "GdP", "CeX" are written like
    // acronyms ("GDP"), and three capitals are another body's acronym as often ("DIA", "UNO", "RIA").
    if (why === SHORT && /^\p{Lu}\p{Ll}{3}$/u.test(display) && !capitalsOnly.has(display.toLowerCase()))
      capitalsOnly.set(display.toLowerCase(), display);
    if (why) refused.set(why, (refused.get(why) ?? 0) + 1);
    else if (!kept.has(display.toLowerCase())) kept.set(display.toLowerCase(), display);
  }
}

const names = [...kept.values()].sort((a, b) => a.localeCompare(b, 'en'));
const out = {
  source:
    "name-suggestion-index (npm package name-suggestion-index, OpenStreetMap's canonical brand names), its brands/* categories (shops, restaurants, banks, fuel, ...), filtered by scripts/data/import-open-organisations.ts; see docs/decisions/018-organisation-gazetteer.md",
  version: nsi._meta.version ?? null,
  licence:
    'BSD-3-Clause. Copyright 2026, name-suggestion-index contributors. Redistribution and use in source and binary forms, with or without modification, are permitted provided that the following conditions are met: 1. Redistributions of source code must retain the above copyright notice, this list of conditions and the following disclaimer. 2. Redistributions in binary form must reproduce the above copyright notice, this list of conditions and the following disclaimer in the documentation and/or other materials provided with the distribution. 3. Neither the name of the copyright holder nor the names of its contributors may be used to endorse or promote products derived from this software without specific prior written permission. THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.',
  note: 'Matched only as a whole leftover name (a capitalised run no other rule claimed), never inside a longer name; see rules/context.ts openListed.',
  refused: Object.fromEntries([...refused.entries()].sort((a, b) => b[1] - a[1])),
  names,
  capitalsOnlyNote:
    'Short one-word brands refused above as "one short word not in capitals" and written as one plain capitalised word of four letters ("Aldi", "Lidl"; not "GdP", "Dia"): matched only where a text writes the whole word in capitals ("ALDI"), as a leftover name; see rules/context.ts openListed.',
  capitalsOnly: [...capitalsOnly.values()].sort((a, b) => a.localeCompare(b, 'en')),
};
const here = dirname(fileURLToPath(import.meta.url));
const target = resolve(here, '../../src/ingest/data/entities/open-organisations.json');
writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`);
console.log(`${names.length} names written to ${target}`);
