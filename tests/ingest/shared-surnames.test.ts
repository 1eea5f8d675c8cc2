// A surname two people of the article share ("Trump": Donald and Melania) is, written alone, the
// person the article already called by it alone before the other was named: the writer then names
// the other in full ("First Lady Melania Trump"), so the lone word stays with the first. With no
// such earlier lone use, the latest full mention still wins. Sentences written for this test (the
// probes of 2026-12-06, decision 012).
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('a lone surname the article used for one person stays theirs after a namesake is named', () => {
  expect(
    speakers(
      'President Donald Trump opened the convention on Monday. Trump spoke for an hour about the economy.',
      'Other speakers included First Lady Melania Trump and Vice President Mike Pence.',
      'During the speech Trump claimed “the economy has never been stronger.”',
    ),
  ).toEqual(['Donald Trump']);
});

test('the first person to be called by the lone surname keeps it, whoever that is', () => {
  expect(
    speakers(
      'Jane Smith, a teacher, opened the hearing. Smith asked for more money for schools.',
      'Later in the day the committee heard from John Smith, a farmer from Iowa.',
      '“The schools need more money,” Smith said.',
    ),
  ).toEqual(['Jane Smith']);
});

test('with no earlier lone use, the latest full mention of the surname speaks', () => {
  expect(
    speakers(
      'John Smith, a farmer from Iowa, said the drought had ruined his crop.',
      'Later in the day the committee heard from Jane Smith, a teacher.',
      '“The schools need more money,” Smith said.',
    ),
  ).toEqual(['Jane Smith']);
});
