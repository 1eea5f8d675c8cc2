/**
 * The word lists and tables the entity rules run on, loaded once from `data/entities/*.json` and
 * compiled into sets and token tries so that every lookup during a scan is a Map hit.
 */
import lexiconJson from '../data/entities/lexicon.json' with { type: 'json' };
import organisationsJson from '../data/entities/organisations.json' with { type: 'json' };
import wellKnownJson from '../data/entities/well-known-organisations.json' with { type: 'json' };
import openOrganisationsJson from '../data/entities/open-organisations.json' with { type: 'json' };
import placesJson from '../data/entities/places.json' with { type: 'json' };
import ruleWordsJson from '../data/entities/rule-words.json' with { type: 'json' };
import rolesJson from '../data/quotes/roles.json' with { type: 'json' };
import { NAME_FORMING_TITLES } from '../language/names.ts';
import { slugify } from '../language/slug.ts';
import { tokenize } from '../language/tokenize.ts';
import { remembered } from '../language/remembered.ts';

/** A known organisation from the alias table. */
export interface KnownOrg {
  slug: string;
  name: string;
  aliases: readonly string[];
  /** Other well-known names, given as aliases but never matched in text ("Amazon"). */
  equivalents: readonly string[];
  parent: string | null;
  /** Its names matched only in an article naming its country (`countryAliases`), if any. */
  countryAliases?: readonly string[];
}

/** A place from the gazetteer. */
export interface KnownPlace {
  slug: string;
  name: string;
  kind: 'country' | 'region' | 'city';
}

/** What a token sequence in a trie stands for; `exact` holds the capitalisation an acronym must have. */
export interface TrieValue<T> {
  value: T;
  exact: string | null;
  /** Matches only right after a capitalised "The" ("The Hill", "The Independent"). */
  needThe: boolean;
  /** Matches only in an article naming this country (its slug): "Labor" in Australia. */
  country: string | null;
  /**
   * The country (slug) of an entry that has one, for every name of it, scoped or not: where two
   * bodies share a name ("Congress"), the one whose country the text before names last.
   */
  home: string | null;
}

export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: TrieValue<T>[];
}

function newNode<T>(): TrieNode<T> {
  return { next: new Map(), values: [] };
}

/** Word tokens of a name, lowercased, leading "the" dropped: the key the tries use. */
export function nameKeyTokens(name: string): readonly string[] {
  // Names repeat across articles (aliases above all); a bounded cache keeps resolution cheap.
  return remembered(keyCache, name, nameKeyTokensUncached);
}

function nameKeyTokensUncached(name: string): readonly string[] {
  const words = tokenize(name)
    .filter((t) => t.kind !== 'poss')
    .map((t) => t.lower);
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words;
}

const keyCache = new Map<string, readonly string[]>();

function insert<T>(
  root: TrieNode<T>,
  name: string,
  value: T,
  needThe = false,
  country: string | null = null,
  home: string | null = country,
): void {
  const keys = nameKeyTokens(name);
  if (keys.length === 0) return;
  let node = root;
  for (const k of keys) {
    let child = node.next.get(k);
    if (!child) {
      child = newNode<T>();
      node.next.set(k, child);
    }
    node = child;
  }
  // Short all-caps names (WHO, IS, AP) only match in capitals, so "who" and "is" stay words.
  const bare = name.replace(/^the\s+/i, '');
  const exact = /^[\p{Lu}\p{N}.&-]+$/u.test(bare) && bare.replace(/[^\p{L}]/gu, '').length <= 5 ? bare : null;
  if (!node.values.some((v) => v.value === value)) node.values.push({ value, exact, needThe, country, home });
}

interface OrgEntryJson {
  name: string;
  aliases?: string[];
  parent?: string;
  slug?: string;
  equivalents?: string[];
  needThe?: boolean;
  /** The country of a party whose `countryAliases` other countries' parties share. */
  country?: string;
  /** Names matched only in an article naming `country` ("Labor", "the Greens"; issue #12). */
  countryAliases?: string[];
}

function lowerSet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => w.toLowerCase()));
}

