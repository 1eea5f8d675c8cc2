// A quotation split by an attribution set off with semicolons ("“…;” read the statement; “…”") is
// two halves of one speaker's words, as with commas. Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('the half after "read the statement;" speaks for the statement’s issuer', () => {
  expect(
    speakers(
      'On Friday, the Freedonia Border Task Force released a statement saying the attack caused no casualties.',
      '"No troops were injured. We thank the police for their quick response;" read the statement; "we will not be deterred by these attacks and keep the right to defend ourselves."',
    ),
  ).toEqual(['Freedonia Border Task Force', 'Freedonia Border Task Force']);
});

test('the half after "she said;" is hers', () => {
  expect(
    speakers(
      'Ana Ruiz spoke after the vote.',
      '"The harbour will stay open;" she said; "the ships will keep coming in every night of the week."',
    ),
  ).toEqual(['Ana Ruiz', 'Ana Ruiz']);
});

test('a clause of its own after the semicolon is no split', () => {
  expect(
    speakers(
      'Ana Ruiz spoke after the vote, and Tom Lee answered.',
      '"The harbour will stay open," Ruiz said; Lee, in turn, called it "a costly promise that nobody asked for."',
    ),
  ).toEqual(['Ana Ruiz', 'Tom Lee']);
});
