// "X of the Hajo council said": a person's affiliation with a body described by its kind (no
// name the rules know) still leaves the person as the subject. Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('a person "of the <place> council" before the verb speaks', () => {
  expect(
    speakers('Nadia Korb of the Velmont council said, "The ferry will run twice a day from June."'),
  ).toEqual(['Nadia Korb']);
});

test('the same without a comma before the quotation', () => {
  expect(
    speakers('Nadia Korb of the town assembly said "The ferry will run twice a day from June."'),
  ).toEqual(['Nadia Korb']);
});

test('a described body alone before the verb is still no person', () => {
  expect(speakers('The Velmont council said, "The ferry will run twice a day from June."')).not.toContain(
    'Nadia Korb',
  );
});

test('a body whose name goes on past a colon ("Centre for Port Studies: Research and Policy") is still the affiliation', () => {
  expect(
    speakers(
      'Lead author Nadia Korb of the Centre for Port Studies: Research and Policy (CPS-RP) said, "The tides carried the silt much further than we thought."',
    ),
  ).toEqual(['Nadia Korb']);
});
