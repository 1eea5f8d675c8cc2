// An acronym the article defines for a thing ("exclusive economic zone (EEZ)") is neither a person
// nor a body, so it speaks no quotation and "they" does not refer to it; one defined for a body
// ("non-governmental organisation (NGO)") still speaks. Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('"they" after coordinated people does not refer to the acronym of a thing defined before', () => {
  expect(
    speakers(
      'The new border line resulted in overlapping exclusive economic zone (EEZ) claims in the gulf.',
      'Foreign minister Ana Ruiz and her counterpart Piet Olsen met on Monday. They concluded that the treaty was "null and void in every respect."',
    ),
  ).not.toContain('EEZ');
});

test('the acronym of a thing as a subject names nobody', () => {
  expect(
    speakers(
      'Freedonia claims a large exclusive economic zone (EEZ) in the northern sea.',
      'The EEZ said it was "not a problem for any fishing fleet in the region."',
    ),
  ).toEqual([null]);
});

test('an acronym defined for a body still speaks', () => {
  expect(
    speakers(
      'Aid reached the town through a non-governmental organisation (NGO) on Friday.',
      'The NGO said the roads were "too damaged for trucks to pass before the summer."',
    ),
  ).toEqual(['NGO']);
});
