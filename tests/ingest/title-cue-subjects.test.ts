// A title cue ("report", "film") followed by an auxiliary or a form of "be" is that verb's
// subject: the short quotation after the verb is what is said of it, not its title. Sentences
// written for this test.
import { expect, test } from 'vitest';
import { quotesOf } from './speakers-of.ts';

test('"the audit report has “…”" keeps a short quotation a named source says', () => {
  expect(quotesOf('Owen Pryce said the audit report has "glaring holes".')).toEqual([
    ['glaring holes', 'Owen Pryce'],
  ]);
});

test('"the report was “…”" keeps it too', () => {
  expect(quotesOf('Owen Pryce said the report was "badly rushed" by the council.')).toEqual([
    ['badly rushed', 'Owen Pryce'],
  ]);
});
