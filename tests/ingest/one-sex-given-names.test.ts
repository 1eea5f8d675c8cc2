// "Maria" is a woman's given name in most of the world (99% of its US bearers born 1920–2005), so
// it shows the sex of a person it opens: "he" after "Maria Soto" prefers the man named before
// her. It was left out of given-names.json as a name of mixed sex, for "José María" and "Carlo
// Maria", where it is a second given name, which the sex check never reads. Sentences written for
// this test (the probes of 2026-12-06, decision 012).
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('"he" after a Maria goes to the man named before her', () => {
  expect(
    speakers(
      'The defence lawyer, Sam Ortiz, said his client was innocent.',
      'His colleague, Maria Soto, agreed.',
      '“We will appeal the verdict,” he said.',
    ),
  ).toEqual(['Sam Ortiz']);
});

test('"she" after a Maria and a man is her', () => {
  expect(
    speakers(
      'Maria Soto, a defence lawyer, said her client was innocent.',
      'Her colleague, Sam Ortiz, agreed.',
      '“We will appeal the verdict,” she said.',
    ),
  ).toEqual(['Maria Soto']);
});

test('a second given name Maria does not make a man a woman', () => {
  expect(
    speakers(
      'The cardinal, Carlo Maria Rossi, said the church would help.',
      'His sister, Anna Rossi, agreed.',
      '“We will open the doors tonight,” he said.',
    ),
  ).toEqual(['Carlo Maria Rossi']);
});
