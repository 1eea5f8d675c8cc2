// An ordinal before a legislature numbers its term ("the 43rd Canadian Parliament"): the body is
// the legislature, named once however many terms the article names. Sentences written for this
// test, not corpus text.
import { expect, test } from 'vitest';
import { orgNames } from './organisations-of.ts';

test('terms of one legislature are that legislature', () => {
  expect(
    orgNames('The 12th Ruritanian Parliament was dissolved.', 'Voters chose the 13th Ruritanian Parliament.'),
  ).toEqual(['Ruritanian Parliament']);
});

test('an ordinal before another body stays in its name', () => {
  expect(orgNames('The 3rd Fleet Command moved north.')).toEqual(['3rd Fleet Command']);
});

test('a legislature named by its own word alone is a body, as "Parliament" is', () => {
  // `orgHeads.standalone` in lexicon.json: these name one body even bare; they were never read
  // as heads, so only "Parliament", "Congress" and "Senate" (also in `heads`) were found.
  expect(
    orgNames('Lawmakers met on Tuesday.', 'The Bundestag voted after the Knesset had debated the bill.'),
  ).toEqual(['Bundestag', 'Knesset']);
  expect(orgNames('The Politburo met before the Majlis voted.')).toEqual(['Politburo', 'Majlis']);
});
