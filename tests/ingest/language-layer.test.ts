/**
 * The language layer's one tokenizer, the narration view quote attribution reads, and the
 * sentence rule: each case where the two former tokenizers disagreed, decided once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';
import { narration } from '../../src/ingest/language/narration.ts';
import { splitSentences } from '../../src/ingest/language/sentences.ts';
import { tokenize, tokenizeParagraphs } from '../../src/ingest/language/tokenize.ts';
import { WORDS, wordCount } from '../../src/ingest/language/words.ts';
import { extractQuotes } from '../../src/ingest/quotes/extract-quotes.ts';
import { parseSeedText } from '../../src/ingest/seed/parse-seed.ts';
import { speakers } from './speakers-of.ts';

const words = (text: string): string[] => tokenize(text).map((t) => t.text);
const view = (text: string) => narration(text, tokenize(text), []);
/** The narration's sentences as the text of their tokens. */
const sentencesOf = (text: string): string[] => {
  const { tokens, sentences } = view(text);
  return sentences.map((s) => text.slice(tokens[s.from]!.start, tokens[s.to - 1]!.end));
};

describe('one tokenizer', () => {
  it('keeps a dotted abbreviation whole, with its final full stop', () => {
    expect(words('The U.S. Army left at 9 a.m. today.')).toEqual([
      'The',
      'U.S.',
      'Army',
      'left',
      'at',
      '9',
      'a.m.',
      'today',
      '.',
    ]);
    const us = tokenize('The U.S. Army')[1]!;
    expect(us.lower).toBe('u.s.');
    expect(us.allCaps).toBe(true);
    // Without its last full stop it is still looked up as "U.S.".
    expect(tokenize('the U.S Air Force')[1]!.lower).toBe('u.s.');
  });

  it('keeps a decimal or a number with thousands separators as one token', () => {
    expect(words('Prices rose 3.5 percent, or 1,000 dollars.')).toEqual([
      'Prices',
      'rose',
      '3.5',
      'percent',
      ',',
      'or',
      '1,000',
      'dollars',
      '.',
    ]);
    // A number is no capitalised word, and its point opens no sentence.
    const [, , num, after] = tokenize('It rose 3.5 percent.');
    expect(num?.cap).toBe(false);
    expect(after?.sentStart).toBe(false);
  });

  it('splits a possessive ending off, so "Smith\'s" matches "Smith"', () => {
    const toks = tokenize("Smith's aide and the Workers' Party");
    expect(toks.map((t) => [t.text, t.kind])).toEqual([
      ['Smith', 'word'],
      ["'s", 'poss'],
      ['aide', 'word'],
      ['and', 'word'],
      ['the', 'word'],
      ['Workers', 'word'],
      ["'", 'poss'],
      ['Party', 'word'],
    ]);
    // A trailing apostrophe is a possessive before punctuation too, but not a closing mark inside
    // a word run.
    expect(tokenize("the officers', who").map((t) => t.kind)).toEqual([
      'word',
      'word',
      'poss',
      'punct',
      'word',
    ]);
  });

  it('keeps combining marks inside their word', () => {
    const decomposed = 'Jose\u0301 Nu\u0301n\u0303ez said';
    expect(words(decomposed)).toEqual(['Jose\u0301', 'Nu\u0301n\u0303ez', 'said']);
  });

  it('joins words at inner hyphens, en dashes, apostrophes and ampersands', () => {
    expect(words('al-Araji of the Export–Import Bank and AT&T')).toEqual([
      'al-Araji',
      'of',
      'the',
      'Export–Import',
      'Bank',
      'and',
      'AT&T',
    ]);
  });

  it('marks sentence starts by the same abbreviation rule as the splitters', () => {
    const starts = (text: string) =>
      tokenize(text)
        .filter((t) => t.sentStart)
        .map((t) => t.text);
    expect(starts('Mr. Smith spoke. Then Gen. Lee left.')).toEqual(['Mr', 'Then']);
    expect(starts('He lives in the U.S. The rest stayed.')).toEqual(['He', 'The']);
    expect(starts('The U.S. Army left.')).toEqual(['The']);
  });
});

describe('the narration view', () => {
  it('folds a possessive into its word', () => {
    const { tokens } = view("Smith's aide met the officers' union.");
    const smith = tokens[0]!;
    expect([smith.text, smith.poss, smith.end]).toEqual(['Smith', true, 7]);
    const officers = tokens.find((t) => t.text === 'officers')!;
    expect(officers.poss).toBe(true);
    expect(tokens.map((t) => t.text)).not.toContain("'");
  });

  it('reduces each quotation to one token', () => {
    const text = 'Smith said, "We will win. They know it." Then he left.';
    const from = text.indexOf('"');
    const to = text.lastIndexOf('"') + 1;
    const { tokens } = narration(text, tokenize(text), [{ from, to, quote: 0, endsSentence: true }]);
    expect(tokens.map((t) => (t.kind === 'quote' ? '<Q>' : t.text))).toEqual([
      'Smith',
      'said',
      ',',
      '<Q>',
      'Then',
      'he',
      'left',
      '.',
    ]);
  });

  it('counts a digit as a capital: a number may open a sentence', () => {
    expect(
      view('It ended. 40 people left.')
        .tokens.filter((t) => t.cap)
        .map((t) => t.text),
    ).toEqual(['It', '40']);
  });
});

