/**
 * `npm run eval -- --by-rule`: prints count, true positives and precision per extraction rule;
 * `npm run eval -- --roles`: how the speakers' roles agree with the gold's.
 * Usage: node --import tsx scripts/eval/eval-by-rule.ts GOLD.json PREDICTIONS.jsonl [--roles] [--json]
 */
import { readFileSync } from 'node:fs';
import {
  formatByRule,
  formatRoles,
  scoreByRule,
  scoreRoles,
  type GoldArticle,
  type PredictedArticle,
} from './score-by-rule.ts';

const args = process.argv.slice(2);
const [goldPath, predPath] = args.filter((a) => !a.startsWith('--'));
if (!goldPath || !predPath) {
  console.error('usage: eval-by-rule.ts GOLD.json PREDICTIONS.jsonl [--roles] [--json]');
  process.exit(2);
}
const gold = (JSON.parse(readFileSync(goldPath, 'utf8')) as { articles: GoldArticle[] }).articles;
const predictions = readFileSync(predPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as PredictedArticle);
const json = args.includes('--json');
if (args.includes('--roles')) {
  const report = scoreRoles(gold, predictions);
  console.log(json ? JSON.stringify(report) : formatRoles(report));
} else {
  const report = scoreByRule(gold, predictions);
  console.log(json ? JSON.stringify(report) : formatByRule(report));
}
