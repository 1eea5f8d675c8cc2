/**
 * Turns candidate mentions into the article's entities: one organisation per real body (variants,
 * acronyms and well-known equivalents merged), people with surname-only mentions attached, and
 * places from the gazetteer.
 */
import {
  ORG_RULES,
  type Mention,
  type Organisation,
  type OrgRule,
  type Person,
  type Place,
} from '../../contract/schema.ts';
import { gluedTitleWord } from '../language/names.ts';
import { slugify } from '../language/slug.ts';
import {
  LEXICON,
  gazetteerPlace,
  isGazetteerPlace,
  nameKeyTokens,
  type KnownOrg,
  type KnownPlace,
} from './lexicon.ts';
import type { OrgCandidate, Recognised, Span } from './rules/context.ts';
import ruleWords from '../data/entities/rule-words.json' with { type: 'json' };
import roles from '../data/quotes/roles.json' with { type: 'json' };
import { remembered } from '../language/remembered.ts';

const L = LEXICON;

interface OrgGroup {
  /** Its key in the article's map of groups. */
  key: string;
  /** Order of creation: the order a scan of the map meets groups in. */
  seq: number;
  known: KnownOrg | null;
  /** Surface names the article uses, in order of first use. */
  surfaces: string[];
  surfaceSet: Set<string>;
  mentions: Mention[];
  parent: string | null;
  acronyms: Set<string>;
  first: number;
  /** The most certain rule (earliest in ORG_RULES) among its candidates'. */
  rule: OrgRule;
  /** The country of an unknown body whose name the article gives bodies of two countries. */
  country: KnownPlace | null;
  /** A legislature below a country's (`OrgCandidate` `subnational`): never a gazetteer body. */
  subnational: boolean;
}

/** The more certain of two recognition rules: the one tried first. */
function surer(a: OrgRule, b: OrgRule): OrgRule {
  return ORG_RULES.indexOf(b) < ORG_RULES.indexOf(a) ? b : a;
}

/** Lowercase letters and digits only: "Marine Traffic" and "MarineTraffic" are one name. */
function squash(name: string): string {
  return remembered(squashCache, name, squashUncached);
}

const squashCache = new Map<string, string>();

