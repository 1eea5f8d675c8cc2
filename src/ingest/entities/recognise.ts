/**
 * Finds candidate organisation, place and person mentions in one article, paragraph by
 * paragraph. The rules, most certain first:
 *
 * 1. Capitalised chunks: runs of capitalised words joined by connectors ("of", "for the", "&").
 * 2. Inside a chunk, the alias table and the gazetteer (token tries, longest match).
 * 3. Organisation head nouns: "X Ministry", "Ministry of X", "X University of Y", "X Forces".
 * 4. Acronyms defined in parentheses ("Movimento dos Sem Terra (MST)"), either way round.
 * 5. Cue words around an unknown name: "the airline X", "X news agency", "X, a firm that…",
 *    "firms including A, B and C", "X reported".
 * 6. Whatever is left that looks like a name of two to four words is a person.
 *
 * Resolution (merging variants, canonical names, aliases) happens in `resolve.ts`.
 */
import type { OrgRule } from '../../contract/schema.ts';
import { LEXICON, type KnownOrg, type KnownPlace, type TrieNode } from './lexicon.ts';
import { checkBudget } from '../seed/time-budget.ts';
import { NAME_PARTICLES } from '../language/names.ts';
import { tokenize, type Token } from '../language/tokenize.ts';
import ruleWords from '../data/entities/rule-words.json' with { type: 'json' };

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

interface Para {
  index: number;
  text: string;
  toks: Token[];
  /** Per token: who claimed it ('o' org, 'p' place, undefined free). */
  claim: (string | undefined)[];
  /** Index in the paragraph's tokens of `toks[0]` (0 unless a long paragraph is scanned in windows). */
  offset: number;
  /** The article the paragraph belongs to, shared by all its paragraphs. */
  article: ArticleText;
}

/** The article being scanned, lowercased on first need (only ambiguous acronyms ask). */
interface ArticleText {
  paragraphs: readonly string[];
  lower: string | null;
}

const L = LEXICON;
const PARTICLES = NAME_PARTICLES;
const APPOSITIVE_TAIL: ReadonlySet<string> = new Set(ruleWords.appositiveTail);
const LIST_INTRO: ReadonlySet<string> = new Set(ruleWords.listIntro);
const ARTICLES: ReadonlySet<string> = new Set(ruleWords.articles);
// "Factors cited for…", "quoted by": a participle, not a newsroom reporting.
const PASSIVE_AFTER: ReadonlySet<string> = new Set(ruleWords.passiveAfter);
const COMPASS: ReadonlySet<string> = new Set(ruleWords.compass);
// "Proroguing Parliament…": a sentence that opens with a gerund.
const GERUND = /^\p{Lu}\p{Ll}+ing$/u;

/** Scans an article's paragraphs for candidate mentions. */
export function recognise(paragraphs: readonly string[]): Recognised {
  const article: ArticleText = { paragraphs, lower: null };
  const paras: Para[] = paragraphs.map((text, index) => {
    const toks = tokenize(text);
    return { index, text, toks, claim: new Array<string | undefined>(toks.length), offset: 0, article };
  });
  // Words the article itself writes in lower case are ordinary words when they open a sentence.
  const lowerWords = new Set<string>();
  for (const p of paras) for (const t of p.toks) if (t.kind === 'word' && !t.cap) lowerWords.add(t.lower);

  const out: Recognised = {
    orgs: [],
    places: [],
    names: [],
    acronyms: [],
    definitions: new Map(),
    synonyms: [],
  };
  // Each paragraph is scanned into lists of its own, appended to the article's when it is done:
  // the rules look only at their own paragraph's candidates, and filtering the whole article's
  // lists for them made recognition grow with the square of the article. (No rule changes an
  // earlier paragraph's candidates, so the article's lists come out as before.)
  const personWords = new Map<string, number>();
  for (const whole of paras) {
    for (const p of windows(whole)) {
      checkBudget();
      const local: ParagraphOut = {
        orgs: [],
        places: [],
        names: [],
        acronyms: [],
        definitions: out.definitions,
        synonyms: out.synonyms,
        personWords,
      };
      scanParagraph(p, lowerWords, local);
      for (const n of local.names) {
        if (n.j - n.i <= 1) continue;
        for (const w of new Set(n.text.split(/\s+/))) personWords.set(w, (personWords.get(w) ?? 0) + 1);
      }
      const offset = p.offset;
      append(out.orgs, shifted(local.orgs, offset));
      append(out.places, shifted(local.places, offset));
      append(out.names, shifted(local.names, offset));
      append(out.acronyms, shifted(local.acronyms, offset));
    }
  }
  return out;
}

/**
 * A paragraph of at most WINDOW_TOKENS tokens is scanned whole. A longer one (none in real news:
 * the longest Wikinews paragraph has about 300) is scanned in windows of whole sentences of about
 * that many tokens, cut at a sentence end, or anyway at 4 × WINDOW_TOKENS: the rules look up
 * candidates of their own window, so a window's work is bounded and recognition stays linear in
 * the paragraph's length. Token indices of a window's candidates are shifted back to the paragraph's.
 */
const WINDOW_TOKENS = 2000;

function windows(p: Para): Para[] {
  if (p.toks.length <= WINDOW_TOKENS) return [p];
  const out: Para[] = [];
  let from = 0;
  while (from < p.toks.length) {
    let to = Math.min(p.toks.length, from + WINDOW_TOKENS);
    const hard = Math.min(p.toks.length, from + 4 * WINDOW_TOKENS);
    while (to < hard && !p.toks[to]!.sentStart) to++;
    const toks = p.toks.slice(from, to);
    out.push({
      index: p.index,
      text: p.text,
      toks,
      claim: new Array<string | undefined>(toks.length),
      offset: from,
      article: p.article,
    });
    from = to;
  }
  return out;
}

/** Candidates of a window, their token indices made the paragraph's. */
function shifted<T extends Span>(spans: T[], offset: number): T[] {
  if (offset !== 0)
    for (const s of spans) {
      s.i += offset;
      s.j += offset;
    }
  return spans;
}

/** What a paragraph's rules add to: its own candidates, plus what earlier paragraphs named. */
interface ParagraphOut extends Recognised {
  /** Words of earlier paragraphs' names of two words or more, with how many names have each. */
  personWords: ReadonlyMap<string, number>;
}

