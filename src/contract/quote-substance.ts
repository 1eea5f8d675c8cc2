/**
 * Which quotations are worth reading first. One definition, shared by the build (which writes the
 * list of fragments, `quote-fragments.json`) and the app (which says what a fragment is).
 *
 * A quotation is **substantive** when the article says who said it and it runs to at least
 * `SUBSTANTIVE_MIN_WORDS` words: about the shortest statement that is more than a name, a
 * slogan or a scare quote ("a historic step", "Be Bold. Vote Gold."). Every other quotation is a
 * **fragment**. On the Wikinews corpus that makes 257 of 896 quotes fragments.
 */

/** Six words: "a serious violation of Iraqi sovereignty" is a statement; "ground to a halt" is not. */
export const SUBSTANTIVE_MIN_WORDS = 6;

const WORD = /[\p{L}\p{N}]+(?:['\u2019.-][\p{L}\p{N}]+)*/gu;

/** Words of a quotation, counted as the article word count counts them ("al-Araji", "Iraq’s": one each). */
export function quoteWordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** True for an attributed quotation of at least `SUBSTANTIVE_MIN_WORDS` words. */
export function isSubstantive(quote: { text: string; speaker: string | null }): boolean {
  return quote.speaker !== null && quoteWordCount(quote.text) >= SUBSTANTIVE_MIN_WORDS;
}

/** What the reader is told a fragment is. */
export const FRAGMENT_DEFINITION = `unattributed, or shorter than ${SUBSTANTIVE_MIN_WORDS} words`;
