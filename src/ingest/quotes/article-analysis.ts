/**
 * Per-article analysis shared by the attribution rules: tokens and sentences per paragraph (each
 * quotation one token), mentions, the people the article names (with the roles it gives them), and
 * the salient subjects that pronouns refer back to.
 */
import { checkBudget } from '../seed/time-budget.ts';
import * as lexicon from './lexicon.ts';
import type { RawQuote } from './marks.ts';
import { findMentions, isGroupNoun, isNominalHead, isPreposition } from './mentions.ts';
import type { Mention, ParagraphMentions } from './mentions.ts';
import { NAME_PARTICLES, sexOfGivenName, sexOfWord, type Sex } from '../language/names.ts';
import { narration } from '../language/narration.ts';
import type { QuoteRange, Sentence, Token } from '../language/narration.ts';
import { tokenizeParagraphs, type Token as Word } from '../language/tokenize.ts';
import { isSentenceStop } from '../language/sentences.ts';
import { wordCount } from '../language/words.ts';
import syntaxWords from '../data/quotes/syntax-words.json' with { type: 'json' };
import { remembered } from '../language/remembered.ts';

// Read once: under tsx every access to an imported binding is a getter call, and these are hot.
const {
  DETERMINERS,
  DOCUMENT_NOUNS,
  NAME_CONNECTORS,
  ORG_HEADS,
  PERSON_NOUNS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  REPORTING_VERBS,
  ROLE_HEADS,
  SKIP_BEFORE_VERB,
  pastForm,
} = lexicon;

export interface Paragraph {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  sentenceOf: number[];
  mentions: ParagraphMentions;
}

/** A person the article names in full, with the first role it gives them. */
export interface Person {
  name: string;
  /** Lowercased, accent-free words of the name (particles like al- removed). */
  keys: readonly string[];
  role: string | null;
  /** Reading position of the first full mention. */
  pos: number;
  /**
   * The person's sex as the article shows it (`personSexes`): what "he" or "she" prefers; null
   * where it shows none, or both.
   */
  sex?: Sex | null;
  /**
   * Reading position of the first mention by one name word alone ("Trump said") while no one else
   * of the article bore that word (`bareNames`), if any.
   */
  bare?: number;
}

/**
 * A person or organisation that pronouns may refer back to; a `group` is an unnamed plural
 * subject ("the authors", "researchers") that "they" refers to, so "they" then names nobody; a
 * `someone` is a person described, not named ("The head of the inquiry", "One of the victims"),
 * whom "he" or "she" then refers to: the person of that title when the article names one, else
 * nobody.
 */
export interface Salient {
  pos: number;
  name: string;
  kind: 'person' | 'org' | 'group' | 'someone';
  role: string | null;
  /** For a `someone`: the head noun of the description ("head"), null for "One of the …". */
  head?: string | null;
  /** For a `person` or `someone`: the sex the article shows (`Person.sex`), else null. */
  sex?: Sex | null;
}

export interface ArticleAnalysis {
  paragraphs: Paragraph[];
  people: Person[];
  salient: SalientIndex;
  /** Organisations named in the article, in reading order. */
  orgs: { name: string; pos: number }[];
  /** For each quotation, its token in each paragraph it covers. */
  quoteTokens: { paragraph: number; token: number }[][];
  /** For each quotation: it is a sentence or a long stretch of speech (four words or more, or ends like a sentence). */
  quoteIsSpeech: boolean[];
}

/**
 * Reading position of token `token` in paragraph `paragraph`, comparable across the article.
 * 2^31 per paragraph: a paragraph (a string, under 2^30 code units) never has that many tokens,
 * so positions stay in reading order however long a paragraph is, and exact up to 2^22 paragraphs.
 */
export const position = (paragraph: number, token: number): number => paragraph * 2 ** 31 + token;

/** Folds a name word for comparisons: lowercase, accents and al-/el- prefixes removed. */
export function nameKey(word: string): string {
  return remembered(keyCache, word, nameKeyUncached, 50_000);
}

function nameKeyUncached(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^(?:al|el)[-’']/, '')
    .replace(/[’']/g, "'");
}
const keyCache = new Map<string, string>();

/** The folded words of a name (shared; do not mutate). */
export function nameKeys(name: string): readonly string[] {
  return remembered(keysCache, name, nameKeysUncached, 50_000);
}

function nameKeysUncached(name: string): readonly string[] {
  return name
    .split(/[\s.]+/)
    .filter((w) => w.length > 0)
    .map(nameKey);
}
const keysCache = new Map<string, readonly string[]>();

/**
 * Analyses an article whose quotations have already been found; `words` are its paragraphs' tokens
 * (`tokenizeParagraphs`), shared with entity recognition when given.
 */
export function analyseArticle(
  paragraphs: readonly string[],
  quotes: readonly RawQuote[],
  words: readonly (readonly Word[])[] = tokenizeParagraphs(paragraphs),
): ArticleAnalysis {
  // Narration after the last quote can name no speaker, so it is not analysed at all.
  let last = 0;
  for (const q of quotes) for (const piece of q.pieces) if (piece.paragraph > last) last = piece.paragraph;
  const ranges: QuoteRange[][] = [];
  for (let p = 0; p <= last; p++) ranges.push([]);
  for (let qi = 0; qi < quotes.length; qi++) {
    for (const piece of quotes[qi]!.pieces) {
      const text = paragraphs[piece.paragraph] ?? '';
      ranges[piece.paragraph]!.push({
        from: piece.open >= 0 ? piece.open : piece.start,
        to: piece.close >= 0 ? piece.close + 1 : piece.end,
        quote: qi,
        endsSentence: ENDS_SENTENCE.test(text.slice(Math.max(piece.start, piece.end - 3), piece.end)),
      });
    }
  }
  const quoteTokens: { paragraph: number; token: number }[][] = quotes.map(() => []);
  const terms = termAcronyms(paragraphs);
  const analysed: Paragraph[] = [];
  const orgs: { name: string; pos: number }[] = [];
  for (let p = 0; p <= last; p++) {
    const text = paragraphs[p] ?? '';
    const own = ranges[p]!;
    own.sort(byFrom);
    const { tokens, sentences, sentenceOf } = narration(text, words[p] ?? [], own);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind === 'quote') quoteTokens[t.quote]?.push({ paragraph: p, token: k });
    }
    const mentions = findMentions(text, tokens);
    // "exclusive economic zone (EEZ)": the acronym of a thing names no speaker.
    if (terms.size > 0)
      for (const m of mentions.list)
        if (m.kind === 'org' && m.name !== null && terms.has(m.name)) m.kind = 'place';
    for (const m of mentions.list)
      if (m.kind === 'org' && m.name !== null) orgs.push({ name: m.name, pos: position(p, m.from) });
    analysed.push({ text, tokens, sentences, sentenceOf, mentions });
  }
  const people = collectPeople(analysed);
  const salient = new SalientIndex(collectSalient(analysed, people));
  const quoteIsSpeech = quotes.map((q, qi) => {
    const words = wordCount(q.text);
    if (words >= 4) return true;
    const first = quoteTokens[qi]?.[0];
    return words >= 2 && ENDS_SENTENCE.test(q.text) && !(first && stopIsNarrators(analysed, first, q.text));
  });
  return { paragraphs: analysed, people, salient, orgs, quoteTokens, quoteIsSpeech };
}

const ENDS_SENTENCE = /[.!?…][\])]?$/;

/** Lowercase words and the acronym in parentheses right after them: "economic zone (EEZ)". */
const DEFINED_ACRONYM = /((?:\p{Ll}[\p{Ll}-]*\s+){1,8})\((\p{Lu}{2,6})\)/gu;
/** Where a match of DEFINED_ACRONYM can end: a space, then an acronym in parentheses. */
const ACRONYM_IN_PARENS = /\s\(\p{Lu}{2,6}\)/gu;

/**
 * The matches of DEFINED_ACRONYM in `text`, as `text.matchAll(DEFINED_ACRONYM)` gives them, with
 * the regex run only where one can be: every match ends at an ACRONYM_IN_PARENS and holds, before
 * its "(", only lowercase letters, hyphens and spaces. So no match starts before the last other
 * ASCII character ahead of the next such ending, and the scan starts right after it (a non-ASCII
 * character is stepped over, as it may be a lowercase letter or a space). Trying the regex at
 * every letter of a long paragraph cost about 2% of extraction.
 */
export function* definedAcronyms(text: string): Generator<RegExpExecArray> {
  let from = 0;
  for (;;) {
    ACRONYM_IN_PARENS.lastIndex = from;
    const end = ACRONYM_IN_PARENS.exec(text);
    if (end === null) return;
    let start = end.index;
    while (start > from && mayPrecedeAcronym(text.charCodeAt(start - 1))) start--;
    DEFINED_ACRONYM.lastIndex = start;
    const match = DEFINED_ACRONYM.exec(text);
    if (match === null) return;
    yield match;
    from = match.index + match[0].length;
  }
}

/** Could this UTF-16 unit be in the lowercase words before a defined acronym (ASCII: a-z, -, space)? */
function mayPrecedeAcronym(c: number): boolean {
  return c >= 128 || (c >= 97 && c <= 122) || c === 45 || c === 32 || (c >= 9 && c <= 13);
}

/** Words an acronym's letters skip ("freedom of information" → FOI keeps "of"; "FI" skips it). */
const ACRONYM_SKIPS: ReadonlySet<string> = new Set(syntaxWords.acronymSkips);

