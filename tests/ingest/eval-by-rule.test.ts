// The per-rule report of `npm run eval -- --by-rule`: counts, true positives and precision per
// rule, matched the way the shared scorer matches (so per-rule true positives add up to its totals);
// and `--roles`, how the roles beside right speakers agree with the gold's.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import {
  formatByRule,
  formatRoles,
  roleOverlap,
  scoreByRule,
  scoreRoles,
  type GoldArticle,
  type PredictedArticle,
} from '../../scripts/eval/score-by-rule.ts';

const gold: GoldArticle[] = [
  {
    file: 'a.txt',
    quotes: [
      { text: 'We will rebuild the bridge by spring', speaker: 'Anna Weber' },
      { text: 'The money is there', speaker: 'Anna Weber' },
    ],
    organisations: [{ name: 'Ministry of Roads', aliases: ['MoR'] }, { name: 'Zapadair' }],
    optional_organisations: [{ name: 'Roads Board' }],
  },
];

const predictions: PredictedArticle[] = [
  {
    file: 'corpus/a.txt',
    source: 'Test Wire',
    quotes: [
      {
        text: 'We will rebuild the bridge by spring',
        speaker: 'Weber',
        rule: 'adjacent',
        quoteRule: 'quote.double-pair',
        speakerRule: 'speaker.said-after',
      },
      {
        text: 'The money is there',
        speaker: 'Karl Brandt',
        rule: 'continuation',
        quoteRule: 'quote.double-pair',
        speakerRule: 'speaker.previous-quote',
      },
      {
        text: 'bridge',
        speaker: null,
        rule: 'none',
        quoteRule: 'quote.single-pair',
        speakerRule: 'speaker.none',
      },
    ],
    organisations: [
      { name: 'MoR', rule: 'org.head-noun' },
      { name: 'Ministry of Roads', rule: 'org.head-noun' },
      { name: 'Roads Board', rule: 'org.cue-word' },
      { name: 'Test Wire', rule: 'org.gazetteer' },
      { name: 'Bridge Fund', rule: 'org.cue-word' },
    ],
  },
  { file: 'not-in-gold.txt', quotes: [{ text: 'x', speaker: null, quoteRule: 'quote.unclosed' }] },
];

const row = (rows: { rule: string; count: number; correct: number }[], rule: string) =>
  rows.find((r) => r.rule === rule);

test('quotes count per finder rule; a quote is right when it matches a gold quote', () => {
  const report = scoreByRule(gold, predictions);
  expect(row(report.quotes, 'quote.double-pair')).toMatchObject({ count: 2, correct: 2, precision: 1 });
  expect(row(report.quotes, 'quote.single-pair')).toMatchObject({ count: 1, correct: 0, precision: 0 });
  // Articles outside the gold set are not scored.
  expect(row(report.quotes, 'quote.unclosed')).toBeUndefined();
});

test('speakers count per sieve and per attribution class over matched quotes only', () => {
  const report = scoreByRule(gold, predictions);
  expect(row(report.speakers, 'speaker.said-after')).toMatchObject({ count: 1, correct: 1 });
  expect(row(report.speakers, 'speaker.previous-quote')).toMatchObject({ count: 1, correct: 0 });
  expect(row(report.speakers, 'speaker.none')).toBeUndefined();
  expect(row(report.attributions, 'continuation')).toMatchObject({ count: 1, correct: 0 });
});

test('organisations: a duplicate is wrong, optional ones and the source are not scored', () => {
  const report = scoreByRule(gold, predictions);
  expect(row(report.organisations, 'org.head-noun')).toMatchObject({ count: 2, correct: 1, precision: 0.5 });
  expect(row(report.organisations, 'org.cue-word')).toMatchObject({ count: 1, correct: 0 });
  expect(row(report.organisations, 'org.gazetteer')).toBeUndefined();
  expect(formatByRule(report)).toMatch(/org\.head-noun\s+2\s+1\s+0\.500/);
});

test('npm run eval -- --by-rule prints the per-rule tables after the scores', () => {
  const dir = mkdtempSync(join(tmpdir(), 'by-rule-'));
  writeFileSync(join(dir, 'gold.json'), JSON.stringify({ articles: gold }));
  writeFileSync(join(dir, 'pred.jsonl'), predictions.map((p) => JSON.stringify(p)).join('\n'));
  const root = resolve(import.meta.dirname, '../..');
  const out = execFileSync(
    'node',
    [
      '--import',
      'tsx',
      resolve(root, 'scripts/eval/eval-by-rule.ts'),
      join(dir, 'gold.json'),
      join(dir, 'pred.jsonl'),
    ],
    { cwd: root, encoding: 'utf8' },
  );
  expect(out).toMatch(/speaker\.said-after\s+1\s+1\s+1\.000/);
  expect(out).toContain('organisations');
}, 30_000);

test('roles are compared on the quotes whose speaker is right, as folded words without articles', () => {
  const roleGold: GoldArticle[] = [
    {
      file: 'r.txt',
      quotes: [
        { text: 'one two three four', speaker: 'Ann Lee', role: 'the director of the gallery' },
        { text: 'five six seven eight', speaker: 'Ann Lee', role: 'director of the gallery' },
        { text: 'nine ten eleven twelve', speaker: 'Ann Lee', role: 'curator' },
        { text: 'thirteen fourteen fifteen', speaker: 'Ann Lee', role: null },
        { text: 'sixteen seventeen eighteen', speaker: 'Ann Lee', role: null },
        { text: 'nineteen twenty twenty-one', speaker: 'Ann Lee', role: 'Director' },
        { text: 'a quote with the wrong speaker', speaker: 'Ann Lee', role: 'curator' },
      ],
    },
  ];
  const quote = (text: string, speaker: string, role: string | null) => ({ text, speaker, role });
  const rolePredictions: PredictedArticle[] = [
    {
      file: 'corpus/r.txt',
      quotes: [
        quote('one two three four', 'Lee', 'Director of the Gallery'),
        quote('five six seven eight', 'Ann Lee', 'director of the new gallery'),
        quote('nine ten eleven twelve', 'Ann Lee', 'mayor'),
        quote('thirteen fourteen fifteen', 'Ann Lee', null),
        quote('sixteen seventeen eighteen', 'Ann Lee', 'gallery director'),
        quote('nineteen twenty twenty-one', 'Ann Lee', null),
        quote('a quote with the wrong speaker', 'Bo Kim', 'curator'),
      ],
    },
  ];
  expect(scoreRoles(roleGold, rolePredictions)).toEqual({
    quotes: 6,
    exact: 1,
    close: 1,
    wrong: 1,
    bothNone: 1,
    extra: 1,
    missing: 1,
  });
  expect(roleOverlap('the director of the gallery', 'director of the new gallery')).toBeCloseTo(6 / 7);
  expect(formatRoles(scoreRoles(roleGold, rolePredictions))).toMatch(
    /agree \(the same role, or none in either\)\s+2\s+0\.333/,
  );
});