function buildOrgs(): { trie: TrieNode<KnownOrg>; bySlug: Map<string, KnownOrg> } {
  const entries = [
    ...(organisationsJson as { organisations: OrgEntryJson[] }).organisations,
    ...(wellKnownJson as { organisations: OrgEntryJson[] }).organisations,
  ];
  const bySlug = new Map<string, KnownOrg>();
  const byName = new Map<string, string>();
  for (const e of entries) byName.set(e.name, e.slug ?? slugify(e.name));
  const trie = newNode<KnownOrg>();
  for (const e of entries) {
    const slug = e.slug ?? slugify(e.name);
    const parent = e.parent === undefined ? null : (byName.get(e.parent) ?? null);
    if (e.parent !== undefined && parent === null)
      throw new Error(`organisations.json: unknown parent "${e.parent}" of "${e.name}"`);
    if (bySlug.has(slug)) throw new Error(`organisations.json: duplicate slug "${slug}"`);
    const org: KnownOrg = {
      slug,
      name: e.name,
      aliases: [...(e.aliases ?? []), ...(e.countryAliases ?? [])],
      equivalents: e.equivalents ?? [],
      parent,
    };
    if (e.countryAliases !== undefined) org.countryAliases = e.countryAliases;
    bySlug.set(slug, org);
    const needThe = e.needThe === true;
    const home = e.country === undefined ? undefined : placeSlug(e.country);
    if (e.country !== undefined && home === undefined)
      throw new Error(`organisations: the country "${e.country}" of "${e.name}" is not the gazetteer's`);
    insert(trie, e.name, org, needThe, null, home ?? null);
    for (const a of e.aliases ?? []) insert(trie, a, org, needThe, null, home ?? null);
    if (e.countryAliases !== undefined) {
      if (home === undefined)
        throw new Error(`organisations: "${e.name}" has countryAliases and no country of the gazetteer`);
      for (const a of e.countryAliases) insert(trie, a, org, needThe, home);
    }
  }
  return { trie, bySlug };
}

/** The slug of a country of places.json by one of its names, or undefined. */
function placeSlug(name: string): string | undefined {
  const names = (placesJson as { countries: string[][] }).countries.find((n) => n.includes(name));
  return names?.[0] === undefined ? undefined : slugify(names[0]);
}

/**
 * Does the article name the country with this slug, by one of its names or a demonym of it
 * ("Australia", "Australian")? Kept per article: a country-scoped alias asks it of each match.
 */
export function articleNamesCountry(
  article: { paragraphs: readonly string[]; lower: string | null; countries?: Map<string, boolean> },
  slug: string,
): boolean {
  article.countries ??= new Map();
  let named = article.countries.get(slug);
  if (named === undefined) {
    article.lower ??= article.paragraphs.join('\n').toLowerCase();
    named = countryPattern(slug).test(article.lower);
    article.countries.set(slug, named);
  }
  return named;
}

const countryPatterns = new Map<string, RegExp>();

/** A pattern finding the country with this slug, by a name or demonym, in lowercase text. */
export function countryPattern(slug: string): RegExp {
  let re = countryPatterns.get(slug);
  if (!re) {
    // (Not the short forms written in capitals: lowercased, "US" is "us".)
    const words = (COUNTRY_NAMES.get(slug) ?? [])
      .filter((n) => n.length >= 4 && n !== n.toUpperCase())
      .map((n) => n.toLowerCase());
    for (const d of (placesJson as { demonyms: string[] }).demonyms)
      if (demonymCountry(d.toLowerCase())?.slug === slug) words.push(d.toLowerCase());
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`(?<![\\p{L}])(?:${escaped.join('|')})`, 'u');
    countryPatterns.set(slug, re);
  }
  return re;
}

function buildPlaces(): TrieNode<KnownPlace> {
  const data = placesJson as { countries: string[][]; regions: string[][]; cities: string[][] };
  const trie = newNode<KnownPlace>();
  const groups = [
    ['country', data.countries],
    ['region', data.regions],
    ['city', data.cities],
  ] as const;
  for (const [kind, group] of groups) {
    for (const names of group) {
      const [name] = names;
      if (name === undefined) continue;
      const place: KnownPlace = { slug: slugify(name), name, kind };
      for (const n of names) insert(trie, n, place);
    }
  }
  return trie;
}

