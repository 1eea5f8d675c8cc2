/**
 * Cue words around an unknown name: "the airline X", "X news agency", "X, a firm that …"; also
 * when a leftover name looks like a person's rather than an organisation's.
 */
import type { OrgRule } from '../../../contract/schema.ts';
import ruleWords from '../../data/entities/rule-words.json' with { type: 'json' };
import { WORD_GIVEN_NAMES, isGivenName } from '../../language/names.ts';
import { type Token } from '../../language/tokenize.ts';
import {
  ARTICLES,
  BASED,
  type AcronymMention,
  COMPASS,
  L,
  LIST_INTRO,
  type OrgCandidate,
  PASSIVE_AFTER,
  type Para,
  isBodyAppositive,
  type ParagraphOut,
  type Span,
  pushOrg,
  unclaimPlace,
} from './context.ts';

/** Cue nouns that are adjectives after "a"/"an" ("a daily Aspirin"). */
const ADJECTIVAL_CUES: ReadonlySet<string> = new Set(ruleWords.adjectivalCues);

/** Words after a channel number that make the name before it a broadcaster's. */
const CHANNEL_CUES: ReadonlySet<string> = new Set(ruleWords.channelCues);

/**
 * Is the token at `k` a channel number (one or two digits) after the name [i, k), followed by a word
 * that makes that name a broadcaster's ("News 12 reported", "WESH 2 news")? Not after a thing's
 * head ("Flight 12 reported").
 */
function channelNumberCue(toks: readonly Token[], i: number, k: number): boolean {
  const num = toks[k];
  const cue = toks[k + 1];
  if (num?.kind !== 'word' || !/^\d{1,2}$/.test(num.text) || cue?.kind !== 'word' || cue.cap) return false;
  return CHANNEL_CUES.has(cue.lower) && !L.notOrgHeads.has(toks[k - 1]!.lower) && k > i;
}

/**
 * An unknown name the words around it call an organisation becomes one (if unclaimed), as it
 * stands or running on to `end`.
 */
function promoteBare(p: Para, out: ParagraphOut, n: Span, rule: OrgRule, end = n.j): void {
  const idx = out.names.indexOf(n);
  if (idx < 0) return;
  out.names.splice(idx, 1);
  pushOrg(p, n.i, end, null, null, out, rule);
}

const TITLE_CONNECTORS: ReadonlySet<string> = new Set(ruleWords.titleConnectors);
const POLL_NOUNS: ReadonlySet<string> = new Set(ruleWords.pollNouns);

/**
 * Promotes a leftover name with the capitalised words an ampersand joins to it before ("Redfield &
 * Wilton Strategies survey": the chunker ends a name at "&"); issue #12, h12-kinds.
 */
function promoteJoined(p: Para, out: ParagraphOut, n: Span): void {
  const i = joinedStart(p, n);
  if (i === n.i) {
    promoteBare(p, out, n, 'org.cue-word');
    return;
  }
  out.names = out.names.filter((m) => m === n || m.paragraph !== p.index || m.j <= i || m.i >= n.j);
  const idx = out.names.indexOf(n);
  if (idx < 0) return;
  out.names.splice(idx, 1);
  pushOrg(p, i, n.j, null, null, out, 'org.cue-word');
}

/** Where a leftover name starts with the capitalised words an ampersand joins to it before. */
function joinedStart(p: Para, n: Span): number {
  let i = n.i;
  while (p.toks[i - 1]?.text === '&' && titleWord(p, i - 2)) {
    i -= 2;
    while (titleWord(p, i - 1)) i--;
  }
  return i;
}

/** The end of a name, acronym or organisation of this paragraph that starts at token `i`, or -1. */
function spanAt(p: Para, out: ParagraphOut, i: number): number {
  const at = (c: Span): boolean => c.paragraph === p.index && c.i === i;
  return (out.names.find(at) ?? out.acronyms.find(at) ?? out.orgs.find(at))?.j ?? -1;
}

