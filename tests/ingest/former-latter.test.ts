// "the latter" and "the former", standing for a name, are the second and the first of two people
// or bodies just joined by "and". Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('"with the latter confirming" gives the quotation to the second of two coordinated bodies', () => {
  expect(
    speakers(
      'Inquiries were opened by the Freedonia Aviation Administration and the National Air Safety Board, with the latter confirming on Twitter it was "not sending anyone to the scene at this time."',
    ),
  ).toEqual(['National Air Safety Board']);
});

test('"the former" is the first of two coordinated people, across a sentence of the paragraph', () => {
  expect(
    speakers(
      'Ana Ruiz and Piet Olsen met at the harbour on Monday. The former later said the talks were "long but worth every hour of it."',
    ),
  ).toEqual(['Ana Ruiz']);
});

test('"the former" after a list of three names is no one', () => {
  expect(
    speakers(
      'Ana Ruiz, Tom Lee and Piet Olsen met at the harbour; the former said the talks were "long but worth every hour of it."',
    ),
  ).toEqual([null]);
});

test('"the former president" is a title, not the first of the names before', () => {
  expect(
    speakers(
      'Ana Ruiz and Piet Olsen met at the harbour on Monday.',
      'The former president of the board, Tom Lee, said the talks were "long but worth every hour of it."',
    ),
  ).toEqual(['Tom Lee']);
});
