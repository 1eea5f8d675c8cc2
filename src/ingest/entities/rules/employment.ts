/**
 * Employment frames: the body a person works, plays or volunteers for, or joins ("worked for the
 * Brigade de Recherche et d'Intervention", "wrestled for Senjo and JWP", "joined the Sea Org").
 */
import ruleWords from '../../data/entities/rule-words.json' with { type: 'json' };
import {
  type AcronymMention,
  COMPASS,
  L,
  type Para,
  type ParagraphOut,
  type Span,
  isConnector,
  pushOrg,
  unclaimPlace,
} from './context.ts';
import { personLike, promoteAcronym, promoteName } from './cues.ts';
import { isGivenName } from '../../language/names.ts';

const VERBS_FOR: ReadonlySet<string> = new Set(ruleWords.employmentVerbsFor);
const VERBS_DIRECT: ReadonlySet<string> = new Set(ruleWords.employmentVerbsDirect);
const STUDY_NOUNS: ReadonlySet<string> = new Set(ruleWords.studyFrameNouns);
const STUDY_VERBS: ReadonlySet<string> = new Set(ruleWords.studyFrameVerbs);
/** The words one of which a paragraph must hold for a frame to be there. */
export const EMPLOYMENT_TRIGGERS: readonly string[] = [...VERBS_FOR, ...VERBS_DIRECT];
/** The words one of which a paragraph must hold for a study frame to be there. */
export const STUDY_TRIGGERS: readonly string[] = ['at', 'from'];

/** Is the name at `i` (after an optional "the") the object of a verb of working for or joining? */
function employmentFrame(p: Para, i: number): boolean {
  const { toks } = p;
  let c = i;
  if (toks[c - 1]?.lower === 'the' && !toks[c - 1]!.cap) c--;
  const prev = toks[c - 1];
  if (prev?.kind !== 'word' || prev.cap) return false;
  if (VERBS_DIRECT.has(prev.lower)) return true;
  const verb = toks[c - 2];
  return prev.lower === 'for' && verb?.kind === 'word' && !verb.cap && VERBS_FOR.has(verb.lower);
}

/** A name that a person, a title, a compass word or bare heads and demonyms make no body's. */
function notABody(n: Span, p: Para, out: ParagraphOut): boolean {
  const words = p.toks.slice(n.i, n.j);
  const first = words[0]!;
  if (L.firstNames.has(first.lower) || L.roles.has(first.lower) || COMPASS.has(first.lower)) return true;
  if (words.every((t) => t.kind !== 'word' || L.heads.has(t.lower) || L.demonyms.has(t.lower))) return true;
  return personLike(n, p, out);
}

/**
 * "worked for the Brigade de Recherche et d'Intervention", "joined the Sea Org": a leftover name of
 * up to six words that a person works, plays or volunteers for, or joins, is a body, unless it is
 * shaped like a person's ("joined Smith", "worked for Jane Doe") or runs on into a longer name
 * ("worked for Acme of …"). A name or unknown acronym joined to it by "and"/"or" is one too
 * ("wrestled for Senjo and JWP"; issue #12).
 */
export function employmentFrames(p: Para, out: ParagraphOut): void {
  const { toks } = p;
  for (const n of out.names.filter((m) => m.paragraph === p.index && m.j - m.i <= 6)) {
    if (!employmentFrame(p, n.i) || toks[n.j]?.kind === 'poss') continue;
    const next = toks[n.j];
    const and = next?.lower === 'and' || next?.lower === 'or';
    if (!and && isConnector(next) && toks[n.j + 1]?.cap) continue;
    if (notABody(n, p, out)) continue;
    promoteName(p, n, out, 'org.cue-word');
    if (!and) continue;
    const other = out.names.find((m) => m.paragraph === p.index && m.i === n.j + 1);
    const acronym = out.acronyms.find((a) => a.paragraph === p.index && a.i === n.j + 1);
    if (other && toks[other.j]?.kind !== 'poss' && !notABody(other, p, out))
      promoteName(p, other, out, 'org.cue-word');
    else if (acronym && toks[acronym.j]?.kind !== 'poss') promoteAcronym(p, acronym, out, 'org.cue-word');
  }
}

/**
 * Is the name at `i` what a person studies, teaches or does research at: "researchers at X", "a
 * professor at X", "studied at X", "graduated from X" (one "the" may stand before it)?
 */
function studyFrame(p: Para, i: number): boolean {
  const { toks } = p;
  let c = i;
  if (toks[c - 1]?.lower === 'the' && !toks[c - 1]!.cap) c--;
  const prep = toks[c - 1];
  if (prep?.kind !== 'word' || prep.cap || !STUDY_TRIGGERS.includes(prep.lower)) return false;
  const before = toks[c - 2];
  // (A sentence's first word may be capitalised: "Researchers at …".)
  if (before?.kind !== 'word' || (before.cap && !before.sentStart)) return false;
  return STUDY_NOUNS.has(before.lower) || STUDY_VERBS.has(before.lower);
}

/**
 * "researchers at ETH Zurich and EPFL", "she studied at Sciences Po", "a geologist … graduated from
 * KU Leuven": a university known by no head noun, a leftover name or an unknown acronym (with the
 * city that follows it in the same run, "ETH Zurich") where people study, teach or research, is a
 * body, unless the name is shaped like a person's ("studied at Smith's", "students from Jane
 * Doe"). A name or acronym joined to it by "and" is one too (issue #12: "ETH Zurich", "EPFL" and
 * "Sciences Po" gave nothing).
 */
