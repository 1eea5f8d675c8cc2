/**
 * Capitalised chunks: runs of capitalised words joined by connectors ("of", "for the", "&"); inside
 * each, the alias table and the gazetteer (token tries, longest match), then head-noun
 * organisations, then what is left as names.
 */
import ruleWords from '../../data/entities/rule-words.json' with { type: 'json' };
import type { Token } from '../../language/tokenize.ts';
import { type KnownOrg, gazetteerPlace, isDemonymOf, isGazetteerPlace, nameKeyTokens } from '../lexicon.ts';
import {
  L,
  PARTICLES,
  type Para,
  type ParagraphOut,
  type PlaceCandidate,
  emitResidual,
  initialStopAt,
  isConnector,
  isElidedNameWord,
  isNameToken,
  ownerInName,
  pushOrg,
  span,
  trieMatch,
  unclaimPlace,
} from './context.ts';
import {
  FOREIGN_CONNECTORS,
  complement,
  headOrgAt,
  headOrgFrom,
  phraseHeadAt,
  purposeClause,
} from './head-nouns.ts';

export function knownOpener(p: Para, k: number): boolean {
  const t = p.toks[k]!;
  if (t.kind !== 'word' || !t.cap || !t.sentStart || !L.orgTrie.next.has(t.lower)) return false;
  const m = trieMatch(L.orgTrie, p, k, p.toks.length);
  return m !== null && m.j - k >= 2;
}

/** Where a place or demonym that names a branch of the known body at `k` starts, or -1. */
function branchStart(p: Para, k: number, a: number, org: KnownOrg, out: ParagraphOut): number {
  if (k - 1 < a) return -1;
  const national = L.branchedOrgs.has(org.slug);
  const before = p.toks[k - 1]!;
  if (p.claim[k - 1] === 'p') {
    const place = out.places.find((c) => c.paragraph === p.index && c.j === k);
    if (!place || place.i < a) return -1;
    return place.place.kind !== 'country' || national ? place.i : -1;
  }
  return national && p.claim[k - 1] === undefined && before.cap && L.demonyms.has(before.lower) ? k - 1 : -1;
}

/**
 * "Libyan House of Representatives": a demonym right before a known body that the match names
 * without the country its own name opens with (the United States House by its alias "House of
 * Representatives") is another country's body of that name. Where it starts, or -1.
 */
function namesakeStart(p: Para, k: number, j: number, a: number, org: KnownOrg): number {
  if (k - 1 < a) return -1;
  const before = p.toks[k - 1]!;
  if (p.claim[k - 1] !== undefined || !before.cap || !L.demonyms.has(before.lower)) return -1;
  const own = nameKeyTokens(org.name);
  const lead = own.length - (j - k);
  if (lead < 1) return -1;
  for (let x = k; x < j; x++) if (p.toks[x]!.lower !== own[lead + x - k]) return -1;
  if (j - k >= 2) return isGazetteerPlace(own.slice(0, lead)) ? k - 1 : -1;
  // "the Mexican Congress": a bare chamber ("Congress", "Senate") after another country's
  // demonym; "the American Congress" is still the United States Congress (issue #12).
  if (!L.standaloneHeads.has(p.toks[k]!.lower)) return -1;
  const country = gazetteerPlace(own.slice(0, lead));
  if (country?.kind !== 'country') return -1;
  return isDemonymOf(before.lower, country.slug) ? -1 : k - 1;
}

/**
 * "the Norwegian Labour Party", "the Dutch Labour Party": another country's demonym before a
 * known body whose own names tell its country ("British Labour Party", "UK Labour Party") is
 * another body of that name, not the known one: aliases never cross countries (issue #12). Not
 * its own country's demonym, not a body the gazetteer gives national branches (branchStart names
 * those), and not a body whose names tell no country ("American Democrats"). Where it starts, or -1.
 */
