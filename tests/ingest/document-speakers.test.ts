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

test('a participle right before its own quotation does not speak the quotation before it', () => {
  expect(
    speakers(
      'Fishing boats in Velmont must now file a form before each trip.',
      'The form, which skippers say runs to twelve pages, "must be signed by hand", the Harbour Authority of Velmont advising "blue ink only" for it.',
    ),
  ).toEqual([null, 'Harbour Authority of Velmont']);
});

test('a document the article never mentioned speaks for whoever its first sentence says issued one', () => {
  expect(
    speakers(
      'On Tuesday, the Harbour Authority of Velmont issued new rules for fishing boats.',
      'The order said "every boat must carry a working radio from next month" and takes effect at once.',
    ),
  ).toEqual(['Harbour Authority of Velmont']);
  expect(
    speakers(
      'Governor Lina Oskarsson is to begin signing the water laws on Monday.',
      'The document, which skippers say runs to twelve pages, "must be signed by hand", the harbour office advising "blue ink only" for it.',
    ),
  ).toEqual(['Lina Oskarsson', null]);
});

test('a first sentence that issues nothing gives an unintroduced document no author', () => {
  expect(
    speakers(
      'On Tuesday, the Harbour Authority of Velmont met skippers about new rules for fishing boats.',
      'The order said "every boat must carry a working radio from next month" and takes effect at once.',
    ),
  ).toEqual([null]);
});

test('an unintroduced document far from the lead is not the lead issuer’s', () => {
  expect(
    speakers(
      'On Tuesday, the Harbour Authority of Velmont issued new rules for fishing boats.',
      'Skippers met in the town hall on Wednesday evening.',
      'Several of them said they had not been told in time.',
      'The mayor of Velmont joined them later in the evening.',
      'Owners of the larger trawlers stayed away from the meeting.',
      'The order said "every boat must carry a working radio from next month" and takes effect at once.',
    ),
  ).toEqual([null]);
});

test('"read the warning" speaks for the body an earlier sentence says issued the warning', () => {
  expect(
    speakers(
      'The red warning issued by the Velmont Weather Office covered three counties from noon.',
      '"Winds will bring down trees and power lines across the coast," read the warning.',
    ),
  ).toEqual(['Velmont Weather Office']);
});

test('a statement issued by a person earlier speaks for that person', () => {
  expect(
    speakers(
      'The statement released by Mayor Ilse Marr on Monday was short.',
      '"We will rebuild the bridge by spring," the statement said.',
    ),
  ).toEqual(['Ilse Marr']);
});

test('a document given with ", issued by X," or "from X" before speaks for X', () => {
  expect(
    speakers(
      'The warning, issued by the Velmont Weather Office at noon, covered three counties.',
      '"Winds will bring down trees and power lines," read the warning.',
    ),
  ).toEqual(['Velmont Weather Office']);
  expect(
    speakers(
      'A letter from the Velmont Harbour Board reached every skipper on Friday.',
      '"No boat may leave the harbour before the storm has passed," the letter said.',
    ),
  ).toEqual(['Velmont Harbour Board']);
});
