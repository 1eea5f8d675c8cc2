/**
 * Coordinated lists: in a list of three or more names where most items are already organisations,
 * the rest are organisations of the same kind too.
 */
import {
  type AcronymMention,
  type OrgCandidate,
  type Para,
  type ParagraphOut,
  type Span,
} from './context.ts';
import { personLike, promoteAcronym, promoteName } from './cues.ts';

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
export function coordinatedLists(p: Para, out: ParagraphOut): void {
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
