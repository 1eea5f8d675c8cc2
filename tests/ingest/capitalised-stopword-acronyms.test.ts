// A stopword written in capitals of three letters or more ("WHO") is an acronym, not the word:
// the body it names can own a document and speak. Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('"The WHO\'s website said" gives the quotation to the WHO, not to nobody', () => {
  expect(
    speakers(
      'The World Health Organization (WHO) sent staff to the port on Monday.',
      'The WHO\'s website said: "There is no evidence that garlic protects anyone from the virus."',
    ),
  ).toEqual(['WHO']);
});

test('"who" in lower case still opens a relative clause', () => {
  expect(
    speakers('Dana Ilic, who runs the port clinic, said: "We have enough beds for now, but not for long."'),
  ).toEqual(['Dana Ilic']);
});
