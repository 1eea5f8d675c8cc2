// Documents speak for their author: "the statement" an earlier sentence said a body released, and
// a decree or proclamation as the other documents. Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('"read the statement" speaks for the body that released a statement before', () => {
  expect(
    speakers(
      'On Friday, the Joint Rescue Command released a statement saying the storm caused no deaths.',
      '"No staff were injured. We thank the police for their quick help," read the statement.',
    ),
  ).toEqual(['Joint Rescue Command']);
});

test('a statement the article never introduced speaks for nobody', () => {
  expect(
    speakers(
      'On Friday, the Joint Rescue Command said the storm caused no deaths.',
      '"No staff were injured. We thank the police for their quick help," read the statement.',
    ),
  ).toEqual([null]);
});

test('a decree is a document: its signer speaks', () => {
  expect(
    speakers(
      'Queen Ada Marlo II met the cabinet on Monday.',
      'The decree signed by the Queen read "Every school will reopen once the water is safe to drink again."',
    ),
  ).toEqual(['Ada Marlo II']);
});
