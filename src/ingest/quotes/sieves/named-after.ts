/**
 * The named-after sieve: a quotation standing as a sentence of its own, followed by a sentence
 * that points back to it and names who spoke ("“…” That was how X described the night.", "“…”
 * Those were the words of X.", "“…” So said X on Sunday."). Without it the quotation would carry
 * on the speaker of the sentence before.
 */
import type { Paragraph } from '../article-analysis.ts';
import { sourceAfter, speakerStartingAt, verbAt } from './reporting-verbs.ts';
import type { SpeakerSieve } from './site.ts';
import syntaxWords from '../../data/quotes/syntax-words.json' with { type: 'json' };

/** Words opening a sentence that points back to the quotation before it. */
const BACK_POINTERS: ReadonlySet<string> = new Set(syntaxWords.backPointers);
/** Nouns for what was said, before "of" and the speaker ("the words of X"). */
const SAYING_NOUNS: ReadonlySet<string> = new Set(syntaxWords.sayingNouns);

/** Does the sentence [from, to) hold a verb of saying or "words of", and no quotation? */
function namesASaying(para: Paragraph, from: number, to: number): boolean {
  let cue = false;
  for (let k = from; k < to; k++) {
    const t = para.tokens[k]!;
    if (t.kind === 'quote') return false;
    if (verbAt(para, k) > 0 || (SAYING_NOUNS.has(t.lower) && para.tokens[k + 1]?.lower === 'of')) cue = true;
  }
  return cue;
}

export const namedAfter: SpeakerSieve = {
  name: 'named-after',
  find: ({ pl, sf, sl, first, last }) => {
    if (first.paragraph !== last.paragraph || sf.from !== first.token) return null;
    for (let k = last.token + 1; k < sl.to; k++) if (pl.tokens[k]!.kind !== 'punct') return null;
    const next = pl.sentences[pl.sentenceOf[last.token]! + 1];
    const opener = next ? pl.tokens[next.from] : undefined;
    if (!next || opener?.kind !== 'word' || !BACK_POINTERS.has(opener.lower)) return null;
    if (!namesASaying(pl, next.from + 1, next.to)) return null;
    for (let k = next.from + 1; k < next.to; k++) {
      const m = speakerStartingAt(pl, k);
      if (m === null || (m.kind === 'pronoun' && m.name !== 'he' && m.name !== 'she')) continue;
      const speaker = sourceAfter(pl, k, next.to) ?? m;
      return { mention: speaker, paragraph: last.paragraph, rule: 'sentence', sieve: 'speaker.named-after' };
    }
    return null;
  },
};
