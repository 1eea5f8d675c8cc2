// The person a verb of saying reports as the subject of its "that" clause is what a following
// "he" refers to; a name particle before "of" stays inside the name. Sentences written for this
// test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('"he" after "X revealed that … Y accepted" refers to Y', () => {
  expect(
    speakers(
      'On Monday, Ana Ruiz, a lawyer, addressed reporters in Madrid.',
      'The day before, broadcaster KXRT revealed that in March, Emir Khalid bin Rashid of Qadima accepted the blame for the fire. Speaking to Tom Reyes of KXRT, he said, "It happened on my watch and I take the responsibility for it."',
    ),
  ).toEqual(['Khalid bin Rashid']);
});
