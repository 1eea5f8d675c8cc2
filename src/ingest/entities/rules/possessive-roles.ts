/**
 * Possessive roles: a name that owns a board, shares or a spokesperson ("Acme's chief executive")
 * is an organisation, unless it looks like a person's.
 */
import ruleWords from '../../data/entities/rule-words.json' with { type: 'json' };
import { COMPASS, GERUND, L, type Para, type ParagraphOut, type Span, span } from './context.ts';
import { personLike, promoteName } from './cues.ts';

const OWNER_ROLES: ReadonlySet<string> = new Set(ruleWords.ownerRoleCues);

/**
 * Does a lowercase company role and "of" (and "the") end right before token i ("founder of",
 * "the chief executive of the")? Places are no leftover names, so "chief executive of Hong Kong"
 * is not read here.
 */
function ownerRoleBefore(p: Para, i: number): boolean {
  const { toks } = p;
  let k = i - 1;
  if (toks[k]?.lower === 'the' && !toks[k]!.cap) k--;
  if (toks[k]?.lower !== 'of' || toks[k]!.cap) return false;
  const one = toks[k - 1];
  if (one?.kind !== 'word' || one.cap) return false;
  const two = toks[k - 2];
  return (
    OWNER_ROLES.has(one.lower) ||
    (two?.kind === 'word' && !two.cap && OWNER_ROLES.has(`${two.lower} ${one.lower}`))
  );
}

/** After "founder of": a name opening with a first name or a title, or made only of people's words. */
function ownerPersonLike(n: Span, p: Para, out: ParagraphOut): boolean {
  const words = p.toks.slice(n.i, n.j).filter((t) => t.kind === 'word');
  const first = words[0];
  if (!first || L.firstNames.has(first.lower) || L.roles.has(first.lower)) return true;
  if (words.every((t) => COMPASS.has(t.lower))) return true;
  return words.every((t) => (out.personWords.get(t.text) ?? 0) > 0);
}

/** The longest role noun (one or two words) starting at token k, lowercased, or null. */
function roleNounAt(p: Para, k: number): string | null {
  const a = p.toks[k];
  if (a?.kind !== 'word') return null;
  const b = p.toks[k + 1];
  if (b?.kind === 'word' && L.orgRoleNouns.has(`${a.lower} ${b.lower}`)) return `${a.lower} ${b.lower}`;
  return L.orgRoleNouns.has(a.lower) ? a.lower : null;
}

/**
 * "Acme's chief executive", "shares of Acme", "an Acme spokeswoman": a name that owns a board,
 * shares or a spokesperson is an organisation, unless it looks like a person's. "A' and B's
 * captains" makes both organisations.
 */
export function possessiveRoles(p: Para, out: ParagraphOut): void {
  const { toks } = p;
  const names = out.names.filter((n) => n.paragraph === p.index);
  for (const n of names) {
    // Places glued to the name are part of it ("Sunrisers Hyderabad's").
    let after = n.j;
    while (p.claim[after] === 'p') after++;
    const next = toks[after];
    let hit = false;
    if (next?.kind === 'poss' && roleNounAt(p, after + 1) !== null) hit = true;
    // "Acme spokesperson Jane Doe", "an Acme spokesman said" (not "Acme shares", a verb as often).
    const role = next?.kind === 'word' && !next.cap ? roleNounAt(p, after) : null;
    if (role !== null && /^spokes/.test(role)) hit = true;
    // "shares of Acme", "stake in Acme"
    const prev = toks[n.i - 1];
    const prev2 = toks[n.i - 2];
    if (
      prev?.kind === 'word' &&
      (prev.lower === 'of' || prev.lower === 'in') &&
      prev2?.kind === 'word' &&
      (prev2.lower === 'shares' || prev2.lower === 'stake' || prev2.lower === 'stock')
    )
      hit = true;
    // "the founder of Acme Construction", "owner of the Acme Crate": a company's role before "of".
    // A founder's company may bear the founder's name ("Jo Pogue, the founder of Pogue Haulage"):
    // only a name whose every word is a person's, or that opens with a first name, is one.
    const owned = ownerRoleBefore(p, n.i);
    if (owned && !ownerPersonLike(n, p, out)) {
      promoteName(p, n, out, 'org.possessive-role');
      continue;
    }
    if (!hit || personLike(n, p, out)) continue;
    if (toks.slice(n.i, n.j).every((t) => t.kind !== 'word' || COMPASS.has(t.lower))) continue;
    // "Vessel Tracker's database": a capitalised sentence opener the article also writes in lower
    // case is still the first word of the name.
    const opener = toks[n.i - 1];
    if (
      opener?.kind === 'word' &&
      opener.cap &&
      opener.sentStart &&
      p.claim[n.i - 1] === undefined &&
      !L.stopwords.has(opener.lower) &&
      !L.functionWords.has(opener.lower) &&
      !GERUND.test(opener.text)
    ) {
      const idx = out.names.indexOf(n);
      if (idx >= 0) out.names[idx] = { ...n, ...span(p, n.i - 1, n.j) };
      promoteName(p, out.names[idx] ?? n, out, 'org.possessive-role');
    } else promoteName(p, n, out, 'org.possessive-role');
    // "Rajasthan Royals' and Sunrisers Hyderabad's captains": the possessor coordinated before it.
    if (next?.kind === 'poss' && toks[n.i - 1]?.lower === 'and' && toks[n.i - 2]?.kind === 'poss') {
      const before = out.names.find(
        (m) => m.paragraph === p.index && m.j === n.i - 2 && !personLike(m, p, out),
      );
      if (before) promoteName(p, before, out, 'org.possessive-role');
    }
  }
}
