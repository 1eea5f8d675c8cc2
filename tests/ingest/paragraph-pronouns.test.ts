// "he"/"she" in a paragraph that names a person before it refers to that person, not to the subject
// of an earlier paragraph: in a run where two people take turns, the nearest attribution in the
// pronoun's own paragraph comes first. Sentences written for this test.
import { expect, test } from 'vitest';
import { extractQuotes } from '../../src/ingest/quotes/extract-quotes.ts';
import { speakers } from './speakers-of.ts';

test('a lone name after a lowercase title in the paragraph is what "he" refers to', () => {
  expect(
    speakers(
      'The Freedonian foreign minister, Piet Olsen, joined the talks as an observer.',
      'On Wednesday, Sylvanian president Okonkwo called for a regional pact. "No project that leaves our country out can go ahead," he said.',
    ),
  ).toEqual(['Okonkwo']);
});

test('a person named in a possessive in the paragraph is what "he" refers to', () => {
  expect(
    speakers(
      'Ben Okafor and his wife Ada Okafor are on trial for neglect.',
      'The prosecutor, Tom Lee, told the court that the couple "ignored every warning they were given."',
      'Ben Okafor\'s sister begged her to see a doctor, but he replied "I am not able to do that".',
    ),
  ).toEqual(['Tom Lee', 'Ben Okafor']);
});

test('a person of the other sex in the paragraph is passed over', () => {
  expect(
    speakers(
      'Ana Ruiz, the mayor, spoke first at the meeting on Monday.',
      'Later Mr. Tom Lee answered questions. "We will need more time," she said.',
    ),
  ).toEqual(['Ana Ruiz']);
});

test('a person named after the pronoun in its paragraph is not taken', () => {
  expect(
    speakers(
      'Tom Lee, the harbour master, spoke first at the meeting.',
      '"We will need more time," he said, before Ben Okafor took the floor.',
    ),
  ).toEqual(['Tom Lee']);
});

test('a pronoun subject earlier in the paragraph carries the earlier reference on', () => {
  expect(
    speakers(
      'Tom Lee chaired the meeting on Monday.',
      '"The harbour must stay open every night of the week," Lee said.',
      'He then thanked Piet Olsen for his work. "Nobody did more for this town," he said.',
    ),
  ).toEqual(['Tom Lee', 'Tom Lee']);
});

test('a name inside a fronted phrase of the pronoun’s own sentence is not its subject', () => {
  expect(
    speakers(
      'Tom Lee chaired the meeting on Monday.',
      '"The harbour must stay open every night of the week," Lee said.',
      'Thanking Piet Olsen for his work, he said: "Nobody did more for this town."',
    ),
  ).toEqual(['Tom Lee', 'Tom Lee']);
});

test('a possessive owner of a thing is no antecedent', () => {
  expect(
    speakers(
      'Ana Ruiz and Piet Olsen argued at the meeting on Monday.',
      '"The harbour must stay open every night of the week," Ruiz said.',
      'Asked about Olsen\'s plan, she said: "It would cost far too much for a town of this size."',
    ),
  ).toEqual(['Ana Ruiz', 'Ana Ruiz']);
});

test('the owner named in "X\'s sister" speaks with X\'s own role, not "sister"', () => {
  const quotes = extractQuotes([
    'Ben Okafor, a farmer, and his wife Ada Okafor are on trial for neglect.',
    'The prosecutor, Tom Lee, told the court that the couple "ignored every warning they were given."',
    'Ben Okafor\'s sister begged him to see a doctor, but he replied "I am not able to do that".',
  ]);
  expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
    ['Tom Lee', 'prosecutor'],
    ['Ben Okafor', 'farmer'],
  ]);
});