function demonymNamesakeStart(p: Para, k: number, a: number, org: KnownOrg): number {
  if (k - 1 < a || L.branchedOrgs.has(org.slug)) return -1;
  const before = p.toks[k - 1]!;
  if (p.claim[k - 1] !== undefined || !before.cap || !L.demonyms.has(before.lower)) return -1;
  let told = false;
  for (const name of [org.name, ...org.aliases]) {
    const words = nameKeyTokens(name);
    if (words[0] !== undefined && L.demonyms.has(words[0])) {
      if (words[0] === before.lower) return -1;
      told = true;
    }
    for (let n = 1; n < words.length; n++) {
      const place = gazetteerPlace(words.slice(0, n));
      if (place?.kind !== 'country') continue;
      if (isDemonymOf(before.lower, place.slug)) return -1;
      told = true;
    }
  }
  return told ? k - 1 : -1;
}

/**
 * "Spain's Congress of Deputies", "the House of Representatives of Nigeria": a known body met by
 * an alias without the country its own name opens with ("Congress" for the United States
 * Congress), followed by "of" and a complement that is not that country, is another body of that
 * name: an alias never crosses countries (issue #12). "the Congress of the United States" stays
 * the known body. Where the other body's name ends, or -1.
 */
function namesakeComplementEnd(
  p: Para,
  k: number,
  j: number,
  b: number,
  org: KnownOrg,
  lowerWords: ReadonlySet<string>,
): number {
  const { toks } = p;
  const of = toks[j];
  if (j >= b || of?.kind !== 'word' || of.cap || of.lower !== 'of') return -1;
  const own = nameKeyTokens(org.name);
  const lead = own.length - (j - k);
  if (lead < 1) return -1;
  for (let x = k; x < j; x++) if (toks[x]!.lower !== own[lead + x - k]) return -1;
  const country = gazetteerPlace(own.slice(0, lead));
  if (country?.kind !== 'country') return -1;
  const c = complement(p, j, b, lowerWords);
  if (c <= j + 1) return -1;
  let pl = j + 1;
  if (toks[pl]?.lower === 'the') pl++;
  const place = trieMatch(L.placeTrie, p, pl, c);
  if (place?.j === c && place.value.slug === country.slug) return -1;
  return c;
}

/**
 * "the Social Democrats", "the Neo Democrats": a party known by its members' plural ("Democrats"
 * for the Democratic Party) with a proper word of its own before it, the two the whole name, is
 * another party, not the known one. Not after a demonym ("American Democrats" are the known
 * party's), not a word that opens a sentence ("Fellow Democrats said"), and not inside a longer
 * run ("the Radical Left Democrats", a way to name the known party). Where it starts, or -1.
 */
function partyNamesakeStart(p: Para, k: number, j: number, a: number, org: KnownOrg): number {
  if (j - k !== 1 || k - 1 < a) return -1;
  const { toks, claim } = p;
  const word = toks[k]!;
  const own = nameKeyTokens(org.name);
  if (own.at(-1) !== 'party' || own.includes(word.lower) || !word.lower.endsWith('s')) return -1;
  const before = toks[k - 1]!;
  if (claim[k - 1] !== undefined || !before.cap || before.allCaps || before.sentStart) return -1;
  if (L.demonyms.has(before.lower) || L.roles.has(before.lower) || L.heads.has(before.lower)) return -1;
  const opener = toks[k - 2];
  if (opener?.kind === 'word' && opener.cap && !(opener.sentStart && opener.lower === 'the')) return -1;
  return k - 1;
}

/** A known name starting at `from` may run past the chunk's end (across "to", "in"). */
export function grow(p: Para, from: number, e: number): number {
  if (!L.orgTrie.next.has(p.toks[from]!.lower)) return e;
  const m = trieMatch(L.orgTrie, p, from, p.toks.length);
  return m && m.j - 1 > e ? m.j - 1 : e;
}

/**
 * Is the token at `k` a proper word no rule claimed that is neither a role nor a demonym, so that
 * before a known name it makes another body ("Military Times", "Liberal Democratic Party")?
 */
