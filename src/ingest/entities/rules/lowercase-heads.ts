/**
 * A name with its head in lower case: "the Commerce department", "the Marbel diocese". News style
 * often writes the head of a body's short name in lower case; after "the", a leftover name right
 * before one of a few heads that only bodies have (`rule-words.json` `lowercaseHeads`) is that body.
 */
import ruleWords from '../../data/entities/rule-words.json' with { type: 'json' };
import { L, type Para, type ParagraphOut, pushOrg, unclaimPlace } from './context.ts';
import { personLike } from './cues.ts';

const LOWERCASE_HEADS: ReadonlySet<string> = new Set(ruleWords.lowercaseHeads);
const COMPOUNDS: ReadonlySet<string> = new Set(ruleWords.lowercaseHeadCompounds);

/** "the Commerce department", "the Malaysia Tourism board": a leftover name before a lowercase head. */
export function lowercaseHeads(p: Para, out: ParagraphOut): void {
  const { toks } = p;
  for (const n of out.names.filter((m) => m.paragraph === p.index)) {
    const head = toks[n.j];
    if (head?.kind !== 'word' || head.cap || !LOWERCASE_HEADS.has(head.lower)) continue;
    // "the Selfridges department store": the head is part of a thing's name.
    const after = toks[n.j + 1];
    if (after?.kind === 'word' && COMPOUNDS.has(after.lower)) continue;
    // Places written just before belong to the name ("the Malaysia Tourism board").
    let i = n.i;
    while (i > 0 && p.claim[i - 1] === 'p') i--;
    if (toks[i - 1]?.lower !== 'the') continue;
    const last = toks[n.j - 1]!;
    if (L.demonyms.has(last.lower) || L.roles.has(last.lower) || personLike(n, p, out)) continue;
    for (let x = i; x < n.i; x++) if (p.claim[x] === 'p') unclaimPlace(p, x, out);
    out.names.splice(out.names.indexOf(n), 1);
    pushOrg(p, i, n.j + 1, null, null, out, 'org.lowercase-head');
  }
}
