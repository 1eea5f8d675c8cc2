import fc from 'fast-check';
import { expect, test } from 'vitest';
import { articleSchema } from '../../src/contract/schema.ts';
import { parseSeed } from '../../src/ingest/seed/parse-seed.ts';
import { processSeedBytes } from '../../src/ingest/pipeline/process-file.ts';

const FILE = 'seeds/prop-case.txt';
const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

const isoDay = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Seed-like text: sometimes valid, often nearly so, to reach the parser's later branches. */
const seedLike: fc.Arbitrary<string> = fc
  .record({
    lead: fc.constantFrom('', ' ', '\n\n', '\t', '\uFEFF', ' \r\n'),
    keyword: fc.constantFrom('date', 'date', 'date', 'Date', 'dat', ''),
    gap: fc.constantFrom(' ', '  ', '\t', ''),
    date: fc.oneof(
      isoDay,
      fc
        .tuple(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
        )
        .map(
          ([y, m, d]) =>
            `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        ),
      fc.string({ maxLength: 12 }),
    ),
    source: fc.oneof(
      fc.constantFrom('Shafaq News', 'Rudaw', 'شفق نيوز', '', ' '),
      fc.string({ maxLength: 15 }),
    ),
    slash: fc.constantFrom('/', '/ ', ' / ', '', '//'),
    paragraphs: fc.array(
      fc.oneof(fc.lorem({ maxCount: 3, mode: 'sentences' }), fc.string({ maxLength: 40 })),
      {
        maxLength: 4,
      },
    ),
    separator: fc.constantFrom('\n\n', '\r\n\r\n', '\r\r', '\n', '\n \n\n'),
    tail: fc.constantFrom('', '\n', '\r\n', '  '),
  })
  .map(
    (p) =>
      `${p.lead}${p.keyword}${p.gap}${p.date} ${p.source}${p.slash}${p.paragraphs.join(p.separator)}${p.tail}`,
  );

/** The pieces of a well-formed seed. */
const validPieces = fc.record({
  date: isoDay,
  source: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}[A-Za-z]$/),
  paragraphs: fc.array(
    fc.lorem({ maxCount: 3, mode: 'sentences' }).filter((p) => p.trim() !== ''),
    {
      minLength: 1,
      maxLength: 5,
    },
  ),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
});
const validSeed = validPieces.map(
  ({ date, source, paragraphs, eol }) => `date ${date} ${source}/ ${paragraphs.join(`${eol}${eol}`)}${eol}`,
);

const inputs: fc.Arbitrary<Uint8Array> = fc.oneof(
  validSeed.map(encode),
  fc.uint8Array({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }).map(encode),
  fc.string({ unit: 'binary', maxLength: 300 }).map(encode),
  seedLike.map(encode),
  // Valid seeds with one byte flipped anywhere.
  fc.tuple(seedLike, fc.nat(), fc.integer({ min: 0, max: 255 })).map(([text, at, byte]) => {
    const b = encode(text);
    if (b.length > 0) b[at % b.length] = byte;
    return b;
  }),
);

test('parseSeed never throws and yields either a seed or at least one error naming the file', () => {
  fc.assert(
    fc.property(inputs, (bytes) => {
      const result = parseSeed(bytes, FILE);
      if (result.ok) {
        expect(result.seed.paragraphs.length).toBeGreaterThan(0);
        expect(result.seed.paragraphs.every((p) => p.length > 0 && p === p.trim())).toBe(true);
        expect(result.seed.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(result.seed.source.trim()).toBe(result.seed.source);
        expect(result.seed.source).not.toBe('');
        expect(result.warnings.every((w) => w.severity === 'warning' && w.file === FILE)).toBe(true);
      } else {
        expect(result.diagnostics.length).toBeGreaterThan(0);
        for (const d of result.diagnostics) {
          expect(d.file).toBe(FILE);
          expect(d.severity).toBe('error');
          expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
          expect(d.message.length).toBeGreaterThan(0);
        }
      }
    }),
    { numRuns: 1500 },
  );
});

test('a seed built from valid pieces is always accepted with exactly those pieces', () => {
  fc.assert(
    fc.property(validPieces, ({ date, source, paragraphs, eol }) => {
      const text = `date ${date} ${source}/ ${paragraphs.join(`${eol}${eol}`)}${eol}`;
      const result = parseSeed(encode(text), FILE);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.seed.date).toBe(date);
      expect(result.seed.source).toBe(source.replace(/\s+$/, ''));
      expect(result.seed.paragraphs).toEqual(paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()));
    }),
    { numRuns: 300 },
  );
});

test('processSeedBytes never throws: every file ends as an article or an error diagnostic, never neither', () => {
  const seen = { articles: 0, rejections: 0 };
  fc.assert(
    fc.property(inputs, (bytes) => {
      const result = processSeedBytes(FILE, bytes);
      seen[result.article ? 'articles' : 'rejections']++;
      expect(result.path).toBe(FILE);
      expect(result.hash).toMatch(/^[0-9a-f]{64}$/);
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      if (result.article) {
        expect(errors).toEqual([]);
        expect(articleSchema.safeParse(result.article).success).toBe(true);
        expect(result.article.id).toBe('prop-case');
        expect(result.article.file).toBe('prop-case.txt');
      } else {
        expect(errors.length).toBeGreaterThan(0);
        expect(errors.every((d) => d.file === FILE)).toBe(true);
      }
    }),
    { numRuns: 400 },
  );
  // The generators reach both outcomes, so the property says something about each.
  expect(seen.articles).toBeGreaterThan(20);
  expect(seen.rejections).toBeGreaterThan(20);
});
