/**
 * The speaker sieves, in order, most precise first (after CoreNLP's quote attributor): the first
 * that finds a mention speaks the quotation. Each family of rules is one file in `sieves/`; each
 * records its `speakerRule` (`speaker.*`, listed in `src/contract/schema.ts`). Continuations run
 * after resolution, in `attribute.ts`. Adding or reordering a rule is one line here.
 */
import { afterQuote, beforeQuote, splitQuoteSieve } from './sieves/adjacent.ts';
import { describedAs } from './sieves/described-as.ts';
import { documentAuthorSieve } from './sieves/document-author.ts';
import { namedAfter } from './sieves/named-after.ts';
import { paragraphIntro } from './sieves/paragraph-intro.ts';
import { passiveDescription, sentenceSubjectSieve, sentenceVerb } from './sieves/sentence.ts';
import type { SpeakerSieve } from './sieves/site.ts';

export const SPEAKER_SIEVES: readonly SpeakerSieve[] = [
  afterQuote, //           “…,” said X · “…,” X said · “…,” according to X
  passiveDescription, //  X was said to be suffering “…” · was described as “…” by Y
  beforeQuote, //          X said: “…” · said X: “…” · according to X, “…”
  splitQuoteSieve, //      “…,” wrote X on Twitter, “…”: the second half of a split quotation
  describedAs, //          X referred to Y as “…” · X labelled Y as “…”
  sentenceVerb, //         a reporting verb elsewhere in the quote's sentence
  documentAuthorSieve, //  "the following statement from the king: “…”"
  sentenceSubjectSieve, // the sentence's subject, when the quote is introduced or is speech
  paragraphIntro, //       the previous paragraph ends "X writes:"
  namedAfter, //           “…” That was how X described it. · “…” So said X.
];