function unclaimedQualifier(p: Para, k: number, lowerWords: ReadonlySet<string>): boolean {
  const t = p.toks[k];
  return (
    p.claim[k] === undefined &&
    isNameToken(t, lowerWords) &&
    !L.roles.has(t!.lower) &&
    !L.demonyms.has(t!.lower)
  );
}

/**
 * Is the one-word known name at `k` a word of a longer name: after an unclaimed first name
 * ("Michael Bloomberg"), or between a proper word or place and an unclaimed proper word that is
 * no head or role ("Walt Disney World")? Acronyms and heads are left to the rules for them.
 */
function insideOtherName(p: Para, k: number, b: number, lowerWords: ReadonlySet<string>): boolean {
  const { toks, claim } = p;
  const t = toks[k]!;
  const before = toks[k - 1]!;
  if (t.allCaps || L.heads.has(t.lower) || before.allCaps || L.heads.has(before.lower)) return false;
  if (claim[k - 1] === undefined && before.cap && L.firstNames.has(before.lower)) return true;
  if (claim[k - 1] !== 'p' && !unclaimedQualifier(p, k - 1, lowerWords)) return false;
  const after = toks[k + 1];
  return (
    k + 1 < b &&
    claim[k + 1] === undefined &&
    isNameToken(after, lowerWords) &&
    !after!.allCaps &&
    !L.heads.has(after!.lower) &&
    !L.roles.has(after!.lower) &&
    trieMatch(L.orgTrie, p, k + 1, b) === null &&
    trieMatch(L.placeTrie, p, k + 1, b) === null
  );
}

/**
 * Is the word at `k` (a one-word place) a surname: after an unclaimed proper word that is a known
 * given name, or that follows a title ("Actor Denzel Washington"), and ending the name?
 */
function surnameAt(p: Para, k: number, lowerWords: ReadonlySet<string>): boolean {
  const { toks, claim } = p;
  const given = toks[k - 1]!;
  if (claim[k - 1] !== undefined || given.allCaps || !isNameToken(given, lowerWords)) return false;
  // "the George Washington Bridge": a name going on after the place is not the person's.
  if (isNameToken(toks[k + 1], lowerWords)) return false;
  if (L.heads.has(given.lower) || L.roles.has(given.lower) || L.demonyms.has(given.lower)) return false;
  if (L.firstNames.has(given.lower)) return true;
  const title = toks[k - 2];
  return title?.kind === 'word' && title.cap && (L.roles.has(title.lower) || L.titleNouns.has(title.lower));
}

const CHANNEL_NUMBER_WORDS: ReadonlySet<string> = new Set(ruleWords.channelNumberWords);
const SAY_AFTER: ReadonlySet<string> = new Set(ruleWords.sayAfter);

/**
 * Does the token after a known body's arm end the arm's name: nothing, a mark (not a hyphen), or a
 * lowercase function word, verb of saying or media verb ("told CNN Philippines the towns …", "BBC
 * One on Monday", "RTE 1 reported")? Not a lowercase noun the name modifies ("the EU Turkey deal",
 * "BBC Two weeks ago").
 */
function armEnds(t: Token | undefined): boolean {
  if (t === undefined) return true;
  if (t.kind === 'punct') return t.text !== '-';
  return (
    t.kind === 'word' &&
    !t.cap &&
    (L.functionWords.has(t.lower) ||
      L.stopwords.has(t.lower) ||
      L.mediaVerbs.has(t.lower) ||
      SAY_AFTER.has(t.lower))
  );
}

/**
 * "BBC One", "RTE 1": a known name of one word, written in one run with a capitalised number word
 * after it inside a sentence, or (an acronym) with one digit after it, is one
 * of its channels or arms, when the run ends there (`armEnds`). Where the arm ends, or `j`.
 */