/**
 * The acronyms an article defines for a thing, not a body or a person: "overlapping exclusive
 * economic zone (EEZ) claims". The expansion is the lowercase words right before the parenthesis
 * whose initials spell the acronym (function words may be skipped); with a body's head word
 * ("non-governmental organisation (NGO)") or a person's ("chief executive officer (CEO)") it names
 * a speaker, and a capitalised expansion is a name, so neither counts (issue #12). "The EEZ said"
 * and a "they" that would refer to the EEZ then name nobody.
 */
function termAcronyms(paragraphs: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of paragraphs) {
    if (!text.includes('(')) continue;
    for (const match of definedAcronyms(text)) {
      const words = match[1]!.trim().split(/\s+/);
      const letters = match[2]!.toLowerCase();
      let l = letters.length - 1;
      let w = words.length - 1;
      const expansion: string[] = [];
      while (l >= 0 && w >= 0) {
        const word = words[w]!;
        if (word[0] === letters[l]) {
          expansion.push(word);
          l--;
        } else if (!(expansion.length > 0 && ACRONYM_SKIPS.has(word))) break;
        w--;
      }
      if (l >= 0 || expansion.some((x) => ORG_HEADS.has(x) || isNominalHead(x))) continue;
      out.add(match[2]!);
    }
  }
  return out;
}

/**
 * A phrase of fewer than four words ending in a full stop, opened right after a lowercase word
 * that is not a verb of saying ("would be a “significant public benefit.”", "the terms “…” and
 * “same-sex union.”"), carries on the article's sentence: the stop is the narrator's, set inside
 * the marks by American style, and the phrase is no sentence of its own.
 */
export function stopIsNarrators(
  paragraphs: readonly Paragraph[],
  first: { paragraph: number; token: number },
  text: string,
): boolean {
  if (wordCount(text) >= 4 || !/\.\W*$/.test(text)) return false;
  const prev = paragraphs[first.paragraph]?.tokens[first.token - 1];
  return prev?.kind === 'word' && !prev.cap && !REPORTING_VERBS.has(prev.lower);
}
const byFrom = (a: QuoteRange, b: QuoteRange): number => a.from - b.from;

/** Is the mention a full name (at least two name words)? */
function isFullName(m: Mention): boolean {
  return m.kind === 'person' && m.name !== null && nameKeys(m.name).length >= 2;
}

function collectPeople(paragraphs: readonly Paragraph[]): Person[] {
  const people: Person[] = [];
  const byName = new Map<string, Person>();
  paragraphs.forEach((para, p) => {
    for (const m of para.mentions.list) {
      if (!isFullName(m)) continue;
      const name = m.name!;
      const keys = nameKeys(name);
      const key = keys.join(' ');
      const known = byName.get(key) ?? particleSurnameOf(people, keys);
      if (known) {
        // The role is read only where it is needed (roleOf is pure).
        known.role ??= roleOf(para, m);
        continue;
      }
      const person: Person = { name, keys, role: roleOf(para, m), pos: position(p, m.from) };
      people.push(person);
      byName.set(key, person);
    }
  });
  bareNames(paragraphs, people);
  personSexes(paragraphs, people);
  return people;
}

/**
 * Marks each person the article calls by one name word alone ("Trump said") while they are the
 * only person named so far with that word: the lone word is theirs from then on, so a later
 * person of the same surname ("First Lady Melania Trump") does not take it over (`resolvePerson`).
 */
function bareNames(paragraphs: readonly Paragraph[], people: readonly Person[]): void {
  const index = personIndex(people);
  paragraphs.forEach((para, p) => {
    for (const m of para.mentions.list) {
      if (m.kind !== 'person' || m.name === null) continue;
      const keys = nameKeys(m.name);
      if (keys.length !== 1) continue;
      const list = index.word.get(keys[0]!);
      if (list === undefined) continue;
      const pos = position(p, m.from);
      let only: Person | null = null;
      for (const i of list) {
        const person = people[i]!;
        if (person.pos > pos) continue;
        if (only !== null && only !== person) {
          only = null;
          break;
        }
        only = person;
      }
      if (only !== null) only.bare ??= pos;
    }
  });
}

/**
 * Gives each person the sex the article shows: a word before or in the name or in a role it gives
 * them at any mention ("Mrs. Jones", "Congresswoman Ann Lee", "Lee, the group's spokeswoman"),
 * when all such words agree; else, with no such word, the given name of their full name when its
 * bearers are of one sex (`given-names.json`). Words of both sexes, or a name of mixed or unknown
 * sex, leave it null (issue #12: "he" and "she" prefer a person who fits).
 */
function personSexes(paragraphs: readonly Paragraph[], people: readonly Person[]): void {
  const marked = new Map<Person, Set<Sex>>();
  paragraphs.forEach((para, p) => {
    for (const m of para.mentions.list) {
      if (m.kind !== 'person' || m.name === null) continue;
      const sexes = mentionSexes(para, m);
      if (sexes.size === 0) continue;
      const person = resolvePerson(people, m.name, position(p, m.from));
      if (person === null) continue;
      const known = marked.get(person);
      if (known) for (const x of sexes) known.add(x);
      else marked.set(person, sexes);
    }
  });
  for (const person of people) {
    const sexes = marked.get(person);
    if (sexes) person.sex = sexes.size === 1 ? [...sexes][0]! : null;
    else person.sex = givenNameSex(person.keys);
  }
  const owners = possessiveSexes(paragraphs, people);
  for (const person of people) {
    const sexes = owners.get(person);
    if (!marked.has(person) && person.sex == null && sexes?.size === 1) person.sex = [...sexes][0]!;
  }
}

/** A possessive "his"/"her" is followed by the noun phrase it owns, not by a function word. */
function isPossessive(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word' || (t.lower !== 'his' && t.lower !== 'her')) return false;
  if (t.lower === 'his') return true;
  const next = tokens[k + 1];
  if (next?.kind !== 'word' || /ly$/.test(next.lower)) return false;
  const w = next.lower;
  return !(
    PREPOSITIONS.has(w) ||
    DETERMINERS.has(w) ||
    REPORTING_VERBS.has(w) ||
    CONJUNCTIONS.has(w) ||
    SUBORDINATORS.has(w)
  );
}

/**
 * "Police Chief Dana Wells spoke …. Her deputy, Tom Rich, …": a possessive pronoun whose owner is
 * plain, the subject of its own sentence before it, or at a sentence's start the subject of the
 * sentence before, with no other person named between, shows that person's sex. Only possessives
 * count: they speak no quote, so reading them does not presume the resolution of "he"/"she".
 */
function possessiveSexes(paragraphs: readonly Paragraph[], people: readonly Person[]): Map<Person, Set<Sex>> {
  const out = new Map<Person, Set<Sex>>();
  paragraphs.forEach((para, p) => {
    const { tokens } = para;
    for (let k = 0; k < tokens.length; k++) {
      if (!isPossessive(tokens, k)) continue;
      const si = para.sentenceOf[k]!;
      const s = para.sentences[si]!;
      let owner: { p: number; m: Mention } | null = null;
      const own = sentenceSubject(para, s, k);
      if (own !== null && own.to <= k) owner = { p, m: own };
      else if (own === null && k === s.from) {
        // The sentence before: in this paragraph, or the last of the previous one.
        const pp = si > 0 ? p : p - 1;
        const prevPara = paragraphs[pp];
        const prev = prevPara?.sentences[si > 0 ? si - 1 : prevPara.sentences.length - 1];
        const subject = prevPara && prev ? sentenceSubject(prevPara, prev) : null;
        if (subject !== null) owner = { p: pp, m: subject };
      }
      if (owner === null || owner.m.kind !== 'person' || owner.m.poss || owner.m.name === null) continue;
      const person = resolvePerson(people, owner.m.name, position(owner.p, owner.m.from));
      if (person === null || personBetween(paragraphs, people, person, owner.p, owner.m, p, k)) continue;
      const sex: Sex = tokens[k]!.lower === 'his' ? 'm' : 'f';
      const known = out.get(person);
      if (known) known.add(sex);
      else out.set(person, new Set([sex]));
    }
  });
  return out;
}

/**
 * Is someone other than `owner` named after mention `m` (paragraph `p0`) and before token `k` of
 * paragraph `p`: a full name, or a name the article gives someone else in full? ("the flooding in
 * Marlow": a lone word that names nobody is no rival.)
 */
function personBetween(
  paragraphs: readonly Paragraph[],
  people: readonly Person[],
  owner: Person,
  p0: number,
  m: Mention,
  p: number,
  k: number,
): boolean {
  for (let q = p0; q <= p; q++) {
    for (const x of paragraphs[q]!.mentions.list) {
      if (q === p0 && x.from < m.to) continue;
      if (q === p && x.from >= k) break;
      if (x.kind !== 'person' || x.name === null || x === m) continue;
      const other = resolvePerson(people, x.name, position(q, x.from));
      if (other !== owner && (other !== null || isFullName(x))) return true;
    }
  }
  return false;
}

