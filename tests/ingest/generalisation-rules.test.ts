// The rules added for error kinds seen on untuned articles (issue #12): each with a positive and a
// negative example, written for this test (not corpus text).
import { describe, expect, test } from 'vitest';
import { extractQuotes } from '../../src/ingest/quotes/extract-quotes.ts';

function quotesOf(...paragraphs: string[]): [string, string | null, string][] {
  return extractQuotes(paragraphs).map((q) => [q.text, q.speaker, q.rule]);
}

describe('a definite description refers back to the person named before it', () => {
  test('"The Leeds professor added" speaks for the professor named in the sentence before', () => {
    expect(
      quotesOf(
        'Researcher Maria Olsen led the survey of glaciers.',
        'The Leeds professor added, "The melting is faster than any model we had predicted."',
      ),
    ).toEqual([['The melting is faster than any model we had predicted.', 'Maria Olsen', 'nominal']]);
  });

  test('a kin noun ("the father") refers back too', () => {
    expect(
      quotesOf(
        'Tomas Brandt was charged on Monday.',
        'The father said "I never meant to hurt anyone in this family."',
      ),
    ).toEqual([['I never meant to hurt anyone in this family.', 'Tomas Brandt', 'nominal']]);
  });

  test('"the witness" brings in someone new: no speaker', () => {
    expect(
      quotesOf(
        'Tomas Brandt was charged on Monday.',
        'The witness said "I saw a car leave the street at high speed."',
      ),
    ).toEqual([['I saw a car leave the street at high speed.', null, 'none']]);
  });

  test('a title narrowed by a lowercase modifier is someone else ("the health minister")', () => {
    expect(
      quotesOf(
        'Transport Minister Ola Berg said the road would reopen.',
        'The local health minister said, "Everyone injured has been taken to the city hospital."',
      ),
    ).toEqual([['Everyone injured has been taken to the city hospital.', null, 'none']]);
  });
});
