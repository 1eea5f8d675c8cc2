/** Untrusted seed text: the whole date range, ids for any file name, invisible and bidi text. */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { articleIdSchema } from '../../src/contract/schema.ts';
import {
  dropUnpairedBidi,
  hasVisibleText,
  idFromFileName,
  isCalendarDate,
  MAX_ID_LENGTH,
  parseSeed,
  parseSeedText,
} from '../../src/ingest/seed/parse-seed.ts';
import { processSeedBytes } from '../../src/ingest/pipeline/process-file.ts';

const FILE = 'seeds/case.txt';

test.each([
  ['0001-01-01', true],
  ['0044-03-15', true],
  ['0099-12-31', true],
  ['0004-02-29', true], // a leap year in the first century
  ['0100-02-29', false], // a century, not a leap year (Date.UTC would read 0100 right but 0099 as 1999)
  ['0400-02-29', true],
  ['0000-01-01', false],
  ['9999-12-31', true],
  ['2024-02-29', true],
  ['2023-02-29', false],
  ['2024-04-31', false],
  ['2024-13-01', false],
  ['2024-00-01', false],
  ['2024-01-00', false],
])('isCalendarDate(%s) is %s', (date, ok) => {
  expect(isCalendarDate(date)).toBe(ok);
});

test('a first-century date is parsed as written, not moved into the 1900s', () => {
  const r = parseSeedText('date 0044-03-15 Roman Wire/ The senate met.\n', FILE);
  expect(r.ok && r.seed.date).toBe('0044-03-15');
});

test('year 0000 is rejected with a reason that names the range', () => {
  const r = parseSeedText('date 0000-01-01 Wire/ Text.\n', FILE);
  expect(r.ok).toBe(false);
  if (!r.ok)
    expect(r.diagnostics[0]?.message).toMatch(/^impossible date 0000-01-01: years run from 0001 to 9999/);
});

test('property: isCalendarDate agrees with a proleptic Gregorian calendar over 0001-9999', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      (y, m, d) => {
        // setUTCFullYear takes the year as it is (Date.UTC would add 1900 to years 0-99).
        const t = new Date(0);
        t.setUTCFullYear(y, m - 1, d);
        const real = y >= 1 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
        const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(isCalendarDate(text)).toBe(real);
      },
    ),
    { numRuns: 2000 },
  );
});

/** The id rule as it was before ids were capped: every id it gives up to the cap must stay. */
function previousId(fileName: string): string {
  return fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.txt$/i, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '');
}

test.each([
  ['000_ec231f94e2293af6.txt', '000_ec231f94e2293af6'],
  ['seeds/wn-0001.txt', 'wn-0001'],
  ['Breaking news!.txt', 'Breaking-news'],
  [`${'x'.repeat(MAX_ID_LENGTH)}.txt`, 'x'.repeat(MAX_ID_LENGTH)],
])('short ids do not change: %s -> %s', (file, id) => {
  expect(idFromFileName(file)).toBe(id);
});

test('a 255-byte file name gives an id that fits any file system, with a stable hash', () => {
  const name = `${'long-name-'.repeat(25)}a.txt`;
  expect(Buffer.byteLength(name)).toBe(255);
  const id = idFromFileName(name);
  expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
  expect(Buffer.byteLength(`${id}.json`)).toBeLessThanOrEqual(143); // eCryptfs, the tightest common limit
  expect(id).toMatch(/^long-name-long-name-.*-[0-9a-f]{16}$/);
  expect(idFromFileName(name)).toBe(id);
  expect(articleIdSchema.safeParse(id).success).toBe(true);
});

test('long names that share their first 120 characters still get different ids', () => {
  const stem = 'a'.repeat(200);
  const ids = new Set(['1', '2', 'b', 'B'].map((end) => idFromFileName(`${stem}${end}.txt`)));
  expect(ids.size).toBe(4);
});

test('a shortened id is said so in a warning, and the article builds', () => {
  const name = `seeds/${'report-'.repeat(30)}final.txt`;
  const r = processSeedBytes(name, new TextEncoder().encode('date 2024-01-01 Wire/ Text.\n'));
  expect(r.article?.id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
  expect(r.diagnostics.map((d) => d.message)).toEqual([
    `file name is longer than ${MAX_ID_LENGTH} characters; the article id is shortened to "${r.article?.id ?? ''}"`,
  ]);
});

test('property: any file name gives a URL-safe id of at most 120 characters, the old one when that was short enough', () => {
  const name = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ unit: fc.constantFrom('a', 'B', '7', '-', '.', '_', ' ', 'é', '北'), maxLength: 300 }),
  );
  fc.assert(
    fc.property(name, (base) => {
      const id = idFromFileName(`${base}.txt`);
      const before = previousId(`${base}.txt`);
      expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
      if (before.length <= MAX_ID_LENGTH) expect(id).toBe(before);
      else expect(articleIdSchema.safeParse(id).success).toBe(true);
    }),
    { numRuns: 1000 },
  );
});

