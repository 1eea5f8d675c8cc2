/**
 * Finds who-mentions in a paragraph's narration tokens: names (split into title and person, or
 * recognised as organisations), bare titles ("the Vice President"), nominal mentions ("the
 * minister", "a NATO spokesperson") and pronouns.
 */
import * as lexicon from './lexicon.ts';
import {
  gluedTitleWord,
  mayOpenWithParticle,
  NAME_PARTICLES,
  PARTICLE_PREFIX as particlePrefix,
  POST_NOMINAL_TITLES,
  POST_NOMINALS,
  sexOfGivenName,
  TITLE_SURNAMES,
  WORD_GIVEN_NAMES,
} from '../language/names.ts';
import type { Token } from '../language/narration.ts';
import { isSentenceStop } from '../language/sentences.ts';
import syntaxWords from '../data/quotes/syntax-words.json' with { type: 'json' };

// Read once: under tsx every access to an imported binding is a getter call, and these are hot.
const {
  ACRONYM_EXCLUSIONS,
  CAPITALISED_STOPWORDS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  GAZETTEER_PLACES,
  GROUP_NOUNS,
  GROUP_PRONOUNS,
  HONORIFICS,
  KNOWN_BODIES,
  NAME_CONNECTORS,
  NOMINAL_HEADS,
  NUMBER_WORDS,
  ORG_HEADS,
  PAIRED_TITLES,
  PERSON_PRONOUNS,
  PLACE_HEADS,
  PLACES,
  PREPOSITIONS,
  TEXT_HEADS,
  REPORTING_VERBS,
  ROLE_COMPLEMENTS,
  ROLE_HEADS,
  SKIP_BEFORE_VERB,
  SPOKES_NOUNS,
} = lexicon;

/** `place` covers every named thing that never speaks: places, geographic features, laws and texts. */
export type MentionKind = 'person' | 'org' | 'place' | 'role' | 'nominal' | 'pronoun';

export interface Mention {
  kind: MentionKind;
  /** Token range [from, to) in the paragraph. */
  from: number;
  to: number;
  /** Person or organisation name; the pronoun itself for pronouns; null for titles. */
  name: string | null;
  /** Title given inside the mention ("NATO Assistant Secretary General" in "… Tom Goffus"). */
  role: string | null;
  /** Head noun of a title or nominal ("minister"), for resolving it to a person with that role. */
  head: string | null;
  /**
   * Who a nominal speaks for: the organisation of a spokesperson ("a spokesperson for NATO", "the
   * Pentagon's spokesman") or the owner of a document ("Trump's statement", "a tweet by X").
   */
  org: string | null;
  /** The mention ends in a possessive ("Merkel's"), so it is not itself the subject. */
  poss: boolean;
  /** Preceded by "the" ("the Pentagon"). */
  definite: boolean;
  /** The role is a common word glued before the name at a sentence's start ("Voter Kitty Mak"). */
  glued?: true;
  /**
   * The role is a known body's name run on before the person's ("Amnesty International Man-kei
   * Tam"): a function with "of" before it is read with it (`roleAt`).
   */
  body?: true;
}

const PARTICLE_PREFIX = particlePrefix;
const ALL_CAPS = /^\p{Lu}{3,}$/u;
const ACRONYM = /^(?:\p{Lu}[\p{Lu}\p{N}&]+|\p{Lu}(?:\.\p{Lu})+\.?)$/u;

/** A title or nominal head, singular or plural ("official", "officials"). */
export function isNominalHead(w: string): boolean {
  return NOMINAL_HEADS.has(w) || NOMINAL_HEAD_PLURALS.has(w);
}

/** Each nominal head with an s: "officials" is found without slicing the word. */
const NOMINAL_HEAD_PLURALS: ReadonlySet<string> = new Set([...NOMINAL_HEADS].map((w) => `${w}s`));

/**
 * A plural common noun for people: a listed one ("police", "authorities") or the plural of a
 * title or nominal head ("officials", "witnesses", "authorities").
 */
export function isGroupNoun(w: string): boolean {
  if (GROUP_NOUNS.has(w)) return true;
  if (!w.endsWith('s') || w.length < 4) return false;
  return (
    NOMINAL_HEADS.has(w.slice(0, -1)) ||
    (w.endsWith('es') && NOMINAL_HEADS.has(w.slice(0, -2))) ||
    (w.endsWith('ies') && NOMINAL_HEADS.has(`${w.slice(0, -3)}y`))
  );
}

/** Can this word start or continue a name? */
function isNameWord(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false;
  // "WHO", "CAN": a stopword written in capitals of three letters or more is an acronym.
  if (t.cap) return !CAPITALISED_STOPWORDS.has(t.lower) || ROLE_HEADS.has(t.lower) || ALL_CAPS.test(t.text);
  return mayOpenWithParticle(t.text) && PARTICLE_PREFIX.test(t.text);
}

/** Is `tokens[k]` a capitalised name word written right after `before` (a space at most)? */
function capitalisedNameWordAfter(tokens: readonly Token[], k: number, before: Token): boolean {
  const t = tokens[k];
  return t?.kind === 'word' && t.cap && t.start - before.end <= 1 && isNameWord(t);
}

