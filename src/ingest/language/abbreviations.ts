/**
 * The one abbreviation list of the language layer (`data/language/abbreviations.json`): words after
 * which a full stop does not end a sentence, and the one test of it (`keepsFullStop`) that the
 * sentence rule and the tokenizer's sentence starts read.
 */
import abbreviations from '../data/language/abbreviations.json' with { type: 'json' };

/** Abbreviations, lower case, without their full stop ("mr", "gen", "corp"). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(abbreviations.abbreviations);

/** Words that open a sentence after a dotted acronym's full stop ("…in the U.S. The next…"). */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(abbreviations.sentenceOpeners);

const SINGLE_CAPITAL = /^\p{Lu}$/u;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;

/** A single capital letter: an initial ("J" in "J. R. Smith"). */
function isInitial(word: string): boolean {
  // One letter is at most two UTF-16 units: a longer word is no initial (and costs no regex).
  return word.length <= 2 && SINGLE_CAPITAL.test(word);
}

/** Letters joined by full stops, without the last one: a dotted acronym ("U.S", "a.m"). */
function isDottedAcronym(word: string): boolean {
  return word.includes('.') && DOTTED.test(word);
}

/**
 * Does the full stop after `word` belong to it, ending no sentence? An abbreviation or initial
 * ("Mr.", "Gen.", "J."): always; a dotted abbreviation ("U.S", "a.m"): unless a common sentence
 * opener follows ("…in the U.S. The next…").
 */
export function keepsFullStop(word: string, next: string | undefined): boolean {
  if (isInitial(word)) return true;
  if (isDottedAcronym(word)) return next === undefined || !SENTENCE_OPENERS.has(next);
  return ABBREVIATIONS.has(word.toLowerCase());
}
