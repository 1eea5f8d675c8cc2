/**
 * Employment frames: the body a person works, plays or volunteers for, or joins ("worked for the
 * Brigade de Recherche et d'Intervention", "wrestled for Senjo and JWP", "joined the Sea Org").
 */
import ruleWords from '../../data/entities/rule-words.json' with { type: 'json' };
import { COMPASS, L, type Para, type ParagraphOut, type Span, isConnector } from './context.ts';
import { personLike, promoteAcronym, promoteName } from './cues.ts';

const VERBS_FOR: ReadonlySet<string> = new Set(ruleWords.employmentVerbsFor);
const VERBS_DIRECT: ReadonlySet<string> = new Set(ruleWords.employmentVerbsDirect);
/** The words one of which a paragraph must hold for a frame to be there. */
export const EMPLOYMENT_TRIGGERS: readonly string[] = [...VERBS_FOR, ...VERBS_DIRECT];

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