function channelNumberEnd(p: Para, k: number, j: number, b: number): number {
  const { toks } = p;
  if (j - k !== 1) return j;
  const n = toks[j];
  if (n?.kind !== 'word') return j;
  if (j + 1 === b && n.cap && !n.sentStart && CHANNEL_NUMBER_WORDS.has(n.lower) && armEnds(toks[j + 1]))
    return j + 1;
  if (
    j === b &&
    toks[k]!.allCaps &&
    /^[1-9]$/.test(n.text) &&
    n.start === toks[k]!.end + 1 &&
    armEnds(toks[j + 1])
  )
    return j + 1;
  return j;
}

const STATION_HEADS: ReadonlySet<string> = new Set(ruleWords.stationHeads);

/**
 * "BBC Radio 4", "BBC Radio 5 Live": a known broadcaster's station, named by a station head and its
 * number of one or two digits written after the run, keeps the number (as "RTE 1" does for a
 * known name alone), when the name ends there (`armEnds`). Where the station ends, or `j`.
 */
function stationNumberEnd(p: Para, j: number, b: number): number {
  const { toks } = p;
  const n = toks[j];
  if (j !== b || !STATION_HEADS.has(toks[j - 1]!.lower) || n?.kind !== 'word') return j;
  if (!/^[1-9]\d?$/.test(n.text) || n.start !== toks[j - 1]!.end + 1) return j;
  return armEnds(toks[j + 1]) ? j + 1 : j;
}

/** The known names of a chunk that has none (never written to). */
const NO_KNOWN: Map<number, { j: number; org: KnownOrg }> = new Map();