describe('the sentence rule', () => {
  it('ends no sentence at an abbreviation, an initial or a decimal point', () => {
    expect(sentencesOf('Mr. J. R. Smith paid 3.5 million. He left.')).toEqual([
      'Mr. J. R. Smith paid 3.5 million.',
      'He left.',
    ]);
    expect(splitSentences('Mr. J. R. Smith paid 3.5 million. He left.')).toHaveLength(2);
  });

  it('ends a sentence at a dotted abbreviation only before a common opener', () => {
    expect(sentencesOf('He lives in the U.S. The rest stayed.')).toEqual([
      'He lives in the U.S.',
      'The rest stayed.',
    ]);
    expect(sentencesOf('The U.S. Attorney Josh Bash spoke.')).toHaveLength(1);
    const text = 'He lives in the U.S. The rest stayed.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(sentencesOf(text));
  });

  it('reads an abbreviation as the whole word before the full stop', () => {
    // "31st." is an ordinal, not "St." (Saint): the text splitter once read only the letters.
    const text = 'It closed on December 31st. 12,000 donors gave.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'It closed on December 31st.',
      '12,000 donors gave.',
    ]);
  });

  it('ends a sentence inside closing quotation marks', () => {
    const text = 'She said "it is done." Then she left.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'She said "it is done."',
      'Then she left.',
    ]);
  });

  it('ends no sentence at a full stop with a word right after it', () => {
    expect(sentencesOf('She holds a Ph.D. from St.Petersburg University.')).toHaveLength(1);
  });
});

describe('an article is tokenized once', () => {
  const shared = process.env.SHARED_DIR ?? resolve(import.meta.dirname, '../../../shared');
  const corpus = join(shared, 'corpus', 'wikinews');
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, 40);

  it('extraction from shared tokens is what each stage finds tokenizing by itself', () => {
    for (const file of files) {
      const parsed = parseSeedText(readFileSync(join(corpus, file), 'utf8'), file);
      if (!parsed.ok) throw new Error(`${file} must parse`);
      const { seed } = parsed;
      const tokens = tokenizeParagraphs(seed.paragraphs);
      expect(extractQuotes(seed.paragraphs, tokens), file).toEqual(extractQuotes(seed.paragraphs));
      expect(extractEntities(seed.paragraphs, seed.source, tokens), file).toEqual(
        extractEntities(seed.paragraphs, seed.source),
      );
    }
  });
});

describe("the scorer's word count", () => {
  it('counts the words a quote filter relies on: letters and digits joined by inner apostrophes and hyphens', () => {
    expect(wordCount("Don't stop al-Araji’s co-op now")).toBe(5);
    expect(wordCount('3.5 per cent -- a- -b')).toBe(6);
    expect(wordCount('’tis “the” end…')).toBe(3);
    // Combining marks and astral letters: a decomposed "é" ends its word; 𝐀𝐁 is one word.
    expect(wordCount('cafe\u0301 𝐀𝐁c x')).toBe(3);
    expect(wordCount('')).toBe(0);
  });

  it('counts exactly the WORDS matches of every corpus paragraph', () => {
    const shared = process.env.SHARED_DIR ?? resolve(import.meta.dirname, '../../../shared');
    const corpus = join(shared, 'corpus', 'wikinews');
    for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt'))) {
      for (const line of readFileSync(join(corpus, file), 'utf8').split('\n'))
        expect(wordCount(line), line).toBe(line.match(WORDS)?.length ?? 0);
    }
  });
});

describe('quote attribution over the one tokenizer', () => {
  it('a place with an abbreviation after a city is no speaker of the participle after it', () => {
    expect(
      speakers(
        'Trump issued a statement at his golf club outside Washington, D.C. saying, "The simple fact is this election is far from over."',
      ),
    ).toEqual(['Trump']);
  });

  it('a lone dotted abbreviation is never a person', () => {
    const quotes = extractQuotes([
      'According to the U.S. embassy, the officials declined to comment. "We cannot say more at this time," the U.S. said.',
    ]);
    expect(quotes.map((q) => q.speaker)).not.toContain('U.S.');
    expect(quotes.map((q) => q.speaker)).not.toContain('U.S');
  });
});
