// "X called it a “…”, according to <outlet>": the outlet reports what X said; the person whose
// verb of saying introduced the quotation speaks. Sentences written for this test.
import { expect, test } from 'vitest';
import { speakers } from './speakers-of.ts';

test('a person\'s words reported "according to" a body are the person\'s', () => {
  expect(
    speakers(
      'Senator Ruth Okafor opened the hearing on Monday.',
      'Okafor called the contract a "betrayal of every taxpayer in the state," according to Channel Nine.',
    ),
  ).toEqual(['Ruth Okafor']);
});

test('with no verb of saying before the quotation, the body after "according to" speaks', () => {
  expect(
    speakers(
      'By the end of the week, the river was "higher than at any time since 1951," according to the Velmont Water Board.',
    ),
  ).toEqual(['Velmont Water Board']);
});

test('"as X put it" right after a quotation names its source', () => {
  expect(
    speakers(
      'Judge Ana Ruiz overturned the fines on Monday.',
      'For a week the port "simply stopped working" — as Ruiz put it — while the cranes were repaired.',
    ),
  ).toEqual(['Ana Ruiz']);
});

test('"as" followed by a name and another verb is no source', () => {
  expect(
    speakers(
      'Judge Ana Ruiz overturned the fines on Monday.',
      'For a week the port "simply stopped working" as Ruiz left the city.',
    ),
  ).not.toContain('Ana Ruiz');
});

test('"<outlet> quoted X, <appositive>, as saying “…”" gives the words to X', () => {
  expect(
    speakers(
      'The Velmont Courier quoted Nina Brandt, formerly head of the port authority, as saying "The cranes were never inspected" on Monday.',
    ),
  ).toEqual(['Nina Brandt']);
});

test('"she called it “…”, according to <outlet>" gives the words to the person "she" refers to', () => {
  expect(
    speakers(
      'Senator Ruth Okafor opened the hearing on Monday.',
      'She called the contract a "betrayal of every taxpayer in the state," according to Channel Nine.',
    ),
  ).toEqual(['Ruth Okafor']);
});

test('"X was quoted by <outlet> as saying “…”" gives the words to X', () => {
  expect(
    speakers(
      'Nina Brandt ran the port authority until May.',
      'Brandt was quoted by the Velmont Courier as saying "The cranes were never inspected" on Monday.',
    ),
  ).toEqual(['Nina Brandt']);
});

test('"<outlet> quoted her as saying “…”" gives the words to the person "she" would be', () => {
  expect(
    speakers(
      'Nina Brandt ran the port authority until May.',
      'The Velmont Courier quoted her as saying "The cranes were never inspected" on Monday.',
    ),
  ).toEqual(['Nina Brandt']);
});

test('"X said, according to <outlet>, that …" gives the words to X', () => {
  expect(
    speakers(
      'Nina Brandt ran the port authority until May.',
      'Brandt said, according to the Velmont Courier, that the cranes were "never inspected, not once".',
    ),
  ).toEqual(['Nina Brandt']);
});