/**
 * "Congressman Will Hurd", "said Hope Hicks": a given name that is also a word the rules read as
 * no name (`WORD_GIVEN_NAMES`) opens a name inside a sentence (after a word or a comma), right
 * before a capitalised name word that is no title or body head. At a sentence's start it opens a
 * name only when the pair is the subject of a verb of saying or stands before an apposition
 * ("Will Hurd said", "Hope Hicks, an aide, told"), in a sentence that asks nothing; else it stays
 * a word ("Will Congress act?", "Will Parliament say so?").
 */
function wordGivenNameAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'word' || !t.cap || t.poss || !WORD_GIVEN_NAMES.has(t.lower)) return false;
  if (ALL_CAPS.test(t.text)) return false;
  const next = tokens[i + 1];
  if (!capitalisedNameWordAfter(tokens, i + 1, t) || isRoleHead(next!.lower) || isOrgHead(next!.lower))
    return false;
  const prev = tokens[i - 1];
  if (prev !== undefined && (prev.kind === 'word' || prev.text === ',')) return true;
  return opensSentence(tokens, i) && !next!.poss && saysOrIsDescribed(tokens, i + 2) && !asks(tokens, i);
}

/** "… said", "… also told", ", the aide, …": a verb of saying (after an auxiliary or "also") or a comma at `k`. */
function saysOrIsDescribed(tokens: readonly Token[], k: number): boolean {
  let t = tokens[k];
  if (t?.text === ',') return true;
  if (t?.kind === 'word' && !t.cap && SKIP_BEFORE_VERB.has(t.lower)) t = tokens[k + 1];
  return t?.kind === 'word' && !t.cap && REPORTING_VERBS.has(t.lower);
}

/** Does the sentence from token `k` end in a question mark? */
function asks(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (isSentenceStop(t)) return t.text === '?';
  }
  return false;
}

/**
 * "Doctors Without Borders", "Reporters Without Borders": a capitalised preposition at `i`
 * between two capitalised name words is a word of the name (prose writes prepositions in lower
 * case).
 */
function capitalisedPrepositionAt(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i];
  if (prev?.kind !== 'word' || !prev.cap || prev.poss || !isNameWord(prev)) return false;
  if (t?.kind !== 'word' || !t.cap || ALL_CAPS.test(t.text) || !PREPOSITIONS.has(t.lower)) return false;
  return t.start - prev.end <= 1 && capitalisedNameWordAfter(tokens, i + 1, t);
}

/** Is the word, or one of its hyphenated parts, in `heads`? */
function hasHeadPart(word: string, heads: ReadonlySet<string>): boolean {
  if (heads.has(word)) return true;
  return word.includes('-') && word.split('-').some((p) => heads.has(p));
}
const isRoleHead = (w: string): boolean => hasHeadPart(w, ROLE_HEADS);
const isOrgHead = (w: string): boolean => hasHeadPart(w, ORG_HEADS);
const isAcronym = (w: string): boolean => ACRONYM.test(w) && !ACRONYM_EXCLUSIONS.has(w.replace(/\./g, ''));

/** All mentions of a paragraph, in token order, with lookups by first and last token. */
export interface ParagraphMentions {
  list: Mention[];
  byStart: (Mention | undefined)[];
  byEnd: (Mention | undefined)[];
}

/** Finds the mentions in one paragraph's tokens. */
export function findMentions(text: string, tokens: readonly Token[]): ParagraphMentions {
  const list: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      i++;
      continue;
    }
    // "X and Y …, with the latter confirming": one of two coordinated names before.
    if (t.lower === 'the' && (tokens[i + 1]?.lower === 'latter' || tokens[i + 1]?.lower === 'former')) {
      const m = coordinateReferent(tokens, list, i);
      if (m !== null) {
        list.push(m);
        i = m.to;
        continue;
      }
    }
    if (PERSON_PRONOUNS.has(t.lower) || GROUP_PRONOUNS.has(t.lower)) {
      list.push(simple('pronoun', i, i + 1, t.lower));
      i++;
      continue;
    }
    // "Specifically, …", "Unfortunately, …": a long -ly adverb before a comma is no name.
    if (t.cap && t.lower.length >= 9 && t.lower.endsWith('ly') && tokens[i + 1]?.text === ',') {
      i++;
      continue;
    }
    if ((isNameWord(t) && !REPORTING_VERBS.has(t.lower)) || wordGivenNameAt(tokens, i)) {
      const end = chunkEnd(tokens, i);
      const m = postNominalName(text, tokens, i, end) ?? classifyChunk(text, tokens, i, end);
      i = m !== null && m.to < end ? m.to : end;
      if (m !== null) {
        // "Pentagon spokesperson", "Merkel's spokesman": a name followed by a nominal head.
        const nominal = nominalAfterName(text, tokens, m);
        list.push(nominal ?? m);
        if (nominal) i = nominal.to;
      }
      continue;
    }
    if (isNominalHead(t.lower) || ORG_HEADS.has(t.lower)) {
      const m = nominalAt(text, tokens, i);
      if (m !== null) {
        list.push(m);
        i = m.to;
        continue;
      }
    }
    i++;
  }
  const byStart: (Mention | undefined)[] = new Array<Mention | undefined>(tokens.length);
  const byEnd: (Mention | undefined)[] = new Array<Mention | undefined>(tokens.length);
  for (const m of list) {
    byStart[m.from] = m;
    byEnd[m.to - 1] = m;
  }
  return { list, byStart, byEnd };
}

/**
 * "Judge Jane Doe QC said", "Doe QC": letters after a name for an office or honour close the name and
 * name nobody themselves, so the person is the chunk without them; the mention still covers them
 * (a verb after them has the person as its subject).
 */
