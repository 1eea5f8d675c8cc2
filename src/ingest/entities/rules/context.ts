/**
 * What every entity rule works on: the candidate types, a paragraph (`Para`, with the article it
 * belongs to), what a paragraph's rules add to (`ParagraphOut`), and the helpers they share (name
 * tokens, connectors, trie matching, claiming an organisation).
 */
import type { OrgRule } from '../../../contract/schema.ts';
import {
  LEXICON,
  articleNamesCountry,
  countryPattern,
  type KnownOrg,
  type KnownPlace,
  type TrieNode,
  type TrieValue,
} from '../lexicon.ts';
import { NAME_PARTICLES } from '../../language/names.ts';
import { type Token } from '../../language/tokenize.ts';
import ruleWords from '../../data/entities/rule-words.json' with { type: 'json' };

/** A stretch of tokens in one paragraph that names something. */
export interface Span {
  paragraph: number;
  /** Token range [i, j). */
  i: number;
  j: number;
  start: number;
  end: number;
  text: string;
}

export interface OrgCandidate extends Span {
  known: KnownOrg | null;
  /** Slug of a known organisation this one sits under ("NATO Defence College" → nato). */
  parent: string | null;
  /** An acronym the article defines for it ("(MST)"). */
  acronym: string | null;
  /** The name when it is not the mention's text ("Reform" in "the Alliance and Reform parties"). */
  name?: string;
  /** The recognition rule that found it. */
  rule: OrgRule;
  /**
   * A legislature of a unit below a country named bare ("the commonwealth's House of
   * Representatives"), set by `recognise`: never the national (gazetteer) body of that name. Else
   * absent.
   */
  subnational?: boolean;
  /**
   * The country the text places an unknown body in ("Italy's Chamber of Deputies", "the Chamber of
   * Deputies in Mexico", "the Italian Chamber of Deputies"), set by `recognise`; else absent.
   */
  country?: KnownPlace;
  /** Its name without the place or demonym that opens it, when `country` comes from there. */
  bare?: string;
}

export interface PlaceCandidate extends Span {
  place: KnownPlace;
}

export interface AcronymMention extends Span {
  acronym: string;
}

export interface Recognised {
  orgs: OrgCandidate[];
  places: PlaceCandidate[];
  /** Name-like runs left over: people, or surnames of people named elsewhere. */
  names: Span[];
  /** Capitalised acronyms that matched nothing yet (resolved against the article's organisations). */
  acronyms: AcronymMention[];
  /** Acronym → the text it was defined as, from "Full Name (ACR)" / "ACR (Full Name)". */ definitions: Map<
    string,
    string
  >;
  /** Pairs of names the article says are one body ("…University, also called Sechenov University"). */
  synonyms: [string, string][];
}

export interface Para {
  index: number;
  text: string;
  toks: readonly Token[];
  /** Per token: who claimed it ('o' org, 'p' place, undefined free). */
  claim: (string | undefined)[];
  /** Index in the paragraph's tokens of `toks[0]` (0 unless a long paragraph is scanned in windows). */
  offset: number;
  /** The article the paragraph belongs to, shared by all its paragraphs. */
  article: ArticleText;
  /** The entity rules with a trigger in the paragraph (`triggeredRules`): bits of their indices. */
  rules: number;
}

/** The article being scanned, lowercased on first need (only ambiguous acronyms ask). */
export interface ArticleText {
  paragraphs: readonly string[];
  lower: string | null;
  /** Per country slug, whether the article names the country (`articleNamesCountry`). */
  countries?: Map<string, boolean>;
}

export const L = LEXICON;
export const PARTICLES = NAME_PARTICLES;
export const APPOSITIVE_TAIL: ReadonlySet<string> = new Set(ruleWords.appositiveTail);
export const LIST_INTRO: ReadonlySet<string> = new Set(ruleWords.listIntro);
export const ARTICLES: ReadonlySet<string> = new Set(ruleWords.articles);
// "Factors cited for…", "quoted by": a participle, not a newsroom reporting.
export const PASSIVE_AFTER: ReadonlySet<string> = new Set(ruleWords.passiveAfter);
export const COMPASS: ReadonlySet<string> = new Set(ruleWords.compass);
// "Proroguing Parliament…": a sentence that opens with a gerund.
export const GERUND = /^\p{Lu}\p{Ll}+ing$/u;

/** What a paragraph's rules add to: its own candidates, plus what earlier paragraphs named. */
export interface ParagraphOut extends Recognised {
  /**
   * Words of earlier paragraphs' names of two words or more, or of one after a courtesy title
   * ("Dr. Jones"), with how many names have each.
   */
  personWords: ReadonlyMap<string, number>;
}

