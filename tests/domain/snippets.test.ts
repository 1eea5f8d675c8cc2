import { expect, test } from 'vitest';
import { bestSnippet } from '../../src/lib/snippets.ts';
import { findPhraseMatches, parseQuery } from '../../src/lib/text-match.ts';

const marked = (text: string, ranges: readonly { start: number; end: number }[]) =>
  ranges.map((range) => text.slice(range.start, range.end));

test('a quoted phrase is read as a phrase, its words still searched one by one', () => {
  expect(parseQuery('“Security Council” vote')).toEqual({
    words: ['security', 'council', 'vote'],
    phrases: [['security', 'council']],
  });
  expect(parseQuery('"one" and "" alone').phrases).toEqual([]);
});

test('diacritics fold the same way in the query and the text, and words match by prefix', () => {
  const snippet = bestSnippet(['Le café de São Paulo a rouvert.'], parseQuery('CAFE sao'))!;
  expect(marked(snippet.text, snippet.ranges)).toEqual(['café', 'São']);
  const prefix = bestSnippet(['The governments met.'], parseQuery('govern'))!;
  expect(marked(prefix.text, prefix.ranges)).toEqual(['govern']);
});

test('the snippet is the stretch with the most query words, cut at word boundaries', () => {
  const filler = 'Nothing to see in this sentence at all. '.repeat(10);
  const paragraphs = [
    `${filler}The harbour opened.`,
    `${filler}The harbour strike ended when the union met the harbour board. ${filler}`,
  ];
  const snippet = bestSnippet(paragraphs, parseQuery('harbour union'))!;
  expect(snippet.paragraph).toBe(1);
  expect(snippet.cutBefore).toBe(true);
  expect(snippet.cutAfter).toBe(true);
  expect(snippet.text.length).toBeLessThanOrEqual(180);
  expect(snippet.text.startsWith(' ')).toBe(false);
  expect(marked(snippet.text, snippet.ranges)).toEqual(['harbour', 'union', 'harbour']);
});

test('a phrase found whole is marked as one and preferred to its words apart', () => {
  const paragraphs = ['The council met; security was tight.', 'The Security Council voted.'];
  const snippet = bestSnippet(paragraphs, parseQuery('"security council"'))!;
  expect(snippet.paragraph).toBe(1);
  expect(marked(snippet.text, snippet.ranges)).toEqual(['Security Council']);
  expect(findPhraseMatches('security, council', [['security', 'council']])).toHaveLength(1);
  expect(findPhraseMatches('council security', [['security', 'council']])).toEqual([]);
});

test('no snippet without a query word in the text', () => {
  expect(bestSnippet(['Nothing here.'], parseQuery('harbour'))).toBeNull();
  expect(bestSnippet(['Anything.'], parseQuery('!!'))).toBeNull();
});

test('a phrase is whole words in a row, as the phrase index counts them', () => {
  // "ministers" is another word: the phrase index would not count it, so it is not marked.
  expect(findPhraseMatches('the prime ministers met', [['prime', 'minister']])).toEqual([]);
  // A one-letter word is no search term, so it does not break the phrase.
  const text = 'Vitamin a deficiency';
  expect(findPhraseMatches(text, [['vitamin', 'deficiency']])).toEqual([{ start: 0, end: text.length }]);
});
