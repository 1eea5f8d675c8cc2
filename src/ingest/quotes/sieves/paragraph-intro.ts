/**
 * The paragraph-intro sieve: a paragraph that opens with the quotation, after a paragraph ending in
 * a colon or comma ("AIP chairman X writes:"); the sentence with the colon introduces it.
 */
import { sentenceSubject } from '../article-analysis.ts';
import type { ArticleAnalysis } from '../article-analysis.ts';
import { sentenceVerbs } from './reporting-verbs.ts';
import type { Found, SpeakerSieve } from './site.ts';

export const paragraphIntro: SpeakerSieve = {
  name: 'paragraph-intro',
  find: (s) => introducedByParagraph(s.doc, s.first.paragraph, s.first.token),
};

/**
 * A paragraph that opens with the quote, after a paragraph ending in a colon or comma ("AIP
 * chairman X writes:", "He provided the text of his message:", "X stated,"): the sentence with
 * the colon introduces it.
 */
function introducedByParagraph(doc: ArticleAnalysis, p: number, token: number): Found | null {
  if (p === 0) return null;
  const para = doc.paragraphs[p]!;
  for (let k = 0; k < token; k++) if (para.tokens[k]!.kind !== 'punct') return null;
  const prev = doc.paragraphs[p - 1]!;
  const colon = prev.tokens.length - 1;
  if (colon < 0 || (prev.tokens[colon]!.text !== ':' && prev.tokens[colon]!.text !== ',')) return null;
  const s = prev.sentences[prev.sentenceOf[colon]!]!;
  const m = sentenceVerbs(prev, colon, s.from, colon) ?? sentenceSubject(prev, s, colon);
  return m ? { mention: m, paragraph: p - 1, rule: 'sentence', sieve: 'speaker.paragraph-intro' } : null;
}