/** Is token k a capitalised name word that is no place's and no date's? */
function titleWord(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (t?.kind !== 'word' || !t.cap || t.sentStart || p.claim[k] === 'p') return false;
  // (Not a date: "the charity Acme on Monday".)
  return /^\p{Lu}\p{Ll}/u.test(t.text) && !L.stopwords.has(t.lower) && !L.functionWords.has(t.lower);
}

/**
 * "Cinema for Peace Foundation", "Imus in the Morning": a one-word name joined by a lowercase
 * connector to capitalised words around it is a piece of a longer title, not a body of its own,
 * whatever cue stands beside it ("the non-profit Cinema", "Morning aired").
 */
function pieceOfTitle(p: Para, n: Span): boolean {
  const { toks } = p;
  const after = toks[n.j];
  if (after?.kind === 'word' && !after.cap && TITLE_CONNECTORS.has(after.lower)) {
    const k = toks[n.j + 1]?.lower === 'the' ? n.j + 2 : n.j + 1;
    if (titleWord(p, k)) return true;
  }
  const the = toks[n.i - 1];
  const connector = toks[n.i - 2];
  return (
    the?.kind === 'word' &&
    the.text === 'the' &&
    connector?.kind === 'word' &&
    !connector.cap &&
    TITLE_CONNECTORS.has(connector.lower) &&
    titleWord(p, n.i - 3)
  );
}

const DIGIT_NAME = /^\d{1,2}\p{Ll}{3,}$/u;
const DIGIT_NAME_UNITS: ReadonlySet<string> = new Set(ruleWords.digitNameUnits);

/**
 * "8chan", "4chan": a word of one or two digits and three lowercase letters or more is a brand's
 * name (org.camel-case, as "MarineTraffic"), unless its letters are a unit ("60mph", "5kmh").
 * Ordinals, times and short units ("21st", "6am", "5bn", "139km") are too short or too long to match.
 */
export function digitBrands(p: Para, out: ParagraphOut): void {
  const { toks } = p;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || p.claim[k] !== undefined || !DIGIT_NAME.test(t.text)) continue;
    if (DIGIT_NAME_UNITS.has(t.lower.replace(/^\d+/, ''))) continue;
    pushOrg(p, k, k + 1, null, null, out, 'org.camel-case');
  }
}

/**
 * "the paper producer Who Gives a Crap", "the charity What Works for Kids": after a cue noun, a
 * capitalised function word inside a sentence opens a title-case name, which goes on over
 * capitalised words and lowercase articles or connectors between them. Not a given name that is
 * also a word ("producer Will Smith"). Where the name ends, or -1.
 */
function functionWordTitle(p: Para, k: number): number {
  const { toks, claim } = p;
  const cue = toks[k]!;
  const f = toks[k + 1];
  if (cue.kind !== 'word' || cue.cap || !(L.cueNouns.has(cue.lower) || L.singleNameCueNouns.has(cue.lower)))
    return -1;
  if (f?.kind !== 'word' || !f.cap || f.sentStart || f.allCaps || claim[k + 1] !== undefined) return -1;
  if (!L.functionWords.has(f.lower) || ARTICLES.has(f.lower) || WORD_GIVEN_NAMES.has(f.lower)) return -1;
  let e = k + 2;
  for (;;) {
    const t = toks[e];
    if (t?.kind !== 'word' || claim[e] !== undefined) break;
    if (t.cap && !t.sentStart && !L.functionWords.has(t.lower)) e++;
    else if (!t.cap && (ARTICLES.has(t.lower) || TITLE_CONNECTORS.has(t.lower)) && titleWord(p, e + 1)) e++;
    else break;
  }
  return e > k + 2 && toks[e - 1]!.cap ? e : -1;
}