function squashUncached(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function stripThe(name: string): string {
  return name.replace(/^the\s+/i, '');
}

function mention(s: Span): Mention {
  return { paragraph: s.paragraph, start: s.start, end: s.end, text: s.text };
}

/** Reading order as one number (paragraph first; a paragraph may be longer than a million characters). */
function order(s: Span): number {
  return s.paragraph * 2 ** 32 + s.start;
}

/** Key of the words toks[a..b) (words hold no NUL). */
function runKey(toks: readonly string[], a: number, b: number): string {
  return toks.slice(a, b).join('\u0000');
}

/** Lists of values under string keys. */
class MultiMap<V> {
  private readonly map = new Map<string, V[]>();
  add(key: string, value: V): void {
    const list = this.map.get(key);
    if (list) list.push(value);
    else this.map.set(key, [value]);
  }
  get(key: string): readonly V[] | undefined {
    return this.map.get(key);
  }
  /** Every key's values, in the order the keys were first added. */
  lists(): IterableIterator<readonly V[]> {
    return this.map.values();
  }
}

/**
 * Per-name keys that resolution asks of the same names article after article (a known body's
 * aliases above all), kept in bounded caches like `nameKeyTokens`; each is a pure function of
 * the name.
 */
const runKeysCache = new Map<string, readonly string[]>();
const bareNameKeysCache = new Map<string, readonly string[]>();
const initialsCache = new Map<string, string>();
const holdsAcronymCache = new Map<string, boolean>();

/**
 * A name's key words with British spellings written the American way ("self-defence" →
 * "self-defense", "organisation" → "organization"), so that the two spellings of one body's name
 * merge (issue #12). Only the words of `rule-words.json` `spellingVariants` and "-isation" change.
 */
function keyTokens(name: string): readonly string[] {
  return remembered(keyTokensCache, name, (n) => nameKeyTokens(n).map(americanSpelling));
}

const keyTokensCache = new Map<string, readonly string[]>();
const SPELLING_VARIANTS: ReadonlyMap<string, string> = new Map(Object.entries(ruleWords.spellingVariants));

/** One lowercase word (hyphenated parts each) in American spelling. */
function americanSpelling(word: string): string {
  if (!word.includes('-')) return americanPart(word);
  return word.split('-').map(americanPart).join('-');
}

function americanPart(part: string): string {
  return SPELLING_VARIANTS.get(part) ?? part.replace(/isation(s?)$/, 'ization$1');
}

/** Keys (`runKey`) of every run of a name's words shorter than the whole name, in order. */
function partRunKeys(name: string): readonly string[] {
  return remembered(runKeysCache, name, partRunKeysUncached);
}

function partRunKeysUncached(name: string): readonly string[] {
  const toks = keyTokens(name);
  const keys: string[] = [];
  for (let a = 0; a < toks.length; a++)
    for (let b = a + 1; b <= toks.length; b++) if (b - a < toks.length) keys.push(runKey(toks, a, b));
  return keys;
}

/** Keys of a name's rest after each leading place or demonym ("red\0cross" of "American Red Cross"). */
function bareNameKeys(name: string): readonly string[] {
  return remembered(bareNameKeysCache, name, bareNameKeysUncached);
}

function bareNameKeysUncached(name: string): readonly string[] {
  const toks = keyTokens(name);
  const keys: string[] = [];
  for (let extra = 1; extra < toks.length; extra++)
    if (isPlacePrefix(toks.slice(0, extra))) keys.push(runKey(toks, extra, toks.length));
  return keys;
}

/** Does the name hold an acronym ("US Congress")? Then its initials are no reliable key. */
function holdsAcronym(name: string): boolean {
  return remembered(holdsAcronymCache, name, (n) => HOLDS_ACRONYM.test(n));
}

const HOLDS_ACRONYM = /\b\p{Lu}[\p{Lu}.]+\b/u;

/** The capitalised words of a name, lowercased, as for initials (kept: the same long names recur). */
function capitalisedWords(name: string): readonly string[] {
  return remembered(capitalisedWordsCache, name, capitalisedWordsUncached);
}

const capitalisedWordsCache = new Map<string, readonly string[]>();

function capitalisedWordsUncached(name: string): readonly string[] {
  return name
    .split(/[\s,]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !L.functionWords.has(w.toLowerCase()))
    .map((w) => w.toLowerCase());
}

function initials(name: string): string {
  return remembered(initialsCache, name, initialsUncached);
}

function initialsUncached(name: string): string {
  return name
    .split(/[\s,]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !L.functionWords.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('');
}

function groupNames(g: OrgGroup): string[] {
  return g.known ? [g.known.name, ...g.known.aliases, ...g.known.equivalents, ...g.surfaces] : g.surfaces;
}

/**
 * Organisations of an article, merged and named canonically; the article's source left out.
 *
 * Each merge step looks other groups up in a map (by a run of name words, a national body's
 * bare name, an acronym, a squashed name or initials) instead of comparing every pair of groups,
 * so an article naming thousands of bodies resolves in time linear in its mentions. The maps are
 * kept up to date as groups merge, so every step sees the same groups as a pairwise scan would.
 */
export function resolveOrganisations(rec: Recognised, source: string): Organisation[] {
  const groups = new Map<string, OrgGroup>();
  const add = (key: string, c: OrgCandidate, country: KnownPlace | null): void => {
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        seq: groups.size,
        known: c.known,
        surfaces: [],
        surfaceSet: new Set(),
        mentions: [],
        parent: c.parent,
        acronyms: new Set(),
        first: order(c),
        rule: c.rule,
        country,
        subnational: c.subnational === true,
      };
      groups.set(key, g);
    }
    const surface = stripThe(c.name ?? c.text);
    if (!g.surfaceSet.has(surface)) {
      g.surfaceSet.add(surface);
      g.surfaces.push(surface);
    }
    g.mentions.push(mention(c));
    if (c.acronym) g.acronyms.add(c.acronym);
    g.parent ??= c.parent;
    g.first = Math.min(g.first, order(c));
    g.rule = surer(g.rule, c.rule);
  };
  // "Italy's Chamber of Deputies" and "the Chamber of Deputies in Mexico": one name of bodies in
  // two countries is two bodies (issue #12: aliases never cross countries).
  const scopes = countryScopes(rec.orgs);
  for (const c of rec.orgs) {
    const country = scopes.get(c) ?? null;
    const key = c.known ? `k:${c.known.slug}` : `u:${squash(c.name ?? c.text)}`;
    const scoped = country ? `${key}@${country.slug}` : key;
    add(c.subnational ? `${scoped}@subnational` : scoped, c, country);
  }
  // "Congress" in an article about the Congress of the Philippines: a bare standalone head that
  // the gazetteer gives to one country's body ("United States Congress") is the body of that kind
  // the article names in full, when it names exactly one; aliases never cross countries. (Not a
  // body the article reached by a name scoped to its country: "Congress" in India, beside the
  // African National Congress.)
  for (const [key, g] of [...groups.entries()]) {
    if (!g.known || !g.surfaces.every(isBareStandaloneHead)) continue;
    if (g.known.countryAliases?.some((a) => g.surfaceSet.has(a))) continue;
    const word = nameKeyTokens(g.surfaces[0]!)[0]!;
    const others = [...groups.values()].filter(
      (o) =>
        o !== g &&
        o.surfaces.some((n) => {
          const toks = nameKeyTokens(n);
          return toks.length > 1 && toks.includes(word);
        }),
    );
    if (others.length === 1) {
      mergeInto(others[0]!, g);
      groups.delete(key);
    }
  }
  // "Indian Railway" beside "Indian Railways", "Defence Force" beside "Defence Forces": a name of
  // two words or more written once in the singular and once in the plural is one body (issue #12).
  for (const [key, g] of [...groups.entries()]) {
    if (g.known || !key.startsWith('u:') || nameKeyTokens(g.surfaces[0] ?? '').length < 2) continue;
    const plural = groups.get(`${key}s`);
    if (plural && plural !== g && !plural.known) {
      mergeInto(plural, g);
      groups.delete(key);
    }
  }
  const live = (g: OrgGroup): boolean => groups.get(g.key) === g;
  /** The live group of `candidates` other than `g` that a scan in map order meets first. */
  const firstLive = (candidates: Iterable<OrgGroup> | undefined, g: OrgGroup | null): OrgGroup | null => {
    let best: OrgGroup | null = null;
    if (candidates)
      for (const o of candidates) if (o !== g && live(o) && (!best || o.seq < best.seq)) best = o;
    return best;
  };

  // A shorter unknown name inside a longer name of another organisation is that organisation
  // ("Home Office" in "United Kingdom Home Office", "Rosenstiel School" in "Rosenstiel School of…").
  // byRun: every run of words shorter than a whole name → the groups with a name holding it.
  const byRun = new MultiMap<OrgGroup>();
  const indexRuns = (g: OrgGroup, names: readonly string[]): void => {
    for (const n of names) for (const key of partRunKeys(n)) byRun.add(key, g);
  };
  for (const g of groups.values()) indexRuns(g, groupNames(g));
  const entries = [...groups.entries()].sort(
    (a, b) => nameKeyTokens(a[1].surfaces[0] ?? '').length - nameKeyTokens(b[1].surfaces[0] ?? '').length,
  );
  for (const [key, g] of entries) {
    if (g.known) continue;
    const mine = keyTokens(g.surfaces[0] ?? '');
    if (mine.length === 1 && !L.heads.has(mine[0] ?? '')) continue;
    let target: OrgGroup | null = null;
    for (const other of byRun.get(runKey(mine, 0, mine.length)) ?? []) {
      if (other === g || !live(other) || otherCountries(other, g)) continue;
      if (!target || other.first < target.first || (other.first === target.first && other.seq < target.seq))
        target = other;
    }
    if (target) {
      const added = mergeInto(target, g);
      groups.delete(key);
      indexRuns(target, added);
    }
  }
  // "ABS-CBN" beside "ABS-CBN Corporation": a one-word name and the same name with a corporate
  // suffix are one company.
  const bySuffixless = new Map<string, OrgGroup>();
  for (const g of groups.values())
    for (const n of groupNames(g)) {
      const toks = nameKeyTokens(n);
      if (toks.length >= 2 && CORPORATE_SUFFIXES.has(toks.at(-1)!))
        bySuffixless.set(squash(toks.slice(0, -1).join(' ')), g);
    }
  for (const [key, g] of [...groups.entries()]) {
    if (g.known || g.surfaces.length !== 1 || nameKeyTokens(g.surfaces[0]!).length !== 1) continue;
    const target = bySuffixless.get(squash(g.surfaces[0]!));
    if (target && target !== g && live(target)) {
      mergeInto(target, g);
      groups.delete(key);
    }
  }
  // "Stardom" beside "World Wonder Ring Stardom": a one-word name (no head) is the one unknown
  // body whose longer name ends in that word (issue #12).
  const byLastWord = new MultiMap<OrgGroup>();
  for (const g of groups.values()) {
    if (g.known) continue;
    for (const n of g.surfaces) {
      const toks = keyTokens(n);
      if (toks.length >= 2) byLastWord.add(toks.at(-1)!, g);
    }
  }
  for (const [key, g] of [...groups.entries()]) {
    if (g.known || g.surfaces.length !== 1) continue;
    const mine = keyTokens(g.surfaces[0]!);
    if (mine.length !== 1 || L.heads.has(mine[0]!)) continue;
    const named = new Set([...(byLastWord.get(mine[0]!) ?? [])].filter((o) => o !== g && live(o)));
    if (named.size === 1) {
      const [target] = named;
      mergeInto(target!, g);
      groups.delete(key);
    }
  }
  // "Scientology" beside "Church of Scientology", then "Scientology.org": a one-word name is the
  // one body named "<head> of <that word>", and a web domain is the body its first label names
  // (issue #12).
  const byComplement = new MultiMap<OrgGroup>();
  for (const g of groups.values())
    for (const n of groupNames(g)) {
      const m = COMPLEMENT_NAME.exec(n);
      if (m) byComplement.add(squash(m[1]!), g);
    }
  for (const domains of [false, true])
    for (const [key, g] of [...groups.entries()]) {
      if (g.known || g.surfaces.length !== 1) continue;
      const label = DOMAIN_LABEL.exec(g.surfaces[0]!);
      if ((label !== null) !== domains) continue;
      const word = label ? label[1]! : g.surfaces[0]!;
      if (!ONE_WORD.test(word)) continue;
      const k = squash(word);
      const named = domains
        ? [...groups.values()].filter((o) => o !== g && groupNames(o).some((n) => squash(n) === k))
        : [...(byComplement.get(k) ?? [])].filter((o) => o !== g && live(o));
      if (named.length === 1) {
        mergeInto(named[0]!, g);
        groups.delete(key);
      }
    }
  // "the Red Cross" after "the American Red Cross": the national body named in full.
  // byBareName: the name after a leading place or demonym → the groups with such a surface.
  const byBareName = new MultiMap<OrgGroup>();
  const indexBareNames = (g: OrgGroup, surfaces: readonly string[]): void => {
    for (const n of surfaces) for (const key of bareNameKeys(n)) byBareName.add(key, g);
  };
  for (const g of groups.values()) indexBareNames(g, g.surfaces);
  for (const [key, g] of [...groups.entries()]) {
    const mine = keyTokens(g.known ? g.known.name : (g.surfaces[0] ?? ''));
    if (mine.length === 0) continue;
    // "the British Labour Party" beside "the Estonian Labour Party": a body the article itself
    // places ("British") is not another country's namesake (issue #12: aliases never cross
    // countries); only a bare name ("the Red Cross") joins the one placed body.
    if (g.surfaces.some((n) => bareNameKeys(n).length > 0)) continue;
    const targets = new Set<OrgGroup>();
    for (const o of byBareName.get(runKey(mine, 0, mine.length)) ?? [])
      if (o !== g && live(o) && !(g.known && isRegionBranch(o, g.known.slug)) && !otherCountries(o, g))
        targets.add(o);
    if (targets.size === 1) {
      const [target] = targets;
      const added = mergeInto(target!, g);
      groups.delete(key);
      indexBareNames(target!, added);
    }
  }
  // "the M5S party" after "Movimento 5 Stelle (M5S)": an acronym the article defined.
  const byAcronym = new MultiMap<OrgGroup>();
  for (const g of groups.values()) for (const a of g.acronyms) byAcronym.add(a, g);
  for (const [key, g] of [...groups.entries()]) {
    if (g.surfaces.length !== 1) continue;
    const target = firstLive(byAcronym.get(g.surfaces[0]!), g);
    // "the Austrian Social Democrat Party (SPOE)", then "SPOE" matching the known SPÖ by its
    // alias: the name the article defined the acronym for is the known body's (issue #12).
    if (g.known) {
      if (target && !target.known) {
        mergeInto(g, target);
        groups.delete(target.key);
        for (const a of target.acronyms) byAcronym.add(a, g);
      }
      continue;
    }
    if (target) {
      mergeInto(target, g);
      groups.delete(key);
      for (const a of g.acronyms) byAcronym.add(a, target);
    }
  }
  // "CBC News" beside "CBC": a broadcaster's news arm is the broadcaster.
  for (const [key, g] of [...groups.entries()]) {
    if (g.known || g.parent === null) continue;
    const mine = nameKeyTokens(g.surfaces[0] ?? '');
    if (mine[mine.length - 1] !== 'news') continue;
    const parent = groups.get(`k:${g.parent}`);
    if (parent && parent !== g) {
      mergeInto(parent, g);
      groups.delete(key);
    }
  }
  // "Expediency Council" after "Iranian Expediency Discernment Council", "LA Sheriff's office"
  // beside "Los Angeles Sheriff's office": a shorter name keeping the proper first word and the
  // head of a longer one, or the same name with another form of its place, is that body.
  // Only names with the same first (or first after a place) and last word can match, so each
  // name is looked up among those: byEnds holds both keys of every name, in order.
  const unknown = [...groups.entries()]
    .filter(([, g]) => !g.known)
    .map(([key, g], rank) => ({ key, g, rank, toks: placeNormal(keyTokens(pickCanonical(g.surfaces))) }));
  const byEnds = new MultiMap<(typeof unknown)[number]>();
  for (const big of unknown) {
    if (big.toks.length === 0) continue;
    let from = 0;
    while (from < big.toks.length - 1 && isLeadingQualifier(big.toks[from])) from++;
    byEnds.add(`a\u0000${big.toks[0]!}\u0000${big.toks.at(-1)!}`, big);
    if (from > 0) byEnds.add(`b\u0000${big.toks[from]!}\u0000${big.toks.at(-1)!}`, big);
  }
  for (const small of unknown) {
    if (small.toks.length < 2 || L.genericModifiers.has(small.toks[0]!)) continue;
    // "Liberal Party" and "Liberal Democratic Party", "Supreme Court" and "Supreme Administrative
    // Court": parties and courts differ by one inserted word, so only equal names merge.
    const rivalHead = RIVAL_HEADS.has(small.toks.at(-1)!);
    const ends = `\u0000${small.toks[0]!}\u0000${small.toks.at(-1)!}`;
    const candidates = [...(byEnds.get(`a${ends}`) ?? [])];
    if (!isPlaceWord(small.toks[0])) candidates.push(...(byEnds.get(`b${ends}`) ?? []));
    candidates.sort((x, y) => x.rank - y.rank);
    const target = candidates.find(
      (big) =>
        big.g !== small.g &&
        groups.has(big.key) &&
        !otherCountries(big.g, small.g) &&
        (big.toks.join(' ') === small.toks.join(' ') || (!rivalHead && sharesEnds(big.toks, small.toks))),
    );
    if (target && groups.has(small.key)) {
      mergeInto(target.g, small.g);
      groups.delete(small.key);
    }
  }
  // Names the article equates ("X, also called Y"). bySquashed: squashed name → groups.
  const bySquashed = new MultiMap<OrgGroup>();
  const indexSquashed = (g: OrgGroup, names: readonly string[]): void => {
    for (const n of names) bySquashed.add(squash(n), g);
  };
  for (const g of groups.values()) indexSquashed(g, groupNames(g));
  for (const [a, b] of rec.synonyms) {
    const ga = firstLive(bySquashed.get(squash(a)), null);
    const gb = firstLive(bySquashed.get(squash(b)), null);
    if (!ga || !gb || ga === gb || (ga.known && gb.known)) continue;
    const [keep, drop] = gb.known ? [gb, ga] : [ga, gb];
    const added = mergeInto(keep, drop);
    groups.delete(drop.key);
    indexSquashed(keep, added);
  }

  // "RMT" beside "National Union of Rail, Maritime and Transport Workers", "Phivolcs" beside
  // "Philippine Institute of Volcanology and Seismology": a one-word name spelt by a run of
  // another name's initials or by the first letters of its words is that body's short name.
  // byLetter: a word's first letter → the long names holding such a word (an abbreviation's
  // first letter starts one of them); at most ABBREVIATION_CANDIDATES are tried per name, so a
  // names-dense article stays linear.
  const byLetter = new MultiMap<{ g: OrgGroup; words: readonly string[] }>();
  for (const g of groups.values()) {
    if (g.known) continue;
    // The capitalised words, as for initials ("of", "and" and punctuation are no part of it).
    const words = capitalisedWords(pickCanonical(g.surfaces));
    if (words.length < 3) continue;
    for (const letter of new Set(words.map((w) => w[0]!))) byLetter.add(letter, { g, words });
  }
  for (const g of [...groups.values()]) {
    if (g.known || !live(g) || g.surfaces.length !== 1) continue;
    const short = g.surfaces[0]!;
    if (!/^\p{Lu}(?:\p{Lu}{2,5}|\p{Ll}{3,9})$/u.test(short)) continue;
    const candidates = byLetter.get(short[0]!.toLowerCase());
    if (!candidates || candidates.length > ABBREVIATION_CANDIDATES) continue;
    let target: OrgGroup | null = null;
    for (const { g: big, words } of candidates)
      if (big !== g && live(big) && abbreviates(short.toLowerCase(), words)) {
        if (target && target !== big) {
          target = null;
          break;
        }
        target = big;
      }
    if (target) {
      mergeInto(target, g);
      groups.delete(g.key);
    }
  }

  // Bare acronyms: defined in this article, or the initials of one of its organisations.
  // (Groups no longer merge from here on, so the maps are built once.)
  const byInitials = new MultiMap<OrgGroup>();
  for (const g of groups.values())
    for (const n of new Set(groupNames(g)))
      // A name holding an acronym has no reliable initials ("US Congress" is not "UC").
      if (nameKeyTokens(n).length > 1 && !holdsAcronym(n)) byInitials.add(initials(n), g);
  for (const a of rec.acronyms) {
    const defined = rec.definitions.get(a.acronym);
    let target: OrgGroup | null = null;
    if (defined !== undefined) {
      // The last group in map order with the defined name.
      for (const g of bySquashed.get(squash(defined)) ?? [])
        if (live(g) && (!target || g.seq > target.seq)) target = g;
    } else {
      const hits = new Set<OrgGroup>();
      for (const g of byInitials.get(a.acronym) ?? []) if (live(g)) hits.add(g);
      if (hits.size === 1) target = hits.values().next().value ?? null;
    }
    if (target) {
      target.mentions.push(mention(a));
      target.acronyms.add(a.acronym);
    }
  }

  const sourceKey = squash(source);
  const bySlug = new Map<string, Organisation & { first: number; rule: OrgRule }>();
  for (const g of groups.values()) {
    const names = groupNames(g);
    if (names.some((n) => squash(n) === sourceKey)) continue;
    let name = g.known ? g.known.name : pickCanonical(g.surfaces);
    // "Chamber of Deputies (Italy)" beside "Chamber of Deputies (Mexico)", unless the name tells
    // its country itself ("Italian Chamber of Deputies").
    if (g.country && bareNameKeys(name).length === 0) name = `${name} (${g.country.name})`;
    const slug = g.known ? g.known.slug : slugify(name);
    const seen = new Set([squash(name)]);
    const aliases: string[] = [];
    for (const n of [
      ...g.surfaces,
      ...g.acronyms,
      ...(g.known?.aliases ?? []),
      ...(g.known?.equivalents ?? []),
    ]) {
      const k = squash(n);
      if (!k || seen.has(k)) continue;
      seen.add(k);
      aliases.push(n);
    }
    const mentions = g.mentions.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start);
    const existing = bySlug.get(slug);
    if (existing) {
      existing.mentions.push(...mentions);
      for (const a of aliases)
        if (!existing.aliases.includes(a) && a !== existing.name) existing.aliases.push(a);
      existing.rule = surer(existing.rule, g.rule);
      continue;
    }
    const parent = g.parent === slug ? null : g.parent;
    bySlug.set(slug, { slug, name, aliases, parent, mentions, first: g.first, rule: g.rule });
  }
  return [...bySlug.values()]
    .sort((a, b) => a.first - b.first)
    .map((o) => ({
      slug: o.slug,
      name: o.name,
      aliases: o.aliases,
      parent: o.parent,
      mentions: o.mentions,
      rule: o.rule,
    }));
}

