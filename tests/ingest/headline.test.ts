import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  countWords,
  deriveExcerpt,
  deriveHeadline,
  endsOnDanglingWord,
  HEADLINE_MAX,
  readingMinutes,
  textDirection,
  truncateOnWord,
} from '../../src/ingest/article/derived-fields.ts';
import { parseSeed } from '../../src/ingest/seed/parse-seed.ts';

function seedParagraphs(): string[] {
  const path = join(import.meta.dirname, '../../seeds/000_ec231f94e2293af6.txt');
  const result = parseSeed(readFileSync(path), path);
  if (!result.ok) throw new Error('the seed must parse');
  return result.seed.paragraphs;
}

test('the seed headline: time phrase dropped, cut under 100 characters at a clause boundary', () => {
  // The whole first sentence without "On Wednesday," is 114 characters, over the limit, so it is
  // cut before its trailing "by launching…" clause: a whole statement, no ellipsis needed.
  const full =
    'NATO and Iraq initiated a new phase in their longstanding partnership by launching a high-level political dialogue';
  expect(full.length).toBeGreaterThan(HEADLINE_MAX);
  const headline = deriveHeadline(seedParagraphs()[0] ?? '');
  expect(headline).toBe('NATO and Iraq initiated a new phase in their longstanding partnership');
  expect(headline.length).toBeLessThanOrEqual(HEADLINE_MAX);
});

test('a long sentence with no clause break inside the limit is cut on a word with an ellipsis', () => {
  const sentence =
    'Officials from the regional water authority confirmed that the long-delayed northern reservoir expansion project would finally begin construction in spring.';
  const headline = deriveHeadline(sentence);
  expect(headline.endsWith('…')).toBe(true);
  expect(headline.length).toBeLessThanOrEqual(HEADLINE_MAX);
});

test('a clause cut never leaves a quotation open', () => {
  const sentence =
    'The minister called the agreement “a historic step for the people of the whole region, as we have long hoped” before flying home on Sunday.';
  const headline = deriveHeadline(sentence);
  expect(headline).not.toMatch(/\u201c[^\u201d]*$/u);
});

describe('leading time phrases are dropped and the first letter capitalised', () => {
  const cases: [paragraph: string, headline: string][] = [
    ['On Wednesday, the council approved the budget. It did so late.', 'The council approved the budget'],
    ['Earlier today, the council approved the budget.', 'The council approved the budget'],
    ['On 12 March 2024, the council approved the budget.', 'The council approved the budget'],
    ['Yesterday, the council approved the budget.', 'The council approved the budget'],
    ['On Tuesday morning, the storm reached the coast.', 'The storm reached the coast'],
    ['Last week, prices rose across the region.', 'Prices rose across the region'],
    ['On March 5, 2024, officials met in Erbil.', 'Officials met in Erbil'],
    ['Today, markets fell sharply.', 'Markets fell sharply'],
    ['On Wednesday, NATO and Iraq met.', 'NATO and Iraq met'],
  ];
  for (const [paragraph, headline] of cases) {
    test(paragraph, () => {
      expect(deriveHeadline(paragraph)).toBe(headline);
    });
  }
});

describe('datelines are dropped', () => {
  const cases: [paragraph: string, headline: string][] = [
    [
      'MOSCOW — Russian officials said talks had stalled. More followed.',
      'Russian officials said talks had stalled',
    ],
    ['BRASÍLIA, Brazil – The government announced a plan.', 'The government announced a plan'],
    ['MOSCOW — On Monday, officials confirmed the deal.', 'Officials confirmed the deal'],
  ];
  for (const [paragraph, headline] of cases) {
    test(paragraph, () => {
      expect(deriveHeadline(paragraph)).toBe(headline);
    });
  }
});

test('a time phrase that is the subject stays: "Monday was quiet" is not a lede opener', () => {
  expect(deriveHeadline('Monday was quiet in Baghdad. Then it was not.')).toBe('Monday was quiet in Baghdad');
});

