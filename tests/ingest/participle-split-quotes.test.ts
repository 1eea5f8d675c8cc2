// "“…,” said X, before adding: “…”": a participle of saying has no subject of its own, so the
// second quotation after its colon is the same speaker's. A verb with its own subject is not.
// Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test("a participle of saying and a colon: the second half is the first speaker's", () => {
  expect(
    speakers(
      'The trial opened on Monday.',
      '"I have no comment," said Sam Ortiz, before adding: "My client will speak later."',
    ),
  ).toEqual(['Sam Ortiz', 'Sam Ortiz']);
  expect(
    speakers('"The bridge is safe," Ana Ruiz told reporters, adding: "We checked every bolt of it."'),
  ).toEqual(['Ana Ruiz', 'Ana Ruiz']);
});

test('a verb with a subject of its own before the colon names that subject', () => {
  expect(
    speakers('"The bridge is safe," said Ana Ruiz, while Luis Ortega added: "We checked every bolt of it."'),
  ).toEqual(['Ana Ruiz', 'Luis Ortega']);
});
