/**
 * Organisation head nouns: "X Ministry", "Ministry of X", "X University of Y", "X Forces", with
 * the complement after "of"/"for" and a country or campus that trails the name.
 */
import ruleWords from '../../data/entities/rule-words.json' with { type: 'json' };
import { type Token } from '../../language/tokenize.ts';
import {
  L,
  type Para,
  initialStopAt,
  isBodyAppositive,
  isConnector,
  isNameToken,
  ownerInName,
  trieMatch,
} from './context.ts';
import { LEGAL_SUFFIXES } from './legal-suffixes.ts';

/**
 * After a known organisation ending at `from`, is there a head noun right after it that makes a
 * named sub-body ("NATO Defence College")? Only plain capitalised words may stand between.
 */
export function headOrgFrom(
  p: Para,
  from: number,
  b: number,
  knownStart: number,
  lowerWords: ReadonlySet<string>,
): number | null {
  const { toks } = p;
  if (from >= b || toks[from - 1]?.kind === 'poss') return null;
  // "Air India Express": a known name's arm.
  if (toks[from]!.cap && L.suffixHeads.has(toks[from]!.lower)) return from + 1;
  // One-word known names lend themselves as a prefix ("UN", "NATO", "BBC"); longer ones only to
  // a head right after them ("Fox Business Network", "UC Berkeley School of Law").
  if (from - knownStart !== 1 && (!L.heads.has(toks[from]!.lower) || L.heads.has(toks[from - 1]!.lower)))
    return null;
  let k = from;
  while (
    k < b &&
    isNameToken(toks[k], lowerWords) &&
    !L.heads.has(toks[k]!.lower) &&
    !L.roles.has(toks[k]!.lower)
  )
    k++;
  if (k >= b || !L.heads.has(toks[k]!.lower) || L.roles.has(toks[k]!.lower)) return null;
  let j = k + 1;
  while (j < b && L.heads.has(toks[j]!.lower)) j++;
  return complement(p, j, b, lowerWords);
}

/** Extends an organisation over "of/for/on X Y" after its head; returns the new end. */
export function complement(p: Para, j: number, b: number, lowerWords: ReadonlySet<string>): number {
  const { toks } = p;
  const c = toks[j];
  if (j >= b || c?.kind !== 'word' || c.cap || !L.complementConnectors.has(c.lower)) return j;
  let k = j + 1;
  if (toks[k]?.lower === 'the' && !toks[k]!.cap) k++;
  const first = k;
  let end = j;
  while (k < b) {
    const t = toks[k]!;
    if (isNameToken(t, lowerWords)) {
      // "Council of Ministers", "Board of Governors", "Conference of Mayors": the plural of a role
      // right after "of" names the body's members, part of its name (not a title that ends it).
      const members = k === first && L.roles.has(t.lower.slice(0, -1)) && t.lower.endsWith('s');
      if (L.roles.has(t.lower) && !members && !officerTitle(p, j, k, b, lowerWords)) break;
      // A person's first name after the body's name ends it ("…Refugee Council Enver Solomon").
      if (L.firstNames.has(t.lower) && k > j + 1 && isNameToken(toks[k + 1], lowerWords)) break;
      end = k + 1;
      k++;
    } else if (isConnector(t)) {
      // "University of Miami and Apex Shark Expeditions": "and" before another named body ends it.
      // So does "and" after a place ("University of Miami and …") or before a long name.
      if (t.lower === 'and' || t.text === '&') {
        let m = k + 1;
        if (toks[m]?.lower === 'the') m++;
        while (m < b && isNameToken(toks[m], lowerWords) && !L.heads.has(toks[m]!.lower)) m++;
        if (m < b && L.heads.has(toks[m]!.lower)) break;
        // …but "of England and Wales": a place joined to a place that ends the name is one item.
        const placePair = p.claim[k - 1] === 'p' && m === b && trieMatch(L.placeTrie, p, k + 1, m)?.j === m;
        // …and "for Domestic and External Security Coordination": one word before "and", right
        // after the connector, opens a longer name only with the words after it.
        const oneWordItem = isConnector(toks[k - 2]) && p.claim[k - 1] === undefined && m === b;
        if (!placePair && ((m - (k + 1) >= 3 && !oneWordItem) || p.claim[k - 1] === 'p')) break;
        // "University of Bristol and UC Davis": an acronym after "and" opens another body's name.
        if (toks[k + 1]?.allCaps === true && toks[k + 1]!.text.length >= 2) break;
      }
      k++;
    } else break;
  }
  return end;
}

