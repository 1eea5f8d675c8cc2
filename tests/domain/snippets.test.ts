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

test('ł, ø, æ, ß … in the text are found by their ASCII spelling, and the mark covers the whole word', () => {
  const paragraphs = ['The minister spoke.', 'Health minister Łukasz Szumowski said the Straße was closed.'];
  for (const query of ['lukasz strasse', 'Łukasz straße', 'LUKASZ STRASSE']) {
    const snippet = bestSnippet(paragraphs, parseQuery(query))!;
    expect(snippet.paragraph, query).toBe(1);
    expect(marked(snippet.text, snippet.ranges), query).toEqual(['Łukasz', 'Straße']);
  }
  const phrase = bestSnippet(paragraphs, parseQuery('"lukasz szumowski"'))!;
  expect(marked(phrase.text, phrase.ranges)).toEqual(['Łukasz Szumowski']);
});

test('a snippet cut where there is no space never splits a character written as two UTF-16 units', () => {
  // Text without spaces (Chinese, Japanese) is cut by length: a cut between the two halves of an
  // emoji or a CJK Extension B character left half of it at the snippet's start or end, drawn as �.
  const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;
  for (const before of ['', '、'])
    for (const after of ['', '、']) {
      const paragraph = `${'😀'.repeat(100)}${before}北京${after}${'𠀋'.repeat(100)}`;
      const snippet = bestSnippet([paragraph], parseQuery('北京'))!;
      expect(lone.test(snippet.text), JSON.stringify([before, after])).toBe(false);
      expect(marked(snippet.text, snippet.ranges)).toEqual(['北京']);
      expect(paragraph.includes(snippet.text)).toBe(true);
    }
});