/** Unknown names that the words around them call an organisation. */
export function cues(p: Para, out: ParagraphOut): void {
  const { toks } = p;
  for (let k = 0; k + 2 < toks.length; k++) {
    const e = functionWordTitle(p, k);
    if (e < 0) continue;
    out.names = out.names.filter((n) => n.paragraph !== p.index || n.j <= k + 1 || n.i >= e);
    pushOrg(p, k + 1, e, null, null, out, 'org.cue-word');
    k = e - 1;
  }
  const names = out.names.filter((n) => n.paragraph === p.index);
  for (const n of names) {
    // "News 12 reported", "Paul Rivera of WESH 2 news": a broadcaster's name ends in its channel number.
    if (channelNumberCue(toks, n.i, n.j)) {
      out.names.splice(out.names.indexOf(n), 1);
      pushOrg(p, n.i, n.j + 1, null, null, out, 'org.media-verb');
      continue;
    }
    const first = toks[n.i]!;
    if (L.roles.has(first.lower) || L.demonyms.has(first.lower)) continue;
    if (n.j - n.i > 1 && L.firstNames.has(first.lower)) continue;
    // (An outlet word takes "of <place>" below: "newspaper Star of Mysore".)
    if (n.j - n.i === 1 && !L.placeHeads.has(first.lower) && pieceOfTitle(p, n)) continue;
    if (
      toks.slice(n.i, n.j).every((t) => t.kind !== 'word' || L.demonyms.has(t.lower) || COMPASS.has(t.lower))
    )
      continue;
    const prev = toks[n.i - 1];
    const next = toks[n.j];
    // "the airline Mahan Air", "newspaper Dawn", "the newspaper The Courant"
    const cueAt = prev?.text === 'The' && !prev.sentStart ? n.i - 2 : n.i - 1;
    const cue = toks[cueAt];
    const article = toks[cueAt - 1]?.lower;
    const indefinite = article === 'a' || article === 'an';
    if (
      cue?.kind === 'word' &&
      !cue.cap &&
      L.cueNouns.has(cue.lower) &&
      !(indefinite && ADJECTIVAL_CUES.has(cue.lower))
    ) {
      // "newspaper Star of Mysore": an outlet word that names a paper with its place ("Toronto
      // Star") takes "of <place>" after it when the name ends there (issue #12).
      if (n.j - n.i === 1 && L.placeHeads.has(first.lower) && next?.lower === 'of' && !next.cap) {
        const place =
          out.places.find((c) => c.paragraph === p.index && c.i === n.j + 1) ??
          out.names.find((c) => c.paragraph === p.index && c.i === n.j + 1);
        if (place && toks[place.j]?.kind !== 'word') {
          if ('place' in place) unclaimPlace(p, place.i, out);
          else out.names.splice(out.names.indexOf(place), 1);
          promoteBare(p, out, n, 'org.cue-word', place.j);
          continue;
        }
      }
      // "law firm Sidley Austin", "the company Hitwise UK": a place written right after the name,
      // ending it, is part of it (issue #12).
      let e = n.j;
      while (p.claim[e] === 'p') e++;
      if (toks[e]?.kind === 'word' && toks[e]!.cap) e = n.j;
      for (let x = n.j; x < e; x++) if (p.claim[x] === 'p') unclaimPlace(p, x, out);
      promoteBare(p, out, n, 'org.cue-word', e);
      continue;
    }
    // "the gas producer Energean" (a film producer is a person: one-word names only); "the ruling
    // Democratic Rally".
    if (
      prev?.kind === 'word' &&
      !prev.cap &&
      ((L.singleNameCueNouns.has(prev.lower) &&
        (n.j - n.i === 1 || (tradeCompound(toks, n.i - 2) && !surnameAgain(p, n)))) ||
        (prev.lower === 'ruling' && ARTICLES.has(toks[n.i - 2]?.lower ?? ''))) &&
      !personLike(n, p, out)
    ) {
      promoteBare(p, out, n, 'org.cue-word');
      continue;
    }
    // "the Acme/CNBC poll": a name before a slash and another name that a cue noun follows is a
    // body as well (issue #12, h12-kinds).
    if (next?.text === '/' && !isGivenName(toks[joinedStart(p, n)]!.lower) && !personLike(n, p, out)) {
      const other = spanAt(p, out, n.j + 1);
      const after = other < 0 ? undefined : toks[other];
      if (
        after?.kind === 'word' &&
        !after.cap &&
        (L.cueAfterNouns.has(after.lower) || POLL_NOUNS.has(after.lower))
      ) {
        promoteJoined(p, out, n);
        continue;
      }
    }
    // "Saba news agency", "the Houthi movement" (not "the Hawaiian Island chain": a name that ends
    // in the head of a thing or a place names no body).
    if (next?.kind === 'word' && !next.cap && !L.notOrgHeads.has(toks[n.j - 1]!.lower)) {
      const two = `${next.lower} ${toks[n.j + 1]?.lower ?? ''}`;
      if (
        L.cueAfterNouns.has(two) ||
        (L.cueAfterNouns.has(next.lower) && !isNounCompoundContinuation(toks[n.j + 1]))
      ) {
        promoteJoined(p, out, n);
        continue;
      }
      // "the Korvala Research poll", "a Brava Analytics survey": a pollster, when the name is not a
      // person's ("the Lane poll" after Ruth Lane; issue #12, h12-kinds).
      if (
        POLL_NOUNS.has(next.lower) &&
        !isGivenName(toks[joinedStart(p, n)]!.lower) &&
        !personLike(n, p, out)
      ) {
        promoteJoined(p, out, n);
        continue;
      }
      // "Reuters reported", a single-word name that is nobody's first or last name here.
      if (
        L.mediaVerbs.has(next.lower) &&
        !PASSIVE_AFTER.has(toks[n.j + 1]?.lower ?? '') &&
        // "Rudaw reports Mahan's director…", not "Initial reports said" (a noun).
        (next.lower !== 'reports' || toks[n.j + 1]?.cap === true || toks[n.j + 1]?.lower === 'that') &&
        !(
          next.lower === 'reports' &&
          toks[n.i]!.sentStart &&
          n.j - n.i === 1 &&
          L.stopwords.has(first.lower)
        ) &&
        n.j - n.i <= 3 &&
        !L.firstNames.has(first.lower) &&
        !isKnownPersonWord(first, out)
      ) {
        promoteBare(p, out, n, 'org.media-verb');
        continue;
      }
    }
    // "Acme Mills, which makes paper": a relative clause with a verb only a business takes.
    if (bodyRelative(p, n.j) && !personLike(n, p, out)) {
      promoteBare(p, out, n, 'org.appositive');
      continue;
    }
    // "Milltech Marine, a firm specialising in AIS"
    if (isBodyAppositive(p, n.j)) {
      promoteBare(p, out, n, 'org.appositive');
      continue;
    }
    // "the Brussels-based Acme" (not "London-based artist Jane Doe": the cue noun comes first).
    if (prev?.kind === 'word' && BASED.test(prev.text) && !personLike(n, p, out))
      promoteBare(p, out, n, 'org.based');
  }
  // "news agency ISNA", "gas supplier DEPA", "WTTG television": unknown acronyms with a cue noun.
  for (const a of out.acronyms.filter((c) => c.paragraph === p.index)) {
    if (channelNumberCue(toks, a.i, a.j)) {
      out.acronyms.splice(out.acronyms.indexOf(a), 1);
      pushOrg(p, a.i, a.j + 1, null, null, out, 'org.cue-acronym');
      continue;
    }
    const prev = toks[a.i - 1];
    const next = toks[a.j];
    const before =
      prev?.kind === 'word' &&
      !prev.cap &&
      (L.cueNouns.has(prev.lower) || L.singleNameCueNouns.has(prev.lower));
    const after =
      next?.kind === 'word' &&
      !next.cap &&
      (L.cueAfterNouns.has(`${next.lower} ${toks[a.j + 1]?.lower ?? ''}`) ||
        (L.cueAfterNouns.has(next.lower) && !isNounCompoundContinuation(toks[a.j + 1])));
    const source =
      (prev?.lower === 'to' && toks[a.i - 2]?.lower === 'according') ||
      prev?.lower === 'told' ||
      (next?.kind === 'word' &&
        L.mediaVerbs.has(next.lower) &&
        !PASSIVE_AFTER.has(toks[a.j + 1]?.lower ?? ''));
    const based = prev?.kind === 'word' && BASED.test(prev.text);
    if (before || after || source || based || isBodyAppositive(p, a.j))
      promoteAcronym(p, a, out, 'org.cue-acronym');
  }
}

