/**
 * The one abbreviation list of the language layer (`data/language/abbreviations.json`): words after
 * which a full stop does not end a sentence. The sentence splitter and both token views read it.
 */
import abbreviations from '../data/language/abbreviations.json' with { type: 'json' };

/** Abbreviations, lower case, without their full stop ("mr", "gen", "corp"). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(abbreviations.abbreviations);

/** Words that open a sentence after a dotted acronym's full stop ("…in the U.S. The next…"). */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(abbreviations.sentenceOpeners);

/** `text` starts with one of `SENTENCE_OPENERS` as a whole word. */
export const STARTS_WITH_OPENER = new RegExp(`^(?:${abbreviations.sentenceOpeners.join('|')})\\b`);

const SINGLE_CAPITAL = /^\p{Lu}$/u;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;

/** A single capital letter: an initial ("J" in "J. R. Smith"). */
export function isInitial(word: string): boolean {
  return SINGLE_CAPITAL.test(word);
}

/** Letters joined by full stops, without the last one: a dotted acronym ("U.S", "a.m"). */
export function isDottedAcronym(word: string): boolean {
  return DOTTED.test(word);
}

/**
 * Is `word` (without its final period) an abbreviation or initial that a period may follow
 * without ending the sentence ("Mr", "Gen", "J", "U.S")?
 */
export function isAbbreviationWord(word: string): boolean {
  return isInitial(word) || isDottedAcronym(word) || ABBREVIATIONS.has(word.toLowerCase());
}