test('a snippet cut where there is no space never splits what the reader sees as one character', () => {
  // Review 12: the cut kept surrogate pairs whole but not the longer sequences drawn as one
  // character: a flag (two regional indicators) was cut to a lone letter-in-a-box, a family emoji
  // (joined by U+200D) to one of its people, a skin tone from its hand, a kana from its voicing mark.
  const boundaries = (text: string) =>
    new Set(
      [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)]
        .map((s) => s.index)
        .concat(text.length),
    );
  for (const unit of ['🇯🇵', '👩\u200d👩\u200d👧', '👍🏽', 'か\u3099', '\u2764\ufe0f'])
    for (let pad = 0; pad < 8; pad++) {
      const paragraph = `${'、'.repeat(pad)}${unit.repeat(60)}、北京、${'、'.repeat(pad)}${unit.repeat(60)}`;
      const snippet = bestSnippet([paragraph], parseQuery('北京'))!;
      const at = paragraph.indexOf(snippet.text);
      const cuts = boundaries(paragraph);
      const what = JSON.stringify([unit, pad]);
      expect(at, what).toBeGreaterThanOrEqual(0);
      expect(cuts.has(at), `start ${what}`).toBe(true);
      expect(cuts.has(at + snippet.text.length), `end ${what}`).toBe(true);
      expect(marked(snippet.text, snippet.ranges), what).toEqual(['北京']);
    }
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

test('a long paragraph is cut to whole words around the match, with up to 40 characters before it', () => {
  const filler = 'Nothing to see in this sentence at all. '.repeat(10);
  const paragraph = `${filler}The harbour strike ended when the union met the harbour board. ${filler}`;
  const snippet = bestSnippet([paragraph], parseQuery('union'))!;
  expect(snippet.text).toBe(
    'all. The harbour strike ended when the union met the harbour board. Nothing to see in this sentence at all. Nothing to see in this sentence at all. Nothing to see in this sentence',
  );
  const start = paragraph.indexOf(snippet.text);
  // Whole words: a space before the first and after the last.
  expect(paragraph[start - 1]).toBe(' ');
  expect(paragraph[start + snippet.text.length]).toBe(' ');
  expect(snippet).toMatchObject({ cutBefore: true, cutAfter: true, ranges: [{ start: 39, end: 44 }] });
});

test('a paragraph shorter than a snippet is shown whole, cut neither before nor after', () => {
  const paragraph =
    'The harbour strike ended when the union met the harbour board, and the port reopened on Monday after a week of talks at the town hall.';
  expect(bestSnippet([paragraph], parseQuery('harbour'))).toEqual({
    text: paragraph,
    ranges: [
      { start: 4, end: 11 },
      { start: 48, end: 55 },
    ],
    cutBefore: false,
    cutAfter: false,
    paragraph: 0,
  });
});

test('words count together only within one snippet’s stretch, not anywhere in the paragraph', () => {
  const filler = 'Nothing to see in this sentence at all. '.repeat(20);
  const paragraphs = [`The harbour opened. ${filler} The union met.`, 'The harbour union met.'];
  expect(bestSnippet(paragraphs, parseQuery('harbour union'))?.paragraph).toBe(1);
});

test('a paragraph with only some of the query words still gives a snippet', () => {
  expect(bestSnippet(['The harbour opened.'], parseQuery('harbour union'))?.text).toBe('The harbour opened.');
});

test('a phrase found whole outweighs one more word apart, and five words apart outweigh a phrase', () => {
  const phrase = 'The Security Council met.';
  expect(
    bestSnippet(['The council met; security and votes.', phrase], parseQuery('"security council" vote'))
      ?.paragraph,
  ).toBe(1);
  const fiveWords = 'The council heard that security forces, police and the army were ready.';
  expect(
    bestSnippet([fiveWords, phrase], parseQuery('"security council" police army forces'))?.paragraph,
  ).toBe(0);
});

test('a cut snippet starts at the first word start after its rough start, whatever the match', () => {
  const filler = 'Nothing to see in this sentence at all. '.repeat(10);
  const paragraph = `${filler}The harbour strike ended when the union met the harbour board. ${filler}`;
  for (const word of ['strike', 'ended', 'when', 'board']) {
    const snippet = bestSnippet([paragraph], parseQuery(word))!;
    const start = paragraph.indexOf(snippet.text);
    expect(paragraph[start - 1]).toBe(' ');
    // The start moves forward to a word, never past more than the 40 characters kept before the match.
    expect(paragraph.indexOf(word) - start).toBeLessThanOrEqual(40);
    expect(paragraph.indexOf(word) - start).toBeGreaterThan(30);
  }
});

test('a word at the very start of a paragraph counts, and the earliest paragraph wins a tie', () => {
  const snippet = bestSnippet(
    ['Harbour union talks.', 'The harbour union met.'],
    parseQuery('harbour union'),
  )!;
  expect(snippet.paragraph).toBe(0);
});

test('a phrase counts only in the stretch that holds it', () => {
  const filler = 'Nothing to see in this sentence at all. '.repeat(10);
  // The phrase and its two words (45) beat three words apart (30), which the phrase elsewhere must not lift.
  const paragraph = `Security Council members met. ${filler} The vote, the police and the army.`;
  const snippet = bestSnippet([paragraph], parseQuery('"security council" vote police army'))!;
  expect(snippet.text.startsWith('Security Council members met.')).toBe(true);
  expect(snippet.cutBefore).toBe(false);
});

test('text without spaces is cut at the length, never past the match or to a stub', () => {
  // No space in the 40 characters before the match: the stretch keeps them rather than skip the match.
  const before = bestSnippet([`${'x'.repeat(100)}-harbour strike ended today.`], parseQuery('harbour'))!;
  expect(before.text).toBe(`${'x'.repeat(39)}-harbour strike ended today.`);
  // No space in the second half: cut at 180 characters rather than at the only space, after 7.
  const after = bestSnippet([`harbour ${'y'.repeat(300)}`], parseQuery('harbour'))!;
  expect(after.text).toHaveLength(180);
  expect(after.cutAfter).toBe(true);
});