/**
 * "Office of the UN High Commissioner for Human Rights", "Office of the Director of National
 * Intelligence": after "of the", a title at `k` that goes on with "for"/"of" and a name is the
 * officer's whole title, which names the office; elsewhere a title ends the complement (issue #12).
 */
function officerTitle(p: Para, j: number, k: number, b: number, lowerWords: ReadonlySet<string>): boolean {
  const { toks } = p;
  const the = toks[j + 1];
  if (the?.lower !== 'the' || the.cap) return false;
  let m = k + 1;
  while (m < b && isNameToken(toks[m], lowerWords)) m++;
  const c = toks[m];
  if (m >= b || c?.kind !== 'word' || c.cap || (c.lower !== 'for' && c.lower !== 'of')) return false;
  let n = m + 1;
  if (toks[n]?.lower === 'the' && !toks[n]!.cap) n++;
  return n < b && isNameToken(toks[n], lowerWords) && !L.roles.has(toks[n]!.lower);
}

/** The organisation whose head noun is token h, within chunk [a, b), or null. */
export function headOrgAt(
  p: Para,
  h: number,
  a: number,
  b: number,
  lowerWords: ReadonlySet<string>,
  knownAt: ReadonlyMap<number, unknown>,
): { i: number; j: number } | null {
  const { toks, claim } = p;
  // Left modifiers: capitalised words (places and demonyms too), across "and"/"&" or a lowercase
  // "for" when a word that is not itself a head stands before it ("National Search and Rescue
  // Agency", "Cinema for Peace Foundation": issue #12's names split at an inner "for"; not from a
  // sentence's first word across "for").
  let i = h;
  // Where the name would open if a sentence's first word could stand before its "for" (see below).
  let openerFor = -1;
  let numbered = false;
  while (i > a) {
    const t = toks[i - 1]!;
    if (claim[i - 1] === 'o' || knownAt.has(i - 1)) break;
    if (t.kind === 'poss') {
      // "Korean People's Army", "Women's Institute", "King's College": a possessive that
      // belongs to the name.
      if (i - 2 >= a && ownerInName(p, i - 2) && claim[i - 2] === undefined) {
        i--;
        continue;
      }
      break;
    }
    // (An Arabic name keeps its lowercase article: "al-Masirah TV".)
    if (t.kind === 'word' && isNameToken(t, lowerWords)) {
      // A role ends the name ("NATO Assistant Secretary…"), a title that names places does not ("Duke University").
      if (L.roles.has(t.lower) && !L.nameFormingTitles.has(t.lower)) break;
      i--;
      continue;
    }
    if ((t.lower === 'and' || t.text === '&' || t.text === 'for') && i - 2 >= a) {
      const before = toks[i - 2]!;
      const joins =
        before.cap &&
        isNameToken(before, lowerWords) &&
        !L.heads.has(before.lower) &&
        claim[i - 2] !== 'p' &&
        claim[i - 2] !== 'o' &&
        !L.roles.has(before.lower);
      // "Support for Peace Foundation projects": a sentence's first word before "for" may be any
      // word; before "and" it is a name's only when it passes as one (isNameToken above).
      if (joins && (t.text !== 'for' || !before.sentStart)) {
        i -= 2;
        continue;
      }
      if (joins) openerFor = i - 2;
    }
    // "Studio 54 Holdings", "the Apollo 11 Foundation": a number the chunk holds between name
    // words (chunks.ts numberInName); after "a", a rank ("a Level 1 Trauma Center"), no body.
    if (
      t.kind === 'word' &&
      /^\d{1,3}$/.test(t.text) &&
      i - 2 >= a &&
      isNameToken(toks[i - 2], lowerWords) &&
      !L.roles.has(toks[i - 2]!.lower)
    ) {
      numbered = true;
      i--;
      continue;
    }
    // "the John F. Kennedy Center", "the Steven F. Udvar-Hazy Center": a body named after a person
    // keeps the person's middle initial and first name (not a person "John F" and a cut body).
    if (t.kind === 'punct' && initialStopAt(p, a, i - 1, lowerWords)) {
      i -= 2;
      continue;
    }
    break;
  }
  // Right: following heads ("Guard Corps"), also across "and" to a later head ("Museum and Art Gallery").
  let j = h + 1;
  for (;;) {
    const d = toks[j];
    if (j < b && d?.cap && L.heads.has(d.lower) && claim[j] === undefined) {
      j++;
      continue;
    }
    let k = j;
    // "Vexa Holdings LLC and Torvik Partners Ltd": a legal suffix ends a company's name.
    if (LEGAL_SUFFIXES.has(toks[j - 1]!.lower)) break;
    if (k < b && (toks[k]!.lower === 'and' || toks[k]!.text === '&')) k++;
    let m = k;
    while (
      m < b &&
      m - k < 3 &&
      isNameToken(toks[m], lowerWords) &&
      !L.heads.has(toks[m]!.lower) &&
      !L.roles.has(toks[m]!.lower) &&
      claim[m] === undefined
    )
      m++;
    const mt = toks[m]; // …but "X Hospital and Y Hospital" are two bodies.
    if (
      m < b &&
      m > k &&
      mt?.cap &&
      L.heads.has(mt.lower) &&
      claim[m] === undefined &&
      mt.lower !== toks[j - 1]!.lower
    ) {
      j = m + 1;
      continue;
    }
    break;
  }
  // "St. Mary's Hospital", "Mt. Sinai Hospital", "Gen. Santos Doctors' Hospital": an abbreviation
  // that opens a place's or saint's name belongs to it.
  if (i >= 2 && toks[i - 1]?.text === '.' && PLACE_ABBREVIATIONS.has(toks[i - 2]?.text ?? '')) i -= 2;
  // "the 43rd Canadian Parliament": an ordinal before a legislature numbers its term; the body is
  // the legislature (issue #12).
  if (L.standaloneHeads.has(toks[h]!.lower)) while (i < h && ORDINAL.test(toks[i]!.text)) i++;
  // "Committee to Protect Journalists": the chunk runs on across "to" (see purposeClause).
  if (j + 1 < b && toks[j]!.lower === 'to' && purposeClause(p, j + 1, lowerWords)) {
    j += 2;
    while (j < b && isNameToken(toks[j], lowerWords)) j++;
    return { i, j };
  }
  const beforeComplement = j;
  j = complement(p, j, b, lowerWords);
  if (j > beforeComplement) j = serialComplement(p, j, lowerWords);
  j = campus(p, h, j, lowerWords);
  j = trailingCountry(p, h, beforeComplement, j);
  // "Youth Forum Zimbabwe", "Marriage Equality Coalition Taiwan": a country written right after
  // the head, ending the run of capitalised words, is part of the name (as "Sky News Arabia" is
  // for a known name; issue #12).
  if (j === beforeComplement && i < h && p.claim[j] === 'p') {
    const place = trieMatch(L.placeTrie, p, j, b);
    if (place?.j === b && place.value.kind === 'country') j = b;
    // "Trinity College Dublin", "Imperial College London", "Queen's University Belfast": a city
    // or country right after an academic head is part of the name, when it ends the run or "and"
    // goes on to another name (issue #12).
    else if (
      place &&
      place.value.kind !== 'region' &&
      ACADEMIC_HEADS.has(toks[j - 1]!.lower) &&
      (place.j === b ||
        (toks[place.j]?.kind === 'word' && (toks[place.j]!.lower === 'and' || toks[place.j]!.text === '&')))
    )
      j = place.j;
  }
  // "Public Service Vehicle Regulations", "Police Station": the chunk goes on to name a thing.
  let r = j;
  while (r < b && isNameToken(toks[r], lowerWords) && !L.heads.has(toks[r]!.lower)) r++;
  if (r > j && L.notOrgHeads.has(toks[r - 1]!.lower)) return null;
  const follower = toks[j];
  if (follower?.kind === 'word' && !follower.cap && L.nonOrgFollowers.has(follower.lower)) return null;
  const hasModifier = i < h;
  // "the album Band on the Run", "the 'Band on the Run' album": the title of a work named by a
  // lowercase noun before or after it, past a quotation mark (issue #12).
  if (
    workNoun(toks[i - 1]) ||
    workNoun(toks[j]) ||
    (QUOTE_MARK.test(toks[j]?.text ?? '') && workNoun(toks[j + 1]))
  )
    return null;
  // "Colorado State University of the US": a named body followed by its country, not a longer name
  // (but "Medical Journal of Australia": generic adjectives alone name nothing).
  const properModifier = toks
    .slice(i, h)
    .some((t) => t.kind === 'word' && t.cap && !L.genericModifiers.has(t.lower));
  // (A government's own body keeps its country: "Foreign Ministry of Iraq", "Embassy of Peru".)
  if (hasModifier && properModifier && j > beforeComplement && !COUNTRY_BODY_HEADS.has(toks[h]!.lower)) {
    let c = beforeComplement + 1;
    if (toks[c]?.lower === 'the') c++;
    const place = trieMatch(L.placeTrie, p, c, j);
    if (place?.j === j && place.value.kind === 'country') j = beforeComplement;
  }
  const hasComplement = j > beforeComplement;
  const h0 = toks[h]!.lower;
  if (!hasModifier && !hasComplement && j - h === 1 && !L.standaloneHeads.has(h0)) return null;
  const before = toks[i - 1]?.lower;
  if (numbered && (before === 'a' || before === 'an') && !toks[i - 1]!.cap) return null;
  // "a Project of Common Interest": a kind of project, not a named one.
  if (
    !hasModifier &&
    DESIGNATION_HEADS.has(h0) &&
    (toks[i - 1]?.lower === 'a' || toks[i - 1]?.lower === 'an')
  )
    return null;
  // A bare capitalised head at a sentence start is an ordinary noun ("Police said…").
  if (!hasModifier && !hasComplement && toks[h]!.sentStart && j - h === 1) return null;
  const text = p.text.slice(toks[i]!.start, toks[j - 1]!.end).toLowerCase();
  if (L.genericPhrases.has(text)) return null;
  // "Cinema for Peace Foundation, a Berlin-based non-profit, …": at a sentence's start, an
  // appositive that calls the run a body makes its first word and "for" part of the name.
  if (openerFor >= 0 && isBodyAppositive(p, j)) return { i: openerFor, j };
  return { i, j };
}

