import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { extractQuotes } from '../../src/ingest/extract-quotes.ts';
import type { ExtractedQuote } from '../../src/ingest/extract-quotes.ts';
import { parseSeed } from '../../src/ingest/parse-seed.ts';

const SEED = fileURLToPath(new URL('../../seeds/000_ec231f94e2293af6.txt', import.meta.url));

/** Every span of a quote must cover exactly its words in place. */
function expectSpansMatch(paragraphs: readonly string[], quote: ExtractedQuote): void {
  const pieces = quote.spans.map((s) => (paragraphs[s.paragraph] ?? '').slice(s.start, s.end));
  expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(quote.text);
}

/** Quotes of a text whose paragraphs are separated by blank lines. */
function quotesOf(text: string): { paragraphs: string[]; quotes: ExtractedQuote[] } {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim());
  const quotes = extractQuotes(paragraphs);
  for (const q of quotes) expectSpansMatch(paragraphs, q);
  return { paragraphs, quotes };
}

const brief = (q: ExtractedQuote): [string, string | null, string] => [q.text, q.speaker, q.rule];

describe('extractQuotes on the seed article', () => {
  const parsed = parseSeed(readFileSync(SEED), '000_ec231f94e2293af6.txt');
  if (!parsed.ok) throw new Error('seed does not parse');
  const { paragraphs } = parsed.seed;
  const quotes = extractQuotes(paragraphs);

  it('finds exactly the three quotes, with speakers and roles as the article gives them', () => {
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Tom Goffus', 'NATO Assistant Secretary General for Operations'],
      ['Qasim al-Araji', 'Iraq’s National Security Advisor'],
      [
        'Javier Colomina',
        'NATO Deputy Assistant Secretary General for Political Affairs and Security Policy and Special Representative of the NATO Secretary General for the Southern Neighbourhood',
      ],
    ]);
    expect(quotes.map((q) => q.text.slice(0, 30))).toEqual([
      'Since 2018, at the request of ',
      'We reaffirmed to NATO the true',
      'Today we further build on this',
    ]);
    expect(quotes.every((q) => q.rule === 'adjacent' || q.rule === 'sentence')).toBe(true);
  });

  it('gives offsets that highlight each quote in place, marks excluded', () => {
    for (const q of quotes) {
      expect(q.spans).toHaveLength(1);
      const span = q.spans[0]!;
      const para = paragraphs[span.paragraph]!;
      expect(para.slice(span.start, span.end)).toBe(q.text);
      expect(para[span.start - 1]).toBe('“');
      expect(para[span.end]).toBe('”');
    }
  });
});

