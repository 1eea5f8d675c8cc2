/**
 * The headline rules measured over the whole corpus: the original seeds and every Wikinews
 * article of `../shared`. Every headline must keep the promised properties; the test prints how
 * each was made (whole sentence, clause cut, word cut) so a change to the rules shows its effect.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import {
  deriveHeadline,
  endsOnDanglingWord,
  HEADLINE_MAX,
  isBalanced,
} from '../../src/ingest/article/derived-fields.ts';
import { parseSeed } from '../../src/ingest/seed/parse-seed.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SHARED = process.env.SHARED_DIR ?? resolve(ROOT, '..', 'shared');
const FOLDERS = [join(SHARED, 'seeds'), join(SHARED, 'corpus', 'wikinews')];

function firstParagraphs(): { file: string; paragraph: string }[] {
  const out: { file: string; paragraph: string }[] = [];
  for (const folder of FOLDERS)
    for (const name of readdirSync(folder)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      const path = join(folder, name);
      const result = parseSeed(readFileSync(path), path);
      if (result.ok) out.push({ file: name, paragraph: result.seed.paragraphs[0] ?? '' });
    }
  return out;
}

test('every headline of the corpus is short, whole and ends on a content word', () => {
  const articles = firstParagraphs();
  expect(articles.length).toBeGreaterThan(300);
  const kinds = { whole: 0, clause: 0, word: 0 };
  const lengths: number[] = [];
  const bad: string[] = [];
  for (const { file, paragraph } of articles) {
    const headline = deriveHeadline(paragraph);
    lengths.push(headline.length);
    const problems = [
      headline.length === 0 && 'empty',
      headline.length > HEADLINE_MAX && `longer than ${HEADLINE_MAX}`,
      endsOnDanglingWord(headline) && 'ends on a dangling word',
      !isBalanced(headline.replace(/…$/u, '')) &&
        !paragraph.startsWith(headline) &&
        'leaves a quotation open',
      /[\s,;:]…?$/u.test(headline) && 'ends on punctuation',
    ].filter(Boolean);
    if (problems.length > 0) bad.push(`${file}: ${problems.join(', ')}: ${headline}`);
    if (headline.endsWith('…')) kinds.word++;
    else if (new RegExp(`${escapeRegExp(headline)}[.!?]`, 'iu').test(paragraph.replace(/\s+/gu, ' ')))
      kinds.whole++;
    else kinds.clause++;
  }
  lengths.sort((a, b) => a - b);
  console.log(
    `headlines over ${articles.length} articles: ${kinds.whole} whole sentences, ${kinds.clause} cut at a clause, ${kinds.word} cut on a word with an ellipsis; length median ${lengths[lengths.length >> 1]}, max ${lengths.at(-1)}`,
  );
  expect(bad).toEqual([]);
  // The word cut is the fallback: most long sentences have a clause boundary to cut at.
  expect(kinds.word / articles.length).toBeLessThan(0.25);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