/** Trie matches, then head-noun organisations, then leftovers as names, inside one chunk. */
export function scanChunk(
  p: Para,
  a: number,
  b: number,
  lowerWords: ReadonlySet<string>,
  out: ParagraphOut,
): void {
  const { toks, claim } = p;
  // Made on the first known name: most chunks hold none.
  let knownAt: Map<number, { j: number; org: KnownOrg }> = NO_KNOWN;
  for (let k = a; k < b; k++) {
    if (!toks[k]!.cap) continue;
    const org = trieMatch(L.orgTrie, p, k, b);
    const place = trieMatch(L.placeTrie, p, k, b);
    // "Tehran Times": a one-word head right after a place is that place's body, not the known
    // "Times" (the head rule below names it); so is one right after a proper word no rule claimed
    // ("the Military Times", Argentina's "National Congress"; issue #12).
    if (
      org &&
      org.j - k === 1 &&
      !place &&
      k > a &&
      L.heads.has(toks[k]!.lower) &&
      (claim[k - 1] === 'p' || unclaimedQualifier(p, k - 1, lowerWords))
    )
      continue;
    // "Liberal Democratic Party", "New Democratic Party": a proper word before a known name that
    // ends in a head makes another body (the head rule below names it). A generic adjective does
    // too: "National Security Council" is not the known "Security Council" (issue #12).
    if (
      org &&
      !place &&
      org.j - k >= 2 &&
      k > a &&
      L.heads.has(toks[org.j - 1]!.lower) &&
      !toks[k]!.allCaps &&
      unclaimedQualifier(p, k - 1, lowerWords) &&
      !toks[k - 1]!.allCaps &&
      !L.heads.has(toks[k - 1]!.lower)
    )
      continue;
    // "the Kurdish People's Democratic Party", "the Workers' Democratic Party": a possessive that
    // belongs to a name ("People's", "Workers'") before a known name ending in a head makes
    // another body too, not the known one with its owner cut off (the head rule names it).
    if (
      org &&
      !place &&
      k - 2 >= a &&
      L.heads.has(toks[org.j - 1]!.lower) &&
      toks[k - 1]!.kind === 'poss' &&
      claim[k - 2] === undefined &&
      ownerInName(p, k - 2)
    )
      continue;
    // "ABS-CBN News Channel": a one-word place that is also a head ("Channel", the English one)
    // right after a name word is that name's head (issue #12).
    if (
      !org &&
      place?.j === k + 1 &&
      k > a &&
      L.heads.has(toks[k]!.lower) &&
      isNameToken(toks[k - 1], lowerWords) &&
      claim[k - 1] !== 'p'
    )
      continue;
    // "Actor Denzel Washington", "Kevin Jordan": a one-word place after a given name, or after a
    // proper word right after a title, is that person's surname (issue #12).
    if (!org && place?.j === k + 1 && k > a && surnameAt(p, k, lowerWords)) continue;
    // "Michael Bloomberg", "Walt Disney World", "Akhil Bharat Hindu Mahasabha": a one-word known
    // name (not an acronym) after a first name, or between two proper words, is a word of another
    // name (issue #12).
    if (org && !place && org.j - k === 1 && k > a && insideOtherName(p, k, b, lowerWords)) continue;
    if (org && (!place || org.j >= place.j)) {
      if (knownAt === NO_KNOWN) knownAt = new Map();
      knownAt.set(k, { j: org.j, org: org.value });
      k = org.j - 1;
    } else if (place) {
      for (let x = k; x < place.j; x++) claim[x] = 'p';
      // The span gets its place (no copy): the same fields in the same order as `{ ...span, place }`.
      const found = span(p, k, place.j) as PlaceCandidate;
      found.place = place.value;
      out.places.push(found);
      k = place.j - 1;
    }
  }

  // Head-noun organisations in the stretches between known organisations.
  let k = a;
  while (k < b) {
    const known = knownAt.get(k);
    if (known) {
      // "Iowa Democratic Party", "Philippine Red Cross": a region or city right before a known
      // body of two words or more, or a country or demonym before a body the gazetteer gives
      // national branches, names that body's branch there, a body of its own (issue #12).
      const namesake = Math.max(
        namesakeStart(p, k, known.j, a, known.org),
        partyNamesakeStart(p, k, known.j, a, known.org),
        demonymNamesakeStart(p, k, a, known.org),
      );
      if (namesake >= 0) {
        pushOrg(p, namesake, known.j, null, null, out, 'org.foreign-namesake');
        k = known.j;
        continue;
      }
      const otherEnd = namesakeComplementEnd(p, k, known.j, b, known.org, lowerWords);
      if (otherEnd >= 0) {
        for (let x = known.j; x < otherEnd; x++) if (claim[x] === 'p') unclaimPlace(p, x, out);
        pushOrg(p, k, otherEnd, null, null, out, 'org.foreign-namesake');
        k = otherEnd;
        continue;
      }
      const branch = known.j - k >= 2 ? branchStart(p, k, a, known.org, out) : -1;
      if (branch >= 0) {
        for (let x = branch; x < k; x++) if (claim[x] === 'p') unclaimPlace(p, x, out);
        pushOrg(p, branch, known.j, null, known.org.slug, out, 'org.known-branch');
        k = known.j;
        continue;
      }
      let headEnd = headOrgFrom(p, known.j, b, k, lowerWords);
      if (headEnd !== null) {
        headEnd = stationNumberEnd(p, headEnd, b);
        // "NATO Defence College": a named body of a known organisation ("Guardian Council" is
        // not part of The Guardian, so only acronyms lend a parent).
        pushOrg(p, k, headEnd, null, toks[k]!.allCaps ? known.org.slug : null, out, 'org.known-sub-body');
        k = headEnd;
        continue;
      }
      // "American Civil Liberties Union of Montana": a chapter named after a place.
      if (L.heads.has(toks[known.j - 1]!.lower)) {
        const c = complement(p, known.j, b, lowerWords);
        let pl = known.j + 1;
        if (toks[pl]?.lower === 'the') pl++;
        const place = c > known.j ? trieMatch(L.placeTrie, p, pl, c) : null;
        if (place?.j === c) {
          for (let x = known.j; x < c; x++) if (claim[x] === 'p') unclaimPlace(p, x, out);
          // "the Congress of the United States": the known body's own country names the body
          // itself; "the Democratic Party of Japan", "the Conservative Party of Canada": another
          // country names another body, unless the gazetteer gives the body national branches
          // (as a country before it does in branchStart; issue #12, aliases never cross countries).
          if (place.value.kind === 'country' && !L.branchedOrgs.has(known.org.slug)) {
            const own = nameKeyTokens(known.org.name);
            let itself = false;
            for (let n = 1; n < own.length; n++)
              if (gazetteerPlace(own.slice(0, n))?.slug === place.value.slug) itself = true;
            if (itself) pushOrg(p, k, c, known.org, null, out, 'org.gazetteer');
            else pushOrg(p, k, c, null, null, out, 'org.foreign-namesake');
            k = c;
            continue;
          }
          pushOrg(p, k, c, null, known.org.slug, out, 'org.known-chapter');
          k = c;
          continue;
        }
        // "the Royal Society of Chemistry", "the Royal Society for the Protection of Birds": a
        // known name ending in its head, with a complement of its own that is neither a place nor
        // another known body ("Security Council of the United Nations"), is another body, not the
        // known one with its complement dropped (issue #12).
        if (c > known.j + 1 && !place) {
          let other = false;
          for (let x = known.j; x < c; x++) if (knownAt.has(x) || claim[x] !== undefined) other = true;
          if (!other) {
            pushOrg(p, k, c, null, null, out, 'org.head-noun');
            k = c;
            continue;
          }
        }
      }
      // "Sky News Arabia": a media or other head-final name followed by the region it serves.
      let m = known.j;
      if (L.heads.has(toks[known.j - 1]!.lower)) while (m < b && claim[m] === 'p') m++;
      else if (m < b && claim[m] === 'p') {
        // "Netflix Japan": a company's arm in a country; "according to CNN Philippines.": an
        // acronym's too, when nothing follows the country (not "the EU Turkey deal").
        const pl = out.places.find((c) => c.paragraph === p.index && c.i === m);
        const after = toks[pl?.j ?? m];
        // (A function word, a verb of saying or a media verb after the country ends the name as
        // well: "told CNN Philippines the towns were …", "CNN Philippines reported".)
        const acronymArm = armEnds(after);
        if (
          pl?.place.kind === 'country' &&
          !isNameToken(after, lowerWords) &&
          (!toks[k]!.allCaps || acronymArm)
        )
          m = pl.j;
      }
      // "BBC One", "RTE 1": a channel of a known broadcaster, numbered after its name.
      if (m === known.j) m = channelNumberEnd(p, k, known.j, b);
      if (m > known.j) {
        for (let x = known.j; x < m; x++) if (claim[x] === 'p') unclaimPlace(p, x, out);
        pushOrg(p, k, m, null, known.org.slug, out, 'org.known-region');
        k = m;
        continue;
      }
      // "Indonesia AirAsia Flight 8501", "Times Square": a thing named after the organisation.
      let r = known.j;
      while (r < b && isNameToken(toks[r], lowerWords) && !L.heads.has(toks[r]!.lower)) r++;
      const tail = toks[r - 1]!.lower;
      if (r > known.j && L.notOrgHeads.has(tail) && tail !== 'headquarters' && tail !== 'hq') {
        k = r;
        continue;
      }
      pushOrg(p, k, known.j, known.org, null, out, 'org.gazetteer');
      k = known.j;
      continue;
    }
    const t = toks[k]!;
    // "Project MKUltra": a head word that comes first.
    if (
      claim[k] === undefined &&
      t.cap &&
      L.prefixHeads.has(t.lower) &&
      k + 1 < b &&
      isNameToken(toks[k + 1], lowerWords) &&
      claim[k + 1] === undefined
    ) {
      let e = k + 1;
      while (e < b && isNameToken(toks[e], lowerWords) && claim[e] === undefined) e++;
      // "Rehabilitation Project Force": unclaimed name words before it are part of the name (issue #12).
      let i = k;
      while (i > a && claim[i - 1] === undefined && isNameToken(toks[i - 1], lowerWords)) i--;
      pushOrg(p, i, e, null, null, out, 'org.prefix-head');
      k = e;
      continue;
    }
    // "Partido Socialista Obrero", "Universidad de Chile": a head in another language comes first
    // and takes the words after it, places and connectors included.
    if (claim[k] === undefined && t.cap && L.foreignHeads.has(t.lower)) {
      let e = k + 1;
      for (;;) {
        if (e < b && isNameToken(toks[e], lowerWords) && claim[e] !== 'o') e++;
        else if (e + 1 < b && FOREIGN_CONNECTORS.has(toks[e]!.text) && isNameToken(toks[e + 1], lowerWords))
          e++;
        else if (
          e + 2 < b &&
          FOREIGN_CONNECTORS.has(toks[e]!.text) &&
          FOREIGN_CONNECTORS.has(toks[e + 1]!.text) &&
          isNameToken(toks[e + 2], lowerWords)
        )
          e += 2;
        else break;
      }
      while (e > k + 1 && !isNameToken(toks[e - 1], lowerWords)) e--;
      if (e > k + 1) {
        for (let x = k; x < e; x++) if (claim[x] === 'p') unclaimPlace(p, x, out);
        pushOrg(p, k, e, null, null, out, 'org.foreign-head');
        k = e;
        continue;
      }
    }
    // "Nevada Independent", "Toronto Star": an outlet word right after a place.
    if (claim[k] === undefined && t.cap && L.placeHeads.has(t.lower) && k > a && claim[k - 1] === 'p') {
      const place = out.places.find((c) => c.paragraph === p.index && c.j === k);
      if (place && place.i >= a) {
        const i = place.i;
        unclaimPlace(p, k - 1, out);
        pushOrg(p, i, k + 1, null, null, out, 'org.place-outlet');
        k++;
        continue;
      }
    }
    const phraseHead = phraseHeadAt(p, k);
    if (claim[k] === undefined && t.kind === 'word' && t.cap && (L.heads.has(t.lower) || phraseHead)) {
      const org = headOrgAt(p, k, a, b, lowerWords, knownAt);
      // A head of several words names a body only with a name before it: "the Hall of Fame" alone
      // says not which.
      if (org && (!phraseHead || org.i < k)) {
        // Places and names already claimed inside the new span are part of its name now.
        for (let x = org.i; x < org.j; x++) if (claim[x] === 'p') unclaimPlace(p, x, out);
        pushOrg(p, org.i, org.j, null, null, out, 'org.head-noun');
        formerStatePrefix(p, org.i, out);
        k = org.j;
        continue;
      }
    }
    k++;
  }

  // Leftover name runs: people, surnames, unknown acronyms, cue-word organisations.
  let s = -1;
  for (let x = a; x <= b; x++) {
    const free =
      x < b &&
      claim[x] === undefined &&
      (toks[x]!.kind !== 'punct' || (s >= 0 && initialStopAt(p, s, x, lowerWords))) &&
      !(
        toks[x]!.kind === 'word' &&
        !toks[x]!.cap &&
        !PARTICLES.has(toks[x]!.lower) &&
        !isNameToken(toks[x], lowerWords) &&
        // "Brigade de Recherche et d'Intervention": a connector before an elided article's word.
        !(
          FOREIGN_CONNECTORS.has(toks[x]!.text) &&
          isElidedNameWord(toks[x + 1]) &&
          claim[x + 1] === undefined
        )
      );
    if (free && s < 0 && isNameToken(toks[x], lowerWords)) s = x;
    if (!free && s >= 0) {
      let e = x;
      while (e > s && toks[e - 1]!.kind !== 'word') e--;
      emitResidual(p, s, e, out);
      s = -1;
    }
  }
}