function postNominalName(text: string, tokens: readonly Token[], from: number, to: number): Mention | null {
  let end = to;
  let titles = false;
  for (;;) {
    const last = stripPossessive(tokens[end - 1]!.text);
    if (end - 1 <= from) break;
    if (POST_NOMINALS.has(last)) end--;
    else if (POST_NOMINAL_TITLES.has(last)) {
      titles = true;
      end--;
    } else break;
  }
  if (end === to) return null;
  const m = classifyChunk(text, tokens, from, end);
  if (m === null || m.kind !== 'person' || m.name === null || m.to !== end) return null;
  // "Jane Doe MP": a title after a name closes it only after a full name ("Labour MP" is a title).
  if (titles && !/\s/.test(m.name)) return null;
  return { ...m, to, poss: tokens[to - 1]!.poss };
}

/**
 * "Investigations were opened by the Federal Aviation Administration and the National
 * Transportation Safety Board, with the latter confirming …": "the latter" (or "the former") at
 * `i`, used as a noun phrase of its own (a verb, an adverb or punctuation follows, not a noun as in
 * "the former president"), is the second (first) of the two names last joined by "and" earlier in
 * the paragraph, both people or bodies; a list of three names ("X, Y and Z") makes "the former"
 * no one's. The mention names that person or body and covers the two words.
 */
function coordinateReferent(tokens: readonly Token[], list: readonly Mention[], i: number): Mention | null {
  const after = tokens[i + 2];
  if (after?.kind === 'word' && !anaphoricFollower(after)) return null;
  const former = tokens[i + 1]!.lower === 'former';
  for (let b = list.length - 1; b > 0; b--) {
    const second = list[b]!;
    const first = list[b - 1]!;
    if (!isNamed(second) || !isNamed(first) || first.poss) continue;
    let k = first.to;
    if (tokens[k]?.lower !== 'and') continue;
    k++;
    if (tokens[k]?.lower === 'the') k++;
    if (k !== second.from) continue;
    let before = first.from - 1;
    if (tokens[before]?.lower === 'the') before--;
    if (former && tokens[before]?.text === ',') return null;
    const m = former ? first : second;
    return { ...m, from: i, to: i + 2, poss: tokens[i + 1]!.poss };
  }
  return null;
}

const isNamed = (m: Mention): boolean => (m.kind === 'person' || m.kind === 'org') && m.name !== null;

/** A word that can follow "the latter" standing for a name: a verb, an auxiliary or an adverb. */
function anaphoricFollower(t: Token): boolean {
  if (t.cap) return false;
  const w = t.lower;
  if (SKIP_BEFORE_VERB.has(w) || REPORTING_VERBS.has(w)) return true;
  return /^[a-z]+(?:ed|ly)$/.test(w) && !isNominalHead(w);
}

function simple(kind: MentionKind, from: number, to: number, name: string | null): Mention {
  return { kind, from, to, name, role: null, head: null, org: null, poss: false, definite: false };
}

/** One past the last token of the name starting at `from`. */
function chunkEnd(tokens: readonly Token[], from: number): number {
  let i = from;
  for (;;) {
    const t = tokens[i]!;
    i++;
    if (t.poss && !officeAhead(tokens, i)) return i;
    const next = tokens[i];
    if (next === undefined) return i;
    if ((isNameWord(next) || wordGivenNameAt(tokens, i)) && next.start - t.end <= 1) continue;
    if (capitalisedPrepositionAt(tokens, i)) {
      i++;
      continue;
    }
    // "Senator from Vermont Bernie Sanders": "from" and a place after a title are the title's, and
    // the name goes on after them.
    if (next.kind === 'word' && next.lower === 'from' && t.cap && isRoleHead(t.lower)) {
      const n = placeWordsAt(tokens, i + 1, tokens.length);
      const after = tokens[i + 1 + n];
      if (n > 0 && capitalisedNameWordAfter(tokens, i + 1 + n, tokens[i + n]!) && !isRoleHead(after!.lower)) {
        i += 1 + n;
        continue;
      }
    }
    // "Theresa May said", "Prime Minister May's deal": a month right after a name word, before
    // no number, is a surname ("in May 2019", "on Friday May 3" keep it a date).
    if (
      next.kind === 'word' &&
      next.cap &&
      MONTH_NAMES.has(next.lower) &&
      next.start - t.end <= 1 &&
      !t.poss &&
      isNameWord(t) &&
      !NUMBER_START.test(tokens[i + 1]?.text ?? '')
    )
      continue;
    // "Jessie K. Liu", "Mr. Smith": a period after an initial or honorific stays inside the name.
    if (
      next.kind === 'punct' &&
      next.text === '.' &&
      next.start === t.end &&
      isInitialOrHonorific(t) &&
      isNameWord(tokens[i + 1])
    ) {
      i++;
      continue;
    }
    // "Department of Defense", "Speaker of the House", "Usama bin Ladin": connectors between names.
    if (
      next.kind === 'word' &&
      !next.cap &&
      (NAME_CONNECTORS.has(next.lower) || next.lower === 'to') &&
      ((next.lower !== 'and' && next.lower !== 'to') || hasHead(tokens, from, i))
    ) {
      let j = i;
      while (
        tokens[j]?.kind === 'word' &&
        !tokens[j]!.cap &&
        (NAME_CONNECTORS.has(tokens[j]!.lower) || tokens[j]!.lower === 'to') &&
        j - i < 2
      )
        j++;
      // "sentenced by Judge Amy Berman Jackson to 73 months": a number after "to" or "of" starts
      // no name word.
      if (isNameWord(tokens[j]) && tokens[j]!.cap && !NUMBER_START.test(tokens[j]!.text)) {
        // "Judge Ana Ruiz and Mayor Piet Olsen", "Prime Minister Boris Johnson and Angela
        // Merkel": "and" after a titled person joins two people, not the words of one name.
        if (next.lower === 'and' && titledPersonIn(tokens, from, i)) return i;
        // "the Federal Aviation Administration and the National Transportation Safety Board":
        // "and the" after a body's head word joins two bodies ("of Iraq and the Levant" stays).
        if (next.lower === 'and' && tokens[i + 1]?.lower === 'the' && t.cap && isOrgHead(t.lower)) return i;
        i = j;
        continue;
      }
    }
    return i;
  }
}