/** The sexes marked at one mention: words before its surname, and the role's words before any "of". */
function mentionSexes(para: Paragraph, m: Mention): Set<Sex> {
  const out = new Set<Sex>();
  const keys = nameKeys(m.name!);
  const surname = keys[keys.length - 1];
  for (let k = m.from; k < m.to; k++) {
    const t = para.tokens[k]!;
    if (t.kind !== 'word' || nameKey(t.text) === surname) continue;
    const x = sexOfWord(t.lower);
    if (x !== null) out.add(x);
  }
  // "Mrs. Okafor": a courtesy title right before the mention, its full stop between.
  const before = para.tokens[m.from - 1]?.text === '.' ? para.tokens[m.from - 2] : para.tokens[m.from - 1];
  const title = before?.kind === 'word' && before.cap ? sexOfWord(before.lower) : null;
  if (title !== null) out.add(title);
  const role = roleOf(para, m);
  if (role !== null) {
    // "Lee, the group's spokeswoman": the role's own words, not those of whoever it is of
    // ("a friend of the victim's mother"): up to the first preposition.
    for (const w of role.toLowerCase().split(/[\s’']+/)) {
      if (PREPOSITIONS.has(w)) break;
      const x = sexOfWord(w.replace(/[.,]+$/, ''));
      if (x !== null) out.add(x);
    }
  }
  return out;
}

/** The sex of the given name opening a full name (after any title word such as "King"), or null. */
function givenNameSex(keys: readonly string[]): Sex | null {
  let k = 0;
  while (k < keys.length - 1 && sexOfWord(keys[k]!) !== null) k++;
  return k < keys.length - 1 ? sexOfGivenName(keys[k]!) : null;
}

/**
 * "De Blasio said" after "Bill de Blasio": a surname that opens with a name particle, written on
 * its own (capitalised at a sentence start), is the surname of the person named in full before.
 */
function particleSurnameOf(people: readonly Person[], keys: readonly string[]): Person | undefined {
  if (!NAME_PARTICLES.has(keys[0]!)) return undefined;
  const tail = keys.join(' ');
  for (let i = people.length - 1; i >= 0; i--) {
    const k = people[i]!.keys;
    if (k.length > keys.length && k.slice(k.length - keys.length).join(' ') === tail) return people[i];
  }
  return undefined;
}

const SEGMENT_BREAK = new Set([',', ';', ':', '(', ')', '—', '–']);

/** Tokens [from, to) as text. */
export function tokenText(para: Paragraph, from: number, to: number): string {
  if (to <= from) return '';
  return para.text.slice(para.tokens[from]!.start, para.tokens[to - 1]!.end);
}

/**
 * A role without its leading article or quantifier: "the minister", "another eyewitness", "one
 * activist" (not "one of the organisers", nor "One Nation", a name).
 */
function stripArticle(role: string): string {
  return role
    .replace(/^(?:(?:[Tt]he|[Aa]n?|[Aa]nother)\s+|[Oo]ne\s+(?!of\b)(?=[a-z]))/, '')
    .replace(/[,;:]+$/, '');
}

const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(syntaxWords.appositiveOpeners);

/**
 * Can this word stand before an appositive title's noun phrase: a determiner or capitalised word,
 * an adverb of time ("formerly", "then-"), or an affiliation's "of"? "The minister, Tom Hale, gave
 * a speech", "Coles, in its March 8 media release, reported": a verb or another preposition there
 * opens the predicate or an adverbial, no title.
 */
function opensTitle(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false;
  if (t.cap || DETERMINERS.has(t.lower) || t.lower.endsWith('ly')) return true;
  return APPOSITIVE_OPENERS.has(t.lower.split('-')[0]!);
}

/** The title in an appositive after the name: ", role," up to the next break; null when none. */
function appositiveAfter(para: Paragraph, m: Mention): string | null {
  const { tokens, mentions } = para;
  if (tokens[m.to]?.text === ',' && tokens[m.to]?.kind === 'punct') {
    const segStart = m.to + 1;
    let k = segStart;
    // "said Paul Reyes, a spokesman for the company. He left.": the title ends with its sentence.
    while (
      k < tokens.length &&
      !(tokens[k]!.kind === 'punct' && SEGMENT_BREAK.has(tokens[k]!.text)) &&
      tokens[k]!.kind !== 'quote' &&
      !isSentenceStop(tokens[k])
    ) {
      if (isReportingVerb(tokens[k]) && k > segStart) break;
      k++;
    }
    const first =
      mentions.byStart[segStart] ??
      (opensTitle(tokens[segStart]) ? mentions.byStart[segStart + 1] : undefined);
    // "Michael Makuei, the Information Minister paid tribute to Luk.": a name that opens its
    // sentence is its subject, so a sentence's end closes no appositive after it; "said X, a
    // student." does.
    const opens = para.sentences[para.sentenceOf[m.from] ?? 0]?.from === m.from;
    // "said Delfin Lorenzana, the Defence Secretary; he described …": a semicolon ends a clause,
    // as a full stop ends a sentence, and closes the appositive before it.
    const closed =
      tokens[k]?.text === ',' ||
      tokens[k]?.text === ';' ||
      k >= tokens.length ||
      (tokens[k]?.text === '.' && !(opens && isSentenceStop(tokens[k])));
    // "Coles, in its March 8 media release, reported": a document ("release", "speech") is no
    // title (a preposition before it is refused by `opensTitle`).
    if (
      first &&
      (first.kind === 'role' || first.kind === 'nominal') &&
      !isTitleless(first) &&
      closed &&
      k - segStart <= 25
    ) {
      return stripArticle(tokenText(para, segStart, k));
    }
    // "Michael Makuei, the Information Minister paid tribute to Luk": after a name that opens its
    // sentence, a capitalised title the sentence's verb follows at once (`verbAfterTitle`) is an
    // appositive whose closing comma is left out; it ends at the verb (issue #12, h12-round4).
    if (
      opens &&
      first?.kind === 'role' &&
      !first.poss &&
      !isTitleless(first) &&
      first.to <= k &&
      first.to - segStart <= 12 &&
      verbAfterTitle(tokens[first.to])
    ) {
      return stripArticle(tokenText(para, segStart, first.to));
    }
    const t = tokens[segStart];
    if (
      t?.kind === 'word' &&
      (t.lower === 'a' || t.lower === 'an' || t.lower === 'the' || t.lower === 'former') &&
      closed &&
      k - segStart <= 25
    ) {
      return stripArticle(tokenText(para, segStart, k));
    }
    // "Kathryn Waters, director of the gallery, said"; "said Kristen Wilkins, assistant professor
    // of photography.": a title without an article, its noun among its first three lowercase words.
    if (closed && k - segStart <= 25 && bareTitleAt(tokens, segStart, k))
      return stripArticle(tokenText(para, segStart, k));
  }
  return null;
}

/**
 * The lowercase word right after a capitalised title, where it is the sentence's verb ("the
 * Information Minister paid", "said", "has"): no preposition, determiner, conjunction, relative or
 * subordinator, which would carry the title on ("the Minister of", "the Minister and", "the
 * Minister who"), and no -ing form (a participle phrase).
 */
function verbAfterTitle(t: Token | undefined): boolean {
  if (t?.kind !== 'word' || t.cap || !/^\p{Ll}+$/u.test(t.text)) return false;
  const w = t.lower;
  return (
    !PREPOSITIONS.has(w) &&
    !DETERMINERS.has(w) &&
    !TITLE_CONTINUERS.has(w) &&
    !w.endsWith('ing') &&
    !w.endsWith('ly')
  );
}

/** Words that carry a title on after its capitalised words ("and", "who", "that"). */
const TITLE_CONTINUERS: ReadonlySet<string> = new Set([
  ...syntaxWords.conjunctions,
  ...syntaxWords.relatives,
  ...syntaxWords.subordinators,
]);

/** A title or nominal mention headed by a document ("the speech", "a message"): it titles no one. */
function isTitleless(m: Mention): boolean {
  return m.head !== null && DOCUMENT_NOUNS.has(m.head);
}

/** Nouns that title a person (role heads and person nouns; not documents such as "statement"). */
const PERSON_TITLE_NOUNS: ReadonlySet<string> = new Set(
  [...lexicon.NOMINAL_HEADS].filter((w) => !DOCUMENT_NOUNS.has(w)),
);

/** Whether tokens [from, to) open with up to three lowercase words, the last a person's title noun. */
function bareTitleAt(tokens: readonly Token[], from: number, to: number): boolean {
  for (let n = from; n < Math.min(to, from + 3); n++) {
    const t = tokens[n]!;
    if (t.kind !== 'word' || t.cap || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower)) return false;
    if (isTitleNoun(tokens, n)) return true;
  }
  return false;
}

/** Whether the word at k is a person's title noun: a role head or person noun, not a document. */
function isTitleNoun(tokens: readonly Token[], k: number): boolean {
  return PERSON_TITLE_NOUNS.has(tokens[k]!.lower) || isPersonNoun(tokens, k);
}

/**
 * A lowercase reporting verb: "said", "states"; a capitalised one is a name's word ("President of
 * the United States").
 */
function isReportingVerb(t: Token | undefined): boolean {
  return t?.kind === 'word' && !t.cap && REPORTING_VERBS.has(t.lower);
}

/**
 * Whether the lowercase past form at k is a verb, not a modifier: after a noun or name ("Wikinews
 * contacted campaign manager X", "the trail showed nominee X"), not after a determiner, a
 * conjunction or an adverb ("the retired general", "and retired general", "newly elected").
 */
function pastVerbAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  if (t.cap || !pastForm(t.lower) || prev?.kind !== 'word') return false;
  const p = prev.lower;
  return !DETERMINERS.has(p) && p !== 'and' && p !== 'or' && !p.endsWith('ly') && !PREPOSITIONS.has(p);
}

/**
 * Whether the word at k heads a person noun of WordNet's list: the word ("herpetologist"), the
 * compound it ends ("team member"), or a "co-" form of one ("co-author").
 */
