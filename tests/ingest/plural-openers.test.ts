// A lone capitalised word opening a sentence that looks plural, that nobody in the article is
// called and that the article never capitalises inside a sentence, is a plural common noun
// ("Critics", "Members"): it names nobody. Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('a plural common noun opening a sentence names nobody', () => {
  expect(
    speakers(
      'Members of the Millbrook choir sang outside the hall, with one woman shouting "Who will read to our children now?"',
    ),
  ).toEqual([null]);
});

test('a plural common noun as the subject of a passive names nobody either', () => {
  // "the latter" is the Coast Guard since the fourteenth round (tests/ingest/former-latter.test.ts);
  // the plural opener still speaks for no one.
  expect(
    speakers(
      'Inquiries have been opened by the Harbour Authority and the Coast Guard, with the latter confirming that they were "not sending divers at this time."',
    ),
  ).toEqual(['Coast Guard']);
});

test('a lone name the article also writes inside a sentence still speaks', () => {
  expect(
    speakers(
      'The chain Harrows and its rival both raised prices this week.',
      'Harrows said in a statement that it was "doing everything it can to keep shelves stocked".',
    ),
  ).toEqual(['Harrows']);
});
