// The title in an appositive before the name ("The director of the museum, Ana Ruiz, said"), where
// the quote stage found no title mention right before the comma. Found by `npm run eval -- --roles`
// (2026-12-06, h12-roles3); sentences written for this test.
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('a parenthesis between the title and the name is left out of the title', () => {
  expect(
    speakersAndRoles(
      'The general secretary of the Rail Union (the National Union of Rail Workers), Mick Cash, said the offer was "nowhere near enough."',
    ),
  ).toEqual([['Mick Cash', 'general secretary of the Rail Union']]);
});
