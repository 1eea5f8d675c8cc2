// Names written family name first ("Kim Jong Un", "Xi Jinping", "Moon Jae-in"): the first word
// written alone is the surname, as a Western name's last word is. "Kim said" after "Kim Jong Un's
// envoy" (a name the quote stage reads only as the owner of a description) speaks as Kim Jong Un,
// not as a person "Kim" of its own. A Western name opening with such a word ("Lee Ann Tate", a
// given name before another) does not. Sentences written for this test (the probes of
// 2026-12-06, decision 012).
import { expect, test } from 'vitest';
import { buildArticle } from '../../src/ingest/article/build-article.ts';
import { parseSeedText } from '../../src/ingest/seed/parse-seed.ts';

function articleOf(...paragraphs: string[]) {
  const parsed = parseSeedText(`date 2024-05-01 Probe News/ ${paragraphs.join('\n\n')}\n`, 'test.txt');
  if (!parsed.ok) throw new Error('the seed must parse');
  return buildArticle(parsed.seed);
}

test('a lone family name written first speaks as the full name', () => {
  const article = articleOf(
    "Kim Jong Un's envoy arrived in Seoul on Friday for talks with the government.",
    'Kim said in a statement “the talks must succeed.”',
    "Earlier, Xi Jinping's foreign minister visited Pyongyang. Xi said “we support the dialogue.”",
  );
  expect(article.quotes.map((q) => q.speaker)).toEqual(['Kim Jong Un', 'Xi Jinping']);
  expect(article.people.map((p) => p.name)).toEqual(['Kim Jong Un', 'Xi Jinping']);
});

test('a Western name opening with a family name ("Lee Ann Tate") keeps its last word as surname', () => {
  const article = articleOf(
    "Lee Ann Tate's lawyer arrived at the court on Friday.",
    'Lee said in a statement “the case must be dropped.”',
  );
  expect(article.quotes.map((q) => q.speaker)).toEqual(['Lee']);
});
