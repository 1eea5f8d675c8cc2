/**
 * Words as the scorer counts them (`../shared/eval/score.mjs`): letters and digits, with inner
 * apostrophes and hyphens. Quote filtering counts a quotation's words this way, so that "four
 * words or more" means what the gold's guidelines mean.
 */
export const WORDS = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words of a quote, as the scorer counts them. */
export function wordCount(text: string): number {
  return text.match(WORDS)?.length ?? 0;
}
