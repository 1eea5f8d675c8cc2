/**
 * The name lexicon of the language layer (`data/language/names.json`): the particles inside
 * personal names, the courtesy titles dropped from them and the titles that form part of them,
 * and what shows a person's sex (words such as "Mrs" or "spokeswoman"; given names of one sex,
 * `data/language/given-names.json`). Quote attribution and entity recognition both read names
 * through these lists.
 */
import names from '../data/language/names.json' with { type: 'json' };
import givenNames from '../data/language/given-names.json' with { type: 'json' };

/** Lower-case particles inside a personal name ("bin", "van", "de"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(names.particles);

/**
 * A particle joined to the capitalised name after it by a hyphen or apostrophe ("al-Araji",
 * "O’Brien", "ad-Din"): such a word keeps a name going although it starts in lower case.
 */
export const PARTICLE_PREFIX = new RegExp(
  `^(?:${[...names.particles, ...names.attachedParticles].join('|')})[-’'](?=\\p{Lu})`,
  'u',
);

const PARTICLE_MAX = Math.max(...[...names.particles, ...names.attachedParticles].map((p) => p.length));

/**
 * Could `word` match PARTICLE_PREFIX? Only with - ’ or ' right after its first few letters (the
 * longest particle's length): a test of a few characters, before the regex.
 */
export function mayOpenWithParticle(word: string): boolean {
  for (let k = 1; k <= PARTICLE_MAX && k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c === 45 || c === 0x2019 || c === 39) return true;
  }
  return false;
}

/** Courtesy titles and ranks dropped from a name ("Mr. Smith"), lower case, without the full stop. */
export const HONORIFICS: ReadonlySet<string> = new Set(names.honorifics.map((w) => w.toLowerCase()));

/** Titles that form part of a person's name ("King Charles", "Pope Francis"), lower case. */
export const NAME_FORMING_TITLES: ReadonlySet<string> = new Set(
  names.nameFormingTitles.map((w) => w.toLowerCase()),
);

/** Letters after a full name ("Jane Doe QC", "John Smith OBE"), as written: they close the name. */
export const POST_NOMINALS: ReadonlySet<string> = new Set(names.postNominals);

/** Titles that close a full name after it ("Jane Doe MP") and are titles elsewhere ("Labour MP"). */
export const POST_NOMINAL_TITLES: ReadonlySet<string> = new Set(names.postNominalTitles);

/** Given names that are also words (`will`, `hope`), lower case: see `wordGivenNamesNote`. */
export const WORD_GIVEN_NAMES: ReadonlySet<string> = new Set(names.wordGivenNames);

/** Given names of mixed sex, lower case (`mixedGivenNamesNote`): names, though no evidence of sex. */
export const MIXED_GIVEN_NAMES: ReadonlySet<string> = new Set(names.mixedGivenNames);

/** Title words that are also surnames ("Julie Bishop", "Stephen King"), lower case (`titleSurnamesNote`). */
export const TITLE_SURNAMES: ReadonlySet<string> = new Set(names.titleSurnames);

const FAMILY_NAMES_FIRST: ReadonlySet<string> = new Set(names.familyNamesFirst);

/**
 * Is this full name (its words, as written) written family name first ("Kim Jong-un", "Xi
 * Jinping", `familyNamesFirstNote`)? Its first word is such a family name, and no word between it
 * and the last is a given name ("Lee Ann Tate" is a given name, a second one and a surname).
 */
export function familyNameFirst(words: readonly string[]): boolean {
  if (words.length < 2 || !FAMILY_NAMES_FIRST.has(words[0]!.toLowerCase())) return false;
  for (const w of words.slice(1, -1)) {
    const lower = w.toLowerCase();
    if (sexOfGivenName(lower) !== null || MIXED_GIVEN_NAMES.has(lower)) return false;
  }
  return true;
}

/** A person's sex as the text shows it; null where it shows none or both. */
export type Sex = 'f' | 'm';

const FEMALE_WORDS: ReadonlySet<string> = new Set(names.femaleWords);
const MALE_WORDS: ReadonlySet<string> = new Set(names.maleWords);
const FEMALE_GIVEN: ReadonlySet<string> = new Set(givenNames.female);
const MALE_GIVEN: ReadonlySet<string> = new Set(givenNames.male);

/**
 * The sex a word before or in a name, or in a role, marks ("Mrs", "spokeswoman", "King"), lower
 * case without the full stop; null for any other word (`sexWordsNote`).
 */
export function sexOfWord(word: string): Sex | null {
  return FEMALE_WORDS.has(word) ? 'f' : MALE_WORDS.has(word) ? 'm' : null;
}

/**
 * The sex of the people given this name (lower case), from `given-names.json`: null for a name of
 * mixed or unclear sex, or not listed.
 */
export function sexOfGivenName(name: string): Sex | null {
  return FEMALE_GIVEN.has(name) ? 'f' : MALE_GIVEN.has(name) ? 'm' : null;
}

/**
 * Is this lowercased word a given name: of one sex (`given-names.json`), of mixed sex, or a word
 * that is also one ("Hope")?
 */
export function isGivenName(word: string): boolean {
  return sexOfGivenName(word) !== null || MIXED_GIVEN_NAMES.has(word) || WORD_GIVEN_NAMES.has(word);
}

/**
 * Is `first` a common word glued before a name whose given name is `second` ("Voter Kitty Mak",
 * "Teacher Ahmed Farouk"; both lower case)? It is no given name (of one sex, of mixed sex, or a
 * word that is one), no honorific and no name particle, and `second` is a given name of one sex.
 * The quote stage (`gluedTitleAt`) and the entity stage (`nameAfterTitle`) read titles alike.
 */
export function gluedTitleWord(first: string, second: string): boolean {
  return (
    sexOfGivenName(first) === null &&
    !MIXED_GIVEN_NAMES.has(first) &&
    !WORD_GIVEN_NAMES.has(first) &&
    !HONORIFICS.has(first) &&
    !NAME_PARTICLES.has(first) &&
    sexOfGivenName(second) !== null
  );
}
