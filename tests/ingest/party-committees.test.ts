// A party's national committee is a body of its own with the party as parent, not another name of
// the party: the gazetteer had "Democratic National Committee" and "DNC" among the Democratic
// Party's aliases (and the RNC among the Republican Party's), so an article naming both bodies got
// one, and every article naming the party listed the committee's names as its aliases (issue #12).
// Sentences written for this test, not corpus text.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

const orgsOf = (text: string): { name: string; aliases: string[]; parent: string | null }[] =>
  extractEntities([text], 'Test Wire').organisations.map((o) => ({
    name: o.name,
    aliases: o.aliases,
    parent: o.parent,
  }));

test('the Democratic National Committee and the Democratic Party are two bodies', () => {
  expect(
    orgsOf(
      'The Democratic National Committee told Democratic Party officials to wait. The DNC said more later.',
    ),
  ).toEqual([
    { name: 'Democratic National Committee', aliases: ['DNC'], parent: 'democratic-party' },
    { name: 'Democratic Party', aliases: ['Democrats'], parent: null },
  ]);
});

test('a party named alone has none of its committee’s names among its aliases', () => {
  expect(orgsOf('Republicans and Democrats met on Friday.')).toEqual([
    { name: 'Republican Party', aliases: ['Republicans', 'GOP'], parent: null },
    { name: 'Democratic Party', aliases: ['Democrats'], parent: null },
  ]);
});