const lex = lexiconJson as {
  orgHeads: { standalone: string[]; heads: string[] };
  notOrgHeads: string[];
  nonOrgFollowers: string[];
  roles: string[];
  connectors: string[];
  complementConnectors: string[];
  possessiveNames: string[];
  stopwords: string[];
  functionWords: string[];
  genericPhrases: string[];
  cueNouns: string[];
  cueAfterNouns: string[];
  mediaVerbs: string[];
  firstNames: string[];
  prefixHeads: string[];
  orgRoleNouns: string[];
  pluralHeads: Record<string, string>;
  genericModifiers: string[];
  placeHeads: string[];
  officeHolders: string[];
  singleNameCueNouns: string[];
  suffixHeads: string[];
  foreignHeads: string[];
};

const orgs = buildOrgs();

/**
 * Known bodies with national branches: the gazetteer lists a branch of them named by a place or
 * demonym and the body's own name ("British Red Cross" → Red Cross).
 */
function branchedOrgs(bySlug: ReadonlyMap<string, KnownOrg>): Set<string> {
  const out = new Set<string>();
  for (const org of bySlug.values()) {
    const parent = org.parent === null ? undefined : bySlug.get(org.parent);
    if (parent && org.name.endsWith(` ${parent.name}`)) out.add(parent.slug);
  }
  return out;
}

/** Keys (`nameKeyTokens`, joined by spaces) of the open-licence list of brands (decision 018). */
function openOrgKeys(): Set<string> {
  const out = new Set<string>();
  for (const name of (openOrganisationsJson as { names: string[] }).names)
    out.add(nameKeyTokens(name).join(' '));
  return out;
}

const OPEN_ORG_KEYS = openOrgKeys();

/** Lower-case short one-word brands matched only where a text writes them in capitals ("ALDI"). */
function openCapitalsOnly(): Set<string> {
  return new Set(
    (openOrganisationsJson as { capitalsOnly: string[] }).capitalsOnly.map((n) => n.toLowerCase()),
  );
}

/** Everything the recogniser looks words up in. */
export const LEXICON = {
  orgTrie: orgs.trie,
  orgsBySlug: orgs.bySlug,
  /** Known bodies the gazetteer gives national branches ("Red Cross"). */
  branchedOrgs: branchedOrgs(orgs.bySlug),
  placeTrie: buildPlaces(),
  /** Brands and chains from an open-licence list, matched only as a whole leftover name (decision 018). */
  openOrgKeys: OPEN_ORG_KEYS,
  /** The first word of each of `openOrgKeys`: a name whose first word is none of these is not listed. */
  openOrgFirstWords: new Set([...OPEN_ORG_KEYS].map((key) => key.split(' ')[0]!)),
  openCapitalsOnly: openCapitalsOnly(),
  demonyms: lowerSet((placesJson as { demonyms: string[] }).demonyms),
  // A standalone head is a head too ("the Knesset", "the Israeli Knesset").
  heads: lowerSet([...lex.orgHeads.heads, ...lex.orgHeads.standalone]),
  standaloneHeads: lowerSet(lex.orgHeads.standalone),
  notOrgHeads: lowerSet(lex.notOrgHeads),
  nonOrgFollowers: lowerSet(lex.nonOrgFollowers),
  roles: lowerSet(lex.roles),
  connectors: lowerSet(lex.connectors),
  complementConnectors: lowerSet(lex.complementConnectors),
  possessiveNames: lowerSet(lex.possessiveNames),
  stopwords: lowerSet(lex.stopwords),
  functionWords: lowerSet(lex.functionWords),
  genericPhrases: lowerSet(lex.genericPhrases),
  cueNouns: lowerSet(lex.cueNouns),
  cueAfterNouns: lowerSet(lex.cueAfterNouns),
  mediaVerbs: lowerSet(lex.mediaVerbs),
  firstNames: lowerSet(lex.firstNames),
  nameFormingTitles: NAME_FORMING_TITLES,
  prefixHeads: lowerSet(lex.prefixHeads),
  orgRoleNouns: lowerSet(lex.orgRoleNouns),
  pluralHeads: new Map(Object.entries(lex.pluralHeads)),
  genericModifiers: lowerSet(lex.genericModifiers),
  /** Outlet words that name a body only right after a place ("Nevada Independent", "Toronto Star"). */
  placeHeads: lowerSet(lex.placeHeads),
  /** Office holders whose office is a body ("Los Angeles Sheriff's office"). */
  officeHolders: lowerSet(lex.officeHolders),
  /** Cue nouns also said of people ("gas producer Energean"): one-word names and acronyms only. */
  singleNameCueNouns: lowerSet(lex.singleNameCueNouns),
  /** Heads that make a body only right after a known organisation ("Air India Express"). */
  suffixHeads: lowerSet(lex.suffixHeads),
  /** Heads of names in other languages, which come first ("Partido Socialista", "Universidad de Chile"). */
  foreignHeads: lowerSet(lex.foreignHeads),
  /** The quote stage's title nouns ("justice", "administrator"; `roles.json` `heads`). */
  titleNouns: lowerSet(rolesJson.heads),
  /** Words that complete an office after "of" ("Secretary of State"; `roles.json` `complements`). */
  officeComplements: lowerSet(rolesJson.complements),
};

