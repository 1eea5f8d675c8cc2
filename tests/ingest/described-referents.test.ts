// A short quotation after "a"/"an" that a relative clause describes ("a mysterious “tall man” who
// paid the bills") names someone or something referred to; it is no one's speech. Sentences written
// for this test.
import { expect, test } from 'vitest';
import { quotesOf } from './speakers-of.ts';

test('"a mysterious “tall man” who …" is no quote, and the speech after it stays', () => {
  expect(
    quotesOf(
      'Echoing a letter that mentioned a mysterious "tall man" who paid the bills, Ana Ruiz said, "You are the tall man, I think."',
    ),
  ).toEqual([['You are the tall man, I think.', 'Ana Ruiz']]);
});

test('a named source’s short words before a noun stay a quote', () => {
  expect(quotesOf('Ana Ruiz said the storm was a "real danger" to every boat in the harbour.')).toEqual([
    ['real danger', 'Ana Ruiz'],
  ]);
});

test('a quotation that ends its sentence before "who" is speech', () => {
  expect(quotesOf('Ana Ruiz said it was "a long night." Who would stay, nobody knew.')).toEqual([
    ['a long night.', 'Ana Ruiz'],
  ]);
});
