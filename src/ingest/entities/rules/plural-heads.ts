/**
 * Plural heads: "the Alliance, Reform, and Natural Law parties": each name with the singular head.
 */
import { L, type OrgCandidate, type Para, type ParagraphOut, type Span, pushOrg } from './context.ts';
import { lookupKnown } from './source-cues.ts';
import ruleWords from '../../data/entities/rule-words.json' with { type: 'json' };

const CHAMBER_WORDS: ReadonlySet<string> = new Set(ruleWords.chamberWords);

/** "the Alliance, Reform, and Natural Law parties": each name with the singular head. */
export function pluralHeads(p: Para, out: ParagraphOut): void {
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
    // "the House Foreign Affairs and Intelligence committees": a chamber that opens the list is
    // every item's ("House Intelligence Committee"; issue #12).
    const opener = toks[spans[0]!.i]!;
    const chamber = opener.cap && CHAMBER_WORDS.has(opener.lower) ? `${opener.text} ` : '';
    for (const n of spans) {
      const shared = chamber && toks[n.i]!.lower !== opener.lower ? chamber : '';
      const name = `${shared}${n.text} ${head}`;
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