/**
 * Does `short` (lowercase) abbreviate the name `words` (content words, lowercase)? It is spelt by
 * the leading letters of two or more of the words in order, some words skipped but no more than
 * are used ("rmt": Rail Maritime Transport of "national union rail maritime transport workers";
 * "phivolcs": PHIlippine VOLCanology Seismology).
 */
function abbreviates(short: string, words: readonly string[]): boolean {
  const spell = (at: number, w: number, used: number, skipped: number): boolean => {
    if (at === short.length) return used >= 2 && skipped + (words.length - w) <= used;
    if (w >= words.length) return false;
    const word = words[w]!;
    for (let len = Math.min(word.length, short.length - at); len >= 1; len--)
      if (short.startsWith(word.slice(0, len), at) && spell(at + len, w + 1, used + 1, skipped)) return true;
    return skipped < short.length && spell(at, w + 1, used, skipped + 1);
  };
  return short[0] !== undefined && spell(0, 0, 0, 0);
}

// "Church of Scientology": the one capitalised word after "of" that ends a name.
const COMPLEMENT_NAME = /^\p{Lu}[\p{L}'-]* of (?:the )?(\p{Lu}[\p{L}-]*)$/u;
// "Scientology.org": a domain's first label.
const DOMAIN_LABEL = /^(\p{L}[\p{L}\p{N}-]*)\.[a-z]{2,}(?:\.[a-z]{2})?$/u;
const ONE_WORD = /^\p{Lu}[\p{L}-]+$/u;
const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set(ruleWords.corporateSuffixes);
/** Long names an abbreviation is compared with at most (more: too many to tell it apart). */
const ABBREVIATION_CANDIDATES = 64;
const RIVAL_HEADS: ReadonlySet<string> = new Set(ruleWords.rivalHeads);

/** A leading place written another way ("LA", "Los Angeles") as the place's slug. */
function placeNormal(words: readonly string[]): string[] {
  let node = L.placeTrie;
  let best: { k: number; slug: string } | null = null;
  for (let k = 0; k < words.length - 1; k++) {
    const next = node.next.get(words[k]!);
    if (!next) break;
    node = next;
    const v = node.values[0];
    if (v) best = { k: k + 1, slug: v.value.slug };
  }
  return best ? [`@${best.slug}`, ...words.slice(best.k)] : [...words];
}

/**
 * Is `small` (two words or more) a shorter form of `big`: same first and last word, the rest in
 * order? A country word before `big` is skipped only when `small` names no country of its own
 * ("Expediency Council" in "Iranian Expediency Discernment Council", not "Iraqi Security Forces"
 * in "Syrian Security Forces").
 */
function sharesEnds(big: readonly string[], small: readonly string[]): boolean {
  let from = 0;
  if (!isPlaceWord(small[0])) while (from < big.length - 1 && isLeadingQualifier(big[from])) from++;
  const core = big.slice(from);
  if (small.length >= core.length || core[0] !== small[0] || core.at(-1) !== small.at(-1)) return false;
  let k = 0;
  for (const w of core) if (w === small[k]) k++;
  return k === small.length;
}

/**
 * A word before a body's own name that says whose or where it is: a place or demonym, or a
 * legislative chamber ("House Oversight and Reform Committee": the "Oversight Committee").
 */
function isLeadingQualifier(w: string | undefined): boolean {
  return isPlaceWord(w) || (w !== undefined && CHAMBER_WORDS.has(w));
}

const CHAMBER_WORDS: ReadonlySet<string> = new Set(ruleWords.chamberWords);

/** A place's slug as placeNormal writes it ("@los-angeles") or a demonym ("iranian"). */
function isPlaceWord(w: string | undefined): boolean {
  return w !== undefined && (w.startsWith('@') || L.demonyms.has(w));
}

/** Are these lowercased words a demonym ("American") or a place from the gazetteer ("Bahamas")? */
function isPlacePrefix(words: readonly string[]): boolean {
  return (words.length === 1 && L.demonyms.has(words[0]!)) || isGazetteerPlace(words);
}

/**
 * Is `g` the branch of the known body `slug` in a region or city ("Iowa Democratic Party")? The
 * known body named bare beside it is the national one, another body (issue #12); a country's
 * branch ("American Red Cross") is what its bare name means in the article, as before.
 */
function isRegionBranch(g: OrgGroup, slug: string): boolean {
  if (g.parent !== slug) return false;
  return g.surfaces.some((s) => {
    const toks = keyTokens(s);
    for (let extra = 1; extra < toks.length; extra++) {
      const place = gazetteerPlace(toks.slice(0, extra));
      if (place) return place.kind !== 'country';
    }
    return false;
  });
}

/**
 * Unknown bodies whose name (without a place or demonym opening it) the article gives bodies of
 * two countries or more: each with its country, a mention the text places in none with the
 * country of the last placed mention before it (or, before any, the first).
 */
function countryScopes(orgs: readonly OrgCandidate[]): Map<OrgCandidate, KnownPlace> {
  const out = new Map<OrgCandidate, KnownPlace>();
  const byBare = new MultiMap<OrgCandidate>();
  for (const c of orgs) if (!c.known) byBare.add(squash(c.bare ?? c.name ?? c.text), c);
  for (const list of byBare.lists()) {
    if (list.length < 2) continue;
    const placed = list.filter((c) => c.country);
    if (new Set(placed.map((c) => c.country!.slug)).size < 2) continue;
    const sorted = [...list].sort((x, y) => order(x) - order(y));
    let last = sorted.find((c) => c.country)!.country!;
    for (const c of sorted) {
      if (c.country) last = c.country;
      out.set(c, last);
    }
  }
  return out;
}

/**
 * Are these bodies placed in two different countries (`countryScopes`), or is one a legislature
 * below a country's (`subnational`) and the other a gazetteer body (a national one)?
 */
function otherCountries(a: OrgGroup, b: OrgGroup): boolean {
  if (a.subnational !== b.subnational && (a.known !== null || b.known !== null)) return true;
  return a.country !== null && b.country !== null && a.country.slug !== b.country.slug;
}

/** A one-word name that is a standalone head ("Congress", "Senate", "Parliament"). */
function isBareStandaloneHead(name: string): boolean {
  const toks = nameKeyTokens(name);
  return toks.length === 1 && L.standaloneHeads.has(toks[0]!);
}

/** Moves `g` into `target`; returns the surfaces `target` gained. */
function mergeInto(target: OrgGroup, g: OrgGroup): string[] {
  const added: string[] = [];
  for (const s of g.surfaces)
    if (!target.surfaceSet.has(s)) {
      target.surfaceSet.add(s);
      target.surfaces.push(s);
      added.push(s);
    }
  for (const m of g.mentions) target.mentions.push(m);
  for (const a of g.acronyms) target.acronyms.add(a);
  target.parent ??= g.parent;
  target.first = Math.min(target.first, g.first);
  target.rule = surer(target.rule, g.rule);
  return added;
}

/**
 * The most complete name: most words, then longest; of one name written both ways, not the one
 * all in capitals as headlines write it ("NORTHERN FISHERIES BOARD" beside "Northern Fisheries
 * Board", issue #12).
 */
function pickCanonical(surfaces: readonly string[]): string {
  let best = surfaces[0] ?? '';
  let bestLen = nameKeyTokens(best).length;
  for (const s of surfaces) {
    const n = nameKeyTokens(s).length;
    const longer = s.length > best.length || (s.length === best.length && shouted(best) && !shouted(s));
    if (n > bestLen || (n === bestLen && longer)) {
      best = s;
      bestLen = n;
    }
  }
  return best;
}

/** A name of two words or more with letters and no lowercase letter ("KENYA WILDLIFE SERVICE"). */
function shouted(name: string): boolean {
  return /\s/.test(name.trim()) && !/\p{Ll}/u.test(name) && /\p{Lu}/u.test(name);
}

interface PersonGroup {
  name: string;
  words: string[];
  mentions: Mention[];
  first: number;
  evidence: boolean;
}

/** A middle initial ("G." of "John G. Roberts"). */
const MIDDLE_INITIAL = /^\p{Lu}\.$/u;
/** Words that make a name a thing's, never a person's ("Hurricane Dorian", "Nobel Peace Prize"). */
const THING_NAME_WORDS: ReadonlySet<string> = new Set(ruleWords.thingNameWords);

/** Person nouns of the quote lexicon that are no titles of office ("teacher", "nurse", "farmer"). */
const NOMINAL_ONLY_NOUNS: ReadonlySet<string> = new Set(
  roles.nominalOnly.filter((w) => !roles.documentNouns.includes(w)),
);

/**
 * Does a name of three words or more open with a person noun glued before a given name ("Teacher
 * Ahmed Farouk", `gluedTitleWord`)? Only listed nouns: anywhere in a sentence a capitalised word
 * that is no given name may be a name's ("Hyde Park Corner", "Camp David Accords").
 */
function isGluedTitle(words: readonly { w: string }[]): boolean {
  const first = words[0]!.w.toLowerCase();
  return (
    words.length >= 3 &&
    NOMINAL_ONLY_NOUNS.has(first) &&
    /^\p{Lu}\p{Ll}+$/u.test(words[0]!.w) &&
    words.every((x) => /^\p{Lu}/u.test(x.w)) &&
    gluedTitleWord(first, words[1]!.w.toLowerCase())
  );
}

/**
 * A name's words after its last title or role word (`r`: that word's index, or -1), each with
 * its offset in the name; `rest` is null when nothing is left or a word left is no person's (a
 * demonym, an organisation head, an acronym or a number). A pure function of the text, kept in a
 * bounded cache: the same names come back in article after article.
 */
function nameAfterTitle(text: string): { r: number; rest: readonly { w: string; start: number }[] | null } {
  return remembered(nameAfterTitleCache, text, nameAfterTitleUncached);
}

const nameAfterTitleCache = new Map<
  string,
  { r: number; rest: readonly { w: string; start: number }[] | null }
>();

function nameAfterTitleUncached(text: string): {
  r: number;
  rest: readonly { w: string; start: number }[] | null;
} {
  const words: { w: string; start: number }[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) words.push({ w: m[0], start: m.index });
  let r = -1;
  words.forEach((x, i) => {
    const w = x.w.toLowerCase().replace(/\.$/, '');
    if (L.roles.has(w) || L.nameFormingTitles.has(w)) r = i;
  });
  // "Chief Justice John Roberts", "NASA Administrator Charles Bolden": a title noun the quote stage
  // knows (roles.json `heads`) right after a title, or opening the name, is a title too while two
  // words or more follow it, the first no function word ("Chair In Global Islamic Politics").
  while (
    r + 1 < words.length - 2 &&
    L.titleNouns.has(words[r + 1]!.w.toLowerCase()) &&
    !L.stopwords.has(words[r + 2]!.w.toLowerCase()) &&
    !L.connectors.has(words[r + 2]!.w.toLowerCase())
  )
    r++;
  // "Teacher Ahmed Farouk", "Nurse Ana Ruiz": a person noun glued before a given name and a
  // surname is a title, as the quote stage reads it (which, at a sentence's start, takes any
  // common word there: "Voter Kitty Mak").
  if (r < 0 && isGluedTitle(words)) r = 0;
  const rest = words.slice(r + 1);
  if (rest.length === 0) return { r, rest: null };
  const bad = rest.some(
    (x) =>
      // A middle initial ("John G. Roberts") is no acronym.
      (!MIDDLE_INITIAL.test(x.w) && /^[\p{Lu}\d.&-]{2,}$/u.test(x.w)) ||
      L.demonyms.has(x.w.toLowerCase()) ||
      THING_NAME_WORDS.has(x.w.toLowerCase()) ||
      L.heads.has(x.w.toLowerCase()) ||
      /\d/.test(x.w),
  );
  return { r, rest: bad ? null : rest };
}

/** People: two-to-four-word names (role words before them dropped); lone surnames attach. */
export function resolvePeople(rec: Recognised): Person[] {
  const people = new Map<string, PersonGroup>();
  const singles: { s: Span; word: string }[] = [];
  for (const n of rec.names) {
    const { r, rest } = nameAfterTitle(n.text);
    if (rest === null) continue;
    const startOff = n.start + rest[0]!.start;
    const last = rest[rest.length - 1]!;
    const sub: Span = {
      paragraph: n.paragraph,
      i: n.i,
      j: n.j,
      start: startOff,
      end: n.start + last.start + last.w.length,
      text: '',
    };
    sub.text = n.text.slice(sub.start - n.start, sub.end - n.start);
    if (rest.length === 1) {
      singles.push({ s: sub, word: rest[0]!.w });
      continue;
    }
    if (rest.length > 4) continue;
    const key = sub.text.toLowerCase();
    let p = people.get(key);
    if (!p) {
      p = { name: sub.text, words: rest.map((x) => x.w), mentions: [], first: order(sub), evidence: false };
      people.set(key, p);
    }
    // A name is a person's when a title stands before it or it starts with a known first name;
    // otherwise ("Southern Neighbourhood", "Political Affairs") only when its surname recurs alone.
    if (r >= 0 || L.firstNames.has(rest[0]!.w.toLowerCase())) p.evidence = true;
    p.mentions.push(mention(sub));
  }
  // A lone word attaches to the first person (in order of first mention) with it as a surname or
  // a later name word; looked up in a map, as searching every person for every lone word made
  // this grow with the square of a names-dense article.
  const byWord = new Map<string, PersonGroup>();
  for (const x of people.values()) {
    // The last word is among the later ones: people here have two to four words.
    for (const w of [x.words[x.words.length - 1]!, ...x.words.slice(1)]) if (!byWord.has(w)) byWord.set(w, x);
  }
  for (const { s, word } of singles) {
    const p = byWord.get(word);
    if (p) {
      p.mentions.push(mention(s));
      p.evidence = true;
    }
  }
  return [...people.values()]
    .filter((p) => p.evidence)
    .sort((a, b) => a.first - b.first)
    .map((p) => ({
      slug: slugify(p.name),
      name: p.name,
      mentions: p.mentions.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start),
    }));
}

/** Places from the gazetteer, once each under their canonical name. */
export function resolvePlaces(rec: Recognised): Place[] {
  const places = new Map<string, Place>();
  for (const c of [...rec.places].sort((a, b) => order(a) - order(b))) {
    let p = places.get(c.place.slug);
    if (!p) {
      p = { slug: c.place.slug, name: c.place.name, mentions: [] };
      places.set(c.place.slug, p);
    }
    p.mentions.push(mention(c));
  }
  return [...places.values()];
}
