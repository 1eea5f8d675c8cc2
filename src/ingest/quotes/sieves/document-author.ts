/**
 * The document-author sieve: "The palace issued the following statement from the king: “…”"; the
 * author of a document named before a colon or comma speaks.
 */
import type { Paragraph } from '../article-analysis.ts';
import * as lexicon from '../lexicon.ts';
import type { Mention } from '../mentions.ts';
import { speakerStartingAt } from './reporting-verbs.ts';
import { introducedByPunct, type SpeakerSieve } from './site.ts';

// Read once: under tsx every access to an imported binding is a getter call, and these are hot.
const { DOCUMENT_NOUNS } = lexicon;

export const documentAuthorSieve: SpeakerSieve = {
  name: 'document-author',
  find: (s) => {
    if (!introducedByPunct(s)) return null;
    const author = documentAuthor(s.pf, s.sf.from, s.first.token);
    return author
      ? {
          mention: author,
          paragraph: s.first.paragraph,
          rule: 'sentence',
          sieve: 'speaker.document-author',
        }
      : null;
  },
};

/** "a statement from the king", "a letter by X": the author of a document named in [from, to). */
function documentAuthor(para: Paragraph, from: number, to: number): Mention | null {
  for (let k = from; k + 2 < to; k++) {
    const t = para.tokens[k]!;
    if (t.kind !== 'word' || !DOCUMENT_NOUNS.has(t.lower)) continue;
    const by = para.tokens[k + 1]!.lower;
    if (by !== 'from' && by !== 'by') continue;
    const m = speakerStartingAt(para, k + 2);
    if (m && m.kind !== 'place') return m;
  }
  return null;
}
