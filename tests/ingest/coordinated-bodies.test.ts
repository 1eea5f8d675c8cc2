// "the A Authority and the B Council": two bodies joined by "and the" after a body's head word are
// two names, not one ("the Ministry of Culture and the Arts" stays one). Sentences written for
// this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('"the council" after "the Harbour Authority and the National Port Council" is the council alone', () => {
  expect(
    speakers(
      'Inquiries were opened by the Freedonia Harbour Authority and the National Port Council on Monday.',
      'The council said it was "not sending anyone to the harbour at this time."',
    ),
  ).toEqual(['National Port Council']);
});

test('a body named after "and the" speaks as that body, not as both names joined', () => {
  expect(
    speakers(
      'The plan was signed by the Freedonia Harbour Authority and the National Port Council, whose chair Ana Ruiz was absent.',
      'Later the National Port Council said the plan was "the best we could agree on this year."',
    ),
  ).toEqual(['National Port Council']);
});

test('"and the" after a word that is no body\'s head keeps the name whole', () => {
  expect(
    speakers(
      'The Freedonia Ministry of Culture and the Arts said the grant was "as large as it can safely be."',
    ),
  ).toEqual(['Freedonia Ministry of Culture and the Arts']);
});