/**
 * Do tokens [from, to) hold a titled person: the last title's head followed by two or more name
 * words ("Judge Ana Ruiz", "Judge Ana Ruiz of Velmont"), not a title's own words ("Deputy Prime
 * Minister for Finance")?
 */
function titledPersonIn(tokens: readonly Token[], from: number, to: number): boolean {
  let head = -1;
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'word' && isRoleHead(tokens[k]!.lower)) head = k;
  if (head < 0) return false;
  let names = 0;
  for (let k = head + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !t.cap || isOrgHead(t.lower) || ROLE_COMPLEMENTS.has(t.lower)) break;
    if (CAPITALISED_STOPWORDS.has(t.lower)) break;
    names++;
  }
  return names >= 2;
}

/**
 * "St. Mary's County Sheriff's Office", "the District Attorney's Office": a body named by the
 * title of whoever holds it keeps its possessives inside the name. True when the capitalised
 * words from `i` reach a title's possessive followed by an organisation's head word.
 */
function officeAhead(tokens: readonly Token[], i: number): boolean {
  let prev = tokens[i - 1]!;
  for (let j = i; j < i + 4; j++) {
    const t = tokens[j];
    if (t === undefined || !t.cap || !isNameWord(t) || t.start - prev.end > 1) return false;
    if (prev.poss && isRoleHead(prev.lower) && isOrgHead(t.lower) && !t.poss) return true;
    prev = t;
  }
  return false;
}

/** "Department of Health and Human Services": "and" joins names only inside an organisation's name or a title. */
function hasHead(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (tokens[k]!.kind === 'word' && (isOrgHead(tokens[k]!.lower) || isRoleHead(tokens[k]!.lower)))
      return true;
  return false;
}

/** "J.", "Dr.", "U.S.": a period after these stays inside a name ("U.S. Attorney Josh Bash"). */
function isInitialOrHonorific(t: Token): boolean {
  return /^\p{Lu}$/u.test(t.text) || DOTTED_ACRONYM.test(t.text) || HONORIFICS.has(t.lower);
}
const DOTTED_ACRONYM = /^(?:\p{Lu}\.)+\p{Lu}\.?$/u;