export function studyFrames(p: Para, out: ParagraphOut): void {
  const { toks } = p;
  const atFrame = (i: number): Span | AcronymMention | undefined =>
    out.names.find((m) => m.paragraph === p.index && m.i === i && m.j - m.i <= 4) ??
    out.acronyms.find((a) => a.paragraph === p.index && a.i === i);
  for (let k = 0; k < toks.length; k++) {
    if (!studyFrame(p, k)) continue;
    let n = atFrame(k);
    while (n !== undefined && toks[n.j]?.kind !== 'poss') {
      let end: number;
      if ('acronym' in n) end = promoteAcronymWithCity(p, n, out);
      else if (notABody(n, p, out)) break;
      else end = promoteName(p, n, out, 'org.cue-word')?.j ?? n.j;
      const next = toks[end];
      if (next?.kind !== 'word' || next.cap || next.lower !== 'and') break;
      const the = toks[end + 1];
      n = atFrame(the?.kind === 'word' && !the.cap && the.lower === 'the' ? end + 2 : end + 1);
    }
  }
}

/**
 * An unknown acronym made a body, with a city right after it in the same run ("ETH Zurich"); returns
 * where the body ends.
 */
function promoteAcronymWithCity(p: Para, a: AcronymMention, out: ParagraphOut): number {
  const idx = out.acronyms.indexOf(a);
  if (idx < 0) return a.j;
  out.acronyms.splice(idx, 1);
  let j = a.j;
  const place = out.places.find((c) => c.paragraph === p.index && c.i === a.j);
  if (place?.place.kind === 'city' && p.toks[a.j]!.start === p.toks[a.j - 1]!.end + 1) {
    unclaimPlace(p, a.j, out);
    j = place.j;
  }
  pushOrg(p, a.i, j, null, null, out, 'org.cue-word');
  return j;
}

const AGENT_VERBS: ReadonlySet<string> = new Set(ruleWords.bodyAgentVerbs);
/** The words one of which a paragraph must hold for an agent frame to be there. */
export const AGENT_TRIGGERS: readonly string[] = ['by'];

/** Lowercase words inside a body's name ("Women for America First", "Friends of the Earth"). */
const INNER_CONNECTORS: ReadonlySet<string> = new Set(ruleWords.bodyNameConnectors);

/**
 * The end of the capitalised run a body's name may span from `s`: capitalised words (names and
 * places alike) and "of", "for" or "the" between them ("Women for America First"; not "… on
 * Sunday"), up to six tokens; `s` when none.
 */
function capitalisedRun(p: Para, s: number): number {
  const { toks } = p;
  let e = s;
  let end = s;
  while (e < toks.length && e - s < 6) {
    const t = toks[e]!;
    if (t.kind === 'word' && t.cap && !t.sentStart) end = ++e;
    else if (e > s && INNER_CONNECTORS.has(t.lower) && !t.cap && toks[e + 1]?.cap) e++;
    else break;
  }
  return end;
}

/**
 * "owned by Truth Aquatics and chartered by Worldwide Diving Adventures", "a rally organized by
 * Women for America First": the agent of a participle that a body, not a person, usually has
 * (`bodyAgentVerbs`: owned, chartered, operated, organised, sponsored, funded) is a body, when its
 * capitalised run is no organisation yet, not a place alone, and not shaped like a person's (a
 * given name or title first, a demonym or a person's word in it: "sponsored by Senators Marco
 * Rubio", "funded by Bill Gates"). Issue #12, h12-speakers: bodies with no cue word missed.
 */
export function agentFrames(p: Para, out: ParagraphOut): void {
  const { toks } = p;
  for (let k = 1; k < toks.length; k++) {
    if (toks[k]!.lower !== 'by') continue;
    const verb = toks[k - 1]!;
    if (verb.kind !== 'word' || verb.cap || !AGENT_VERBS.has(verb.lower)) continue;
    let s = k + 1;
    if (toks[s]?.lower === 'the' && !toks[s]!.cap) s++;
    const e = capitalisedRun(p, s);
    if (e === s || toks[e]?.kind === 'poss') continue;
    let claimed = false;
    for (let x = s; x < e; x++) if (p.claim[x] === 'o') claimed = true;
    if (claimed) continue;
    // "operated by Indonesian …", "funded by France": a place or a demonym alone is no body.
    const place = out.places.find((c) => c.paragraph === p.index && c.i === s && c.j === e);
    if (place) continue;
    // The leftover names inside the run are set aside while it is read, so that their words
    // count as nobody's ("Calder Valley" in "Grandmothers for Calder Valley").
    const names = out.names;
    out.names = names.filter((m) => m.paragraph !== p.index || m.j <= s || m.i >= e);
    const run: Span = { paragraph: p.index, i: s, j: e, start: 0, end: 0, text: '' };
    if (isGivenName(toks[s]!.lower) || notABody(run, p, out)) {
      out.names = names;
      continue;
    }
    for (let x = s; x < e; x++) if (p.claim[x] === 'p') unclaimPlace(p, x, out);
    pushOrg(p, s, e, null, null, out, 'org.cue-word');
  }
}
