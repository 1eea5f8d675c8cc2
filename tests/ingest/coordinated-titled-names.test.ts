// "Senator Ann Lee and Representative Bob Cole": "and" before a second title, after a titled
// person, joins two people; each is a person of their own. Sentences written for this test.
import { expect, test } from 'vitest';
import { extractQuotes } from '../../src/ingest/quotes/extract-quotes.ts';
import { speakers } from './speakers-of.ts';

test('the first of two titled people coordinated before the verb speaks, named in full', () => {
  expect(
    speakers(
      'Senator Ann Lee and Representative Bob Cole said in a joint statement, "The bill will pass this week."',
      'Lee later said "We have the votes in both chambers."',
    ),
  ).toEqual(['Ann Lee', 'Ann Lee']);
});

test("the second person keeps their own title, not the first person's name", () => {
  const [quote] = extractQuotes([
    'Mayor Piet Olsen and Police Chief Ines Vide met on Monday.',
    'Vide said "The harbour will reopen once the wreck is gone."',
  ]);
  expect(quote?.speaker).toBe('Ines Vide');
  expect(quote?.role).toBe('Police Chief');
});

test('"and" inside a title still joins it ("Minister of Trade and Industry Ola Berg")', () => {
  expect(
    speakers('Minister of Trade and Industry Ola Berg said "Exports rose by a fifth this year."'),
  ).toEqual(['Ola Berg']);
});