/** Decides what a capitalised run of words names: a person (with a title before it), an organisation or a title. */
function classifyChunk(text: string, tokens: readonly Token[], from: number, to: number): Mention | null {
  const words: number[] = [];
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'word') words.push(k);
  // Drop leading honorifics ("Dr. Tristan Smith"); they are not part of the name.
  let w0 = 0;
  // "Fifteen-year-old Robert": an age before a name is no part of it either.
  while (
    w0 < words.length - 1 &&
    (HONORIFICS.has(tokens[words[w0]!]!.lower) || AGE.test(tokens[words[w0]!]!.text))
  )
    w0++;
  // "in all 50 U.S. states", "the 2020 United States election": a count or a year before a
  // place is no part of its name, and the place names no person ("10 Downing Street" keeps it).
  if (w0 === 0 && words.length >= 2 && COUNT.test(tokens[words[0]!]!.text)) {
    const rest = text.slice(tokens[words[1]!]!.start, tokens[words[words.length - 1]!]!.end);
    if (PLACES.has(rest.toLowerCase()) || (words.length === 2 && DOTTED_ACRONYM.test(rest))) w0 = 1;
  }
  const ws = words.slice(w0);
  // "40 to 50": numbers alone name nobody.
  let allNumbers = true;
  const lowers: string[] = [];
  for (const k of ws) {
    const t = tokens[k]!;
    lowers.push(t.lower);
    if (!NUMBER_START.test(t.text)) allNumbers = false;
  }
  // "Six of the murders": a number word opening a sentence names nobody either.
  if (allNumbers || (ws.length === 1 && NUMBER_WORDS.has(lowers[0]!))) return null;
  // "Officials said …", "Police say …": a plural common noun opening a sentence names nobody;
  // like "the officials" it is a nominal that no person answers to.
  if (ws.length === 1 && w0 === 0 && opensSentence(tokens, from) && isGroupNoun(lowers[0]!)) {
    const t = tokens[ws[0]!]!;
    const head = stripPossessive(t.lower);
    return simpleNominal(from, to, stripPossessive(t.text), head, t.poss);
  }
  const last = tokens[to - 1]!;
  const prev = tokens[from - 1];
  const definite = prev?.kind === 'word' && prev.lower === 'the';
  const base: Mention = {
    kind: 'person',
    from,
    to,
    name: null,
    role: null,
    head: null,
    org: null,
    poss: last.poss,
    definite,
  };

  // "First Lady Michelle Obama": a two-word title before a name of two words or more.
  if (ws.length >= 4 && PAIRED_TITLES.has(`${lowers[0]!} ${lowers[1]!}`))
    return titledPerson(text, tokens, ws, lowers, base, lowers[1]!, 2);
  // "Julie Bishop", "Foreign Minister Julie Bishop", "Martin Luther King": a title word that is also
  // a surname ends the name when a given name opens the name words before it.
  const surname = titleSurnameAt(tokens, ws, lowers) ? ws.length - 1 : -1;
  let lastHead = -1;
  let lastOrg = -1;
  let hasAcronym = false;
  for (let k = 0; k < ws.length; k++) {
    const w = lowers[k]!;
    if (isRoleHead(w) && k !== surname) lastHead = k;
    if (isOrgHead(w)) lastOrg = k;
    if (isAcronym(tokens[ws[k]!]!.text)) hasAcronym = true;
  }
  // The person's name: the trailing run of plain name words.
  let tail = ws.length;
  while (tail > 0) {
    const w = lowers[tail - 1]!;
    const tk = tokens[ws[tail - 1]!]!;
    if (tail - 1 === surname) {
      tail--;
      continue;
    }
    if (isRoleHead(w) || isOrgHead(w) || (!tk.cap && NAME_CONNECTORS.has(w)) || isAcronym(tk.text)) break;
    tail--;
  }
  const joinedBefore = tail > 0 ? lowers[tail - 1]! : '';
  const wholeName = stripPossessive(wordSpan(text, tokens, ws, 0, ws.length));
  const wholeLower = wholeName.toLowerCase();
  if (PLACES.has(wholeLower) || (definite && PLACES.has(`the ${wholeLower}`))) {
    return { ...base, kind: 'place', name: wholeName };
  }
  // "Reporters Without Borders said", "director of Amnesty International Man-kei Tam said": a body
  // the gazetteer knows is no person, alone or run on before a person's name (issue #12, h12-round4).
  const known = knownBodyWords(lowers, wholeLower);
  if (known === ws.length) return { ...base, kind: 'org', name: wholeName };
  if (known > 0 && personNameFrom(tokens, ws, lowers, known))
    return { ...titledPerson(text, tokens, ws, lowers, base, null, known), body: true };
  // "The Senator from Ohio said", "officials in Ohio said": a name of the gazetteer right after a
  // preposition of place is the place ("Lawrence said" stays a person: no preposition before it).
  if (
    prev?.kind === 'word' &&
    !prev.cap &&
    GAZETTEER_PREPOSITIONS.has(prev.lower) &&
    GAZETTEER_PLACES.has(wholeLower)
  )
    return { ...base, kind: 'place', name: wholeName };
  // "residents of Kherson said", "the people of Velmont told": a plain name after the people who
  // live there and "of" is a place, whether the gazetteer lists it or not.
  if (
    prev?.lower === 'of' &&
    !prev.cap &&
    INHABITANT_NOUNS.has(tokens[from - 2]?.lower ?? '') &&
    lastHead < 0 &&
    lastOrg < 0 &&
    !hasAcronym
  )
    return { ...base, kind: 'place', name: wholeName };
  // "Easter Island", "the 14th Amendment", "Article 2": named places and texts, never speakers.
  if (ws.length >= 2) {
    const lastWord = lowers[ws.length - 1]!;
    if (PLACE_HEADS.has(lastWord)) return { ...base, kind: 'place', name: wholeName };
    if (TEXT_HEADS.has(lastWord) || (TEXT_HEADS.has(lowers[0]!) && NUMBER_START.test(lastWord)))
      return { ...base, kind: 'place', name: wholeName };
  }
  const head = lastHead >= 0 ? lowers[lastHead]! : null;
  if (tail < ws.length && tail > 0) {
    const afterConnector =
      !tokens[ws[tail - 1]!]!.cap && (NAME_CONNECTORS.has(joinedBefore) || joinedBefore === 'to');
    // "Representative for the Southern Neighbourhood": after "the" comes a thing, not a person.
    const definiteTail = afterConnector && joinedBefore === 'the';
    if (!afterConnector && lastHead === tail - 1)
      return titledPerson(text, tokens, ws, lowers, base, head, tail);
    if (!afterConnector && lastOrg === tail - 1 && ws.length - tail >= 2)
      return titledPerson(text, tokens, ws, lowers, base, head, tail);
    // "Mayor de Blasio", "Mayor Bill de Blasio": a name particle after the title or a first
    // name opens the surname; the title's last word is the end of the title.
    // "President Ursula von der Leyen": a run of particles ("von der") opens the surname alike.
    let particles = tail - 1;
    while (particles > 0 && !tokens[ws[particles - 1]!]!.cap && NAME_PARTICLES.has(lowers[particles - 1]!))
      particles--;
    const particleName = afterConnector && NAME_PARTICLES.has(joinedBefore) ? lastHead + 1 : -1;
    if (particleName > 0 && particleName >= particles - 1 && lastOrg < particleName && !hasAcronym)
      return titledPerson(text, tokens, ws, lowers, base, head, particleName);
    if (afterConnector && !definiteTail && lastHead >= 0) {
      // "Secretary of State Mike Pompeo", "President of Iran Hassan Rouhani": skip title
      // complements, keep at most a two-word name; "Governor of Tyumen Oblast" names no one.
      let n = tail;
      while (n < ws.length - 1 && ROLE_COMPLEMENTS.has(lowers[n]!)) n++;
      if (ws.length - n >= 3) n = ws.length - 2;
      else if (n === tail) n = ws.length;
      if (n < ws.length) return titledPerson(text, tokens, ws, lowers, base, head, n);
    }
  }
  // What comes before the first "of"/"for" decides between a title and an organisation.
  let pre = 0;
  while (pre < ws.length && !(NAME_CONNECTORS.has(lowers[pre]!) && !tokens[ws[pre]!]!.cap)) pre++;
  // "Crown Prince Khalid bin Rashid of Qadima": a name particle before "of" is inside the name;
  // "of" decides.
  while (pre < ws.length && NAME_PARTICLES.has(lowers[pre]!) && !tokens[ws[pre]!]!.cap) {
    let next = pre + 1;
    while (next < ws.length && !(NAME_CONNECTORS.has(lowers[next]!) && !tokens[ws[next]!]!.cap)) next++;
    if (next >= ws.length || lowers[next] !== 'of') break;
    pre = next;
  }
  let preHead = -1;
  let preOrg = -1;
  let preAcronym = false;
  for (let k = 0; k < pre; k++) {
    if (isRoleHead(lowers[k]!)) preHead = k;
    if (isOrgHead(lowers[k]!)) preOrg = k;
    if (isAcronym(tokens[ws[k]!]!.text)) preAcronym = true;
  }
  // "Tristan Smith of University College London": a person "of" an organisation or place; the
  // name ends before "of" and the rest is mentioned on its own.
  if (pre > 0 && pre < ws.length && lowers[pre] === 'of' && !definite) {
    const cut = ws[pre]!;
    if (preHead < 0 && preOrg < 0 && !preAcronym)
      return {
        ...base,
        kind: 'person',
        to: cut,
        poss: false,
        name: stripPossessive(wordSpan(text, tokens, ws, 0, pre)),
      };
    // "President Hassan Rouhani of Iran"
    const inner = preHead >= 0 ? classifyChunk(text, tokens, from, cut) : null;
    if (inner?.kind === 'person') return inner;
  }
  const whole = wholeName;
  if (lastHead >= 0 || lastOrg >= 0 || hasAcronym) {
    if (preHead >= 0 && preHead > preOrg)
      return { ...base, kind: 'role', role: whole, head: lowers[preHead]! };
    if (lastOrg >= 0 || hasAcronym) return { ...base, kind: 'org', name: whole };
    if (lastHead >= 0) return { ...base, kind: 'role', role: whole, head: lowers[lastHead]! };
    return { ...base, kind: 'org', name: whole };
  }
  // "outside Washington, D.C. saying": a dotted abbreviation alone that is no organisation's
  // ("D.C.", "U.S.", "A.D.") names a place or an era, never a person.
  if (ws.length === 1 && DOTTED_ACRONYM.test(tokens[ws[0]!]!.text))
    return { ...base, kind: 'place', name: whole };
  // "Voter Kitty Mak said", "Teacher Ahmed Farouk said": at a sentence's start, a capitalised
  // common word that is no given name, before a given name and a surname, is the person's title
  // ("Mary Ann Tate", "Kim Jong Un", "J. Robert Oakes" stay whole: their first word is a name or
  // an initial, or no given name follows it).
  if (!definite && w0 === 0 && opensSentence(tokens, from) && gluedTitleAt(tokens, ws, lowers))
    return { ...titledPerson(text, tokens, ws, lowers, base, lowers[0]!, 1), glued: true };
  // No title or organisation word at all: a plain name.
  if (definite) return { ...base, kind: 'org', name: whole };
  return { ...base, kind: 'person', name: whole };
}

