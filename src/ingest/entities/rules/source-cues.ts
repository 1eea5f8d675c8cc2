/**
 * Source cues: sources that are not people ("according to the Archive", "the Monitor reported"),
 * and the outlets or bodies a person speaks or writes to ("told Acme", "a contributor to Acme").
 */
import { type KnownOrg, type TrieNode } from '../lexicon.ts';
import ruleWords from '../../data/entities/rule-words.json' with { type: 'json' };
import {
  ARTICLES,
  COMPASS,
  L,
  isConnector,
  isNameToken,
  type Para,
  type ParagraphOut,
  type Span,
  pushOrg,
  unclaimPlace,
} from './context.ts';
import { personLike, promoteAcronym, promoteName } from './cues.ts';
import { complement } from './head-nouns.ts';
import { isGivenName } from '../../language/names.ts';

export function lookupKnown(name: string): KnownOrg | null {
  let node: TrieNode<KnownOrg> | undefined = L.orgTrie;
  for (const w of name.toLowerCase().split(/\s+/)) {
    node = node.next.get(w);
    if (!node) return null;
  }
  return node.values[0]?.value ?? null;
}

const CALENDAR_WORDS: ReadonlySet<string> = new Set(ruleWords.calendarWords);

/** Is the token at `k` a capitalised month or weekday? */
function datedAfter(toks: Para['toks'], k: number): boolean {
  const t = toks[k];
  return t?.kind === 'word' && t.cap && CALENDAR_WORDS.has(t.lower);
}

const SAY_AFTER: ReadonlySet<string> = new Set(ruleWords.sayAfter);
const SOURCE_AGENT_CUES: ReadonlySet<string> = new Set(ruleWords.sourceAgentCues);
const TITLED_SOURCE_CUES: ReadonlySet<string> = new Set(ruleWords.titledSourceCues);

/** Is the token at `k` a capitalised "The" in mid-sentence after a cue that names a publication? */
function titledSource(toks: Para['toks'], k: number): boolean {
  const the = toks[k];
  const prev = toks[k - 1];
  const prev2 = toks[k - 2];
  if (the?.text !== 'The' || the.sentStart || prev?.kind !== 'word' || prev.cap) return false;
  return (
    TITLED_SOURCE_CUES.has(prev.lower) ||
    (prev2?.kind === 'word' && TITLED_SOURCE_CUES.has(`${prev2.lower} ${prev.lower}`))
  );
}

/**
 * "told The Atlantic", "a report by The Atlantic", "a writer for The American Conservative": a
 * capitalised "The" in mid-sentence marks a title, so after a source cue the name is a
 * publication's, even when it is also a region's (the ocean is "the Atlantic") or opens with a
 * demonym. Not a person's name (a first name or a title first), nor a country or city.
 */
export function titledSources(p: Para, out: ParagraphOut): void {
  const { toks } = p;
  for (let k = 1; k + 1 < toks.length; k++) {
    if (!titledSource(toks, k) || p.claim[k + 1] === 'o') continue;
    const n = out.names.find((m) => m.paragraph === p.index && m.i === k + 1);
    if (n) {
      const first = toks[n.i]!;
      if (
        !L.firstNames.has(first.lower) &&
        !L.roles.has(first.lower) &&
        !L.nameFormingTitles.has(first.lower)
      )
        promoteName(p, n, out, 'org.source-cue');
      continue;
    }
    const place = out.places.find((c) => c.paragraph === p.index && c.i === k + 1);
    if (place?.place.kind !== 'region') continue;
    unclaimPlace(p, k + 1, out);
    pushOrg(p, place.i, place.j, null, null, out, 'org.source-cue');
  }
}

/**
 * Is a longer name after a source cue ("according to", "as quoted by") a person's? It opens with a
 * given name (of one sex, of mixed sex, or a word that is one), or holds a title ("Coös County
 * Attorney John McCormick") or a word of a person named in the article, as `personLike` reads
 * them (not a demonym: "Greek Reporter" after "the Greek foreign minister"); a title right before
 * it counts too.
 */