/**
 * Runs of capitalised words joined by connectors ("of", "for the", "&"), each scanned by
 * `scanChunk`: the alias table and the gazetteer, then head-noun organisations, then leftover names.
 */
export function capitalisedChunks(p: Para, lowerWords: ReadonlySet<string>, out: ParagraphOut): void {
  const { toks } = p;
  const chunks: [number, number][] = [];
  for (let k = 0; k < toks.length; k++) {
    // A known name of two words or more may open a sentence with a common word ("Press TV said").
    if (!isNameToken(toks[k], lowerWords) && !knownOpener(p, k)) continue;
    let e = k;
    e = grow(p, k, e);
    for (;;) {
      const n = e + 1;
      const nt = toks[n];
      if (nt?.kind === 'poss') {
        if (ownerInName(p, e) && isNameToken(toks[n + 1], lowerWords)) {
          e = n + 1;
          continue;
        }
        break;
      }
      if (isNameToken(nt, lowerWords)) {
        e = grow(p, n, n);
        continue;
      }
      // "Chief Justice John G. Roberts": a middle initial's full stop stays inside the name.
      if (initialStopAt(p, k, n, lowerWords)) {
        e = n + 1;
        continue;
      }
      if (
        nt?.lower === 'to' &&
        !nt.cap &&
        L.heads.has(toks[e]!.lower) &&
        purposeClause(p, n + 1, lowerWords)
      ) {
        e = n + 1;
        continue;
      }
      if (numberInName(p, e, n, lowerWords)) {
        e = n;
        continue;
      }
      if (isConnector(nt)) {
        let c = n;
        while (c < n + 2 && isConnector(toks[c])) c++;
        if (isNameToken(toks[c], lowerWords) && !toks[c]!.sentStart) {
          // "India the Congress party": a known name after the connector runs on as well.
          e = grow(p, c, c);
          continue;
        }
      }
      break;
    }
    chunks.push([k, e + 1]);
    k = e;
  }

  for (const [a, b] of chunks) scanChunk(p, a, b, lowerWords, out);
}

