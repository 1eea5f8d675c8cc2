// The describing sieve (`speaker.described-as`): words a named source describes something with
// ("X referred to the plan as “…”") are that source's quote, however short. Sentences written for
// this test, not corpus text.
import { describe, expect, test } from 'vitest';
import { extractQuotes } from '../../src/ingest/quotes/extract-quotes.ts';

const quotesOf = (...paragraphs: string[]): [string, string | null, string][] =>
  extractQuotes(paragraphs).map((q) => [q.text, q.speaker, q.speakerRule]);

describe('a quotation completing "describe … as" is the describer’s', () => {
  test('"referred to … as" keeps a one-word quote and names the subject', () => {
    expect(quotesOf('Mayor Ilse Varga referred to the new tram line as "wasteful" on Monday.')).toEqual([
      ['wasteful', 'Ilse Varga', 'speaker.described-as'],
    ]);
  });

  test('a title cue in the object ("the report") does not make the words a title', () => {
    expect(quotesOf('Senator Paul Reyes labelled the audit report as "pure fiction" and left.')).toEqual([
      ['pure fiction', 'Paul Reyes', 'speaker.described-as'],
    ]);
  });

  test('a second coordinated quotation shares the first one’s "as"', () => {
    expect(
      quotesOf(
        'Nora Blix spoke at length, but the budget, which Tom Kettle has described as "reckless" and a "gamble", passed.',
      ),
    ).toEqual([
      ['reckless', 'Tom Kettle', 'speaker.described-as'],
      ['gamble', 'Tom Kettle', 'speaker.described-as'],
    ]);
  });

  test('"as acts of “…”" still reaches the verb, past a relative aside between commas', () => {
    expect(
      quotesOf(
        'The Ministry of Ports of Freedonia condemned the strike, which was approved by dockers, as acts of "economic sabotage".',
      ).map((q) => q[2]),
    ).toEqual(['speaker.described-as']);
  });
});

describe('what the describing sieve leaves alone', () => {
  test('a passive with no agent names nobody: the described thing is not the speaker', () => {
    expect(quotesOf('The new tram line was described as "wasteful" in the press.')).toEqual([]);
  });

  test('a participle after a comma governs its own "as" (left to the participle rule)', () => {
    const [quote] = quotesOf(
      'Several councillors condemned the vote, citing the move as a "grave breach of the rules".',
    );
    expect(quote?.[2]).not.toBe('speaker.described-as');
  });

  test('a quotation not after "as" is not a description ("called for “…”")', () => {
    expect(
      quotesOf('Mayor Ilse Varga described the plan and called for "more buses on every route" today.').map(
        (q) => q[2],
      ),
    ).not.toContain('speaker.described-as');
  });
});