/** `target.push(...items)` without the argument-count limit of a spread. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

// Arabic names keep their lowercase article: "Qasim al-Araji", "Hayat Tahrir al-Sham".
const AL_PREFIX = /^(?:al|el|ad|an|ar|as|ash|at|az|ul)-\p{Lu}/u;
// "Iranian-backed", "Kurdish-led": an adjective, not a name.
const LOWER_SUFFIX = /-\p{Ll}+$/u;
// "MarineTraffic", "VesselFinder", "YouTube": brand-style CamelCase (not "McDonald", "DeSantis").
const CAMEL_CASE = /^(?!Mc|Mac|De|Di|Le|La|Du|Van|Von|O')\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+/u;

function isNameToken(t: Token | undefined, lowerWords: ReadonlySet<string>): boolean {
  if (t?.kind !== 'word' || t.tag === true) return false;
  if (!t.cap) return AL_PREFIX.test(t.text);
  if (t.allCaps) return true;
  if (LOWER_SUFFIX.test(t.text)) return false;
  if (L.functionWords.has(t.lower)) return false;
  if (t.sentStart && (L.stopwords.has(t.lower) || lowerWords.has(t.lower) || GERUND.test(t.text)))
    return false;
  return true;
}

function isConnector(t: Token | undefined): boolean {
  return t !== undefined && ((t.kind === 'word' && !t.cap && L.connectors.has(t.lower)) || t.text === '&');
}

function span(p: Para, i: number, j: number): Span {
  const a = p.toks[i]!;
  const b = p.toks[j - 1]!;
  return { paragraph: p.index, i, j, start: a.start, end: b.end, text: p.text.slice(a.start, b.end) };
}

/** Longest trie match starting at token i and ending on a name token before `end`; returns its end. */
function trieMatch<T>(trie: TrieNode<T>, p: Para, i: number, end: number): { j: number; value: T } | null {
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
      if (found === null) found = v.value;
      else {
        // An acronym two bodies share ("ICC"): the one the article names in full.
        const named = node.values.find((x) => fullNameInArticle(p.article, x.value));
        if (named) found = named.value;
        break;
      }
    }
    if (found !== null) best = { j: k + 1, value: found };
  }
  return best;
}

/** Does the article write out this known organisation's full name? */
function fullNameInArticle(article: ArticleText, value: unknown): boolean {
  const name = (value as { name?: unknown }).name;
  article.lower ??= article.paragraphs.join('\n').toLowerCase();
  return typeof name === 'string' && name.length > 5 && article.lower.includes(name.toLowerCase());
}

function scanParagraph(p: Para, lowerWords: ReadonlySet<string>, out: ParagraphOut): void {
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
        if (L.possessiveNames.has(toks[e]!.lower) && isNameToken(toks[n + 1], lowerWords)) {
          e = n + 1;
          continue;
        }
        break;
      }
      if (isNameToken(nt, lowerWords)) {
        e = grow(p, n, n);
        continue;
      }
      if (isConnector(nt)) {
        let c = n;
        while (c < n + 2 && isConnector(toks[c])) c++;
        if (isNameToken(toks[c], lowerWords) && !toks[c]!.sentStart) {
          e = c;
          continue;
        }
      }
      break;
    }
    chunks.push([k, e + 1]);
    k = e;
  }

  for (const [a, b] of chunks) scanChunk(p, a, b, lowerWords, out);
  hyphenatedAcronyms(p, out);
  definitions(p, lowerWords, out);
  alsoCalled(p, out);
  holderOffices(p, lowerWords, out);
  cues(p, out);
  possessiveRoles(p, out);
  sourceCues(p, lowerWords, out);
  coordinatedLists(p, out);
  pluralHeads(p, out);
}

function knownOpener(p: Para, k: number): boolean {
  const t = p.toks[k]!;
  if (t.kind !== 'word' || !t.cap || !t.sentStart || !L.orgTrie.next.has(t.lower)) return false;
  const m = trieMatch(L.orgTrie, p, k, p.toks.length);
  return m !== null && m.j - k >= 2;
}

/** A known name starting at `from` may run past the chunk's end (across "to", "in"). */
function grow(p: Para, from: number, e: number): number {
  if (!L.orgTrie.next.has(p.toks[from]!.lower)) return e;
  const m = trieMatch(L.orgTrie, p, from, p.toks.length);
  return m && m.j - 1 > e ? m.j - 1 : e;
}