function personalLongName(n: Span, p: Para, out: ParagraphOut): boolean {
  const { toks } = p;
  const first = toks[n.i]!;
  if (isGivenName(first.lower) || L.firstNames.has(first.lower) || L.nameFormingTitles.has(first.lower))
    return true;
  const prev = toks[n.i - 1];
  if (prev?.kind === 'word' && prev.cap && (L.roles.has(prev.lower) || L.nameFormingTitles.has(prev.lower)))
    return true;
  return toks
    .slice(n.i, n.j)
    .some(
      (t) =>
        t.kind === 'word' &&
        (L.roles.has(t.lower) || (!L.demonyms.has(t.lower) && personWord(t.text, n, out))),
    );
}

/** Is `word` a word of a person of the article, or of another longer name not yet told apart? */
function personWord(word: string, self: Span, out: ParagraphOut): boolean {
  if ((out.personWords.get(word) ?? 0) > 0) return true;
  return out.names.some((m) => m !== self && m.j - m.i > 1 && m.text.split(/\s+/).includes(word));
}

/**
 * Sources that are not people: "according to the Archive", "the Monitor reported", "Acme said in a
 * statement" ("told The Tribune" is `titledSources`, run just before). A name after "the" is not a
 * person's; a bare one-word name counts only after "according to" ("as quoted by", "reported by"),
 * and only when it is nobody's surname here; a longer one there when `personalLongName` says no.
 */
