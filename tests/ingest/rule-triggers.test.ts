/**
 * Entity rules run only on paragraphs that hold one of their triggers (`entity-rules.ts`): a rule
 * skipped for want of a trigger must be one that would have found nothing there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { ENTITY_RULES, triggeredRules } from '../../src/ingest/entities/entity-rules.ts';
import { recognise } from '../../src/ingest/entities/recognise.ts';
import { tokenize, tokenizeParagraphs } from '../../src/ingest/language/tokenize.ts';
import { parseSeedText } from '../../src/ingest/seed/parse-seed.ts';

const ruleNames = (text: string): string[] => {
  const bits = triggeredRules(tokenize(text));
  return ENTITY_RULES.filter((_, r) => (bits & (1 << r)) !== 0).map((r) => r.name);
};

describe('entity rule triggers', () => {
  it('runs a triggered rule only where one of its trigger words or shapes stands', () => {
    const plain = ruleNames('The minister said the plan would go ahead.');
    expect(plain).toContain('capitalised-chunks');
    expect(plain).not.toContain('acronym-definitions');
    expect(plain).not.toContain('hyphenated-acronyms');
    expect(plain).not.toContain('titled-sources');
    expect(ruleNames('The Movimento dos Sem Terra (MST) marched.')).toContain('acronym-definitions');
    expect(ruleNames('A NATO-Iraq partnership.')).toContain('hyphenated-acronyms');
    expect(ruleNames('He told The Atlantic so.')).toContain('titled-sources');
    expect(ruleNames('Brindle Asset Management, Inc. said.')).toContain('legal-suffixes');
    expect(ruleNames('the Alliance, Reform, and Natural Law parties')).toContain('plural-heads');
  });

  it('finds in every corpus article what running every rule on every paragraph finds', () => {
    const shared = process.env.SHARED_DIR ?? resolve(import.meta.dirname, '../../../shared');
    const corpus = join(shared, 'corpus', 'wikinews');
    const files = readdirSync(corpus).filter((f) => f.endsWith('.txt'));
    for (const file of files) {
      const parsed = parseSeedText(readFileSync(join(corpus, file), 'utf8'), file);
      if (!parsed.ok) continue;
      const { paragraphs } = parsed.seed;
      const tokens = tokenizeParagraphs(paragraphs);
      expect(recognise(paragraphs, tokens), file).toEqual(recognise(paragraphs, tokens, { everyRule: true }));
    }
  });
});