function isPersonNoun(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.lower;
  if (PERSON_NOUNS.has(w) || (w.startsWith('co-') && PERSON_NOUNS.has(w.slice(3)))) return true;
  const prev = tokens[k - 1];
  return prev?.kind === 'word' && PERSON_NOUNS.has(`${prev.lower} ${w}`);
}

/**
 * The role the article gives a person right at this mention: a title inside the name ("NATO
 * Secretary General Jens Stoltenberg"), a title just before it ("Pentagon spokesperson John
 * Kirby"), or an appositive ("Tom Goffus, NATO Assistant Secretary General, …"; "The Vice
 * President, Mike Pence, …").
 */
export function roleOf(para: Paragraph, m: Mention): string | null {
  // "current bishop Allan Casicas": "current" says when, not what; the gold sets leave it out.
  return roleAt(para, m)?.replace(/^[Cc]urrent\s+(?=\S)/, '') ?? null;
}

function roleAt(para: Paragraph, m: Mention): string | null {
  // "Democrat Chuck Schumer, the Senate minority leader, told …": an appositive's title says more
  // than a word glued before the name at the sentence's start.
  if (m.role !== null) {
    if (m.glued === true) return appositiveAfter(para, m) ?? m.role;
    if (m.body === true) return functionOfBody(para, m, m.role);
    if (addressOnly(m.role)) return appositiveAfter(para, m) ?? functionBefore(para, m, m.role);
    return m.role;
  }
  const { tokens, mentions } = para;
  const before = mentions.byEnd[m.from - 1];
  // "During the speech Trump claimed": a document before the name is no title.
  if (
    before &&
    (before.kind === 'nominal' || before.kind === 'role') &&
    before.role !== null &&
    !isTitleless(before)
  )
    return stripArticle(before.role);
  // A lowercase title right before the name: "trade commissioner Albert Muchanga", "archbishop X"
  // (a bare document, "During the speech Trump claimed", titles no one either).
  const head = tokens[m.from - 1];
  if (
    head?.kind === 'word' &&
    !head.cap &&
    (isNominalHead(head.lower) || isPersonNoun(tokens, m.from - 1)) &&
    !DOCUMENT_NOUNS.has(head.lower)
  ) {
    let k = m.from - 1;
    while (k > 0 && m.from - k < 6) {
      const t = tokens[k - 1]!;
      if (t.kind !== 'word' || DETERMINERS.has(t.lower) || REPORTING_VERBS.has(t.lower)) break;
      if (isPreposition(t) || SKIP_BEFORE_VERB.has(t.lower) || pastVerbAt(tokens, k - 1)) break;
      k--;
    }
    // "radio host, and philanthropist Don Imus": a conjunction left at the start joins no title.
    while (k < m.from - 1 && (tokens[k]!.lower === 'and' || tokens[k]!.lower === 'or')) k++;
    return tokenText(para, k, m.from);
  }
  const after = appositiveAfter(para, m);
  if (after !== null) return after;
  const naming = titleBeforeNaming(para, m);
  if (naming !== null) return naming;
  // Appositive before the name: "Iraq’s National Security Advisor, Qasim al-Araji, …".
  const floor = para.sentences[para.sentenceOf[m.from] ?? 0]?.from ?? 0;
  if (tokens[m.from - 1]?.text === ',' && closesTitledName(tokens, m, floor)) {
    // "The general secretary of the RMT union (National Union of …), Mick Cash, said": a
    // parenthesis that closes the title is left out of it.
    let end = m.from - 1;
    if (tokens[end - 1]?.text === ')') {
      let o = end - 2;
      while (o > floor && tokens[o]!.text !== '(' && tokens[o]!.text !== ')' && tokens[o]!.kind !== 'quote')
        o--;
      if (tokens[o]?.text === '(') end = o;
    }
    let k = end - 1;
    while (
      k >= floor &&
      !(tokens[k]!.kind === 'punct' && SEGMENT_BREAK.has(tokens[k]!.text)) &&
      tokens[k]!.kind !== 'quote'
    )
      k--;
    // "So said the fire brigade's spokesman, Ian Holt,": the title starts after the reporting verb.
    for (let n = end - 1; n > k; n--)
      if (isReportingVerb(tokens[n])) {
        k = n;
        break;
      }
    const last = mentions.byEnd[end - 1];
    // Without a comma after the name, only a segment that reads as a title ("In a statement,
    // Tom Hale said" is none).
    const mentioned = last && (last.kind === 'role' || last.kind === 'nominal') && tokens[m.to]?.text === ',';
    const titleFrom = mentioned ? last.from : titleHeadBefore(tokens, k + 1, end);
    if (titleFrom >= 0 && end - (k + 1) <= 12) {
      let s = k + 1;
      // Leave out a leading time phrase: "On Friday, the Vice President, Mike Pence"; not the
      // title's head ("His daughter, and member of the INC, Sharmistha Mukherjee wrote").
      while (
        s < (mentioned ? end : titleFrom) &&
        tokens[s]!.kind === 'word' &&
        !tokens[s]!.cap &&
        !/^(?:the|a|an)$/.test(tokens[s]!.lower)
      )
        s++;
      // "Sarah Klein met her brother, David Klein, …": a person the segment names as a subject (a
      // lowercase word that opens no phrase of the title follows the name) is no part of the
      // title; it starts at the first determiner after them, or else at the title's own words.
      for (let n = s; n < titleFrom; n++) {
        const named = mentions.byStart[n];
        if (named?.kind !== 'person' || named.poss || named.to >= titleFrom) continue;
        const next = tokens[named.to]!;
        if (next.kind !== 'word' || next.cap || isPreposition(next) || NAME_CONNECTORS.has(next.lower))
          continue;
        let d = named.to;
        while (d < titleFrom && !DETERMINERS.has(tokens[d]!.lower)) d++;
        s = d;
        break;
      }
      return stripArticle(tokenText(para, s, end));
    }
  }
  return affiliationAfter(para, m);
}

const ADDRESS_TITLES: ReadonlySet<string> = new Set(syntaxWords.addressTitles);

/** Is the role only a title of address ("Professor", "Dr."), which names no function? */
function addressOnly(role: string): boolean {
  const words = role.toLowerCase().replace(/\./g, '').split(/\s+/);
  return words.length === 1 && ADDRESS_TITLES.has(words[0]!);
}

/**
 * "Professor Greg Barton, Chair In Global Islamic Politics …, said" (in `roleAt`), "said lead
 * author Professor David Livermore": a title of address alone names no function, so an
 * appositive after the name says more, and a lowercase function right before it (a nominal head
 * or person noun) is read with it, as written ("lead author Professor"); issue #12, h12-round3.
 */
function functionBefore(para: Paragraph, m: Mention, role: string): string {
  const k = m.from - 1;
  const s = lowercaseFunctionStart(para.tokens, k, true);
  return s < 0 ? role : `${stripArticle(tokenText(para, s, k + 1))} ${role}`;
}

/**
 * "Hong Kong director of Amnesty International Man-kei Tam said": a known body's name run on
 * before a person's (`Mention.body`) is their role, with the function that "of", "at" or "for"
 * joins to it read with it, as written (issue #12, h12-round4).
 */
function functionOfBody(para: Paragraph, m: Mention, role: string): string {
  const { tokens } = para;
  const link = tokens[m.from - 1];
  if (link?.kind !== 'word' || link.cap || !BODY_LINKS.has(link.lower)) return role;
  const s = lowercaseFunctionStart(tokens, m.from - 2, false);
  return s < 0 ? role : `${stripArticle(tokenText(para, s, m.from))} ${role}`;
}

/** Words that join a function to the body it serves ("director of", "researcher at", "spokesman for"). */
const BODY_LINKS: ReadonlySet<string> = new Set(syntaxWords.bodyLinks);

/**
 * Where a lowercase function ending at token `k` starts ("lead author", "a university student"):
 * its head is a nominal head or a person noun, not a document noun; read back up to five words,
 * stopping at a determiner, a reporting verb, a preposition or a past verb (and at a capital when
 * `stopAtCapital`), a leading "and"/"or" left out. -1 when `k` is no such head.
 */
function lowercaseFunctionStart(tokens: Paragraph['tokens'], k: number, stopAtCapital: boolean): number {
  const head = tokens[k];
  if (
    head?.kind !== 'word' ||
    head.cap ||
    !(isNominalHead(head.lower) || isPersonNoun(tokens, k)) ||
    DOCUMENT_NOUNS.has(head.lower)
  )
    return -1;
  let s = k;
  while (s > 0 && k - s < 5) {
    const t = tokens[s - 1]!;
    if (t.kind !== 'word' || (stopAtCapital && t.cap)) break;
    if (DETERMINERS.has(t.lower) || REPORTING_VERBS.has(t.lower)) break;
    if (isPreposition(t) || SKIP_BEFORE_VERB.has(t.lower) || pastVerbAt(tokens, s - 1)) break;
    s--;
  }
  while (s < k && (tokens[s]!.lower === 'and' || tokens[s]!.lower === 'or')) s++;
  return s;
}

const NAMING_CUES: readonly (readonly string[])[] = syntaxWords.namingCues.map((c) => c.split(' '));
// "14-year-old Desmond Barnes": an age between the naming cue and the name.
const AGE = /^\d+-year-old$/;

/**
 * "A university student named Wong said", "another student, identified as 14-year-old Desmond
 * Barnes, …": a lowercase title right before "named", "called" or "identified as" (syntax-words.json
 * `namingCues`; an age may stand before the name, a comma before the cue) is the person's role,
 * read back as a title right before the name is (issue #12, h12-round3). "Trump called Biden" (a
 * name before the cue) and "the victim was identified as X" (a verb) title no one.
 */
