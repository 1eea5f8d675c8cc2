// Every quote, speaker and organisation records the rule that produced it (issue #12): one
// invented sentence per rule, and the whole corpus checked against the contract's rule lists.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { ORG_RULES, QUOTE_RULES, SPEAKER_RULES } from '../../src/contract/schema.ts';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';
import { buildArticle } from '../../src/ingest/article/build-article.ts';
import { extractQuotes } from '../../src/ingest/quotes/extract-quotes.ts';
import { toExtractLine } from '../../src/ingest/article/extract-output.ts';
import { parseSeedText } from '../../src/ingest/seed/parse-seed.ts';

const root = resolve(import.meta.dirname, '../..');
const shared = process.env.SHARED_DIR ?? resolve(root, '..', 'shared');

const traced = (...paragraphs: string[]): [string, string | null, string, string][] =>
  extractQuotes(paragraphs).map((q) => [q.text, q.speaker, q.quoteRule, q.speakerRule]);

test('quotes name the rule that paired their marks', () => {
  expect(traced('“We will rebuild the bridge by spring,” said Anna Weber.')[0]?.[2]).toBe(
    'quote.double-pair',
  );
  expect(
    traced(
      'Anna Weber said: “The bridge will be rebuilt by spring.',
      '“The council has found the money for it.”',
    ).map((q) => q[2]),
  ).toEqual(['quote.run-on']);
  expect(traced("Anna Weber said: 'The bridge will be rebuilt by spring, whatever it takes.'")[0]?.[2]).toBe(
    'quote.single-pair',
  );
});

test('speakers name the sieve that found them, and quotes without a speaker say so', () => {
  expect(traced('“We will rebuild the bridge by spring,” said Anna Weber.')[0]?.slice(1)).toEqual([
    'Anna Weber',
    'quote.double-pair',
    'speaker.said-after',
  ]);
  expect(traced('“We will rebuild the bridge by spring,” Anna Weber said.')[0]?.[3]).toBe(
    'speaker.subject-after',
  );
  expect(traced('Anna Weber said: “We will rebuild the bridge by spring.”')[0]?.[3]).toBe(
    'speaker.subject-before',
  );
  expect(traced('“We will rebuild the bridge by spring,” according to Anna Weber.')[0]?.[3]).toBe(
    'speaker.according-to',
  );
  const carried = traced('“We will rebuild the bridge by spring,” said Anna Weber. “The money is there.”');
  expect(carried.map((q) => [q[1], q[3]])).toEqual([
    ['Anna Weber', 'speaker.said-after'],
    ['Anna Weber', 'speaker.previous-quote'],
  ]);
  expect(
    traced('The sign read “We will rebuild the bridge by spring, whatever it costs.”')[0]?.slice(1),
  ).toEqual([null, 'quote.double-pair', 'speaker.none']);
});

test('organisations name the most certain rule that found them', () => {
  const rules = (text: string): Record<string, string | undefined> =>
    Object.fromEntries(extractEntities([text], 'Test Wire').organisations.map((o) => [o.name, o.rule]));
  expect(rules('NATO met in Brussels on Monday.')).toEqual({ NATO: 'org.gazetteer' });
  expect(
    rules('The Ministry of Roads of Freedonia said the bridge would open.')['Ministry of Roads of Freedonia'],
  ).toBe('org.head-noun');
  expect(rules('Shares fell after the airline Zapadair cut its routes.')).toEqual({
    Zapadair: 'org.cue-word',
  });
  expect(
    rules('Yesterday Kolbrun Vantor, a firm specialising in ferries, bought the port.')['Kolbrun Vantor'],
  ).toBe('org.appositive');
});

test('every rule in the corpus output is one the contract lists', () => {
  const rules = new Set<string>();
  const dir = resolve(shared, 'corpus/wikinews');
  const files = readFileSync(resolve(shared, 'corpus/annotate-next.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.endsWith('.txt'))
    .slice(0, 20);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const parsed = parseSeedText(readFileSync(resolve(dir, file), 'utf8'), file);
    if (!parsed.ok) throw new Error(`${file} must parse`);
    const { paragraphs } = parsed.seed;
    for (const q of extractQuotes(paragraphs)) {
      expect(QUOTE_RULES).toContain(q.quoteRule);
      expect(SPEAKER_RULES).toContain(q.speakerRule);
      expect(q.speakerRule === 'speaker.none').toBe(q.speaker === null);
      rules.add(q.speakerRule);
    }
    for (const o of extractEntities(paragraphs, 'Wikinews').organisations) {
      expect(ORG_RULES).toContain(o.rule);
      rules.add(o.rule!);
    }
  }
  // Not one rule for everything: the sieves are told apart.
  expect(rules.size).toBeGreaterThan(4);
});

test('the extract line carries the rules beside the fields it always had', () => {
  const file = '000_ec231f94e2293af6.txt';
  const parsed = parseSeedText(readFileSync(resolve(root, 'seeds', file), 'utf8'), file);
  if (!parsed.ok) throw new Error('the seed must parse');
  const line = toExtractLine(buildArticle(parsed.seed));
  expect(Object.keys(line.quotes[0]!)).toEqual([
    'anchor',
    'text',
    'speaker',
    'role',
    'rule',
    'quoteRule',
    'speakerRule',
  ]);
  expect(line.quotes.map((q) => q.speakerRule)).not.toContain(undefined);
  expect(Object.keys(line.organisations[0]!)).toEqual(['name', 'slug', 'aliases', 'parent', 'rule']);
  expect(line.organisations.find((o) => o.name === 'NATO')?.rule).toBe('org.gazetteer');
});