const PHRASE_HEADS: readonly (readonly string[])[] = ruleWords.phraseHeads.map((h) => h.split(' '));

/**
 * "Rock and Roll Hall of Fame": is token k the first word of a head of several words
 * (`rule-words.json` `phraseHeads`), written with capitals but for its connectors? Its first word
 * alone names a building, so it is not in the head list.
 */
export function phraseHeadAt(p: Para, k: number): boolean {
  const { toks } = p;
  return PHRASE_HEADS.some((words) =>
    words.every((w, n) => {
      const t = toks[k + n];
      return t?.kind === 'word' && t.lower === w && t.cap === !L.complementConnectors.has(w);
    }),
  );
}

/**
 * "Committee to Protect Journalists", "Global Coalition to Defeat ISIS": after a head and "to", a
 * capitalised word in mid-sentence that is no role, first name, place or known name, with a
 * capitalised word after it, is the verb of the body's aim and part of its name (issue #12).
 */
export function purposeClause(p: Para, k: number, lowerWords: ReadonlySet<string>): boolean {
  const t = p.toks[k];
  if (!isNameToken(t, lowerWords) || t!.sentStart || t!.allCaps) return false;
  if (L.roles.has(t!.lower) || L.firstNames.has(t!.lower) || L.heads.has(t!.lower)) return false;
  if (!isNameToken(p.toks[k + 1], lowerWords)) return false;
  const end = p.toks.length;
  return trieMatch(L.orgTrie, p, k, end) === null && trieMatch(L.placeTrie, p, k, end) === null;
}