/**
 * "firms including Deutsche Bahn, Deutsche Telekom, Daimler, and Siemens": the names a cue noun
 * lists. So does a plural cue noun after "the" with the list right after it, two names or more
 * ("the carmakers Vexa, Torvik and Almont"; issue #12).
 */
export function cueLists(p: Para, out: ParagraphOut): void {
  const { toks } = p;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    const isIntro = LIST_INTRO.has(t.lower) || (t.lower === 'such' && toks[k + 1]?.lower === 'as');
    const apposed = !isIntro && pluralCueNoun(t) && toks[k - 1]?.lower === 'the' && listAfter(p, out, k + 1);
    if (!isIntro && !apposed) continue;
    const noun = apposed ? t : toks[k - 1]!;
    if (noun.kind !== 'word' || noun.cap || (!apposed && !L.cueNouns.has(noun.lower))) continue;
    let x = apposed ? k + 1 : t.lower === 'such' ? k + 2 : k + 1;
    for (;;) {
      const n = out.names.find((m) => m.paragraph === p.index && m.i === x);
      const o = out.orgs.find((m) => m.paragraph === p.index && m.i === x);
      const end = n?.j ?? o?.j;
      if (end === undefined) break;
      if (n && !(n.j - n.i > 1 && L.firstNames.has(toks[n.i]!.lower))) promoteBare(p, out, n, 'org.cue-list');
      x = end;
      if (toks[x]?.text === ',') x++;
      if (toks[x]?.lower === 'and' || toks[x]?.lower === 'or') x++;
      if (x === end) break;
    }
  }
}