test('abbreviations and initials do not end the first sentence', () => {
  expect(deriveHeadline('Mr. Smith went to Washington on Tuesday. He met the envoy.')).toBe(
    'Mr. Smith went to Washington on Tuesday',
  );
  expect(deriveHeadline('The U.S. Senate passed the bill. The House did not.')).toBe(
    'The U.S. Senate passed the bill',
  );
  expect(deriveHeadline('U.S. officials said the talks failed. Others disagreed.')).toBe(
    'U.S. officials said the talks failed',
  );
  expect(deriveHeadline('President George W. Bush visited Canada. He met leaders.')).toBe(
    'President George W. Bush visited Canada',
  );
});

test('the first letter is capitalised', () => {
  expect(deriveHeadline('officials met in Erbil.')).toBe('Officials met in Erbil');
});

test('a long first sentence is cut on a word boundary, at most 100 characters, ending with an ellipsis', () => {
  const words =
    'The delegation representing the republic travelled across several provinces meeting farmers traders teachers doctors and engineers over many weeks.';
  const headline = deriveHeadline(words);
  expect(headline.length).toBeLessThanOrEqual(HEADLINE_MAX);
  expect(headline.endsWith('…')).toBe(true);
  const kept = headline.slice(0, -1);
  // Every kept word is a whole word of the sentence, in order.
  expect(words.startsWith(`${kept} `)).toBe(true);
});

test('a cut headline does not end on a dangling "of", "the" or "Mr."', () => {
  // The 100-character cut falls right after "of the": a word cut drops both, a headline cuts at the phrase.
  const words = 'The committee considered the proposal carefully and voted unanimously yesterday in favour';
  const sentence = `${words} of the Minister for Finance and Economic Development.`;
  expect(sentence.indexOf(' Minister')).toBeLessThan(HEADLINE_MAX);
  expect(truncateOnWord(sentence, HEADLINE_MAX)).toBe(`${words}…`);
  const headline = deriveHeadline(sentence);
  expect(headline).toBe('The committee considered the proposal carefully and voted unanimously yesterday');
  expect(endsOnDanglingWord(headline)).toBe(false);
  expect(
    truncateOnWord('The President of the Republic met with the President of Korea Mr. Roh today', 68),
  ).toBe('The President of the Republic met with the President of Korea…');
});

test('a long sentence is cut before a trailing clause, a comma or a phrase, as a whole statement', () => {
  expect(
    deriveHeadline(
      'Hosni Mubarak, the former President of Egypt, died aged 91 in a military hospital in Cairo, the country’s capital, on Tuesday.',
    ),
  ).toBe('Hosni Mubarak, the former President of Egypt, died aged 91 in a military hospital in Cairo');
  expect(
    deriveHeadline(
      'The regional council approved the long-awaited budget for schools and hospitals after a debate that lasted well into the night.',
    ),
  ).toBe('The regional council approved the long-awaited budget for schools and hospitals');
  // "a day after": "after" there belongs to the time phrase, not to a new clause.
  expect(
    deriveHeadline(
      'Former Chilean dictator Augusto Pinochet was officially placed under house arrest a day after judges ruled him fit to stand trial for crimes.',
    ),
  ).not.toMatch(/a day$/);
});

test('an opening adverbial is dropped when the sentence is too long, so the main clause leads', () => {
  expect(
    deriveHeadline(
      'In a statement released on Wednesday evening, the chief executive of the company said that profits fell sharply across every region.',
    ),
  ).toBe('The chief executive of the company said that profits fell sharply across every region');
  // A short sentence keeps it: nothing needs to go.
  expect(deriveHeadline('In a statement, the council approved the budget.')).toBe(
    'In a statement, the council approved the budget',
  );
});

test('truncateOnWord leaves short text alone and never exceeds the limit', () => {
  expect(truncateOnWord('Short enough', 20)).toBe('Short enough');
  expect(truncateOnWord('x'.repeat(20), 20)).toBe('x'.repeat(20));
  // One unbroken word is cut hard rather than dropped.
  expect(truncateOnWord('y'.repeat(30), 20)).toBe(`${'y'.repeat(19)}…`);
  expect(truncateOnWord('alpha beta, gamma delta epsilon', 18)).toBe('alpha beta, gamma…');
});