function titleBeforeNaming(para: Paragraph, m: Mention): string | null {
  if (m.kind !== 'person') return null;
  const { tokens } = para;
  let k = m.from - 1;
  if (tokens[k]?.kind === 'word' && AGE.test(tokens[k]!.lower)) k--;
  const cue = NAMING_CUES.find((words) =>
    words.every((w, n) => {
      const t = tokens[k - words.length + 1 + n];
      return t?.kind === 'word' && !t.cap && t.lower === w;
    }),
  );
  if (cue === undefined) return null;
  k -= cue.length;
  if (tokens[k]?.text === ',') k--;
  const s = lowercaseFunctionStart(tokens, k, false);
  return s < 0 ? null : stripArticle(tokenText(para, s, k + 1));
}

/**
 * "Sheldon Yett of UNICEF observed", "Mike Ryan of the World Health Organization (WHO) told": a
 * person given no title, whose name "of" joins to a named body, is described by that body: the
 * role is "of <body>" as written (issue #12, h12-speakers). Only a body's name: "Smith of Boston"
 * (a place) and "Smith of the village" (no name) are no role.
 */
function affiliationAfter(para: Paragraph, m: Mention): string | null {
  if (m.kind !== 'person' || m.poss) return null;
  const { tokens, mentions } = para;
  if (tokens[m.to]?.lower !== 'of') return null;
  let k = m.to + 1;
  if (tokens[k]?.lower === 'the') k++;
  let body = mentions.byStart[k];
  // "of the UK's National Crime Agency": the body after a possessive.
  if (body?.poss) body = mentions.byStart[body.to];
  if (body?.kind !== 'org' || body.poss) return null;
  // "of The Globe and Mail", "of the Hajo assembly": the name runs on over capitalised words the
  // mention left (also after "and") and one lowercase body noun.
  const capital = (t: Token | undefined) => t?.kind === 'word' && /^\p{Lu}/u.test(t.text);
  let end = body.to;
  for (;;) {
    const t = tokens[end];
    if (capital(t)) end++;
    else if (t?.lower === 'and' && capital(tokens[end + 1])) end += 2;
    else break;
  }
  if (tokens[end]?.kind === 'word' && ORG_HEADS.has(tokens[end]!.text)) end++;
  return tokenText(para, m.to, end);
}

/**
 * Whether what follows a name closes an appositive title before it: a comma ("Malaysia's Prime
 * Minister, Najib Razak, said"), the sentence's reporting verb ("…, Najib Razak said"), or the
 * sentence's end after an inverted reporting verb ("said the university's chancellor, Pradeep
 * Khosla.").
 */
function closesTitledName(tokens: readonly Token[], m: Mention, floor: number): boolean {
  const next = tokens[m.to];
  if (next?.text === ',') return true;
  if (isReportingVerb(next)) return true;
  if (!isSentenceStop(next) && next !== undefined) return false;
  for (let n = m.from - 1; n >= floor; n--) {
    const t = tokens[n]!;
    if (t.kind === 'quote') return false;
    if (isReportingVerb(t)) return true;
  }
  return false;
}

/**
 * The head of a title that tokens [from, to) spell before a name, or -1: a person's title noun
 * ending the words before any preposition ("another eyewitness", "Daily Xtra's editorial director", "the
 * director of Argentina's Amnesty International"), a hand-written role head when capitalised. "As
 * a child" (a preposition first), "when the minister arrived" (no title last) and "Thanking
 * his father" (an -ing form before the title) are none.
 */
function titleHeadBefore(tokens: readonly Token[], from: number, to: number): number {
  let p = from;
  while (p < to && !(tokens[p]!.kind === 'word' && PREPOSITIONS.has(tokens[p]!.lower))) p++;
  const h = p - 1;
  const t = tokens[h];
  // "His opponent, Joe Biden, …": a title relative to someone else yields to the person's own.
  if (h < from || t?.kind !== 'word' || POSSESSIVE_PRONOUNS.has(tokens[from]!.lower)) return -1;
  const head = t.cap ? ROLE_HEADS.has(t.lower) : isTitleNoun(tokens, h);
  if (!head) return -1;
  for (let n = from; n < h; n++) if (tokens[n]!.lower.endsWith('ing')) return -1;
  return h;
}

/** Subjects of sentences and of reporting verbs, in reading order: what "he" or "it" refers to. */
function collectSalient(paragraphs: readonly Paragraph[], people: readonly Person[]): Salient[] {
  const out: Salient[] = [];
  paragraphs.forEach((para, p) => {
    for (const s of para.sentences) {
      checkBudget();
      const subj = sentenceSubject(para, s);
      // Only a description that opens its sentence is a person of its own ("The head of the
      // inquiry told"); one after a name ("X, formerly the director, said") describes that name.
      const opens =
        subj !== null &&
        (subj.from === s.from || (subj.from === s.from + 1 && DETERMINERS.has(para.tokens[s.from]!.lower)));
      if (subj) pushSalient(out, para, p, subj, people, opens);
      // "One of the victims decided …": one person of a group, described, not named.
      else if (para.tokens[s.from]?.lower === 'one' && para.tokens[s.from + 1]?.lower === 'of')
        out.push({ pos: position(p, s.from), name: '', kind: 'someone', role: null, head: null });
      for (let k = s.from; k < s.to; k++) {
        const t = para.tokens[k]!;
        if (t.lower === 'according' && para.tokens[k + 1]?.lower === 'to') {
          const m = para.mentions.byStart[k + 2];
          if (m) pushSalient(out, para, p, m, people);
          continue;
        }
        // "For Kevin Allton, … . He said": a fronted topic is what a following "he" refers to.
        if (k === s.from && t.lower === 'for') {
          const m = para.mentions.byStart[k + 1];
          if (m?.kind === 'person' && para.tokens[m.to]?.text === ',') pushSalient(out, para, p, m, people);
          continue;
        }
        if (!REPORTING_VERBS.has(t.lower)) continue;
        const m = leftSubject(para, k, s.from);
        if (m && m !== subj) pushSalient(out, para, p, m, people);
        const reported = thatClauseSubject(para, k + 1, s.to);
        if (reported) pushSalient(out, para, p, reported, people);
      }
    }
  });
  out.sort((a, b) => a.pos - b.pos);
  return out;
}

/**
 * "PBS revealed that in December, Crown Prince X accepted …": the person named in full as the
 * subject of the clause a verb of saying reports (after "that" and an adverbial ending in a
 * comma; a past form right after the name or its "of" phrase) is what a following "he" or "she"
 * may refer to (issue #12).
 */
function thatClauseSubject(para: Paragraph, k: number, to: number): Mention | null {
  const { tokens, mentions } = para;
  if (tokens[k]?.lower !== 'that') return null;
  let j = k + 1;
  const opener = tokens[j];
  if (opener?.kind === 'word' && ADVERBIAL_OPENERS.test(opener.lower)) {
    while (j < to && j - k < 8 && tokens[j]!.kind === 'word') j++;
    if (tokens[j]?.text !== ',') return null;
    j++;
  }
  const m = mentions.byStart[j];
  if (m?.kind !== 'person' || m.poss || m.name === null || nameKeys(m.name).length < 2) return null;
  let v = m.to;
  if (tokens[v]?.lower === 'of' && mentions.byStart[v + 1]) v = mentions.byStart[v + 1]!.to;
  const verb = tokens[v];
  return verb?.kind === 'word' && !verb.cap && pastForm(verb.lower) ? m : null;
}

function pushSalient(
  out: Salient[],
  para: Paragraph,
  p: number,
  m: Mention,
  people: readonly Person[],
  opensSentence = false,
): void {
  if ((m.kind === 'nominal' || m.kind === 'role') && m.org === null && m.head !== null) {
    const plural = m.head.endsWith('s') && isNominalHead(m.head.slice(0, -1));
    if (plural) out.push({ pos: position(p, m.from), name: '', kind: 'group', role: m.role });
    else if (opensSentence && !ORG_HEADS.has(m.head) && !DOCUMENT_NOUNS.has(m.head))
      out.push({
        pos: position(p, m.from),
        name: '',
        kind: 'someone',
        role: m.role,
        head: m.head,
        sex: sexOfWord(m.head),
      });
    return;
  }
  if ((m.kind === 'person' || m.kind === 'org') && m.name !== null) {
    const person = m.kind === 'person' ? resolvePerson(people, m.name, position(p, m.from)) : null;
    // A lone capitalised word nobody in the article is called ("Olympic") is no antecedent.
    if (m.kind === 'person' && person === null && nameKeys(m.name).length < 2) return;
    out.push({
      pos: position(p, m.from),
      name: person?.name ?? m.name,
      kind: m.kind,
      role: roleOf(para, m) ?? person?.role ?? null,
      sex: person?.sex ?? null,
    });
  }
}

/**
 * The salient subjects in reading order, as pronoun resolution asks for them: the latest one of a
 * kind before a position. Attribution adds the speakers it finds as it goes (`remember`). Kept
 * per kind and searched by bisection, so each question costs log n, not a walk back through the
 * article (which made attribution grow with the square of the article).
 */
export class SalientIndex {
  /** Entries per kind in reading order; `seq` orders entries at one position as listed. */
  private readonly byKind = new Map<Salient['kind'], { pos: number; seq: number; s: Salient }[]>();
  private readonly positions = new Set<number>();
  private seq = 0;

  /** `sorted`: the article's salient subjects in reading order (ties in the order listed). */
  constructor(sorted: readonly Salient[]) {
    for (const s of sorted) this.put(s);
  }

