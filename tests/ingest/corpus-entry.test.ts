/**
 * The summaries and quote rows a worker serialises for index.json and quotes.json are projections
 * of the validated article and are not parsed again at build time; this holds them to the
 * contract on every real article we have and on generated ones.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { articleSummarySchema, quoteEntrySchema } from '../../src/contract/schema.ts';
import { processSeedBytes, processSeedFile, toCorpusEntry } from '../../src/ingest/pipeline/process-file.ts';
import { generateArticle } from '../../scripts/bench/generate-corpus.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WIKINEWS = resolve(ROOT, '../shared/corpus/wikinews');

function checkEntry(path: string, record: NonNullable<ReturnType<typeof processSeedFile>['record']>): void {
  const entry = toCorpusEntry(record);
  const summary = articleSummarySchema.parse(JSON.parse(entry.summaryJson));
  expect(summary).toEqual(JSON.parse(entry.summaryJson));
  expect(summary.id, path).toBe(record.article.id);
  expect(summary.quoteCount).toBe(record.article.quotes.length);
  const rows = JSON.parse(`[${entry.quotesJson}]`) as unknown[];
  expect(rows).toHaveLength(record.article.quotes.length);
  for (const row of rows) {
    const q = quoteEntrySchema.parse(row);
    expect(q).toEqual(row);
    expect(q.articleId).toBe(summary.id);
  }
}

test('every Wikinews article, the seed and generated articles give summaries and quote rows the contract accepts', () => {
  const paths = [
    ...readdirSync(WIKINEWS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(WIKINEWS, f)),
    join(ROOT, 'seeds/000_ec231f94e2293af6.txt'),
  ];
  let checked = 0;
  for (const path of paths) {
    const r = processSeedFile(path);
    if (r.record) {
      checkEntry(path, r.record);
      checked++;
    }
  }
  for (let i = 0; i < 200; i++) {
    const path = `/generated/gen-${i}.txt`;
    const r = processSeedBytes(path, Buffer.from(generateArticle(i, 11)));
    expect(r.record, path).not.toBeNull();
    if (r.record) checkEntry(path, r.record);
  }
  expect(checked).toBeGreaterThan(300);
}, 120_000);