/** Every name the gazetteer gives each country, by the country's slug ("united-states" → "America", "US", …). */
const COUNTRY_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  (placesJson as { countries: string[][] }).countries
    .filter((names) => names[0] !== undefined)
    .map((names) => [slugify(names[0]!), names]),
);

/**
 * Is `demonym` (lowercase) the people of the country with this slug: does it open with the first
 * four letters of one of the country's names ("mexican" of Mexico, "american" of America)?
 */
export function isDemonymOf(demonym: string, countrySlug: string): boolean {
  return (COUNTRY_NAMES.get(countrySlug) ?? []).some(
    (n) => n.length >= 4 && demonym.startsWith(n.slice(0, 4).toLowerCase()),
  );
}

/**
 * The country whose people `demonym` (lowercase) names: of the countries it is a demonym of
 * (`isDemonymOf`), the one with a name sharing the longest opening with it ("austrian": Austria,
 * not Australia); null when none or two tie.
 */
export function demonymCountry(demonym: string): KnownPlace | null {
  return remembered(demonymCountryCache, demonym, demonymCountryUncached);
}

const demonymCountryCache = new Map<string, KnownPlace | null>();
const IRREGULAR_DEMONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries(ruleWordsJson.irregularDemonyms),
);

function demonymCountryUncached(demonym: string): KnownPlace | null {
  const irregular = IRREGULAR_DEMONYMS.get(demonym);
  // (An empty entry: a word of the demonym list that names no country's people, "Western".)
  if (irregular !== undefined) return irregular === '' ? null : gazetteerPlace(nameKeyTokens(irregular));
  let best: { names: readonly string[]; shared: number } | null = null;
  let tie = false;
  for (const [slug, names] of COUNTRY_NAMES) {
    if (!isDemonymOf(demonym, slug)) continue;
    let shared = 0;
    for (const n of names) {
      const lower = n.toLowerCase();
      let k = 0;
      while (k < lower.length && lower[k] === demonym[k]) k++;
      shared = Math.max(shared, k);
    }
    if (!best || shared > best.shared) {
      best = { names, shared };
      tie = false;
    } else if (shared === best.shared) tie = true;
  }
  return best && !tie ? gazetteerPlace(nameKeyTokens(best.names[0]!)) : null;
}

/** Are these lowercased words, all of them, a place of the gazetteer ("united states", "bahamas")? */
export function isGazetteerPlace(words: readonly string[]): boolean {
  return gazetteerPlace(words) !== null;
}

/** The place of the gazetteer these lowercased words name, all of them, or null. */
export function gazetteerPlace(words: readonly string[]): KnownPlace | null {
  let node = LEXICON.placeTrie;
  for (const w of words) {
    const next = node.next.get(w);
    if (!next) return null;
    node = next;
  }
  return node.values[0]?.value ?? null;
}