/** The first word of each known body's name (`KNOWN_BODIES`): most chunks open with none. */
const KNOWN_BODY_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...KNOWN_BODIES].map((name) => name.split(' ')[0]!),
);

/**
 * How many of a chunk's words (lower case) open with a known body's name of two words or more:
 * all of them when the whole name (`whole`, without a possessive) is one, else the longest such
 * opening; 0 when none.
 */
function knownBodyWords(lowers: readonly string[], whole: string): number {
  if (lowers.length < 2 || !KNOWN_BODY_FIRST_WORDS.has(lowers[0]!)) return 0;
  if (KNOWN_BODIES.has(whole)) return lowers.length;
  for (let n = lowers.length - 1; n >= 2; n--) if (KNOWN_BODIES.has(lowers.slice(0, n).join(' '))) return n;
  return 0;
}

/**
 * Are a chunk's words from `n` on a person's name: two or three capitalised words, none a title,
 * body head, acronym or place ("Man-kei Tam"; not "Hong Kong" in "Amnesty International Hong Kong",
 * a branch)?
 */
function personNameFrom(
  tokens: readonly Token[],
  ws: readonly number[],
  lowers: readonly string[],
  n: number,
): boolean {
  const rest = ws.length - n;
  if (rest < 2 || rest > 3) return false;
  if (PLACES.has(lowers.slice(n).join(' ')) || GAZETTEER_PLACES.has(lowers.slice(n).join(' '))) return false;
  for (let k = n; k < ws.length; k++) {
    const t = tokens[ws[k]!]!;
    const w = lowers[k]!;
    if (
      !t.cap ||
      isRoleHead(w) ||
      isOrgHead(w) ||
      isAcronym(t.text) ||
      PLACES.has(w) ||
      GAZETTEER_PLACES.has(w)
    )
      return false;
  }
  return true;
}

