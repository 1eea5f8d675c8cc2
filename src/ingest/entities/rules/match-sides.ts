/**
 * Sides of a match: "Liverpool beat Arsenal 2-1", "Chelsea drew with Barcelona", "signed for
 * Sevilla". A city's name, or a leftover name that is no person's, beside a verb of a match is a
 * club when the clause says it is sport: a score ("2-1") for verbs said of elections and wars as
 * well ("beat", "defeated", "lost to", "played against"), none for "drew with" or the club a
 * player "signed for". A country's name there is a national side, which the gold guidelines
 * count as the country, not an organisation ("Iraq agreed"): left alone (issue #12).
 */
import ruleWords from '../../data/entities/rule-words.json' with { type: 'json' };
import type { Token } from '../../language/tokenize.ts';
import { type Para, type ParagraphOut, pushOrg, unclaimPlace } from './context.ts';
import { personLike, promoteName } from './cues.ts';

/** Verb → the particle after it ('' for none) and whether it needs a score in its clause. */
interface MatchFrame {
  particle: string;
  score: boolean;
  subject: boolean;
}

const MATCH_VERBS: ReadonlyMap<string, MatchFrame> = new Map<string, MatchFrame>([
  ...Object.entries(ruleWords.matchVerbs).map(
    ([verb, particle]) => [verb, { particle, score: true, subject: true }] as [string, MatchFrame],
  ),
  ...Object.entries(ruleWords.matchVerbsWithoutScore).map(
    ([verb, particle]) => [verb, { particle, score: false, subject: true }] as [string, MatchFrame],
  ),
  ...Object.entries(ruleWords.transferVerbs).map(
    ([verb, particle]) => [verb, { particle, score: false, subject: false }] as [string, MatchFrame],
  ),
]);

/** The words one of which a paragraph must hold for a side to be there. */
export const MATCH_TRIGGERS: readonly string[] = [...MATCH_VERBS.keys()];

const SCORE = /^\d{1,3}[-–]\d{1,3}$/u;

/** A mark that ends a clause. */
function clauseEnd(t: Token): boolean {
  return t.kind === 'punct' && /^[,;:.!?()]$/u.test(t.text);
}

/** Does the clause around token `v` hold a score ("2-1")? */
function scoreInClause(toks: readonly Token[], v: number): boolean {
  for (let k = v; k >= 0 && !clauseEnd(toks[k]!); k--) {
    if (SCORE.test(toks[k]!.text)) return true;
    if (k !== v && toks[k]!.sentStart) break;
  }
  for (let k = v + 1; k < toks.length && !clauseEnd(toks[k]!) && !toks[k]!.sentStart; k++)
    if (SCORE.test(toks[k]!.text)) return true;
  return false;
}

export function matchSides(p: Para, out: ParagraphOut): void {
  const { toks } = p;
  for (let v = 1; v < toks.length; v++) {
    const verb = toks[v]!;
    if (verb.kind !== 'word' || verb.cap) continue;
    const frame = MATCH_VERBS.get(verb.lower);
    if (!frame) continue;
    let o = v + 1;
    if (frame.particle !== '') {
      if (toks[o]?.lower !== frame.particle || toks[o]!.cap) continue;
      o++;
    }
    if (toks[o]?.lower === 'the' && !toks[o]!.cap) o++;
    if (frame.score && !scoreInClause(toks, v)) continue;
    let at = v;
    if (frame.subject) {
      side(p, out, (s) => s.j === at);
      at = o;
    }
    side(p, out, (s) => s.i === o);
  }
}

/**
 * Makes a club of the city (with a leftover name glued after it: "Leeds United") or the one-word
 * leftover name `where` finds in this paragraph, if there is one. (A leftover name of two words
 * beside a match is a player's as often: "Novak Djokovic".)
 */
function side(p: Para, out: ParagraphOut, where: (s: { i: number; j: number }) => boolean): void {
  const place = out.places.find((c) => c.paragraph === p.index && where(c));
  if (place) {
    if (place.place.kind !== 'city') return;
    const { i } = place;
    let { j } = place;
    const rest = out.names.findIndex((n) => n.paragraph === p.index && n.i === j);
    if (rest >= 0) {
      j = out.names[rest]!.j;
      out.names.splice(rest, 1);
    }
    unclaimPlace(p, i, out);
    pushOrg(p, i, j, null, null, out, 'org.match-side');
    return;
  }
  const name = out.names.find((n) => n.paragraph === p.index && where(n) && n.j - n.i === 1);
  if (name && p.toks[name.j]?.kind !== 'poss' && !personLike(name, p, out))
    promoteName(p, name, out, 'org.match-side');
}