export function sourceCues(p: Para, lowerWords: ReadonlySet<string>, out: ParagraphOut): void {
  const { toks } = p;
  for (const n of out.names.filter((m) => m.paragraph === p.index)) {
    let b = n.i - 1;
    const the = toks[b]?.lower === 'the';
    if (the) b--;
    const prev = toks[b];
    const prev2 = toks[b - 1];
    // "according to", "as quoted by", "reported by": the name after them gave the account.
    const agent = SOURCE_AGENT_CUES.has(`${prev2?.lower ?? ''} ${prev?.lower ?? ''}`);
    const afterSource = agent || (prev?.lower === 'told' && the);
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
    // "according to Samoa Observer": a longer name without "the" is a source too when it opens with
    // no given name (issue #12, h12-kinds); "according to Jane Roe" is a person's.
    const longName = agent && !the && n.j - n.i > 1;
    if (longName && personalLongName(n, p, out)) continue;
    if (!(afterSource && (the || n.j - n.i === 1 || longName)) && !says && !statement) continue;
    if (!longName && (personLike(n, p, out) || L.firstNames.has(toks[n.i]!.lower))) continue;
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
        // "according to Acme Daily in March", "… on Monday": a date does not carry the name on.
        ((after.lower === 'in' || after.lower === 'on') && datedAfter(toks, n.j + 1)) ||
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

const REPORTING_OBJECT_CUES: ReadonlySet<string> = new Set(ruleWords.reportingObjectCues);
const PERSONAL_ADDRESSES: ReadonlySet<string> = new Set(ruleWords.personalAddresses);

/** Is the token before `i` (with the one before it) a cue naming who was told, interviewed or written for? */
function reportingObjectCue(toks: Para['toks'], i: number): boolean {
  const prev = toks[i - 1];
  const prev2 = toks[i - 2];
  if (prev?.kind !== 'word' || prev.cap) return false;
  return (
    REPORTING_OBJECT_CUES.has(prev.lower) ||
    (prev2?.kind === 'word' && !prev2.cap && REPORTING_OBJECT_CUES.has(`${prev2.lower} ${prev.lower}`))
  );
}

/** A name shaped like a person's: a title before or first, a first name first, a demonym in it. */
function personShaped(n: Span, p: Para): boolean {
  const { toks } = p;
  const first = toks[n.i]!;
  const prev = toks[n.i - 1];
  if (L.roles.has(first.lower) || L.firstNames.has(first.lower)) return true;
  if (prev?.kind === 'word' && prev.cap && (L.roles.has(prev.lower) || L.nameFormingTitles.has(prev.lower)))
    return true;
  return toks.slice(n.i, n.j).some((t) => t.kind === 'word' && L.demonyms.has(t.lower));
}

const SPOKESPERSON_CUES: ReadonlySet<string> = new Set(ruleWords.spokespersonCues);

/** Are the two tokens before `i` a cue naming the body a spokesperson speaks for? */
function spokespersonCue(toks: Para['toks'], i: number): boolean {
  const prev = toks[i - 1];
  const prev2 = toks[i - 2];
  return (
    prev?.kind === 'word' &&
    !prev.cap &&
    prev2?.kind === 'word' &&
    !prev2.cap &&
    SPOKESPERSON_CUES.has(`${prev2.lower} ${prev.lower}`)
  );
}

/**
 * Does a name go on at `j` ("told Kamloops This Week", "published in Proceedings of the …")? A
 * connector before a date or a lowercase word does not carry it ("told Acme on Monday").
 */
function runsOn(toks: Para['toks'], j: number, lowerWords: ReadonlySet<string>): boolean {
  const next = toks[j];
  if (next?.kind !== 'word') return false;
  if (next.cap) return true;
  return isConnector(next) && (isConnector(toks[j + 1]) || isNameToken(toks[j + 1], lowerWords));
}

/**
 * "in an interview with Acme", "told Acme", "a contributor to Acme", "a spokesperson for Acme": a
 * bare one-word name that is told, interviewed or written for is an outlet or a body when no person
 * of the article bears it (named in full or after a courtesy title before) and it is no first
 * name, title, compass word or head noun. Places were claimed earlier and are not names here.
 */
export function reportingObjects(p: Para, lowerWords: ReadonlySet<string>, out: ParagraphOut): void {
  const { toks } = p;
  for (const n of out.names.filter((m) => m.paragraph === p.index && m.j - m.i === 1)) {
    const t = toks[n.i]!;
    if (t.kind !== 'word' || !t.cap || t.sentStart || !reportingObjectCue(toks, n.i)) continue;
    // "told Smith's lawyer": not the one spoken to.
    if (toks[n.j]?.kind === 'poss' || runsOn(toks, n.j, lowerWords)) continue;
    if (L.firstNames.has(t.lower) || L.heads.has(t.lower) || COMPASS.has(t.lower)) continue;
    // "told God", "told Mom": a deity or a family member addressed by name.
    if (PERSONAL_ADDRESSES.has(t.lower)) continue;
    if (personLike(n, p, out)) continue;
    promoteName(p, n, out, 'org.reporting-object');
  }
  // "a spokesperson for Acme Buses", "a spokesman for The Greens": the body spoken for, of up to
  // four words, with or without a title's "The" (issue #12).
  for (const n of out.names.filter((m) => m.paragraph === p.index && m.j - m.i <= 4)) {
    let c = n.i;
    if (toks[c - 1]?.text === 'The' && !toks[c - 1]!.sentStart) c--;
    if (!spokespersonCue(toks, c) || toks[n.j]?.kind === 'poss' || runsOn(toks, n.j, lowerWords)) continue;
    const first = toks[n.i]!;
    if (L.firstNames.has(first.lower) || L.nameFormingTitles.has(first.lower) || COMPASS.has(first.lower))
      continue;
    if (PERSONAL_ADDRESSES.has(first.lower)) continue;
    // A longer name's words were counted as a person's when it was first met as a leftover name
    // ("a Stagecoach South bus"), so only a one-word name asks who bears it.
    if (n.j - n.i === 1 ? personLike(n, p, out) : personShaped(n, p)) continue;
    promoteName(p, n, out, 'org.reporting-object');
  }
  // "in remarks to ABC": an unknown acronym spoken to.
  for (const a of out.acronyms.filter((c) => c.paragraph === p.index))
    if (reportingObjectCue(toks, a.i) && toks[a.j]?.kind !== 'poss')
      promoteAcronym(p, a, out, 'org.reporting-object');
}
