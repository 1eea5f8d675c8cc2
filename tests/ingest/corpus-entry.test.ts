/**
 * The summaries and quote rows a worker serialises for index.json and quotes.json are projections
 * of the validated article and are not parsed again at build time; this holds them to the
 * contract on every real article we have and on generated ones.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import type { Article } from '../../src/contract/schema.ts';
import { articleSummarySchema, quoteEntrySchema } from '../../src/contract/schema.ts';
import {
  processSeedBytes,
  processSeedFile,
  toCorpusEntry,
  toRecord,
} from '../../src/ingest/pipeline/process-file.ts';
import {
  decodeCorpusEntry,
  encodeCorpusEntry,
  type CorpusEntry,
} from '../../src/ingest/pipeline/corpus-entry-codec.ts';
import { generateArticle } from '../../scripts/bench/generate-corpus.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WIKINEWS = resolve(ROOT, '../shared/corpus/wikinews');

function checkEntry(path: string, article: Article): void {
  const record = toRecord(article);
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
    if (r.article) {
      checkEntry(path, r.article);
      checked++;
    }
  }
  for (let i = 0; i < 200; i++) {
    const path = `/generated/gen-${i}.txt`;
    const r = processSeedBytes(path, Buffer.from(generateArticle(i, 11)));
    expect(r.article, path).not.toBeNull();
    if (r.article) checkEntry(path, r.article);
  }
  expect(checked).toBeGreaterThan(300);
}, 120_000);

test('a corpus entry reads back from its bytes exactly as it was, at any place in a shared buffer', () => {
  const paths = readdirSync(WIKINEWS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(WIKINEWS, f));
  let checked = 0;
  for (const path of paths) {
    const r = processSeedFile(path);
    if (!r.article) continue;
    const entry = toCorpusEntry(toRecord(r.article));
    const bytes = encodeCorpusEntry(entry);
    // As the build cache keeps it: a view at an odd offset into a larger block.
    const block = new Uint8Array(bytes.length + 3);
    block.set(bytes, 3);
    const back = decodeCorpusEntry(block.subarray(3));
    expect(back, path).toEqual(entry);
    expect(back.pairs.constructor).toBe(entry.pairs.constructor);
    checked++;
  }
  expect(checked).toBeGreaterThan(300);

  // Text in every UTF-8 width, empty fields, and pairs past 16 bits.
  const wide: CorpusEntry = {
    id: 'x',
    date: '2024-01-01',
    summaryJson: '{"headline":"“Naïve” café — 北京 😀"}',
    quotesJson: '',
    facets: {
      source: { slug: 's', name: 'Ş' },
      organisations: [{ slug: 'o', name: 'Ö', aliases: ['Œ'], parent: null }],
      speakers: [],
    },
    terms: '',
    pairs: Uint32Array.from([0, 70_000, 70_000, 1]),
  };
  expect(decodeCorpusEntry(encodeCorpusEntry(wide))).toEqual(wide);
  expect(() => decodeCorpusEntry(new Uint8Array(40))).toThrow(/not a corpus entry/);
}, 120_000);
