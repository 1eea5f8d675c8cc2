/**
 * The word lists behind quote attribution, loaded once from `src/ingest/data/quotes/*.json` into
 * lowercase Sets so every lookup is O(1).
 */
import bodyKinds from '../data/quotes/body-kinds.json' with { type: 'json' };
import functionWords from '../data/quotes/function-words.json' with { type: 'json' };
import organisations from '../data/quotes/organisations.json' with { type: 'json' };
import personNouns from '../data/quotes/person-nouns.json' with { type: 'json' };
import places from '../data/quotes/places.json' with { type: 'json' };
import gazetteer from '../data/entities/places.json' with { type: 'json' };
import knownOrganisations from '../data/entities/organisations.json' with { type: 'json' };
import wellKnownOrganisations from '../data/entities/well-known-organisations.json' with { type: 'json' };
import { isGivenName } from '../language/names.ts';
import reportingVerbs from '../data/quotes/reporting-verbs.json' with { type: 'json' };
import roles from '../data/quotes/roles.json' with { type: 'json' };
import syntaxWords from '../data/quotes/syntax-words.json' with { type: 'json' };

const lower = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

/** Multi-word entries keyed by their first word, longest first so the greediest match wins. */
function phraseIndex(phrases: readonly string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.toLowerCase().split(/\s+/);
    const first = words[0];
    if (!first) continue;
    const list = index.get(first) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    index.set(first, list);
  }
  return index;
}

export const REPORTING_VERBS = lower(reportingVerbs.forms);
const PAST_FORM = /[a-z]ed$/;
/** Spelled like a past form or participle ("joined", "revealed"): a lowercased word ending in a letter + "ed". */
export function pastForm(lower: string): boolean {
  return PAST_FORM.test(lower);
}
/** Auxiliaries and forms of "be": words of a verb phrase that never describe a noun ("had", "was"). */
export const VERB_HELPERS = lower([...syntaxWords.auxiliaries, ...syntaxWords.beForms]);
/** Reporting-verb forms that are also nouns ("post", "report"): before "was" or "has" they head a noun phrase. */
export const REPORTING_NOUN_FORMS = lower(reportingVerbs.nounForms);
export const REPORTING_PHRASES = phraseIndex(reportingVerbs.phrases);
export const AGENT_AFTER_PHRASES = phraseIndex(reportingVerbs.agentAfter);

export const ROLE_HEADS = lower(roles.heads);
/** Two-word titles whose last word is no title alone ("First Lady"), lower case. */
export const PAIRED_TITLES = lower(roles.pairedTitles);
export const NOMINAL_HEADS = new Set([
  ...ROLE_HEADS,
  ...lower(roles.nominalOnly),
  ...lower(roles.documentNouns),
]);
export { HONORIFICS } from '../language/names.ts';
/** Nouns that make "a spokesperson for X" / "X's statement" speak for X. */
export const SPOKES_NOUNS = lower(roles.spokesNouns);
/** Person nouns that bring in someone new and unnamed ("the witness said"): they do not refer back. */
export const UNNAMED_NOMINAL_HEADS = lower(roles.unnamedHeads);
/** Nouns that carry their owner's words ("Trump's statement read: …", "a tweet by X"). */
export const DOCUMENT_NOUNS = lower(roles.documentNouns);
/**
 * Common nouns naming a person by occupation or function, from WordNet's noun.person
 * ("herpetologist", "eyewitness", "team member"): heads of a speaker's role, lower case.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(personNouns.words);
/** Modifiers that do not narrow a title ("the former minister"); others must match the role. */
export const GENERIC_MODIFIERS = lower(roles.genericModifiers);

