// A quotation standing as its own sentence, followed by a sentence that points back to it and
// names who spoke ("That was how X described …", "Those were the words of X", "So said X"), is
// that person's, not the speaker of the sentence before. Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('the next sentence points back and names the speaker', () => {
  expect(
    speakers(
      'The fire started in the kitchen shortly after midnight.',
      '"We saw smoke coming out of every window." That was how Jane Miller, who lives across the street, described the night.',
      '"The firefighters arrived within ten minutes." Those were the words of the station chief, Mark Ellis.',
      '"Nobody was hurt in the blaze." So said the fire brigade\'s spokesman, Ian Holt, on Sunday.',
    ),
  ).toEqual(['Jane Miller', 'Mark Ellis', 'Ian Holt']);
});

test('a pointing sentence with no saying in it names nobody: the quote carries on as before', () => {
  expect(
    speakers(
      'Jane Miller described the night to reporters.',
      '"We saw smoke coming out of every window." That was at two in the morning, when Peter Lang was asleep.',
    ),
  ).toEqual(['Jane Miller']);
});