/** The plurals of the cue nouns, as triggers of `cueLists`. */
export const CUE_PLURALS: readonly string[] = [
  ...new Set([...L.cueNouns].map((n) => (n.endsWith('s') ? n : `${n}s`))),
];

/** A lowercase plural of a cue noun ("carmakers", "firms"). */
function pluralCueNoun(t: Token): boolean {
  if (t.kind !== 'word' || t.cap || !t.lower.endsWith('s')) return false;
  return L.cueNouns.has(t.lower) || L.cueNouns.has(t.lower.slice(0, -1));
}

/** Do two names or more, joined by commas and "and"/"or", start at `x` ("Vexa, Torvik and Almont")? */
function listAfter(p: Para, out: ParagraphOut, x: number): boolean {
  const { toks } = p;
  const at = (k: number): number | undefined =>
    out.names.find((m) => m.paragraph === p.index && m.i === k)?.j ??
    out.orgs.find((m) => m.paragraph === p.index && m.i === k)?.j;
  const end = at(x);
  if (end === undefined) return false;
  let y = end;
  if (toks[y]?.text === ',') y++;
  if (toks[y]?.lower !== 'and' && toks[y]?.lower !== 'or' && y === end) return false;
  if (toks[y]?.lower === 'and' || toks[y]?.lower === 'or') y++;
  return at(y) !== undefined;
}

const BODY_RELATIVE_VERBS: ReadonlySet<string> = new Set(ruleWords.bodyRelativeVerbs);
const RUN_BY: ReadonlySet<string> = new Set(ruleWords.bodyRelativePassives);

/**
 * "Acme Mills, which makes paper", "Acme Paper which owns two mills": is the name ending at `j`
 * followed by "which" (a comma before it or not) and a verb of making, owning, running or selling,
 * which a business takes ("who" would be a person's)?
 */
function bodyRelative(p: Para, j: number): boolean {
  const { toks } = p;
  const k = toks[j]?.text === ',' ? j + 1 : j;
  const which = toks[k];
  if (which?.kind !== 'word' || which.text !== 'which') return false;
  const verb = toks[k + 1];
  if (verb?.kind !== 'word' || verb.cap) return false;
  if (BODY_RELATIVE_VERBS.has(verb.lower)) return true;
  // "Acme Buses, which is run by the army": a body run or owned by another.
  const done = toks[k + 2];
  return (
    (verb.lower === 'is' || verb.lower === 'was') &&
    done?.kind === 'word' &&
    RUN_BY.has(done.lower) &&
    toks[k + 3]?.lower === 'by'
  );
}