// Lower-case connectors inside names in other languages ("de la", "della", "für").
export const FOREIGN_CONNECTORS: ReadonlySet<string> = new Set(ruleWords.foreignConnectors);
const PLACE_ABBREVIATIONS: ReadonlySet<string> = new Set(ruleWords.placeAbbreviations);
// Last words of bracketed expansions that name a person's title, a measure or a thing.
export const NOT_BODY_TAILS: ReadonlySet<string> = new Set(ruleWords.notBodyTails);
export const NAME_EXTENDING_CONNECTORS: ReadonlySet<string> = new Set(ruleWords.nameExtendingConnectors);
const DESIGNATION_HEADS: ReadonlySet<string> = new Set(ruleWords.designationHeads);
const ACADEMIC_HEADS: ReadonlySet<string> = new Set(ruleWords.academicHeads);
const COUNTRY_BODY_HEADS: ReadonlySet<string> = new Set(ruleWords.countryBodyHeads);
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const WORK_NOUNS: ReadonlySet<string> = new Set(ruleWords.workNouns);
const QUOTE_MARK = /^['"\u2018\u2019\u201c\u201d]$/u;

function workNoun(t: Token | undefined): boolean {
  return t?.kind === 'word' && !t.cap && WORK_NOUNS.has(t.lower);
}

/** Longest item of a serial list inside a name ("Disease Control"): plain capitalised words. */
const SERIAL_ITEM_WORDS = 3;

/**
 * "Institute of Epidemiology, Disease Control and Research", "Ministry of Health, Labour and
 * Welfare": a complement that goes on as a serial list, ", Y and Z" (or ", Y, and Z"), ending the
 * name. Each item is one to three plain capitalised words, none a head, a title, a first name, a
 * known organisation or a place, so a list of other bodies or places is not swallowed.
 */
function serialComplement(p: Para, j: number, lowerWords: ReadonlySet<string>): number {
  const { toks } = p;
  if (toks[j]?.text !== ',') return j;
  let k = j;
  for (let items = 0; items < 4; items++) {
    // k is at "," or "and"; read the separator, then one item.
    let sawAnd = false;
    if (toks[k]?.text === ',') k++;
    if (toks[k]?.lower === 'and' && toks[k]!.kind === 'word' && !toks[k]!.cap) {
      sawAnd = true;
      k++;
    }
    const start = k;
    while (k < toks.length && k - start < SERIAL_ITEM_WORDS && plainListWord(p, k, lowerWords)) k++;
    if (k === start || plainListWord(p, k, lowerWords)) return j;
    if (sawAnd) {
      // The list ends here: nothing name-like may follow ("… and Research (IEDCR) reported").
      const next = toks[k];
      return next?.kind === 'poss' || (next?.kind === 'word' && next.cap) ? j : k;
    }
    const sep = toks[k];
    if (sep?.text !== ',' && !(sep?.lower === 'and' && sep.kind === 'word' && !sep.cap)) return j;
  }
  return j;
}

function plainListWord(p: Para, k: number, lowerWords: ReadonlySet<string>): boolean {
  const t = p.toks[k];
  if (!t?.cap || t.allCaps || !isNameToken(t, lowerWords) || p.claim[k] !== undefined) return false;
  if (L.heads.has(t.lower) || L.roles.has(t.lower) || L.firstNames.has(t.lower)) return false;
  return (
    trieMatch(L.orgTrie, p, k, k + SERIAL_ITEM_WORDS) === null &&
    trieMatch(L.placeTrie, p, k, k + SERIAL_ITEM_WORDS) === null
  );
}

/**
 * "University of Sheffield of the UK": a second "of <country>" after a complement is where the
 * body is, not its name, when the body is academic or the first complement is a place (but
 * "Embassy of the Republic of Korea" is one country's name).
 */
function trailingCountry(p: Para, h: number, from: number, j: number): number {
  const { toks } = p;
  if (j <= from + 1) return j;
  let first = from + 1;
  if (toks[first]?.lower === 'the') first++;
  if (trieMatch(L.placeTrie, p, first, j)?.j === j) return j;
  for (let c = first + 1; c < j; c++) {
    if (toks[c]!.lower !== 'of' || toks[c]!.cap) continue;
    if (!ACADEMIC_HEADS.has(toks[h]!.lower) && p.claim[c - 1] !== 'p') continue;
    let d = c + 1;
    if (toks[d]?.lower === 'the') d++;
    const place = trieMatch(L.placeTrie, p, d, j);
    if (place?.j === j && place.value.kind === 'country') return c;
  }
  return j;
}

/**
 * "University of North Carolina at Greensboro", "University of California, San Diego": a campus
 * named after the university, when what follows is a town or an unknown name and no other body.
 */
function campus(p: Para, h: number, j: number, lowerWords: ReadonlySet<string>): number {
  const { toks } = p;
  if (toks[h]!.lower !== 'university' || toks[h + 1]?.lower !== 'of') return j;
  const sep = toks[j];
  if (sep?.lower !== 'at' && sep?.text !== ',') return j;
  let m = j + 1;
  while (
    m < j + 4 &&
    isNameToken(toks[m], lowerWords) &&
    !L.heads.has(toks[m]!.lower) &&
    !L.roles.has(toks[m]!.lower)
  )
    m++;
  if (m === j + 1 || isNameToken(toks[m], lowerWords)) return j;
  const place = trieMatch(L.placeTrie, p, j + 1, m);
  if (place && place.value.kind !== 'city') return j;
  if (L.firstNames.has(toks[j + 1]!.lower) && m - j > 2) return j;
  return m;
}
