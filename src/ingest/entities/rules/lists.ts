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
import { promoteAcronym, promoteName, titledOrFirstNamed } from './cues.ts';

interface ListItem {
  i: number;
  j: number;
  org: boolean;
  name: Span | null;
  acronym: AcronymMention | null;
}

/**
 * "Newsweek, Politico, The Hill, Mediaite and TMZ": in a list of three or more names where most
 * items are already organisations, the rest are organisations of the same kind too. An item may
 * open with "the", an owner's possessive ("Acme Partners' Launchpad", "the United States' National
 * Science Foundation": the item is what is owned) or a place glued to the name ("Velmont Native
 * Vote", taken in by `promoteName`); issue #12, h12-round3.
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
  const placeEnd = new Map<number, number>();
  for (const c of out.places) if (c.paragraph === p.index) placeEnd.set(c.i, c.j);
  const itemAt = (k: number): ListItem | null => {
    // "The Hill", "the Rice Business Plan Competition": an article may open an item.
    let s = toks[k]?.lower === 'the' && (toks[k].text === 'the' || !toks[k].sentStart) ? k + 1 : k;
    // "Acme Partners' Launchpad", "the United States' National Science Foundation": an owner's
    // possessive opens the item, which is what it owns.
    const owner = orgAt.get(s)?.j ?? placeEnd.get(s);
    let from = s;
    if (
      owner !== undefined &&
      toks[owner]?.kind === 'poss' &&
      (orgAt.has(owner + 1) || nameAt.has(owner + 1))
    )
      from = s = owner + 1;
    // "Velmont Native Vote": a place glued to the name after it is part of the item's name.
    else if (
      owner !== undefined &&
      !orgAt.has(s) &&
      nameAt.has(owner) &&
      toks[owner - 1]!.end + 1 === toks[owner]!.start
    )
      s = owner;
    const o = orgAt.get(s);
    const n = o ? undefined : nameAt.get(s);
    const a = o || n ? undefined : acronymAt.get(s);
    let j = o?.j ?? n?.j ?? a?.j;
    if (j === undefined) return null;
    // "Apple Computer": an organisation followed directly by more of its name.
    const rest = nameAt.get(j);
    if (o && rest) j = rest.j;
    return { i: n ? from : s, j, org: o !== undefined, name: n ?? null, acronym: a ?? null };
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
    const itemNames = new Set(items.flatMap((it) => (it.name ? [it.name] : [])));
    for (const it of items) {
      if (it.acronym) promoteAcronym(p, it.acronym, out, 'org.list');
      else if (it.name && !personInList(it.name, it.i, itemNames, p, out))
        promoteName(p, it.name, out, 'org.list');
    }
  }
}

/**
 * `personLike` for an item of a list of bodies (from `start`, a place glued before its name
 * included): a title or a given name first still makes it a person's, and so does a word of a
 * person named elsewhere that opens or ends it (a given name or a surname). A word it shares with
 * another of the list's names ("Western Native Voice, Velmont Native Vote") or that stands inside
 * it does not, nor does a demonym ("Western", "Native": whom the body serves); issue #12,
 * h12-round3.
 */
function personInList(
  n: Span,
  start: number,
  itemNames: ReadonlySet<Span>,
  p: Para,
  out: ParagraphOut,
): boolean {
  const { toks } = p;
  if (titledOrFirstNamed(n, p)) return true;
  for (const x of [start, n.j - 1]) {
    const t = toks[x]!;
    if (t.kind !== 'word') continue;
    if ((out.personWords.get(t.text) ?? 0) > 0) return true;
    if (out.names.some((m) => !itemNames.has(m) && m.j - m.i > 1 && m.text.split(/\s+/).includes(t.text)))
      return true;
  }
  return false;
}