/**
 * "property developer", "toilet paper producer": is the word at `k`, before a trade noun, a
 * lowercase noun that makes a compound with it (a trade: what is made or developed), not an
 * article, function word, role ("executive producer"), coordination ("actor and producer") or a
 * participle or adverb ("alleged operator")?
 */
function tradeCompound(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  return (
    t?.kind === 'word' &&
    !t.cap &&
    !L.stopwords.has(t.lower) &&
    !L.functionWords.has(t.lower) &&
    !L.connectors.has(t.lower) &&
    !L.roles.has(t.lower) &&
    !/(?:ed|ly)$/.test(t.lower)
  );
}

/** Does the article write the name's last word more often than the name ("Jane Marlow … Marlow said")? */
function surnameAgain(p: Para, n: Span): boolean {
  const last = p.toks[n.j - 1]!.text;
  const text = p.article.paragraphs.join('\n');
  const count = (w: string): number => text.split(w).length - 1;
  return count(last) > count(n.text);
}

/** "Saba news agency chief": the cue noun heads a longer compound about a person. */
function isNounCompoundContinuation(t: Token | undefined): boolean {
  return t?.kind === 'word' && !t.cap && L.roles.has(t.lower);
}

/** Is the word part of a name of two words or more, in this paragraph (other than `self`) or an earlier one? */
function isKnownPersonWord(t: Token, out: ParagraphOut, self?: Span): boolean {
  if ((out.personWords.get(t.text) ?? 0) > 0) return true;
  return out.names.some((n) => n !== self && n.j - n.i > 1 && n.text.split(/\s+/).includes(t.text));
}

/**
 * Does the name read as a person's by its own words: a title or role in it or right before it
 * ("President X", "Senator Y"), or a first name opening a name of two words or more?
 */
export function titledOrFirstNamed(n: Span, p: Para): boolean {
  const { toks } = p;
  const first = toks[n.i]!;
  if (L.roles.has(first.lower) || L.nameFormingTitles.has(first.lower)) return true;
  if (L.firstNames.has(first.lower) && n.j - n.i > 1) return true;
  const prev = toks[n.i - 1];
  return (
    prev?.kind === 'word' && prev.cap && (L.roles.has(prev.lower) || L.nameFormingTitles.has(prev.lower))
  );
}

/** Could this leftover name be a person's rather than an organisation's? */
export function personLike(n: Span, p: Para, out: ParagraphOut): boolean {
  const { toks } = p;
  if (titledOrFirstNamed(n, p)) return true;
  for (let x = n.i; x < n.j; x++) {
    const t = toks[x]!;
    if (t.kind === 'word' && (L.demonyms.has(t.lower) || isKnownPersonWord(t, out, n))) return true;
  }
  return false;
}

/** Turns a leftover name into an organisation, taking in places glued to it ("Sunrisers Hyderabad"). */
export function promoteName(p: Para, n: Span, out: ParagraphOut, rule: OrgRule): OrgCandidate | null {
  const idx = out.names.indexOf(n);
  if (idx < 0) return null;
  out.names.splice(idx, 1);
  let { i, j } = n;
  while (i > 0 && p.claim[i - 1] === 'p' && p.toks[i - 1]!.end + 1 >= p.toks[i]!.start) i--;
  while (j < p.toks.length && p.claim[j] === 'p') j++;
  for (let x = i; x < j; x++) if (p.claim[x] === 'p') unclaimPlace(p, x, out);
  pushOrg(p, i, j, null, null, out, rule);
  return out.orgs[out.orgs.length - 1]!;
}

export function promoteAcronym(p: Para, a: AcronymMention, out: ParagraphOut, rule: OrgRule): void {
  const idx = out.acronyms.indexOf(a);
  if (idx < 0) return;
  out.acronyms.splice(idx, 1);
  pushOrg(p, a.i, a.j, null, null, out, rule);
}
