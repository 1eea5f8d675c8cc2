/**
 * Words as the scorer counts them (`../shared/eval/score.mjs`): letters and digits, with inner
 * apostrophes and hyphens. Quote filtering counts a quotation's words this way, so that "four
 * words or more" means what the gold's guidelines mean.
 */
export const WORDS = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/**
 * Words of a quote, as the scorer counts them: the number of `WORDS` matches, counted by a scan
 * that makes no array of them (a match starts at any letter or digit, takes the whole run, and
 * goes on over ' ’ - when a letter or digit follows).
 */
export function wordCount(text: string): number {
  return countWordRuns(text, false);
}

/**
 * The one word scanner: runs of letters and digits, joined into one word by an apostrophe (' ’)
 * or a hyphen between two runs, and also by a full stop when `fullStopJoins` ("U.S", "3.5": an
 * article's reading length counts words so; a quote's length counts as the scorer does, without).
 */
export function countWordRuns(text: string, fullStopJoins: boolean): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (!isLetterOrDigit(cp)) continue;
    count++;
    for (;;) {
      while (i < n) {
        const c = text.codePointAt(i)!;
        if (!isLetterOrDigit(c)) break;
        i += c > 0xffff ? 2 : 1;
      }
      // Read only inside the text: a read past its end would send V8's optimised code back to
      // the interpreter (a deoptimisation) the first time a word ends the text.
      const c = i < n ? text.charCodeAt(i) : 0;
      if (
        (c === 39 || c === 0x2019 || c === 45 || (fullStopJoins && c === 46)) &&
        i + 1 < n &&
        isLetterOrDigit(text.codePointAt(i + 1)!)
      ) {
        i++;
        continue;
      }
      break;
    }
  }
  return count;
}
