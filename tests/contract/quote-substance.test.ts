import { expect, test } from 'vitest';
import { isSubstantive, quoteWordCount, SUBSTANTIVE_MIN_WORDS } from '../../src/contract/quote-substance.ts';

test('a substantive quote is attributed and at least six words long', () => {
  expect(SUBSTANTIVE_MIN_WORDS).toBe(6);
  expect(isSubstantive({ text: 'a serious violation of Iraqi sovereignty', speaker: 'Ann Lee' })).toBe(true);
  // Five words: a phrase, not yet a statement.
  expect(isSubstantive({ text: 'stand back and stand by', speaker: 'Ann Lee' })).toBe(false);
  // Long but unattributed: the reader cannot tell whose words they are.
  expect(isSubstantive({ text: 'We will rebuild every house that the flood took', speaker: null })).toBe(
    false,
  );
});

test('words are counted as the article word count counts them', () => {
  expect(quoteWordCount('Iraq’s well-known al-Araji spoke.')).toBe(4);
  expect(quoteWordCount('  ')).toBe(0);
  expect(quoteWordCount('Be Bold. Vote Gold.')).toBe(4);
});
