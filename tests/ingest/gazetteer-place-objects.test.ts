// Places never speak (issue #12): a name of the entity stage's gazetteer right after a preposition of
// place ("The Senator from Ohio said", "Officials in Ohio said") is that place, not a person of that
// name, so it is no speaker and "the governor" later does not resolve to it. A person whose
// surname is also a city, with no preposition before it, still speaks. Sentences written for
// this test (the probes of 2026-12-06, decision 012).
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('"The Senator from Ohio said" and "Officials in Ohio said" name no speaker', () => {
  expect(speakers('The Senator from Ohio said, "This bill will help every farmer in the state."')).toEqual([
    null,
  ]);
  expect(speakers('Officials in Ohio said, "The roads will stay closed until the water goes down."')).toEqual(
    [null],
  );
});

test('"the governor" after "the Senator from Ohio" does not resolve to Ohio', () => {
  expect(
    speakers(
      'The Senator from Ohio said, "This bill will help every farmer in the state."',
      'The governor of Texas said the border needed more agents. "We cannot do this alone," the governor said.',
    ),
  ).toEqual([null, null]);
});

test('a person whose surname is a city still speaks', () => {
  expect(speakers('Mia Lawrence said, "We opened the shelter at noon and it was full by two."')).toEqual([
    'Mia Lawrence',
  ]);
  expect(speakers('Lawrence said, "We opened the shelter at noon and it was full by two."')).toEqual([
    'Lawrence',
  ]);
});