  private put(s: Salient): void {
    let list = this.byKind.get(s.kind);
    if (list === undefined) {
      list = [];
      this.byKind.set(s.kind, list);
    }
    // After every entry at or before its position (speakers are found in reading order, so
    // this is at or near the end and the splice moves little).
    const at = upperBound(list, s.pos);
    const entry = { pos: s.pos, seq: this.seq++, s };
    if (at === list.length) list.push(entry);
    else list.splice(at, 0, entry);
    this.positions.add(s.pos);
  }

  /** Adds a speaker found at `s.pos`, unless a subject is already known at that position. */
  remember(s: Salient): void {
    if (this.positions.has(s.pos)) return;
    this.put(s);
  }

  /**
   * The latest entry of one of `kinds` before `pos` (ties: the one listed last), or null; with
   * `accept`, the latest one it accepts, looking back no further than `from`.
   */
  latestBefore(
    pos: number,
    kinds: readonly Salient['kind'][],
    accept?: (s: Salient) => boolean,
    from = -Infinity,
  ): Salient | null {
    let best: { pos: number; seq: number; s: Salient } | null = null;
    for (const kind of kinds) {
      const list = this.byKind.get(kind);
      if (list === undefined) continue;
      let at = lowerBound(list, pos) - 1;
      if (accept) while (at >= 0 && list[at]!.pos >= from && !accept(list[at]!.s)) at--;
      const e = list[at];
      if (e === undefined || e.pos < from) continue;
      if (best === null || e.pos > best.pos || (e.pos === best.pos && e.seq > best.seq)) best = e;
    }
    return best?.s ?? null;
  }
}