/**
 * "Studio 54 Holdings Ltd", "the Apollo 11 Foundation": a number of one to three digits between a
 * name word (no place, no title) and a run of up to three name words holding a head is inside the body's
 * name (not "Holdings Ltd" cut after it; issue #12). A score between two clubs has no head after
 * it ("Liverpool 2 Arsenal 1"), a date's month is no name word.
 */
function numberInName(p: Para, e: number, n: number, lowerWords: ReadonlySet<string>): boolean {
  const { toks } = p;
  const num = toks[n];
  if (num?.kind !== 'word' || !/^\d{1,3}$/.test(num.text)) return false;
  if (!toks[e]!.cap || L.roles.has(toks[e]!.lower) || isGazetteerPlace([toks[e]!.lower])) return false;
  for (let m = n + 1; m <= n + 3 && isNameToken(toks[m], lowerWords); m++)
    if (L.heads.has(toks[m]!.lower) && !toks[m]!.allCaps) return true;
  return false;
}

// "ex-Yugoslav", "ex-Soviet": a lowercase prefix joined by a hyphen to a demonym or country.
const FORMER_STATE = /^(?:ex|former)[-–](\p{Lu}\p{L}*)$/u;

/**
 * "the ex-Yugoslav People's Army", "the ex-Soviet Red Army": a body named by its state's demonym
 * or name, with "ex-" joined to it, keeps the demonym; the head rule's name (its last candidate,
 * opening at `i`) starts inside the prefixed word, not after it (issue #12). Not "pro-" or "anti-":
 * "the pro-Kurdish Peoples' Democratic Party" names a stance, not the body.
 */
function formerStatePrefix(p: Para, i: number, out: ParagraphOut): void {
  const t = p.toks[i - 1];
  if (t?.kind !== 'word' || t.cap || p.claim[i - 1] !== undefined) return;
  const m = FORMER_STATE.exec(t.text);
  if (!m) return;
  const word = m[1]!.toLowerCase();
  if (!L.demonyms.has(word) && gazetteerPlace([word])?.kind !== 'country') return;
  const c = out.orgs[out.orgs.length - 1];
  if (c?.i !== i) return;
  p.claim[i - 1] = 'o';
  c.i = i - 1;
  c.start = t.end - m[1]!.length;
  c.text = p.text.slice(c.start, c.end);
}
