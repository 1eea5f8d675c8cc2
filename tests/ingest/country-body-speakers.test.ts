// "The army said …" with no army named: the body of that kind of the country the article is
// about speaks (issue #12, statements of bodies without a person). Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('"the army" in an article about one country speaks for that country’s army', () => {
  expect(
    speakers(
      'A cargo plane crashed near Lima, the Peruvian capital, on Monday. Peruvian officials closed the airport.',
      'The army said the plane was carrying "food and medicine for the flooded towns."',
    ),
  ).toEqual(['Peruvian army']);
});

test('"the government" of a country named by its name is that country’s government', () => {
  expect(
    speakers(
      'Ministers in the Philippines met on Monday in Manila to discuss the Philippines budget.',
      'The government said: "Every province will receive more money next year."',
    ),
  ).toEqual(['Government of the Philippines']);
});

test('with two countries named as often, "the army" names nobody', () => {
  expect(
    speakers(
      'A Chilean plane and a Peruvian plane collided near the border on Monday.',
      'The army said the plane was carrying "food and medicine for the flooded towns."',
    ),
  ).toEqual([null]);
});

test('an official of a government is not the government', () => {
  expect(
    speakers(
      'A cargo plane crashed near Lima, the Peruvian capital, on Monday. Peruvian officials closed the airport.',
      'A government official said the plane was carrying "food and medicine for the flooded towns."',
    ),
  ).toEqual([null]);
});

test('an army the article names speaks before the country’s', () => {
  expect(
    speakers(
      'The Northern Army of Peru moved into the valley. Peruvian officials closed the airport.',
      'The army said the plane was carrying "food and medicine for the flooded towns."',
    ),
  ).toEqual(['Northern Army of Peru']);
});