/** The number of entries with `pos` below `pos`. */
function lowerBound(list: readonly { pos: number }[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.pos < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The number of entries with `pos` at or below `pos`. */
function upperBound(list: readonly { pos: number }[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.pos <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words that open a sentence with an adverbial rather than its subject ("In a statement, …"). */
const ADVERBIAL_OPENERS =
  /^(?:in|on|at|after|before|during|following|since|speaking|according|later|earlier|last|next|meanwhile|however|also|yesterday|today|when|while|as|although|though|despite|with|without|by|for|from|under|upon|amid|once|if|then|thus|instead|shortly|separately|additionally|moreover|furthermore|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The main subject of a sentence: its first mention that is not inside a leading adverbial or after a preposition. */
export function sentenceSubject(para: Paragraph, s: Sentence, limit = s.to): Mention | null {
  const { tokens, mentions } = para;
  let from = s.from;
  const first = tokens[from];
  // "In a statement, …", "Specifically, …": an opening adverbial is not the subject.
  const adverb = first?.kind === 'word' && first.lower.endsWith('ly') && tokens[from + 1]?.text === ',';
  if (first?.kind === 'word' && (adverb || ADVERBIAL_OPENERS.test(first.lower))) {
    let k = from;
    while (k < limit && tokens[k]!.text !== ',' && tokens[k]!.kind !== 'quote') k++;
    if (tokens[k]?.text === ',') from = k + 1;
  } else if (first?.kind === 'word' && first.lower.endsWith('ing') && !mentions.byStart[from]) {
    // "Calling it “…”, X told …": a participle clause, quotes and all, precedes the subject.
    let k = from;
    while (k < s.to && k - from < 30 && tokens[k]!.text !== ',') k++;
    if (tokens[k]?.text === ',' && k + 1 < limit) from = k + 1;
  }
  for (let k = from; k < limit; k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote') return null;
    const m = mentions.byStart[k];
    // "The sheriff's investigators said Willey …": an unnamed subject; later names are objects.
    if (!m && k > from && REPORTING_VERBS.has(t.lower) && unnamedSubject(para, k, from)) return null;
    if (!m) continue;
    if (isPreposition(tokens[k - 1]) || m.poss) {
      k = m.to - 1;
      continue;
    }
    if (m.kind === 'pronoun' && !/^(?:he|she|it|they)$/.test(m.name ?? '')) continue;
    // "The same day that he dropped out, Bloomberg endorsed …": a subordinate clause's subject.
    if (m.kind === 'pronoun' && SUBORDINATORS.has(tokens[k - 1]?.lower ?? '')) continue;
    // "Assembly president Richard Ferrand …": a title right before a name.
    // "The new governor of the region, Alexander Moor, …": or an appositive name after it.
    // "Chief engineer Paul Novak …": lowercase title words between.
    let comma = m.to;
    let lowerRun = m.to;
    while (
      lowerRun < limit &&
      lowerRun - m.to < 3 &&
      tokens[lowerRun]!.kind === 'word' &&
      !tokens[lowerRun]!.cap
    )
      lowerRun++;
    while (comma < limit && comma - m.to < 6 && tokens[comma]!.kind === 'word') comma++;
    const named =
      mentions.byStart[m.to] ??
      mentions.byStart[lowerRun] ??
      (tokens[comma]?.text === ',' ? mentions.byStart[comma + 1] : undefined);
    if ((m.kind === 'nominal' || m.kind === 'role') && m.org === null && named?.kind === 'person')
      return named;
    return apposedName(para, m) ?? m;
  }
  return null;
}

/** "A Republican, Mark Amodei, has …": the full name in apposition to a lone capitalised word. */
function apposedName(para: Paragraph, m: Mention): Mention | null {
  if (m.kind !== 'person' || m.name === null || nameKeys(m.name).length >= 2) return null;
  const apposed = para.tokens[m.to]?.text === ',' ? para.mentions.byStart[m.to + 1] : undefined;
  return apposed && isFullName(apposed) ? apposed : null;
}

/** Words that open a subordinate clause ("that", "when", "after"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(syntaxWords.subordinators);

/** -ly words that are nouns, not adverbs ("the family said"). */
const LY_NOUNS: ReadonlySet<string> = new Set(syntaxWords.lyNouns);

/** Words between a subject and its verb: auxiliaries and adverbs ("also", "audibly"). */
export function skipsBeforeVerb(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (SKIP_BEFORE_VERB.has(t.lower)) return true;
  return !t.cap && t.lower.length >= 6 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower);
}

/** Relative words that open a clause inside a sentence: the subject of a verb after them comes after them. */
const RELATIVES: ReadonlySet<string> = new Set(syntaxWords.relatives);
const READING_VERBS: ReadonlySet<string> = new Set(syntaxWords.readingVerbs);
const RECEIVING_VERBS: ReadonlySet<string> = new Set(syntaxWords.receivingVerbs);

/**
 * "A letter seen by Sky News says", "a memo sent to the council reads": the name after "by" a
 * participle of reading, or after "to" one of giving, got the text and did not write it. The
 * index of that preposition before `m` ("the" may stand between), or -1.
 */
function readerPreposition(tokens: readonly Token[], m: Mention): number {
  let prep = m.from - 1;
  if (tokens[prep]?.lower === 'the') prep--;
  const verb = tokens[prep - 1];
  if (verb?.kind !== 'word' || tokens[prep]?.kind !== 'word') return -1;
  const p = tokens[prep]!.lower;
  return (p === 'by' && READING_VERBS.has(verb.lower)) || (p === 'to' && RECEIVING_VERBS.has(verb.lower))
    ? prep
    : -1;
}

/**
 * An unnamed subject right before the reporting verb at `v`: a determiner (or a possessive name)
 * and up to three lowercase words ("the dispatcher then asked", "an unidentified female voice
 * interjected", "the sheriff's investigators said"). Returned as a nominal naming nobody, so the
 * quote counts as sourced and is not handed to an earlier speaker.
 */
export function unnamedSubject(para: Paragraph, v: number, floor: number): Mention | null {
  const { tokens, mentions } = para;
  // "… whilst promising": a participle has no subject of its own.
  if (tokens[v]!.lower.endsWith('ing')) return null;
  let k = v - 1;
  while (k >= floor && skipsBeforeVerb(tokens[k]!)) k--;
  const end = k + 1;
  let words = 0;
  while (k >= floor && words < 4) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || mentions.byEnd[k]) break;
    if (DETERMINERS.has(t.lower) && t.lower !== 'that') {
      // "during the debate repeated …": the object of a preposition is no subject.
      if (words === 0 || isPreposition(tokens[k - 1])) return null;
      return unnamed(para, k, end);
    }
    if ((t.cap && k !== para.sentences[para.sentenceOf[k]!]?.from) || breaksSubject(t.lower)) return null;
    words++;
    k--;
  }
  // "Some of the protesters Wikinews interviewed said": a name and a past form after a plural
  // noun are a relative clause on the noun; the phrase up to the noun is the unnamed subject.
  const inner = words === 1 ? mentions.byEnd[k] : undefined;
  if (inner && !inner.poss && pastForm(tokens[k + 1]!.lower) && relativeHead(tokens[inner.from - 1])) {
    let from = inner.from - 1;
    while (
      from > floor &&
      tokens[from - 1]!.kind === 'word' &&
      !mentions.byEnd[from - 1] &&
      (!tokens[from - 1]!.cap || from - 1 === para.sentences[para.sentenceOf[from - 1]!]?.from)
    )
      from--;
    return unnamed(para, from, end);
  }
  // "The sheriff's investigators said": a possessive stands for the determiner.
  const owner = words > 0 ? mentions.byEnd[k] : undefined;
  if (owner?.poss && owner.from >= floor) {
    const m = unnamed(para, owner.from, end);
    if (owner.kind === 'org') m.org = owner.name;
    return m;
  }
  return null;
}

const CONJUNCTIONS: ReadonlySet<string> = new Set(syntaxWords.conjunctions);

/** A lowercase plural noun a relative clause may follow without "who"/"that" ("the protesters X met"). */
function relativeHead(t: Token | undefined): boolean {
  return (
    t?.kind === 'word' &&
    !t.cap &&
    /^[a-z]+s$/.test(t.text) &&
    !t.lower.endsWith('ss') &&
    !breaksSubject(t.lower) &&
    !SKIP_BEFORE_VERB.has(t.lower) &&
    !DETERMINERS.has(t.lower)
  );
}

/** Words that cannot stand inside an unnamed subject between its determiner and its verb. */
function breaksSubject(w: string): boolean {
  return PREPOSITIONS.has(w) || REPORTING_VERBS.has(w) || RELATIVES.has(w) || CONJUNCTIONS.has(w);
}

/** A nominal over tokens [from, to) that names nobody. */
export function unnamed(para: Paragraph, from: number, to: number): Mention {
  return {
    kind: 'nominal',
    from,
    to,
    name: null,
    role: tokenText(para, from, to),
    head: null,
    org: null,
    poss: false,
    definite: false,
  };
}

/**
 * The subject of the reporting verb at `v`, looking left: "X said", "X also said", "X, role,
 * said", "The Vice President, Mike Pence, said", "Doug Miller of Milltech Marine … said".
 */
export function leftSubject(para: Paragraph, v: number, floor: number): Mention | null {
  const { tokens, mentions } = para;
  let k = v - 1;
  while (k >= floor && skipsBeforeVerb(tokens[k]!)) k--;
  if (k < floor) return null;
  // "(IRGC)": skip a parenthesis.
  if (tokens[k]!.text === ')') {
    while (k >= floor && tokens[k]!.text !== '(') k--;
    k--;
  }
  // "drafted by X who said": the relative pronoun stands for the name before it.
  if (tokens[k]!.lower === 'who') {
    const comma = tokens[k - 1]?.text === ',' ? 1 : 0;
    const antecedent = mentions.byEnd[k - 1 - comma];
    if (antecedent) {
      return !antecedent.poss && antecedent.from >= floor
        ? relativeAntecedent(para, antecedent, floor)
        : null;
    }
    return appositivePerson(para, k - 1 - comma, floor);
  }
  const direct = mentions.byEnd[k];
  // "A leaked letter seen by Sky News says": the document speaks (its issuer), not its reader.
  const reader = direct && !direct.poss ? readerPreposition(tokens, direct) : -1;
  if (reader > floor) {
    const text = mentions.byEnd[reader - 2];
    return text && !text.poss && text.from >= floor && (text.kind === 'nominal' || text.kind === 'role')
      ? text
      : null;
  }
  // "X reflects this view in Ballot Access News comments": a name after "in"/"on"/… is no subject.
  if (direct && PLACE_PREPOSITIONS.has(tokens[direct.from - 1]?.lower ?? '')) return null;
  // "…outside Washington, D.C. saying": a place after a place and a comma ("City, State") is one
  // location with it; the person it belongs to ("X of Austin, Texas said") or no subject at all.
  if (direct?.kind === 'place' && tokens[direct.from - 1]?.text === ',') {
    const city = mentions.byEnd[direct.from - 2];
    if (city?.kind === 'place' && city.from >= floor) {
      const owner = headOfObject(para, city, floor);
      return owner.kind === 'place' ? null : owner;
    }
  }
  if (direct && !direct.poss) {
    // "A source within the Interior Ministry said": the organisation is the object of a
    // preposition; the unnamed noun before it speaks.
    const prep = objectPreposition(para, direct, floor);
    if (prep >= 0 && !/^(?:of|from|at|with|for)$/.test(tokens[prep]!.lower)) {
      const before = mentions.byEnd[prep - 1];
      if (before && !before.poss && (before.kind === 'nominal' || before.kind === 'role')) return before;
      const loose = unnamedSubject(para, prep, floor);
      if (loose) return loose;
    }
    // "Erwin Chemerinsky, Dean of the Law School said": the person before an open appositive.
    if ((direct.kind === 'role' || direct.kind === 'nominal') && direct.org === null) {
      const person = tokens[direct.from - 1]?.text === ',' ? mentions.byEnd[direct.from - 2] : undefined;
      if (person?.kind === 'person' && !person.poss && person.from >= floor) return person;
    }
    // "Commentators such as A and B said": the first named of a coordination speaks for it.
    const first = tokens[direct.from - 1]?.lower === 'and' ? mentions.byEnd[direct.from - 2] : undefined;
    if (direct.kind === 'person' && first?.kind === 'person' && !first.poss && first.from >= floor)
      return headOfObject(para, first, floor);
    return headOfObject(para, direct, floor);
  }
  if (tokens[k]?.text !== ',') return null;
  // Appositives between commas: "X, role, said", "Role, X, said", "X, role at Y, Place, said".
  const segments: [number, number][] = [];
  let segEnd = k;
  while (segments.length < 5) {
    let s = segEnd - 1;
    // A quoted name after a preposition ("Anna Franowska of “Have no fear”, a charity, told")
    // stays inside its segment.
    while (
      s >= floor &&
      !(tokens[s]!.kind === 'punct' && (tokens[s]!.text === ',' || tokens[s]!.text === ';')) &&
      (tokens[s]!.kind !== 'quote' || NAME_PREPOSITIONS.has(tokens[s - 1]?.lower ?? ''))
    )
      s--;
    // "in which someone, seemingly X, says": a relative clause starts the subject afresh.
    // (", who …," opening its segment is an appositive clause and is stepped over.)
    let rel = -1;
    for (let j = segEnd - 1; j > s + 1 && rel < 0; j--)
      if (tokens[j]!.kind === 'word' && RELATIVES.has(tokens[j]!.lower)) rel = j;
    if (rel >= 0) {
      if (rel + 1 < segEnd) segments.push([rel + 1, segEnd]);
      break;
    }
    if (s + 1 < segEnd) segments.push([s + 1, segEnd]);
    if (s < floor || tokens[s]!.text !== ',') break;
    segEnd = s;
  }
  const nearest = segments[0];
  if (!nearest) return null;
  // The name itself right before the verb ("The Vice President, Mike Pence, said").
  const whole = mentions.byStart[nearest[0]];
  if (
    whole &&
    whole.to === nearest[1] &&
    !whole.poss &&
    (whole.kind === 'org' ||
      (whole.kind === 'person' && whole.name !== null && nameKeys(whole.name).length >= 2))
  ) {
    return whole;
  }
  // Otherwise the subject is named in the earliest segment; the later ones describe it.
  for (let i = segments.length - 1; i >= 0; i--) {
    const [from, to] = segments[i]!;
    for (let j = from; j < to; j++) {
      const m = mentions.byStart[j];
      if (!m) {
        // "An eyewitness described for news agency X how …, stating": an unnamed subject.
        if (j > from && REPORTING_VERBS.has(tokens[j]!.lower) && unnamedSubject(para, j, from)) return null;
        continue;
      }
      if (
        !m.poss &&
        !isPreposition(tokens[j - 1]) &&
        (m.kind === 'person' || m.kind === 'org' || m.kind === 'pronoun')
      )
        return apposedName(para, m) ?? titledName(para, m, to) ?? headOfObject(para, m, floor);
      j = m.to - 1;
    }
  }
  if (whole && whole.to === nearest[1] && !whole.poss && whole.kind === 'person') return whole;
  return null;
}

/**
 * "Philippine Red Cross chair Richard Gordon": an organisation, a lowercase title and then a
 * name; the named person speaks, not the body they head.
 */
function titledName(para: Paragraph, m: Mention, to: number): Mention | null {
  if (m.kind !== 'org' && m.kind !== 'person') return null;
  let k = m.to;
  let title = false;
  while (k < to && k - m.to < 3 && para.tokens[k]!.kind === 'word' && !para.tokens[k]!.cap) {
    title ||= isNominalHead(para.tokens[k]!.lower);
    k++;
  }
  if (!title) return null;
  const named = para.mentions.byStart[k];
  return named?.kind === 'person' && !named.poss ? named : null;
}

/** The preposition whose object the mention is ("within the central Interior Ministry"), or -1. */
function objectPreposition(para: Paragraph, m: Mention, floor: number): number {
  const { tokens } = para;
  let j = m.from - 1;
  for (let n = 0; n < 3 && j >= floor; n++, j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return -1;
    if (isPreposition(t)) return j;
    if (t.cap || REPORTING_VERBS.has(t.lower)) return -1;
  }
  return -1;
}

/** Prepositions before a quoted name inside an appositive ("X of “Have no fear”"). */
const NAME_PREPOSITIONS: ReadonlySet<string> = new Set(syntaxWords.namePrepositions);

/** Prepositions whose object is never the subject of the verb after it. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(syntaxWords.placePrepositions);

/**
 * "Doug Miller of Milltech Marine", "Nikki Holland of the UK's National Crime Agency": when the
 * name found is the object of "of"/"from"/"at", the person before it is meant.
 */
function headOfObject(para: Paragraph, m: Mention, floor: number): Mention {
  // "X of the Hajo assembly said": a body described by its kind, not named, is an object too.
  const body = m.kind === 'nominal' && m.org === null && m.head !== null && ORG_HEADS.has(m.head);
  if (m.kind !== 'org' && m.kind !== 'person' && m.kind !== 'place' && !body) return m;
  const { tokens, mentions } = para;
  let j = m.from - 1;
  // "Matthew Ingram of The Globe and Mail": step back over a coordination inside the object.
  const coordinated = tokens[j]?.lower === 'and' ? mentions.byEnd[j - 1] : undefined;
  if (coordinated && coordinated.kind !== 'pronoun' && coordinated.from >= floor) j = coordinated.from - 1;
  // "X of the Center for Oceanography: Research and Education said": a subtitle after a colon
  // continues the body's name; the body's owner is the subject.
  const titled = tokens[j]?.text === ':' ? mentions.byEnd[j - 1] : undefined;
  if (titled?.kind === 'org' && !titled.poss && titled.from >= floor) {
    const owner = headOfObject(para, titled, floor);
    if (owner.kind === 'person') return owner;
  }
  const poss = mentions.byEnd[j];
  if (poss?.poss) j = poss.from - 1;
  // "Ana Ruiz of the advocacy group Fair Rivers said": lowercase words describing the body.
  for (let n = 0; n < 4 && isDescriptor(tokens[j]); n++) j--;
  if (tokens[j]?.lower === 'the') j--;
  const prep = tokens[j];
  if (prep?.kind !== 'word' || !/^(?:of|from|at|with)$/.test(prep.lower)) return m;
  const owner = mentions.byEnd[j - 1];
  // "The family of Ana Ruiz said", "supporters of Ana Ruiz said": the people around a person are
  // not that person; the group speaks, named by no one.
  const group = tokens[j - 1];
  if (
    m.kind === 'person' &&
    prep.lower === 'of' &&
    owner === undefined &&
    group?.kind === 'word' &&
    (isGroupNoun(group.lower) ||
      isGroupNoun(`${group.lower}s`) ||
      isGroupNoun(group.lower.replace(/y$/, 'ies')))
  ) {
    const from = tokens[j - 2]?.lower === 'the' ? j - 2 : j - 1;
    const role = tokenText(para, j - 1, m.to);
    return {
      kind: 'nominal',
      from,
      to: m.to,
      name: null,
      role,
      head: group.lower,
      org: null,
      poss: false,
      definite: from < j - 1,
    };
  }
  if (owner && owner.kind === 'person' && owner.from >= floor) return owner;
  return m;
}

/** A lowercase word that may describe a body between a preposition and its name ("victim group"). */
function isDescriptor(t: Token | undefined): boolean {
  return (
    t?.kind === 'word' &&
    !t.cap &&
    /^[a-z-]+$/.test(t.text) &&
    !DETERMINERS.has(t.lower) &&
    !isPreposition(t) &&
    !REPORTING_VERBS.has(t.lower) &&
    !CONJUNCTIONS.has(t.lower) &&
    !RELATIVES.has(t.lower)
  );
}

/**
 * "Ana Ruiz, a hydrologist at UPM, who said": the relative pronoun's antecedent is the body that
 * ends an appositive describing a person; the person speaks. Else the antecedent itself.
 */
function relativeAntecedent(para: Paragraph, m: Mention, floor: number): Mention {
  const owner = headOfObject(para, m, floor);
  if (owner !== m || (m.kind !== 'org' && m.kind !== 'place')) return owner;
  const prev = para.tokens[m.from - 1];
  if (!isPreposition(prev) && prev?.lower !== 'the') return m;
  return appositivePerson(para, m.from - 1, floor) ?? m;
}

/**
 * The person an appositive ending at `end` describes: "Ana Ruiz, a hydrologist at UPM", "Ana
 * Ruiz, a hydrologist" (the appositive opens with a determiner right after a comma).
 */
function appositivePerson(para: Paragraph, end: number, floor: number): Mention | null {
  const { tokens, mentions } = para;
  let j = end;
  while (j >= floor && end - j < 15 && tokens[j]!.kind === 'word' && mentions.byEnd[j]?.kind !== 'person')
    j--;
  const opener = tokens[j + 1];
  if (j >= end || tokens[j]?.text !== ',' || !opener || opener.cap || !DETERMINERS.has(opener.lower))
    return null;
  const person = mentions.byEnd[j - 1];
  return person?.kind === 'person' && !person.poss && person.from >= floor ? person : null;
}

/**
 * The full person a (possibly partial) name refers to: the nearest earlier full mention sharing its
 * surname, but a lone word the article called someone by before a namesake was named (`bareNames`).
 */
export function resolvePerson(people: readonly Person[], name: string, pos: number): Person | null {
  const keys = nameKeys(name);
  if (keys.length === 0) return null;
  const last = keys[keys.length - 1]!;
  const index = personIndex(people);
  // A match is a person whose name is this one, or who has its first word and its surname; a
  // lone word matches anyone with it among their name words. Of the matches, the last (in the
  // list's order) mentioned at or before `pos`, else the first.
  const lists =
    keys.length >= 2
      ? [index.full.get(keys.join(' ')), index.pair.get(`${last}\0${keys[0]!}`)]
      : [index.word.get(last)];
  let before = -1;
  let first = Infinity;
  for (const list of lists) {
    if (list === undefined) continue;
    first = Math.min(first, list[0]!);
    before = Math.max(before, index.lastAtOrBefore(list, pos));
  }
  const best = before >= 0 ? people[before]! : first < Infinity ? people[first]! : null;
  if (best === null) return keys.length === 1 ? index.misspelt(last) : null;
  // "Trump said" after "First Lady Melania Trump", when the article has called Donald Trump
  // "Trump" alone before she was named: the lone word stays his.
  if (keys.length === 1 && before >= 0) {
    for (const i of index.word.get(last)!) {
      const other = people[i]!;
      if (other.bare !== undefined && other.bare < best.pos && other.bare <= pos) return other;
    }
  }
  return best;
}

/**
 * The article's people indexed by the words of their names, so resolving a mention costs the
 * few people sharing a word with it, not a pass over everyone the article names (which made
 * attribution grow with the square of a names-dense article).
 */
class PersonIndex {
  /** Person indices (ascending) by all their name keys joined. */
  readonly full = new Map<string, number[]>();
  /** By surname and one name word ("surname\0word"), each word once per person. */
  readonly pair = new Map<string, number[]>();
  /** By any one of their name words. */
  readonly word = new Map<string, number[]>();
  /** Surnames of four letters or more by first letter and length, for misspellings. */
  private readonly surnames = new Map<string, number[]>();
  private readonly misspelled = new Map<string, Person | null>();
  /** People are listed in reading order, as `collectPeople` makes them (checked, not assumed). */
  private readonly ordered: boolean;

  constructor(private readonly people: readonly Person[]) {
    let ordered = true;
    people.forEach((person, i) => {
      if (i > 0 && people[i - 1]!.pos > person.pos) ordered = false;
      const { keys } = person;
      const surname = keys[keys.length - 1];
      if (surname === undefined) return;
      add(this.full, keys.join(' '), i);
      for (const k of new Set(keys)) {
        add(this.pair, `${surname}\0${k}`, i);
        add(this.word, k, i);
      }
      if (surname.length >= 4) add(this.surnames, `${surname[0]!}\0${surname.length}`, i);
    });
    this.ordered = ordered;
  }

  /** The greatest index in `list` (ascending) of a person mentioned at or before `pos`, or -1. */
  lastAtOrBefore(list: readonly number[], pos: number): number {
    if (!this.ordered) {
      let best = -1;
      for (const i of list) if (this.people[i]!.pos <= pos) best = i;
      return best;
    }
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.people[list[mid]!]!.pos <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? list[lo - 1]! : -1;
  }

  /**
   * A lone surname the article misspells ("Water said" after "Kathryn Waters", "Wasif" for "Sally
   * Wasef"): the one person whose surname is within a small edit distance of it, with the same
   * first letter. Ambiguous or short names resolve to nobody. Depends only on the word, so it is
   * worked out once per word.
   */
  misspelt(key: string): Person | null {
    let found = this.misspelled.get(key);
    if (found === undefined) {
      found = this.findMisspelt(key);
      this.misspelled.set(key, found);
    }
    return found;
  }

  private findMisspelt(key: string): Person | null {
    if (key.length < 4) return null;
    // Only surnames of the same first letter within two letters of the length can be close enough.
    const candidates: number[] = [];
    for (let n = key.length - 2; n <= key.length + 2; n++)
      candidates.push(...(this.surnames.get(`${key[0]!}\0${n}`) ?? []));
    candidates.sort((a, b) => a - b);
    let found: Person | null = null;
    for (const i of candidates) {
      const person = this.people[i]!;
      const surname = person.keys[person.keys.length - 1]!;
      // "Republicans" is the plural of a word, not a misspelt "… Republican"; names have no digits.
      if (key === `${surname}s` || person.keys.some((k) => /\d/.test(k))) continue;
      const limit = key.length >= 8 && surname.length >= 8 ? 2 : 1;
      if (Math.abs(surname.length - key.length) > limit) continue;
      if (editDistance(key, surname, limit) > limit) continue;
      if (found !== null && found.keys.join(' ') !== person.keys.join(' ')) return null;
      found ??= person;
    }
    return found;
  }
}

function add(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [i]);
  else list.push(i);
}

const personIndexes = new WeakMap<readonly Person[], PersonIndex>();

/** The index of an article's people, built on first use (the list is not changed afterwards). */
function personIndex(people: readonly Person[]): PersonIndex {
  let index = personIndexes.get(people);
  if (index === undefined) {
    index = new PersonIndex(people);
    personIndexes.set(people, index);
  }
  return index;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment) between `a` and `b`, or `limit + 1`
 * as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  const n = b.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i];
    let best = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return Math.min(prev[n]!, limit + 1);
}