export const ORG_HEADS = lower(organisations.heads);
/** "the city said": subjects that speak for the article's named local government. */
export const LOCAL_GOVERNMENT_HEADS = lower(bodyKinds.localGovernmentHeads);
/** Words of a local government's name, in the order they are looked for ("Municipality of X"). */
export const LOCAL_GOVERNMENT_NAME_WORDS: readonly string[] = bodyKinds.localGovernmentNameWords;
/** "the army said": a country's bodies, which speak for the country the article is about. */
export const STATE_BODY_HEADS = lower(bodyKinds.stateBodyHeads);
/** "the sheriff's investigators said": the people of an office, who speak for it. */
export const STAFF_NOUNS = lower(bodyKinds.staffNouns);
export const ACRONYM_EXCLUSIONS = new Set(organisations.acronymExclusions);

export const PERSON_PRONOUNS = lower(functionWords.personPronouns);
export const GROUP_PRONOUNS = lower(functionWords.groupPronouns);
export const DETERMINERS = lower(functionWords.determiners);
/** "his", "their": a title after one is relative to someone else ("his opponent"). */
export const POSSESSIVE_PRONOUNS = lower(functionWords.possessivePronouns);
/** Number words and quantifiers: capitalised at a sentence start they name nobody. */
export const NUMBER_WORDS = lower(functionWords.numberWords);
/** Plural common nouns for people: capitalised alone at a sentence start they name nobody ("Officials said"). */
export const GROUP_NOUNS = lower(functionWords.groupNouns);
export const SKIP_BEFORE_VERB = lower(functionWords.skipBeforeVerb);
export const PREPOSITIONS = lower(functionWords.prepositions);
export const NAME_CONNECTORS = lower(functionWords.nameConnectors);
export const CAPITALISED_STOPWORDS = lower(functionWords.capitalisedStopwords);
export const TITLE_CUES = lower(functionWords.titleCues);
/** Words completing a title after "of"/"for" ("Secretary of State"), not the start of a name. */
export const ROLE_COMPLEMENTS = lower(roles.complements);
/** Reporting verbs that may precede their subject ("…,” said Smith); others take an object there. */
export const INVERTING_VERBS = lower(reportingVerbs.inverting);
/** Words or phrases right before a quotation that make it a name, not speech ("a process called “…”"). */
export const NAMING_CUES = lower(functionWords.namingCues);
/** Naming verbs that take an object before the name ("named the virus “…”"): what follows is a name. */
export const NAMING_VERBS_WITH_OBJECT = lower(functionWords.namingVerbsWithObject);
/** Countries, regions and cities, lowercased: places never speak. */
export const PLACES = lower(places.places);
/**
 * Every name of the entity stage's gazetteer (countries, regions, cities), lower case: a place after
 * a title's "from" or "to" is the title's ("Senator from Vermont", "Ambassador to Germany").
 */
export const GAZETTEER_PLACES: ReadonlySet<string> = lower(
  [...gazetteer.countries, ...gazetteer.regions, ...gazetteer.cities].flat(),
);
/**
 * The entity stage's gazetteer of organisations (`organisations.json`, `well-known-organisations.json`):
 * every name and alias of two words or more, lower case, whose first word is no given name
 * ("amnesty international", "reporters without borders"; not "walt disney"). A known body's name
 * is no person's, alone or before one ("Amnesty International Man-kei Tam"); one-word names
 * ("Ford", "Apple") and names that need "The" stay out: they are also people's names or words.
 */
export const KNOWN_BODIES: ReadonlySet<string> = new Set(
  [...knownOrganisations.organisations, ...wellKnownOrganisations.organisations]
    .filter((org) => !('needThe' in org))
    .flatMap((org) => [org.name, ...('aliases' in org ? (org.aliases ?? []) : [])])
    .map((name) => name.toLowerCase().split(/\s+/))
    .filter((words) => words.length >= 2 && !isGivenName(words[0]!) && words.every((w) => /\p{L}/u.test(w)))
    .map((words) => words.join(' ')),
);
/** Last words of geographic names ("Easter Island"): places too. */
export const PLACE_HEADS = lower(places.heads);
/** First or last words of the names of laws and texts ("the 14th Amendment", "Article 2"): they never speak. */
export const TEXT_HEADS = lower(places.textHeads);