test('the excerpt is the rest of the first paragraph, or the second paragraph when the first is one sentence', () => {
  expect(deriveExcerpt(['First sentence here. Second sentence here.', 'Next paragraph.'])).toBe(
    'Second sentence here.',
  );
  const paragraphs = seedParagraphs();
  expect(deriveExcerpt(paragraphs)).toBe(paragraphs[1]);
  expect(deriveExcerpt(['Only one.'])).toBe('');
  expect(deriveExcerpt(['One.', 'word '.repeat(100)]).length).toBeLessThanOrEqual(220);
});

test('word count counts words, including hyphenated and apostrophe words once', () => {
  expect(countWords(['NATO and Iraq met.', "Iraq's well-known al-Araji spoke."])).toBe(8);
  expect(countWords(['Iraq’s sovereignty'])).toBe(2);
  expect(countWords([''])).toBe(0);
  expect(countWords(['هذا نص عربي'])).toBe(3);
});

// Characters that stress the scanners: ASCII and non-ASCII letters, digits, every connector,
// right-to-left letters, an astral letter (𝐀), an emoji, a combining mark and lone surrogates.
const TRICKY = fc.constantFrom(
  ...['a', 'Z', '7', ' ', "'", '’', '.', '-', '--', 'é', 'ж', 'ا', 'ש', '٣', '𝐀', '😀', '\u0301'],
  '\ud800',
  '\udc00',
  '\u00a0',
  '\ufb1d',
  '\ufe70',
);
const trickyText = fc.array(TRICKY, { maxLength: 40 }).map((xs) => xs.join(''));

test('the word count is the number of matches of the word pattern, on any text', () => {
  const WORD = /[\p{L}\p{N}]+(?:['\u2019.-][\p{L}\p{N}]+)*/gu;
  fc.assert(
    fc.property(fc.array(trickyText, { maxLength: 4 }), (paragraphs) => {
      const expected = paragraphs.reduce((n, p) => n + (p.match(WORD)?.length ?? 0), 0);
      expect(countWords(paragraphs)).toBe(expected);
    }),
    { numRuns: 2000 },
  );
});

test('text direction follows the share of right-to-left letters, on any text', () => {
  fc.assert(
    fc.property(fc.array(trickyText, { maxLength: 4 }), (paragraphs) => {
      const sample = paragraphs.join(' ').slice(0, 2000);
      const rtl = sample.match(/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/g)?.length ?? 0;
      const letters = sample.match(/\p{L}/gu)?.length ?? 0;
      expect(textDirection(paragraphs)).toBe(letters > 0 && rtl / letters > 0.5 ? 'rtl' : 'ltr');
    }),
    { numRuns: 2000 },
  );
});

test('reading minutes are at least 1 and grow with length', () => {
  expect(readingMinutes(0)).toBe(1);
  expect(readingMinutes(50)).toBe(1);
  expect(readingMinutes(460)).toBe(2);
  expect(readingMinutes(2300)).toBe(10);
  const seedWords = countWords(seedParagraphs());
  expect(seedWords).toBeGreaterThan(200);
  expect(readingMinutes(seedWords)).toBeGreaterThanOrEqual(1);
});

test('text direction is rtl for Arabic and Kurdish (Sorani) text, ltr for English', () => {
  expect(textDirection(['أعلن حلف الناتو والعراق عن مرحلة جديدة من الشراكة.'])).toBe('rtl');
  expect(textDirection(['ئەمڕۆ سەرۆکی هەرێمی کوردستان لەگەڵ شاندێکی ناتۆ کۆبووەوە.'])).toBe('rtl');
  expect(textDirection(seedParagraphs())).toBe('ltr');
  // A few Arabic words quoted in English text do not flip it.
  expect(
    textDirection(['The slogan "الشعب يريد" was heard across Baghdad during the protests on Friday.']),
  ).toBe('ltr');
  expect(textDirection(['12345'])).toBe('ltr');
});