/** Trie matches, then head-noun organisations, then leftovers as names, inside one chunk. */
function scanChunk(p: Para, a: number, b: number, lowerWords: ReadonlySet<string>, out: ParagraphOut): void {
  const { toks, claim } = p;
  const knownAt = new Map<number, { j: number; org: KnownOrg }>();
  for (let k = a; k < b; k++) {
    if (!toks[k]!.cap) continue;
    const org = trieMatch(L.orgTrie, p, k, b);
    const place = trieMatch(L.placeTrie, p, k, b);
    // "Tehran Times": a one-word head right after a place is that place's body, not the known
    // "Times" (the head rule below names it).
    if (org && org.j - k === 1 && !place && k > a && claim[k - 1] === 'p' && L.heads.has(toks[k]!.lower))
      continue;
    // "Liberal Democratic Party", "New Democratic Party": a proper word before a known name that
    // ends in a head makes another body (the head rule below names it).
    if (
      org &&
      !place &&
      org.j - k >= 2 &&
      k > a &&
      claim[k - 1] === undefined &&
      L.heads.has(toks[org.j - 1]!.lower) &&
      !toks[k]!.allCaps &&
      isNameToken(toks[k - 1], lowerWords) &&
      !toks[k - 1]!.allCaps &&
      !L.roles.has(toks[k - 1]!.lower) &&
      !L.demonyms.has(toks[k - 1]!.lower) &&
      !L.genericModifiers.has(toks[k - 1]!.lower) &&
      !L.heads.has(toks[k - 1]!.lower)
    )
      continue;
    if (org && (!place || org.j >= place.j)) {
      knownAt.set(k, { j: org.j, org: org.value });
      k = org.j - 1;
    } else if (place) {
      for (let x = k; x < place.j; x++) claim[x] = 'p';
      out.places.push({ ...span(p, k, place.j), place: place.value });
      k = place.j - 1;
    }
  }

  // Head-noun organisations in the stretches between known organisations.
  let k = a;
  while (k < b) {
    const known = knownAt.get(k);
    if (known) {
      const headEnd = headOrgFrom(p, known.j, b, k, lowerWords);
      if (headEnd !== null) {
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
          pushOrg(p, k, c, null, known.org.slug, out, 'org.known-chapter');
          k = c;
          continue;
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
        const acronymArm = after === undefined || (after.kind === 'punct' && after.text !== '-');
        if (
          pl?.place.kind === 'country' &&
          !isNameToken(after, lowerWords) &&
          (!toks[k]!.allCaps || acronymArm)
        )
          m = pl.j;
      }
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
      pushOrg(p, k, e, null, null, out, 'org.prefix-head');
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
    if (claim[k] === undefined && t.kind === 'word' && t.cap && L.heads.has(t.lower)) {
      const org = headOrgAt(p, k, a, b, lowerWords, knownAt);
      if (org) {
        // Places and names already claimed inside the new span are part of its name now.
        for (let x = org.i; x < org.j; x++) if (claim[x] === 'p') unclaimPlace(p, x, out);
        pushOrg(p, org.i, org.j, null, null, out, 'org.head-noun');
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
      toks[x]!.kind !== 'punct' &&
      !(
        toks[x]!.kind === 'word' &&
        !toks[x]!.cap &&
        !PARTICLES.has(toks[x]!.lower) &&
        !isNameToken(toks[x], lowerWords)
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

function unclaimPlace(p: Para, x: number, out: ParagraphOut): void {
  p.claim[x] = undefined;
  const idx = out.places.findIndex((c) => c.paragraph === p.index && c.i <= x && x < c.j);
  if (idx >= 0) {
    const c = out.places[idx]!;
    for (let y = c.i; y < c.j; y++) p.claim[y] = undefined;
    out.places.splice(idx, 1);
  }
}

function pushOrg(
  p: Para,
  i: number,
  j: number,
  known: KnownOrg | null,
  parent: string | null,
  out: ParagraphOut,
  rule: OrgRule,
): void {
  for (let x = i; x < j; x++) p.claim[x] = 'o';
  out.orgs.push({ ...span(p, i, j), known, parent: known ? known.parent : parent, acronym: null, rule });
}

function emitResidual(p: Para, s: number, e: number, out: ParagraphOut): void {
  if (e <= s) return;
  const t = p.toks[s]!;
  if (e - s === 1 && t.allCaps && !L.roles.has(t.lower)) {
    out.acronyms.push({ ...span(p, s, e), acronym: t.text });
    return;
  }
  if (e - s === 1 && (CAMEL_CASE.test(t.text) || t.domain === true)) {
    pushOrg(p, s, e, null, null, out, 'org.camel-case');
    return;
  }
  out.names.push(span(p, s, e));
}

/**
 * After a known organisation ending at `from`, is there a head noun right after it that makes a
 * named sub-body ("NATO Defence College")? Only plain capitalised words may stand between.
 */
function headOrgFrom(
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
function complement(p: Para, j: number, b: number, lowerWords: ReadonlySet<string>): number {
  const { toks } = p;
  const c = toks[j];
  if (j >= b || c?.kind !== 'word' || c.cap || !L.complementConnectors.has(c.lower)) return j;
  let k = j + 1;
  if (toks[k]?.lower === 'the' && !toks[k]!.cap) k++;
  let end = j;
  while (k < b) {
    const t = toks[k]!;
    if (isNameToken(t, lowerWords)) {
      if (L.roles.has(t.lower)) break;
      // A person's first name after the body's name ends it ("…Refugee Council Enver Solomon").
      if (L.firstNames.has(t.lower) && k > j + 1 && isNameToken(toks[k + 1], lowerWords)) break;
      end = k + 1;
      k++;
    } else if (isConnector(t)) {
      // "University of Miami and Apex Shark Expeditions": "and" before another named body ends it.      // So does "and" after a place ("University of Miami and …") or before a long name.
      if (t.lower === 'and' || t.text === '&') {
        let m = k + 1;
        if (toks[m]?.lower === 'the') m++;
        while (m < b && isNameToken(toks[m], lowerWords) && !L.heads.has(toks[m]!.lower)) m++;
        if (m < b && L.heads.has(toks[m]!.lower)) break;
        if (m - (k + 1) >= 3 || p.claim[k - 1] === 'p') break;
        // "University of Bristol and UC Davis": an acronym after "and" opens another body's name.
        if (toks[k + 1]?.allCaps === true && toks[k + 1]!.text.length >= 2) break;
      }
      k++;
    } else break;
  }
  return end;
}

/** The organisation whose head noun is token h, within chunk [a, b), or null. */
function headOrgAt(
  p: Para,
  h: number,
  a: number,
  b: number,
  lowerWords: ReadonlySet<string>,
  knownAt: ReadonlyMap<number, unknown>,
): { i: number; j: number } | null {
  const { toks, claim } = p;
  // Left modifiers: capitalised words (places and demonyms too), across "and"/"&" when a word
  // that is not itself a head stands before it ("National Search and Rescue Agency").
  let i = h;
  while (i > a) {
    const t = toks[i - 1]!;
    if (claim[i - 1] === 'o' || knownAt.has(i - 1)) break;
    if (t.kind === 'poss') {
      // "Korean People's Army", "Women's Institute": a possessive that belongs to the name.
      const owner = toks[i - 2];
      if (i - 2 >= a && owner?.cap && L.possessiveNames.has(owner.lower) && claim[i - 2] === undefined) {
        i--;
        continue;
      }
      break;
    }
    if (t.kind === 'word' && t.cap && isNameToken(t, lowerWords)) {
      // A role ends the name ("NATO Assistant Secretary…"), a title that names places does not ("Duke University").
      if (L.roles.has(t.lower) && !L.nameFormingTitles.has(t.lower)) break;
      i--;
      continue;
    }
    if ((t.lower === 'and' || t.text === '&') && i - 2 >= a) {
      const before = toks[i - 2]!;
      if (
        before.cap &&
        isNameToken(before, lowerWords) &&
        !L.heads.has(before.lower) &&
        claim[i - 2] !== 'p' &&
        claim[i - 2] !== 'o' &&
        !L.roles.has(before.lower)
      ) {
        i -= 2;
        continue;
      }
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
  const beforeComplement = j;
  j = complement(p, j, b, lowerWords);
  j = campus(p, h, j, lowerWords);
  j = trailingCountry(p, h, beforeComplement, j);
  // Trim a leading sentence-opening common word ("Four Navy ships", "Yesterday Search…").  while (i < h && ((toks[i]!.sentStart && L.stopwords.has(toks[i]!.lower)) || toks[i]!.kind !== 'word' || !isNameToken(toks[i], lowerWords))) i++;
  // "Public Service Vehicle Regulations", "Police Station": the chunk goes on to name a thing.
  let r = j;
  while (r < b && isNameToken(toks[r], lowerWords) && !L.heads.has(toks[r]!.lower)) r++;
  if (r > j && L.notOrgHeads.has(toks[r - 1]!.lower)) return null;
  const follower = toks[j];
  if (follower?.kind === 'word' && !follower.cap && L.nonOrgFollowers.has(follower.lower)) return null;
  const hasModifier = i < h;
  // "Colorado State University of the US": a named body followed by its country, not a longer name
  // (but "Medical Journal of Australia": generic adjectives alone name nothing).
  const properModifier = toks
    .slice(i, h)
    .some((t) => t.kind === 'word' && t.cap && !L.genericModifiers.has(t.lower));
  if (hasModifier && properModifier && j > beforeComplement) {
    let c = beforeComplement + 1;
    if (toks[c]?.lower === 'the') c++;
    const place = trieMatch(L.placeTrie, p, c, j);
    if (place?.j === j && place.value.kind === 'country') j = beforeComplement;
  }
  const hasComplement = j > beforeComplement;
  const h0 = toks[h]!.lower;
  if (!hasModifier && !hasComplement && j - h === 1 && !L.standaloneHeads.has(h0)) return null;
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
  return { i, j };
}

// Lower-case connectors inside names in other languages ("de la", "della", "für").
const FOREIGN_CONNECTORS: ReadonlySet<string> = new Set(ruleWords.foreignConnectors);
const PLACE_ABBREVIATIONS: ReadonlySet<string> = new Set(ruleWords.placeAbbreviations);
// Last words of bracketed expansions that name a person's title, a measure or a thing.
const NOT_BODY_TAILS: ReadonlySet<string> = new Set(ruleWords.notBodyTails);
const NAME_EXTENDING_CONNECTORS: ReadonlySet<string> = new Set(ruleWords.nameExtendingConnectors);
const DESIGNATION_HEADS: ReadonlySet<string> = new Set(ruleWords.designationHeads);
const ACADEMIC_HEADS: ReadonlySet<string> = new Set(ruleWords.academicHeads);

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

/** "NATO-Iraq partnership": a known acronym glued to another word by a hyphen. */
function hyphenatedAcronyms(p: Para, out: ParagraphOut): void {
  p.toks.forEach((t, k) => {
    if (p.claim[k] !== undefined || t.kind !== 'word' || !/[-–]/.test(t.text)) return;
    const parts = t.text.split(/[-–]/);
    // "EP-CPP", "MH-17": a registration or code, not an acronym glued to a word.
    const isCode = (part: string): boolean =>
      /^[\p{Lu}\p{N}]+$/u.test(part) &&
      !L.orgTrie.next.get(part.toLowerCase())?.values.some((x) => x.exact === part);
    if (parts.some(isCode)) return;
    let offset = 0;
    for (const part of parts) {
      const node = L.orgTrie.next.get(part.toLowerCase());
      const v = node?.values.find(
        (x) => x.exact === part || (x.exact === null && /^\p{Lu}{2,}$/u.test(part)),
      );
      if (v) {
        const start = t.start + offset;
        out.orgs.push({
          paragraph: p.index,
          i: k,
          j: k + 1,
          start,
          end: start + part.length,
          text: part,
          known: v.value,
          parent: v.value.parent,
          acronym: null,
          rule: 'org.hyphen-acronym',
        });
      }
      offset += part.length + 1;
    }
  });
}

function initialsOf(words: readonly Token[]): string {
  return words
    .filter((w) => w.kind === 'word' && w.cap)
    .map((w) => w.text[0] ?? '')
    .join('')
    .toUpperCase();
}

/** Does `acronym` plausibly abbreviate these words (first letters in order, first one matching)? */
export function acronymFits(acronym: string, words: readonly Token[]): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  const initials = initialsOf(words);
  if (letters.length < 2 || !initials) return false;
  if (letters === initials) return true;
  if (letters[0] !== initials[0]) return false;
  // Letters may also come from inside words ("Basarnas"); require all initials of capitalised
  // words to appear in order.
  let li = 0;
  for (const ch of initials) {
    const at = letters.indexOf(ch, li);
    if (at < 0) return false;
    li = at + 1;
  }
  return true;
}

/** "X, also called Y" / "X, also known as Y": Y is another name of organisation X. */
function alsoCalled(p: Para, out: ParagraphOut): void {
  const { toks } = p;
  for (const o of out.orgs.filter((c) => c.paragraph === p.index)) {
    let k = o.j;
    if (toks[k]?.text === '(') while (k < toks.length && toks[k]!.text !== ')') k++;
    if (toks[k]?.text === ')') k++;
    if (toks[k]?.text !== ',') continue;
    k++;
    if (toks[k]?.lower === 'also' || toks[k]?.lower === 'formerly') k++;
    if (toks[k]?.lower === 'called' || toks[k]?.lower === 'named') k++;
    else if ((toks[k]?.lower === 'known' || toks[k]?.lower === 'renamed') && toks[k + 1]?.lower === 'as')
      k += 2;
    else continue;
    const other = out.orgs.find((c) => c.paragraph === p.index && c.i === k);
    const nameIdx = out.names.findIndex((n) => n.paragraph === p.index && n.i === k);
    if (other) out.synonyms.push([o.text, other.text]);
    else if (nameIdx >= 0) {
      const n = out.names[nameIdx]!;
      out.names.splice(nameIdx, 1);
      pushOrg(p, n.i, n.j, null, null, out, 'org.also-called');
      out.synonyms.push([o.text, n.text]);
    }
  }
}

/** "Full Name (ACR)" and "ACR (Full Name)". */
function definitions(p: Para, lowerWords: ReadonlySet<string>, out: ParagraphOut): void {
  const { toks } = p;
  for (let k = 1; k + 2 < toks.length; k++) {
    if (toks[k]!.text !== '(') continue;
    const inner = toks[k + 1]!;
    const close = toks[k + 2]!;
    if (inner.kind === 'word' && inner.cap && close.text === ')' && /\p{Lu}.*\p{Lu}/u.test(inner.text)) {
      // Full Name (ACR)
      const before = k - 1;
      const org = out.orgs.find((o) => o.paragraph === p.index && o.j - 1 === before);
      const acr = inner.text;
      if (!org && (extendInPlace(p, k, acr, out) || extendOverName(p, k, acr, out))) {
        dropAcronymMention(out, p.index, k + 1);
        continue;
      }
      if (org) {
        if (org.known) continue;
        org.acronym = acr;
        out.definitions.set(acr, org.text);
        dropAcronymMention(out, p.index, k + 1);
        continue;
      }
      // An unknown capitalised chunk ending right before "(" whose initials fit the acronym.
      let s = before;
      // "Movimento 5 Stelle (M5S)": a number the acronym spells is part of the name.
      const spelled = (t: Token | undefined): boolean =>
        t !== undefined && /^\d+$/.test(t.text) && acr.includes(t.text);
      while (
        s > 0 &&
        p.claim[s - 1] === undefined &&
        (isNameToken(toks[s - 1], lowerWords) ||
          ((isConnector(toks[s - 1]) || spelled(toks[s - 1])) && isNameToken(toks[s - 2], lowerWords)))
      )
        s--;
      if (s > before || p.claim[before] !== undefined || !isNameToken(toks[before], lowerWords)) continue;
      // "Deputies of Movimento 5 Stelle (M5S)": the longest run that the acronym fits.
      while (s < before && !acronymFits(acr, toks.slice(s, before + 1))) {
        s++;
        while (s < before && !isNameToken(toks[s], lowerWords)) s++;
      }
      const words = toks.slice(s, before + 1);
      if (!acronymFits(acr, words)) continue;
      if (words.some((w) => L.notOrgHeads.has(w.lower) || L.roles.has(w.lower))) continue;
      const after = toks[k + 3];
      if (after?.kind === 'word' && !after.cap && L.nonOrgFollowers.has(after.lower)) continue;
      const parts = out.names.filter((n) => n.paragraph === p.index && n.i >= s && n.j <= before + 1);
      if (!parts.some((n) => n.i === s) || !parts.some((n) => n.j === before + 1)) continue;
      if (parts.length > 1 && !toks.slice(s, before + 1).some(spelled)) continue;
      for (const n of parts) out.names.splice(out.names.indexOf(n), 1);
      pushOrg(p, s, before + 1, null, null, out, 'org.acronym-definition');
      out.orgs[out.orgs.length - 1]!.acronym = acr;
      out.definitions.set(acr, span(p, s, before + 1).text);
      dropAcronymMention(out, p.index, k + 1);
    } else if (toks[k - 1]!.allCaps && p.claim[k - 1] === undefined) {
      // ACR (Full Name): the full name is an organisation found inside the brackets.
      const acr = toks[k - 1]!.text;
      const org = out.orgs.find((o) => o.paragraph === p.index && o.i === k + 1 && toks[o.j]?.text === ')');
      if (org && !org.known) {
        org.acronym = acr;
        out.definitions.set(acr, org.text);
      } else if (!org) {
        // "AEW (All Elite Wrestling)": an unknown name inside the brackets that the acronym spells.
        const n = out.names.find((c) => c.paragraph === p.index && c.i === k + 1 && toks[c.j]?.text === ')');
        if (!n) continue;
        const words = toks.slice(n.i, n.j);
        if (
          n.j - n.i < 2 ||
          !acronymFits(acr, words) ||
          initialsOf(words) !== acr.replace(/[^\p{L}]/gu, '').toUpperCase()
        )
          continue;
        if (words.some((w) => L.notOrgHeads.has(w.lower) || L.roles.has(w.lower))) continue;
        // "MVP (Most Valuable Player)", "GDP (Gross Domestic Product)": a title or a measure.
        const last = words[words.length - 1]!.lower;
        if (L.nonOrgFollowers.has(last) || NOT_BODY_TAILS.has(last)) continue;
        const o = promoteName(p, n, out, 'org.acronym-definition');
        if (!o) continue;
        o.acronym = acr;
        out.definitions.set(acr, o.text);
        dropAcronymMention(out, p.index, k - 1);
      }
    }
  }
}

/**
 * "Board of Control for Cricket in India (BCCI)": a body's name runs on over "in/of <Place>" when
 * the acronym after it spells the place too.
 */
function extendInPlace(p: Para, paren: number, acr: string, out: ParagraphOut): boolean {
  const { toks } = p;
  const place = out.places.find((c) => c.paragraph === p.index && c.j === paren);
  if (!place) return false;
  const conn = toks[place.i - 1];
  if (conn?.lower !== 'in' && conn?.lower !== 'of') return false;
  const org = out.orgs.find((o) => o.paragraph === p.index && o.j === place.i - 1 && o.known === null);
  if (!org) return false;
  const letters = acr.replace(/[^\p{L}]/gu, '').toUpperCase();
  if (initialsOf(toks.slice(org.i, paren)) !== letters) return false;
  unclaimPlace(p, place.i, out);
  const idx = out.orgs.indexOf(org);
  out.orgs.splice(idx, 1);
  pushOrg(p, org.i, paren, null, null, out, 'org.acronym-definition');
  out.orgs[out.orgs.length - 1]!.acronym = acr;
  out.definitions.set(acr, span(p, org.i, paren).text);
  return true;
}

/**
 * "Cooperative Institute for Research in Environmental Sciences (CIRES)": a body's name runs on
 * over "in/for/of/on/to" and a further name when the acronym after it spells all of it.
 */
function extendOverName(p: Para, paren: number, acr: string, out: ParagraphOut): boolean {
  const { toks } = p;
  const name = out.names.find((n) => n.paragraph === p.index && n.j === paren);
  if (!name) return false;
  const conn = toks[name.i - 1];
  if (conn?.kind !== 'word' || conn.cap || !NAME_EXTENDING_CONNECTORS.has(conn.lower)) return false;
  const org = out.orgs.find((o) => o.paragraph === p.index && o.j === name.i - 1 && o.known === null);
  if (!org) return false;
  const letters = acr.replace(/[^\p{L}]/gu, '').toUpperCase();
  if (initialsOf(toks.slice(org.i, paren)) !== letters) return false;
  out.names.splice(out.names.indexOf(name), 1);
  out.orgs.splice(out.orgs.indexOf(org), 1);
  pushOrg(p, org.i, paren, null, null, out, 'org.acronym-definition');
  out.orgs[out.orgs.length - 1]!.acronym = acr;
  out.definitions.set(acr, span(p, org.i, paren).text);
  return true;
}

function dropAcronymMention(out: ParagraphOut, paragraph: number, i: number): void {
  const idx = out.acronyms.findIndex((a) => a.paragraph === paragraph && a.i === i);
  if (idx >= 0) out.acronyms.splice(idx, 1);
}

/**
 * "Los Angeles Sheriff's office", "St. Mary's County Sheriff's Office", "Manhattan District
 * Attorney's Office": the office of an office holder, named by the place or district before it.
 */
function holderOffices(p: Para, lowerWords: ReadonlySet<string>, out: ParagraphOut): void {
  const { toks } = p;
  for (let q = 2; q + 1 < toks.length; q++) {
    if (toks[q]!.kind !== 'poss') continue;
    const holder = toks[q - 1]!;
    const office = toks[q + 1]!;
    if (!holder.cap || !L.officeHolders.has(holder.lower)) continue;
    if (office.kind !== 'word' || (office.lower !== 'office' && office.lower !== 'department')) continue;
    if (p.claim[q - 1] === 'o' || p.claim[q + 1] === 'o') continue;
    let i = q - 1;
    for (;;) {
      const t = toks[i - 1];
      if (!t || p.claim[i - 1] === 'o') break;
      if (isNameToken(t, lowerWords)) {
        i--;
        continue;
      }
      // "Prince George's County", "St. Mary's County": a possessive inside a county's name.
      if (t.kind === 'poss' && toks[i]?.lower === 'county' && isNameToken(toks[i - 2], lowerWords)) {
        i -= 2;
        if (toks[i - 1]?.text === '.' && /^Ste?$/.test(toks[i - 2]?.text ?? '')) i -= 2;
        continue;
      }
      break;
    }
    const modifiers = toks.slice(i, q - 1).filter((t) => t.kind === 'word' && t.cap && !L.roles.has(t.lower));
    if (modifiers.length === 0) continue;
    for (let x = i; x < q + 2; x++) if (p.claim[x] === 'p') unclaimPlace(p, x, out);
    for (const m of out.names.filter((c) => c.paragraph === p.index && c.i < q + 2 && c.j > i))
      out.names.splice(out.names.indexOf(m), 1);
    for (const m of out.acronyms.filter((c) => c.paragraph === p.index && c.i < q + 2 && c.j > i))
      out.acronyms.splice(out.acronyms.indexOf(m), 1);
    pushOrg(p, i, q + 2, null, null, out, 'org.office');
    q += 1;
  }
}

/** Unknown names that the words around them call an organisation. */
function cues(p: Para, out: ParagraphOut): void {
  const { toks } = p;
  const promote = (n: Span, rule: OrgRule): void => {
    const idx = out.names.indexOf(n);
    if (idx < 0) return;
    out.names.splice(idx, 1);
    pushOrg(p, n.i, n.j, null, null, out, rule);
  };
  const names = out.names.filter((n) => n.paragraph === p.index);
  for (const n of names) {
    const first = toks[n.i]!;
    if (L.roles.has(first.lower) || L.demonyms.has(first.lower)) continue;
    if (n.j - n.i > 1 && L.firstNames.has(first.lower)) continue;
    if (
      toks.slice(n.i, n.j).every((t) => t.kind !== 'word' || L.demonyms.has(t.lower) || COMPASS.has(t.lower))
    )
      continue;
    const prev = toks[n.i - 1];
    const next = toks[n.j];
    // "the airline Mahan Air", "newspaper Dawn", "the newspaper The Courant"
    const cue = prev?.text === 'The' && !prev.sentStart ? toks[n.i - 2] : prev;
    if (cue?.kind === 'word' && !cue.cap && L.cueNouns.has(cue.lower)) {
      promote(n, 'org.cue-word');
      continue;
    }
    // "the gas producer Energean" (a film producer is a person: one-word names only); "the ruling
    // Democratic Rally".
    if (
      prev?.kind === 'word' &&
      !prev.cap &&
      ((L.singleNameCueNouns.has(prev.lower) && n.j - n.i === 1) ||
        (prev.lower === 'ruling' && ARTICLES.has(toks[n.i - 2]?.lower ?? ''))) &&
      !personLike(n, p, out)
    ) {
      promote(n, 'org.cue-word');
      continue;
    }
    // "Saba news agency", "the Houthi movement"
    if (next?.kind === 'word' && !next.cap) {
      const two = `${next.lower} ${toks[n.j + 1]?.lower ?? ''}`;
      if (
        L.cueAfterNouns.has(two) ||
        (L.cueAfterNouns.has(next.lower) && !isNounCompoundContinuation(toks[n.j + 1]))
      ) {
        promote(n, 'org.cue-word');
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
        promote(n, 'org.media-verb');
        continue;
      }
    }
    // "Milltech Marine, a firm specialising in AIS"
    if (appositive(p, n.j)) {
      promote(n, 'org.appositive');
      continue;
    }
    // "the Brussels-based Acme" (not "London-based artist Jane Doe": the cue noun comes first).
    if (prev?.kind === 'word' && BASED.test(prev.text) && !personLike(n, p, out)) promote(n, 'org.based');
  }
  // "news agency ISNA", "gas supplier DEPA", "WTTG television": unknown acronyms with a cue noun.
  for (const a of out.acronyms.filter((c) => c.paragraph === p.index)) {
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
    if (before || after || source || based || appositive(p, a.j))
      promoteAcronym(p, a, out, 'org.cue-acronym');
  }
  // "firms including Deutsche Bahn, Deutsche Telekom, Daimler, and Siemens"
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    const isIntro = LIST_INTRO.has(t.lower) || (t.lower === 'such' && toks[k + 1]?.lower === 'as');
    if (!isIntro) continue;
    const noun = toks[k - 1]!;
    if (noun.kind !== 'word' || noun.cap || !L.cueNouns.has(noun.lower)) continue;
    let x = t.lower === 'such' ? k + 2 : k + 1;
    for (;;) {
      const n = out.names.find((m) => m.paragraph === p.index && m.i === x);
      const o = out.orgs.find((m) => m.paragraph === p.index && m.i === x);
      const end = n?.j ?? o?.j;
      if (end === undefined) break;
      if (n && !(n.j - n.i > 1 && L.firstNames.has(toks[n.i]!.lower))) promote(n, 'org.cue-list');
      x = end;
      if (toks[x]?.text === ',') x++;
      if (toks[x]?.lower === 'and' || toks[x]?.lower === 'or') x++;
      if (x === end) break;
    }
  }
}

// "Brussels-based", "London-based": where a body sits.
const BASED = /^\p{Lu}[\p{L}.]*-based$/u;

/** ", a firm specialising in…", ", an Iranian news agency": an appositive with a cue noun at `j`. */
function appositive(p: Para, j: number): boolean {
  const { toks } = p;
  if (toks[j]?.text !== ',' || !ARTICLES.has(toks[j + 1]?.lower ?? '')) return false;
  for (let k = j + 2; k < j + 7 && k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || (t.cap && !L.demonyms.has(t.lower))) return false;
    if (!t.cap && (L.connectors.has(t.lower) || L.functionWords.has(t.lower))) return false;
    if (!t.cap && L.cueNouns.has(t.lower)) {
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

/** "Saba news agency chief": the cue noun heads a longer compound about a person. */
function isNounCompoundContinuation(t: Token | undefined): boolean {
  return t?.kind === 'word' && !t.cap && L.roles.has(t.lower);
}

/** Is the word part of a name of two words or more, in this paragraph (other than `self`) or an earlier one? */
function isKnownPersonWord(t: Token, out: ParagraphOut, self?: Span): boolean {
  if ((out.personWords.get(t.text) ?? 0) > 0) return true;
  return out.names.some((n) => n !== self && n.j - n.i > 1 && n.text.split(/\s+/).includes(t.text));
}

/** Could this leftover name be a person's rather than an organisation's? */
function personLike(n: Span, p: Para, out: ParagraphOut): boolean {
  const { toks } = p;
  const first = toks[n.i]!;
  if (L.roles.has(first.lower) || L.nameFormingTitles.has(first.lower)) return true;
  if (L.firstNames.has(first.lower) && n.j - n.i > 1) return true;
  const prev = toks[n.i - 1];
  if (prev?.kind === 'word' && prev.cap && (L.roles.has(prev.lower) || L.nameFormingTitles.has(prev.lower)))
    return true;
  for (let x = n.i; x < n.j; x++) {
    const t = toks[x]!;
    if (t.kind === 'word' && (L.demonyms.has(t.lower) || isKnownPersonWord(t, out, n))) return true;
  }
  return false;
}

/** Turns a leftover name into an organisation, taking in places glued to it ("Sunrisers Hyderabad"). */
function promoteName(p: Para, n: Span, out: ParagraphOut, rule: OrgRule): OrgCandidate | null {
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

function promoteAcronym(p: Para, a: AcronymMention, out: ParagraphOut, rule: OrgRule): void {
  const idx = out.acronyms.indexOf(a);
  if (idx < 0) return;
  out.acronyms.splice(idx, 1);
  pushOrg(p, a.i, a.j, null, null, out, rule);
}

/** The longest role noun (one or two words) starting at token k, lowercased, or null. */
function roleNounAt(p: Para, k: number): string | null {
  const a = p.toks[k];
  if (a?.kind !== 'word') return null;
  const b = p.toks[k + 1];
  if (b?.kind === 'word' && L.orgRoleNouns.has(`${a.lower} ${b.lower}`)) return `${a.lower} ${b.lower}`;
  return L.orgRoleNouns.has(a.lower) ? a.lower : null;
}

/**
 * "Acme's chief executive", "shares of Acme", "an Acme spokeswoman": a name that owns a board,
 * shares or a spokesperson is an organisation, unless it looks like a person's. "A' and B's
 * captains" makes both organisations.
 */
function possessiveRoles(p: Para, out: ParagraphOut): void {
  const { toks } = p;
  const names = out.names.filter((n) => n.paragraph === p.index);
  for (const n of names) {
    // Places glued to the name are part of it ("Sunrisers Hyderabad's").
    let after = n.j;
    while (p.claim[after] === 'p') after++;
    const next = toks[after];
    let hit = false;
    if (next?.kind === 'poss' && roleNounAt(p, after + 1) !== null) hit = true;
    // "Acme spokesperson Jane Doe", "an Acme spokesman said" (not "Acme shares", a verb as often).
    const role = next?.kind === 'word' && !next.cap ? roleNounAt(p, after) : null;
    if (role !== null && /^spokes/.test(role)) hit = true;
    // "shares of Acme", "stake in Acme"
    const prev = toks[n.i - 1];
    const prev2 = toks[n.i - 2];
    if (
      prev?.kind === 'word' &&
      (prev.lower === 'of' || prev.lower === 'in') &&
      prev2?.kind === 'word' &&
      (prev2.lower === 'shares' || prev2.lower === 'stake' || prev2.lower === 'stock')
    )
      hit = true;
    if (!hit || personLike(n, p, out)) continue;
    if (toks.slice(n.i, n.j).every((t) => t.kind !== 'word' || COMPASS.has(t.lower))) continue;
    // "Vessel Tracker's database": a capitalised sentence opener the article also writes in lower
    // case is still the first word of the name.
    const opener = toks[n.i - 1];
    if (
      opener?.kind === 'word' &&
      opener.cap &&
      opener.sentStart &&
      p.claim[n.i - 1] === undefined &&
      !L.stopwords.has(opener.lower) &&
      !L.functionWords.has(opener.lower) &&
      !GERUND.test(opener.text)
    ) {
      const idx = out.names.indexOf(n);
      if (idx >= 0) out.names[idx] = { ...n, ...span(p, n.i - 1, n.j) };
      promoteName(p, out.names[idx] ?? n, out, 'org.possessive-role');
    } else promoteName(p, n, out, 'org.possessive-role');
    // "Rajasthan Royals' and Sunrisers Hyderabad's captains": the possessor coordinated before it.
    if (next?.kind === 'poss' && toks[n.i - 1]?.lower === 'and' && toks[n.i - 2]?.kind === 'poss') {
      const before = out.names.find(
        (m) => m.paragraph === p.index && m.j === n.i - 2 && !personLike(m, p, out),
      );
      if (before) promoteName(p, before, out, 'org.possessive-role');
    }
  }
}

interface ListItem {
  i: number;
  j: number;
  org: boolean;
  name: Span | null;
  acronym: AcronymMention | null;
}

/**
 * "Newsweek, Politico, The Hill, Mediaite and TMZ": in a list of three or more names where most
 * items are already organisations, the rest are organisations of the same kind too.
 */
function coordinatedLists(p: Para, out: ParagraphOut): void {
  const { toks } = p;
  const orgAt = new Map<number, OrgCandidate>();
  const nameAt = new Map<number, Span>();
  const acronymAt = new Map<number, AcronymMention>();
  for (const c of out.orgs) if (c.paragraph === p.index) orgAt.set(c.i, c);
  if (orgAt.size < 2) return;
  for (const c of out.names) if (c.paragraph === p.index) nameAt.set(c.i, c);
  for (const c of out.acronyms) if (c.paragraph === p.index) acronymAt.set(c.i, c);
  const itemAt = (k: number): ListItem | null => {
    // A capitalised "The" may open an item ("The Hill").
    const s = toks[k]?.text === 'The' && !toks[k].sentStart ? k + 1 : k;
    const o = orgAt.get(s);
    const n = o ? undefined : nameAt.get(s);
    const a = o || n ? undefined : acronymAt.get(s);
    let j = o?.j ?? n?.j ?? a?.j;
    if (j === undefined) return null;
    // "Apple Computer": an organisation followed directly by more of its name.
    const rest = nameAt.get(j);
    if (o && rest) j = rest.j;
    return { i: s, j, org: o !== undefined, name: n ?? null, acronym: a ?? null };
  };
  let k = 0;
  while (k < toks.length) {
    const first = itemAt(k);
    if (!first) {
      k++;
      continue;
    }
    const items: ListItem[] = [first];
    let x = first.j;
    for (;;) {
      let y = x;
      const sep = toks[y];
      if (sep?.text === ',') y++;
      if (toks[y]?.lower === 'and' || toks[y]?.lower === 'or') y++;
      if (y === x) break;
      const item = itemAt(y);
      if (!item) break;
      items.push(item);
      x = item.j;
      if (toks[y - 1]?.lower === 'and' || toks[y - 1]?.lower === 'or') break;
    }
    k = Math.max(k + 1, x);
    if (items.length < 3) continue;
    const orgs = items.filter((it) => it.org).length;
    if (orgs < 2 || orgs * 2 < items.length) continue;
    for (const it of items) {
      if (it.acronym) promoteAcronym(p, it.acronym, out, 'org.list');
      else if (it.name && !personLike(it.name, p, out)) promoteName(p, it.name, out, 'org.list');
    }
  }
}

/** "the Alliance, Reform, and Natural Law parties": each name with the singular head. */
function pluralHeads(p: Para, out: ParagraphOut): void {
  const { toks } = p;
  for (let k = 2; k < toks.length; k++) {
    const head = L.pluralHeads.get(toks[k]!.lower);
    if (head === undefined || toks[k]!.cap) continue;
    const spans: Span[] = [];
    let e = k;
    for (;;) {
      const n =
        out.names.find((c) => c.paragraph === p.index && c.j === e) ??
        out.orgs.find((c) => c.paragraph === p.index && c.j === e && c.known === null);
      if (!n) break;
      spans.unshift(n);
      let s = n.i;
      if (toks[s - 1]?.lower === 'and' || toks[s - 1]?.lower === 'or') s--;
      if (toks[s - 1]?.text === ',') s--;
      if (s === n.i) break;
      e = s;
    }
    if (spans.length < 2) continue;
    for (const n of spans) {
      const name = `${n.text} ${head}`;
      const known = lookupKnown(name);
      const idx = out.names.indexOf(n);
      if (idx >= 0) out.names.splice(idx, 1);
      const o = out.orgs.indexOf(n as OrgCandidate);
      if (o >= 0) out.orgs.splice(o, 1);
      pushOrg(p, n.i, n.j, known, null, out, 'org.plural-head');
      out.orgs[out.orgs.length - 1]!.name = known ? known.name : name;
    }
  }
}

function lookupKnown(name: string): KnownOrg | null {
  let node: TrieNode<KnownOrg> | undefined = L.orgTrie;
  for (const w of name.toLowerCase().split(/\s+/)) {
    node = node.next.get(w);
    if (!node) return null;
  }
  return node.values[0]?.value ?? null;
}

const SAY_AFTER: ReadonlySet<string> = new Set(ruleWords.sayAfter);

/**
 * Sources that are not people: "according to the Archive", "told The Tribune", "the Monitor
 * reported", "Acme said in a statement". A name after "the" is not a person's; a bare one-word name counts only after
 * "according to", and only when it is nobody's surname here.
 */
function sourceCues(p: Para, lowerWords: ReadonlySet<string>, out: ParagraphOut): void {
  const { toks } = p;
  for (const n of out.names.filter((m) => m.paragraph === p.index)) {
    let b = n.i - 1;
    const the = toks[b]?.lower === 'the';
    if (the) b--;
    const prev = toks[b];
    const prev2 = toks[b - 1];
    const afterSource =
      (prev?.lower === 'to' && prev2?.lower === 'according') || (prev?.lower === 'told' && the);
    const next = toks[n.j];
    const says = the && next?.kind === 'word' && SAY_AFTER.has(next.lower) && toks[n.j + 1]?.lower !== 'by';
    // "Acme said in a statement": a one-word name issuing a statement.
    const statement =
      n.j - n.i === 1 &&
      next?.kind === 'word' &&
      SAY_AFTER.has(next.lower) &&
      toks[n.j + 1]?.lower === 'in' &&
      ARTICLES.has(toks[n.j + 2]?.lower ?? '') &&
      (toks[n.j + 3]?.lower === 'statement' || toks[n.j + 3]?.lower === 'press') &&
      // "…director Man-kei Tam said": a capitalised word just before is part of a person's name.
      !(toks[n.i - 1]?.kind === 'word' && toks[n.i - 1]!.cap);
    if (!(afterSource && (the || n.j - n.i === 1)) && !says && !statement) continue;
    if (personLike(n, p, out) || L.firstNames.has(toks[n.i]!.lower)) continue;
    if (toks.slice(n.i, n.j).every((t) => t.kind !== 'word' || COMPASS.has(t.lower) || t.allCaps)) continue;
    // "The Commission said": a bare head refers back to a body named before.
    if (toks.slice(n.i, n.j).every((t) => t.kind !== 'word' || L.heads.has(t.lower) || L.roles.has(t.lower)))
      continue;
    if (!says && !statement) {
      // "according to Philippine officials" (an adjective), "according to St. Mary's…" (an
      // abbreviation), "according to Notes from Poland" (a longer name cut short).
      const after = toks[n.j];
      const headed = toks.slice(n.i, n.j).some((t) => L.heads.has(t.lower));
      const ok =
        after?.kind !== 'word' ||
        (L.functionWords.has(after.lower) && !toks[n.j + 1]?.cap) ||
        (headed && L.complementConnectors.has(after.lower));
      if (!ok) continue;
      if (after?.text === '.' && n.j - n.i === 1 && toks[n.i]!.text.length <= 3) continue;
    }
    const o = promoteName(p, n, out, 'org.source-cue');
    // "the Directorate General of Civil Aviation": the body's complement belongs to it.
    if (o) {
      const end = complement(p, o.j, toks.length, lowerWords);
      if (end > o.j) {
        out.orgs.splice(out.orgs.indexOf(o), 1);
        for (let x = o.j; x < end; x++) if (p.claim[x] === 'p') unclaimPlace(p, x, out);
        for (const m of out.names.filter((c) => c.paragraph === p.index && c.i >= o.j && c.j <= end))
          out.names.splice(out.names.indexOf(m), 1);
        pushOrg(p, o.i, end, null, null, out, 'org.source-cue');
      }
    }
  }
}