test.each([
  ['zero-width characters', '\u200b\u200c\u200d\u2060\ufeff'],
  ['soft hyphens and spaces', '\u00ad \u00ad\u3000'],
  ['bidirectional marks', '\u200e\u200f\u061c'],
  ['a combining mark alone', '\u0301\u0301'],
  ['variation selectors', '\ufe0f\ufe0e'],
])('a body of only %s is rejected', (_name, body) => {
  const r = parseSeed(new TextEncoder().encode(`date 2024-01-01 Wire/ ${body}\n\n${body}\n`), FILE);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.diagnostics[0]?.message).toMatch(/^no visible text: /);
});

test('a paragraph without visible text is left out, with a warning; the others stay', () => {
  const r = parseSeedText('date 2024-01-01 Wire/ First.\n\n\u200b\u200c\n\nThird.\n', FILE);
  expect(r.ok && r.seed.paragraphs).toEqual(['First.', 'Third.']);
  expect(r.ok && r.warnings.map((w) => w.message)).toEqual(['1 paragraph without visible text left out']);
});

test('a source name of only invisible characters is no source', () => {
  const r = parseSeedText('date 2024-01-01 \u200b\u200d/ Text.\n', FILE);
  expect(!r.ok && r.diagnostics[0]?.message).toMatch(/^no source: /);
});

test.each([
  ['visible text', 'News', true],
  ['one letter among zero-width ones', '\u200bx\u200b', true],
  ['Arabic', 'شفق', true],
  ['an emoji', '🙂', true],
  ['only zero-width', '\u200b\u200d', false],
  ['only spaces and controls', ' \t\u0007\u001b', false],
])('hasVisibleText: %s', (_name, text, visible) => {
  expect(hasVisibleText(text)).toBe(visible);
});

const [LRE, RLE, PDF, LRO, RLO] = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e'];
const [LRI, RLI, FSI, PDI] = ['\u2066', '\u2067', '\u2068', '\u2069'];

test.each([
  ['no controls', 'plain text', 'plain text'],
  ['a closed embedding', `a ${RLE}b${PDF} c`, `a ${RLE}b${PDF} c`],
  ['a closed isolate', `a ${RLI}b${PDI} c`, `a ${RLI}b${PDI} c`],
  ['an unclosed override', `a ${RLO}b c`, 'a b c'],
  ['an unopened PDF', `a${PDF} b`, 'a b'],
  ['an unopened PDI', `a${PDI} b`, 'a b'],
  ['nested pairs', `${LRI}${LRE}x${PDF}${PDI}`, `${LRI}${LRE}x${PDF}${PDI}`],
  ['an embedding left open inside an isolate', `${FSI}${LRO}x${PDI}`, `${FSI}x${PDI}`],
  ['a PDF cannot close across an isolate', `${LRE}${LRI}x${PDF}${PDI}${PDF}`, `${LRE}${LRI}x${PDI}${PDF}`],
])('dropUnpairedBidi: %s', (_name, text, expected) => {
  expect(dropUnpairedBidi(text)).toBe(expected);
});

const bidiText = fc.string({
  unit: fc.constantFrom('a', ' ', '“', '”', LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI),
  maxLength: 40,
});

test('property: dropUnpairedBidi removes only bidi controls, and what it keeps is all paired', () => {
  fc.assert(
    fc.property(bidiText, (text) => {
      const out = dropUnpairedBidi(text);
      const strip = (s: string): string => s.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
      expect(strip(out)).toBe(strip(text));
      expect(dropUnpairedBidi(out)).toBe(out);
    }),
    { numRuns: 2000 },
  );
});

test('bidi controls are dropped before offsets are computed: quote spans still slice their text', () => {
  const seed = `date 2024-01-01 Wire/ The minister ${RLO}said: “We are ${LRI}ready${PDI} now.” ${RLE}Then he left.\n`;
  const r = processSeedBytes('seeds/bidi.txt', new TextEncoder().encode(seed));
  const article = r.article;
  expect(article?.paragraphs).toEqual([`The minister said: “We are ${LRI}ready${PDI} now.” Then he left.`]);
  expect(article?.quotes).toHaveLength(1);
  for (const q of article?.quotes ?? [])
    for (const s of q.spans)
      expect(article?.paragraphs[s.paragraph]?.slice(s.start, s.end)).toContain('ready');
  expect(r.diagnostics.map((d) => d.message)).toEqual([
    '2 unpaired bidirectional control characters (U+202A–U+202E, U+2066–U+2069) removed',
  ]);
});