describe('extractQuotes constructions', () => {
  it('splits a quote interrupted by its attribution into two quotes with one speaker', () => {
    const { quotes } = quotesOf(
      'Minister Anna Berg visited the port on Monday.\n\n"We will stay," Berg said, "until the job is done."',
    );
    expect(quotes.map(brief)).toEqual([
      ['We will stay,', 'Anna Berg', 'adjacent'],
      ['until the job is done.', 'Anna Berg', 'adjacent'],
    ]);
  });

  it('joins a quote running over several paragraphs into one quote with a span per paragraph', () => {
    const { quotes } = quotesOf(
      'Mayor Lena Fischer said: "The bridge will open in May.\n\n"It will carry four lanes of traffic.\n\n"And it will have a cycle path."\n\nWork began last year.',
    );
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(q.text).toBe(
      'The bridge will open in May. It will carry four lanes of traffic. And it will have a cycle path.',
    );
    expect(q.spans.map((s) => s.paragraph)).toEqual([0, 1, 2]);
    expect(q.speaker).toBe('Lena Fischer');
  });

  it('keeps a nested quotation inside the outer quote', () => {
    const { quotes } = quotesOf(
      'Professor Omar Haddad said, "Students kept asking me \'why now?\' and I had no answer for them."',
    );
    expect(quotes.map(brief)).toEqual([
      ["Students kept asking me 'why now?' and I had no answer for them.", 'Omar Haddad', 'adjacent'],
    ]);
  });

  it('steps over a nested quotation in the same straight marks', () => {
    const { quotes } = quotesOf(
      'Karl Meyer wrote: "The so-called "reform" will not help the farmers at all this year."',
    );
    expect(quotes.map((q) => q.text)).toEqual([
      'The so-called "reform" will not help the farmers at all this year.',
    ]);
  });

  it('ignores scare quotes, names and titles without a speaker', () => {
    const { quotes } = quotesOf(
      'The so-called "peace plan" was discussed in a film called "Winter Light" and a process called "rapid review". Critics read the novel "The Long Road Home" on the train.',
    );
    expect(quotes).toEqual([]);
  });

  it('keeps a short quoted phrase when a named source clearly says it', () => {
    const { quotes } = quotesOf('Senator Maria Lopez called the proposal "a non-starter" on Tuesday.');
    expect(quotes.map(brief)).toEqual([['a non-starter', 'Maria Lopez', 'sentence']]);
  });

  it('does not take apostrophes for quotation marks', () => {
    const { quotes } = quotesOf(
      "Iraq’s minister didn't comment. The farmers' union met at Jean's house, and it's said they'd agreed.",
    );
    expect(quotes).toEqual([]);
  });

  it('resolves "he said" to the last person who was the subject', () => {
    const { quotes } = quotesOf(
      'Chief engineer Paul Novak inspected the dam on Friday. He said the walls were sound. "There is no risk of a breach at this stage," he added.',
    );
    expect(quotes.map(brief)).toEqual([
      ['There is no risk of a breach at this stage,', 'Paul Novak', 'pronoun'],
    ]);
  });

  it('resolves a surname and a courtesy title to the full name introduced earlier', () => {
    const { quotes } = quotesOf(
      'The report was written by economist Sara Lindqvist of the Nordic Institute.\n\n"Prices will fall next year," said Lindqvist.\n\n"Wages will not keep up," Ms. Lindqvist warned.',
    );
    expect(quotes.map(brief)).toEqual([
      ['Prices will fall next year,', 'Sara Lindqvist', 'adjacent'],
      ['Wages will not keep up,', 'Sara Lindqvist', 'adjacent'],
    ]);
  });

  it('lets an organisation speak', () => {
    const { quotes } = quotesOf(
      'The Ministry of Health said in a statement: "All hospitals remain open and fully staffed tonight."\n\n"Vaccination will resume tomorrow," a spokesperson for the Red Cross Society said.',
    );
    expect(quotes.map(brief)).toEqual([
      ['All hospitals remain open and fully staffed tonight.', 'Ministry of Health', 'sentence'],
      ['Vaccination will resume tomorrow,', 'Red Cross Society', 'adjacent'],
    ]);
  });

  it('resolves a nominal mention through the role given to a named person', () => {
    const { quotes } = quotesOf(
      'The talks were led by Foreign Minister Ivo Petrov.\n\n"We are close to a deal on the border," the minister said.',
    );
    expect(quotes.map(brief)).toEqual([['We are close to a deal on the border,', 'Ivo Petrov', 'nominal']]);
  });

  it('abstains when the article never says who speaks', () => {
    const { quotes } = quotesOf(
      'Nobody expected the storm.\n\n"The whole street was under water within an hour."',
    );
    expect(quotes.map(brief)).toEqual([['The whole street was under water within an hour.', null, 'none']]);
    expect(quotes[0]!.role).toBeNull();
  });

  it('carries a speaker on to a quote that stands as its own sentence', () => {
    const { quotes } = quotesOf(
      '"The river rose very fast," said farmer Tomas Horak. "We lost most of the harvest in one night."',
    );
    expect(quotes.map(brief)).toEqual([
      ['The river rose very fast,', 'Tomas Horak', 'adjacent'],
      ['We lost most of the harvest in one night.', 'Tomas Horak', 'continuation'],
    ]);
  });

  it('handles curly and straight marks alike', () => {
    const curly = quotesOf('Coach Dana White said, “We played our best game of the season today.”').quotes;
    const straight = quotesOf('Coach Dana White said, "We played our best game of the season today."').quotes;
    expect(curly.map(brief)).toEqual([
      ['We played our best game of the season today.', 'Dana White', 'adjacent'],
    ]);
    expect(straight.map(brief)).toEqual(curly.map(brief));
  });

  it('reads single marks as outer quotation marks when no double marks are used', () => {
    const { quotes } = quotesOf(
      "Captain Rosa Diaz said: 'Nobody leaves the ship until the storm has passed.'",
    );
    expect(quotes.map(brief)).toEqual([
      ['Nobody leaves the ship until the storm has passed.', 'Rosa Diaz', 'adjacent'],
    ]);
  });

  it('names the person, not the title or organisation, in an appositive', () => {
    const { quotes } = quotesOf(
      'The Vice President, Mark Olsen, said on Friday the country is "in the middle of a deep crisis." Jane Roe of the Harbour Authority said "Traffic has never been higher in our history."',
    );
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Mark Olsen', 'Vice President'],
      ['Jane Roe', null],
    ]);
  });
});