/** `target.push(...items)` without the argument-count limit of a spread. */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

// Arabic names keep their lowercase article: "Qasim al-Araji", "Hayat Tahrir al-Sham".
const AL_PREFIX = /^(?:al|el|ad|an|ar|as|ash|at|az|ul)-\p{Lu}/u;
// French and Italian names keep their elided article: "Brigade de Recherche et d'Intervention".
const ELIDED_ARTICLE = /^[dl]['\u2019]\p{Lu}\p{Ll}/u;
const ELIDED_APOSTROPHE: ReadonlySet<number> = new Set([39, 0x2019]);
// "Iranian-backed", "Kurdish-led": an adjective, not a name.
const LOWER_SUFFIX = /-\p{Ll}+$/u;
// "MarineTraffic", "VesselFinder", "YouTube": brand-style CamelCase (not "McDonald", "DeSantis").
const CAMEL_CASE = /^(?!Mc|Mac|De|Di|Le|La|Du|Van|Von|O')\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+/u;

/** Nouns that end an appositive naming a body, beside the cue nouns (rule-words.json appositiveCueNouns). */
const APPOSITIVE_CUE_NOUNS: ReadonlySet<string> = new Set(ruleWords.appositiveCueNouns);

// "Brussels-based", "London-based": where a body sits.
export const BASED = /^\p{Lu}[\p{L}.]*-based$/u;

/**
 * ", a firm specialising in…", ", an Iranian news agency", ", a Berlin-based non-profit": is there
 * an appositive after the name ending at `j` whose head is a cue noun, calling the name a body's?
 */
export function isBodyAppositive(p: Para, j: number): boolean {
  const { toks } = p;
  if (toks[j]?.text !== ',' || !ARTICLES.has(toks[j + 1]?.lower ?? '')) return false;
  for (let k = j + 2; k < j + 7 && k < toks.length; k++) {
    const t = toks[k]!;
    // (A place the body sits in may come first: "a Berlin-based non-profit".)
    if (t.kind !== 'word' || (t.cap && !L.demonyms.has(t.lower) && !BASED.test(t.text))) return false;
    if (!t.cap && (L.connectors.has(t.lower) || L.functionWords.has(t.lower))) return false;
    if (!t.cap && (L.cueNouns.has(t.lower) || APPOSITIVE_CUE_NOUNS.has(t.lower))) {
      const after = toks[k + 1];
      // "…, a database detailing…", "…, a group calling for…": a participle goes on to describe it.
      return (
        !after ||
        after.kind !== 'word' ||
        APPOSITIVE_TAIL.has(after.lower) ||
        /^\p{Ll}+ing$/u.test(after.text)
      );
    }
  }
  return false;
}

/**
 * Is the capitalised word at `n`, right before a possessive, an owner that belongs to a body's
 * name: a word of `possessiveNames` ("Women's Institute"), a monarch's title ("King's College",
 * "Queen's University", "Prince's Trust"), or a saint's name after "St", "St." or "Saint" ("St
 * Mary's Hospital", "St. Thomas' Hospital")? (Issue #12.)
 */
export function ownerInName(p: Para, n: number): boolean {
  const { toks } = p;
  const owner = toks[n];
  if (owner?.kind !== 'word' || !owner.cap || toks[n + 1]?.kind !== 'poss') return false;
  if (L.possessiveNames.has(owner.lower) || OWNER_TITLES.has(owner.lower)) return true;
  const saint = toks[n - 1]?.text === '.' ? toks[n - 2] : toks[n - 1];
  return saint !== undefined && SAINT_WORDS.has(saint.text) && saint.end <= owner.start;
}

const OWNER_TITLES: ReadonlySet<string> = new Set(ruleWords.ownerTitles);
const SAINT_WORDS: ReadonlySet<string> = new Set(ruleWords.saintWords);

export function isNameToken(t: Token | undefined, lowerWords: ReadonlySet<string>): boolean {
  if (t?.kind !== 'word' || t.tag) return false;
  // AL_PREFIX needs a hyphen after two or three letters, an elided article an apostrophe after one:
  // most words have neither, and this runs for nearly every token, several times.
  if (!t.cap)
    return (
      ((t.text.charCodeAt(2) === 45 || t.text.charCodeAt(3) === 45) && AL_PREFIX.test(t.text)) ||
      isElidedNameWord(t)
    );
  if (t.allCaps) return true;
  if (t.text.includes('-') && LOWER_SUFFIX.test(t.text)) return false;
  if (L.functionWords.has(t.lower)) return false;
  if (t.sentStart && (L.stopwords.has(t.lower) || lowerWords.has(t.lower) || GERUND.test(t.text)))
    return false;
  return true;
}

/**
 * A word of a French or Italian name after its elided article ("d'Intervention", "l'Europe",
 * "Giscard d'Estaing"): lowercase, but a name word (issue #12).
 */
export function isElidedNameWord(t: Token | undefined): boolean {
  // The apostrophe is checked first: most lowercase words have none.
  return (
    t?.kind === 'word' && !t.cap && ELIDED_APOSTROPHE.has(t.text.charCodeAt(1)) && ELIDED_ARTICLE.test(t.text)
  );
}

export function isConnector(t: Token | undefined): boolean {
  return t !== undefined && ((t.kind === 'word' && !t.cap && L.connectors.has(t.lower)) || t.text === '&');
}

export function span(p: Para, i: number, j: number): Span {
  const a = p.toks[i]!;
  const b = p.toks[j - 1]!;
  return { paragraph: p.index, i, j, start: a.start, end: b.end, text: p.text.slice(a.start, b.end) };
}

/** Longest trie match starting at token i and ending on a name token before `end`; returns its end. */
export function trieMatch<T>(
  trie: TrieNode<T>,
  p: Para,
  i: number,
  end: number,
): { j: number; value: T } | null {
  let node: TrieNode<T> = trie;
  let best: { j: number; value: T } | null = null;
  for (let k = i; k < end; k++) {
    const t = p.toks[k]!;
    // "People's Protection Units": the possessive is not part of the key.
    if (t.kind === 'poss') continue;
    const child = node.next.get(t.lower);
    if (!child) break;
    node = child;
    let found: T | null = null;
    for (const v of node.values) {
      if (v.exact !== null && p.text.slice(p.toks[i]!.start, t.end) !== v.exact) continue;
      if (v.needThe && p.toks[i - 1]?.text !== 'The') continue;
      if (v.country !== null && !articleNamesCountry(p.article, v.country)) continue;
      if (found === null) found = v.value;
      else {
        // An acronym two bodies share ("ICC"): the one the article names in full; a name two
        // countries' parties share ("Liberals"): the one whose country the paragraph names.
        // (When the paragraph names none, the country the article named last before it: "In
        // India, …" then "Congress said" in a later paragraph.)
        const named =
          node.values.find((x) => fullNameInArticle(p.article, x.value)) ??
          nearestCountry(node.values, p.text.slice(0, p.toks[i]!.start).toLowerCase()) ??
          nearestCountry(node.values, p.article.paragraphs.slice(0, p.index).join('\n').toLowerCase());
        if (named) found = named.value;
        break;
      }
    }
    if (found !== null) best = { j: k + 1, value: found };
  }
  return best;
}

/**
 * Of values with a country (`home`), the one whose country the text before a match names last
 * ("in Canada the Liberals", "In India, Congress"), or undefined.
 */
function nearestCountry<T>(values: readonly TrieValue<T>[], before: string): TrieValue<T> | undefined {
  let best: TrieValue<T> | undefined;
  let at = -1;
  for (const x of values) {
    if (x.home === null) continue;
    const re = new RegExp(countryPattern(x.home).source, 'gu');
    let last = -1;
    for (let m = re.exec(before); m !== null; m = re.exec(before)) last = m.index;
    if (last > at) {
      at = last;
      best = x;
    }
  }
  return best;
}

/** Does the article write out this known organisation's full name? */
function fullNameInArticle(article: ArticleText, value: unknown): boolean {
  const name = (value as { name?: unknown }).name;
  article.lower ??= article.paragraphs.join('\n').toLowerCase();
  return typeof name === 'string' && name.length > 5 && article.lower.includes(name.toLowerCase());
}

export function unclaimPlace(p: Para, x: number, out: ParagraphOut): void {
  p.claim[x] = undefined;
  const idx = out.places.findIndex((c) => c.paragraph === p.index && c.i <= x && x < c.j);
  if (idx >= 0) {
    const c = out.places[idx]!;
    for (let y = c.i; y < c.j; y++) p.claim[y] = undefined;
    out.places.splice(idx, 1);
  }
}

export function pushOrg(
  p: Para,
  i: number,
  j: number,
  known: KnownOrg | null,
  parent: string | null,
  out: ParagraphOut,
  rule: OrgRule,
): void {
  for (let x = i; x < j; x++) p.claim[x] = 'o';
  // Written out rather than spread from `span`: one object per candidate, fields in the same order.
  const a = p.toks[i]!;
  const b = p.toks[j - 1]!;
  out.orgs.push({
    paragraph: p.index,
    i,
    j,
    start: a.start,
    end: b.end,
    text: p.text.slice(a.start, b.end),
    known,
    parent: known ? known.parent : parent,
    acronym: null,
    rule,
  });
}

/**
 * Is the leftover name [s, e) a brand of the open-licence list (decision 018), written whole, and
 * not a person's: no first name before other words, no word of a person named earlier?
 */
function openListed(p: Para, s: number, e: number, out: ParagraphOut): boolean {
  const words: string[] = [];
  for (let x = s; x < e; x++) {
    const t = p.toks[x]!;
    if (t.kind === 'poss') return false;
    if (t.kind === 'word') words.push(t.lower);
  }
  const first = p.toks[s]!;
  // A short brand written in capitals ("ALDI", "LIDL"); written "Aldi", it is a person's name as often.
  const capitalsOnly = e - s === 1 && first.allCaps && L.openCapitalsOnly.has(first.lower);
  // The first word is looked up before the whole name is joined for its lookup.
  if (!capitalsOnly && words.length > 0 && !L.openOrgFirstWords.has(words[0]!)) return false;
  if (!capitalsOnly && !L.openOrgKeys.has(words.join(' '))) return false;
  // "the Ballot Interference Prevention Act (BIPA)": an acronym the article defines is its own.
  if (e - s === 1 && first.allCaps && p.article.paragraphs.some((para) => para.includes(`(${first.text})`)))
    return false;
  if (e - s > 1 && L.firstNames.has(p.toks[s]!.lower)) return false;
  for (let x = s; x < e; x++) {
    const w = p.toks[x]!.text;
    if ((out.personWords.get(w) ?? 0) > 0) return false;
    if (out.names.some((n) => n.paragraph === p.index && n.j - n.i > 1 && n.text.split(/\s+/).includes(w)))
      return false;
  }
  return true;
}

const GLUED_CHANNEL = /^(\p{Lu}{2,})[1-9]$/u;

export function emitResidual(p: Para, s: number, e: number, out: ParagraphOut): void {
  if (e <= s) return;
  const t = p.toks[s]!;
  if (openListed(p, s, e, out)) {
    pushOrg(p, s, e, null, null, out, 'org.open-gazetteer');
    return;
  }
  // "ITV1", "BBC2": a known acronym with its channel's digit glued on is that channel (not
  // "FIFA21": one digit only).
  const channel = e - s === 1 && t.allCaps ? GLUED_CHANNEL.exec(t.text) : null;
  if (channel) {
    const known = L.orgTrie.next.get(channel[1]!.toLowerCase())?.values.find((v) => v.exact === channel[1]);
    if (known) {
      pushOrg(p, s, e, null, known.value.slug, out, 'org.known-region');
      return;
    }
  }
  if (e - s === 1 && t.allCaps && !L.roles.has(t.lower)) {
    out.acronyms.push({ ...span(p, s, e), acronym: t.text });
    return;
  }
  if (e - s === 1 && (CAMEL_CASE.test(t.text) || t.domain)) {
    pushOrg(p, s, e, null, null, out, 'org.camel-case');
    return;
  }
  out.names.push(span(p, s, e));
}

/** Is the token at `k` a one-letter capital written right before a full stop ("G" of "G.")? */
function initialAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  const stop = toks[k + 1];
  return (
    t?.kind === 'word' &&
    stop?.kind === 'punct' &&
    stop.text === '.' &&
    t.end === stop.start &&
    /^\p{Lu}$/u.test(t.text)
  );
}

/**
 * Is the token at `n` the full stop of a middle initial ("John G. Roberts", "Michael J. T. Guy"):
 * after initials that follow a known first name or a titled proper word of the run opened at
 * `from` ("Attorney Jessie K. Liu"), and before a proper word? Not "Plan B. Officials said". (The
 * tokenizer keeps an initial's full stop from ending the sentence.)
 */
export function initialStopAt(p: Para, from: number, n: number, lowerWords: ReadonlySet<string>): boolean {
  const { toks } = p;
  if (!initialAt(toks, n - 1)) return false;
  let b = n - 2;
  while (b - 1 >= from && initialAt(toks, b - 1)) b -= 2;
  const before = toks[b];
  if (b < from || before?.kind !== 'word' || before.allCaps || !isNameToken(before, lowerWords)) return false;
  if (L.heads.has(before.lower) || L.roles.has(before.lower)) return false;
  const title = toks[b - 1];
  const titled = title?.kind === 'word' && (L.roles.has(title.lower) || L.titleNouns.has(title.lower));
  if (!L.firstNames.has(before.lower) && !titled) return false;
  let c = n + 1;
  while (initialAt(toks, c)) c += 2;
  const after = toks[c];
  return isNameToken(after, lowerWords) && !after!.allCaps && !L.heads.has(after!.lower);
}