/**
 * Does the chunk end in a title word that is also a surname (`names.json` `titleSurnames`: "King",
 * "Bishop") after a name: capitalised name words, no title or body word among them, the first a
 * given name of one sex ("Julie Bishop", "Martin Luther King", "Foreign Minister Julie Bishop")?
 * "Crown Prince", "Saudi King" and "Prince Harry" stay titles.
 */
function titleSurnameAt(tokens: readonly Token[], ws: readonly number[], lowers: readonly string[]): boolean {
  const last = ws.length - 1;
  if (last < 1 || !TITLE_SURNAMES.has(lowers[last]!) || tokens[ws[last]!]!.poss) return false;
  let k = last - 1;
  while (k > 0 && sexOfGivenName(lowers[k]!) === null && plainNameWord(tokens[ws[k]!]!, lowers[k]!)) k--;
  return sexOfGivenName(lowers[k]!) !== null && plainNameWord(tokens[ws[k]!]!, lowers[k]!);
}

/** A capitalised word that is no title, body or acronym word, and no possessive. */
function plainNameWord(t: Token, w: string): boolean {
  return t.cap && !t.poss && !isRoleHead(w) && !isOrgHead(w) && !isAcronym(t.text);
}

/**
 * Is the first of three or more capitalised words (`ws`, lower case `lowers`) a common word glued
 * before a name: a plain word that is no given name (of one sex or mixed), no honorific and no
 * name particle, followed by a given name of the given-names list and at least one more word?
 */
function gluedTitleAt(tokens: readonly Token[], ws: readonly number[], lowers: readonly string[]): boolean {
  if (ws.length < 3) return false;
  const first = tokens[ws[0]!]!;
  const second = tokens[ws[1]!]!;
  if (!PLAIN_CAPITALISED.test(first.text) || !second.cap || second.poss || first.poss) return false;
  if (!gluedTitleWord(lowers[0]!, lowers[1]!)) return false;
  for (let k = 1; k < ws.length; k++) if (!tokens[ws[k]!]!.cap) return false;
  return true;
}
/** A capitalised word of lowercase letters after the first, three letters or more ("Voter"). */
const PLAIN_CAPITALISED = /^\p{Lu}\p{Ll}{2,}$/u;

const NUMBER_START = /^\p{N}/u;
/** An age written as one hyphenated word ("Fifteen-year-old", "15-year-old"). */
const AGE = /^[\p{L}\p{N}]+-years?-old$/iu;
/** A number written in digits alone ("50", "2020", "1,500"). */
const COUNT = /^\p{N}[\p{N},.]*$/u;

/** Does token `k` open a sentence (first token, or after a full stop, question or exclamation mark)? */
function opensSentence(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return prev === undefined || isSentenceStop(prev);
}

/** A nominal that names nobody by itself ("Officials"), resolved like "the officials". */
function simpleNominal(from: number, to: number, role: string, head: string, poss: boolean): Mention {
  return { kind: 'nominal', from, to, name: null, role, head, org: null, poss, definite: false };
}

/** Text of words [a, b) of a chunk, given the chunk's word token indices. */
function wordSpan(
  text: string,
  tokens: readonly Token[],
  ws: readonly number[],
  a: number,
  b: number,
): string {
  return text.slice(tokens[ws[a]!]!.start, tokens[ws[b - 1]!]!.end);
}

/** A person named by words [nameFrom, end) of a chunk whose earlier words are their title. */
function titledPerson(
  text: string,
  tokens: readonly Token[],
  ws: readonly number[],
  lowers: readonly string[],
  base: Mention,
  head: string | null,
  nameFrom: number,
): Mention {
  // "US Ambassador to Germany Richard Grenell", "Senator from Vermont Bernie Sanders": the place
  // (and the "to" or "from" before it) belongs to the title.
  let n = nameFrom;
  const link = tokens[ws[n]!]!;
  if (!link.cap && (link.lower === 'to' || link.lower === 'from')) {
    const place = placeWordsAt(tokens, ws[n + 1] ?? tokens.length, ws[ws.length - 2] ?? 0);
    if (place > 0) n += 1 + place;
  }
  while (ws.length - n > 2 && PLACES.has(lowers[n]!)) n++;
  return {
    ...base,
    kind: 'person',
    name: stripPossessive(wordSpan(text, tokens, ws, n, ws.length)),
    role: n > 0 ? wordSpan(text, tokens, ws, 0, n) : null,
    head,
  };
}

/**
 * How many capitalised words from token `k` (up to three, ending before `end`) are a place of the
 * gazetteer ("Vermont", "New Hampshire"); 0 when none are.
 */
function placeWordsAt(tokens: readonly Token[], k: number, end: number): number {
  let found = 0;
  let name = '';
  for (let n = 0; n < 3 && k + n < end; n++) {
    const t = tokens[k + n]!;
    if (t.kind !== 'word' || !t.cap || t.poss || (n > 0 && t.start - tokens[k + n - 1]!.end > 1)) break;
    name = n === 0 ? t.lower : `${name} ${t.lower}`;
    if (GAZETTEER_PLACES.has(name) || PLACES.has(name)) found = n + 1;
  }
  return found;
}

function stripPossessive(s: string): string {
  return s.replace(/['’]s?$/, '');
}

/** A nominal mention whose head is the lowercase word at `h`: "the minister", "a spokesperson for NATO". */
function nominalAt(text: string, tokens: readonly Token[], h: number): Mention | null {
  const head = tokens[h]!;
  // Walk left over modifiers to a determiner ("the former prime minister").
  let from = h;
  let det = false;
  for (let k = h - 1; k >= 0 && h - k <= 4; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    if (DETERMINERS.has(t.lower)) {
      from = k;
      det = true;
      break;
    }
    if (
      PREPOSITIONS.has(t.lower) ||
      REPORTING_VERBS.has(t.lower) ||
      PERSON_PRONOUNS.has(t.lower) ||
      t.lower === 'and'
    )
      break;
    from = k;
  }
  if (!det) return null;
  const m: Mention = {
    kind: 'nominal',
    from,
    to: h + 1,
    name: null,
    role: null,
    head: head.lower,
    org: null,
    poss: head.poss,
    definite: tokens[from]!.lower === 'the',
  };
  attachOrg(text, tokens, m);
  m.role = text.slice(tokens[from + 1]?.start ?? head.start, tokens[m.to - 1]!.end);
  return m;
}

/**
 * "a spokesperson for the Pentagon": extends the nominal over the organisation it speaks for; "a
 * statement from the Coastal Water Authority", "a letter from Jane Miller": a document's issuer.
 */
function attachOrg(text: string, tokens: readonly Token[], m: Mention): void {
  const next = tokens[m.to];
  const issued = m.head !== null && DOCUMENT_NOUNS.has(m.head) && next?.lower === 'from';
  if (
    next?.kind !== 'word' ||
    (next.lower !== 'for' && next.lower !== 'of' && next.lower !== 'at' && !issued)
  )
    return;
  let k = m.to + 1;
  if (tokens[k]?.lower === 'the') k++;
  if (!isNameWord(tokens[k])) return;
  const end = chunkEnd(tokens, k);
  const org = classifyChunk(text, tokens, k, end);
  if (org === null) return;
  if (org.kind === 'org' && m.head !== null && SPOKES_NOUNS.has(m.head)) m.org = org.name;
  if (issued && !org.poss && (org.kind === 'org' || (org.kind === 'person' && org.name !== null)))
    m.org = org.name;
  m.to = org.to;
}

/** "Pentagon spokesperson", "the company's spokesman": a name (or possessive) then a nominal head. */
function nominalAfterName(text: string, tokens: readonly Token[], name: Mention): Mention | null {
  // "Forest officials": a single capitalised word before a title qualifies it rather than names a person.
  const single = name.kind === 'person' && name.name !== null && !/\s/.test(name.name);
  if (name.kind !== 'org' && name.kind !== 'place' && !(name.kind === 'person' && (name.poss || single)))
    return null;
  let h = name.to;
  // Allow one lowercase modifier ("Merkel's chief spokesman").
  if (
    tokens[h]?.kind === 'word' &&
    !tokens[h]!.cap &&
    !isNominalHead(tokens[h]!.lower) &&
    isNominalHead(tokens[h + 1]?.lower ?? '')
  )
    h++;
  // "Stardom's official statement": the last of two heads is the head.
  if (
    tokens[h + 1]?.kind === 'word' &&
    !tokens[h + 1]!.cap &&
    isNominalHead(tokens[h]?.lower ?? '') &&
    DOCUMENT_NOUNS.has(tokens[h + 1]!.lower)
  )
    h++;
  const head = tokens[h];
  if (head?.kind !== 'word' || head.cap || !isNominalHead(head.lower)) return null;
  // "Pentagon spokesperson John Kirby": then it is the person's title, handled by the caller's appositive logic.
  const m: Mention = {
    kind: 'nominal',
    from: name.from,
    to: h + 1,
    name: null,
    role: text.slice(tokens[name.from]!.start, head.end),
    head: head.lower,
    // "an Interpol spokesperson": a lone name before a spokesperson is the body spoken for.
    org:
      (name.kind === 'org' && SPOKES_NOUNS.has(head.lower)) ||
      DOCUMENT_NOUNS.has(head.lower) ||
      (single && !name.poss && SPOKESPERSON_NOUNS.has(head.lower))
        ? name.name
        : null,
    poss: head.poss,
    definite: name.definite,
  };
  return m;
}

/** Month names, which may also be surnames ("Theresa May"). */
const MONTH_NAMES: ReadonlySet<string> = new Set(syntaxWords.monthNames);
/** Prepositions after which a gazetteer name is that place (syntax-words.json gazetteerPrepositions). */
const GAZETTEER_PREPOSITIONS: ReadonlySet<string> = new Set(syntaxWords.gazetteerPrepositions);
/** Plural nouns for a place's inhabitants (syntax-words.json inhabitantNouns). */
const INHABITANT_NOUNS: ReadonlySet<string> = new Set(syntaxWords.inhabitantNouns);

/** Nouns for one person speaking on a body's behalf. */
const SPOKESPERSON_NOUNS: ReadonlySet<string> = new Set(syntaxWords.spokespersonNouns);

/** Is the token a preposition (a name after it is an object, not a subject)? */
export function isPreposition(t: Token | undefined): boolean {
  return t?.kind === 'word' && PREPOSITIONS.has(t.lower);
}
