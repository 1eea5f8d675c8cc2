/**
 * Office holders: "Los Angeles Sheriff's office", "Manhattan District Attorney's Office".
 */
import { L, type Para, type ParagraphOut, isNameToken, pushOrg, unclaimPlace } from './context.ts';

/**
 * "Los Angeles Sheriff's office", "St. Mary's County Sheriff's Office", "Manhattan District
 * Attorney's Office": the office of an office holder, named by the place or district before it.
 */
export function holderOffices(p: Para, lowerWords: ReadonlySet<string>, out: ParagraphOut): void {
  const { toks } = p;
  for (let q = 2; q + 1 < toks.length; q++) {
    if (toks[q]!.kind !== 'poss') continue;
    const holder = toks[q - 1]!;
    const office = toks[q + 1]!;
    if (!holder.cap || !L.officeHolders.has(holder.lower)) continue;
    if (office.kind !== 'word' || (office.lower !== 'office' && office.lower !== 'department')) continue;
    if (p.claim[q - 1] === 'o' || p.claim[q + 1] === 'o') continue;
    let i = q - 1;
    for (;;) {
      const t = toks[i - 1];
      if (!t || p.claim[i - 1] === 'o') break;
      if (isNameToken(t, lowerWords)) {
        i--;
        continue;
      }
      // "Prince George's County", "St. Mary's County": a possessive inside a county's name.
      if (t.kind === 'poss' && toks[i]?.lower === 'county' && isNameToken(toks[i - 2], lowerWords)) {
        i -= 2;
        if (toks[i - 1]?.text === '.' && /^Ste?$/.test(toks[i - 2]?.text ?? '')) i -= 2;
        continue;
      }
      break;
    }
    const modifiers = toks.slice(i, q - 1).filter((t) => t.kind === 'word' && t.cap && !L.roles.has(t.lower));
    if (modifiers.length === 0) continue;
    for (let x = i; x < q + 2; x++) if (p.claim[x] === 'p') unclaimPlace(p, x, out);
    for (const m of out.names.filter((c) => c.paragraph === p.index && c.i < q + 2 && c.j > i))
      out.names.splice(out.names.indexOf(m), 1);
    for (const m of out.acronyms.filter((c) => c.paragraph === p.index && c.i < q + 2 && c.j > i))
      out.acronyms.splice(out.acronyms.indexOf(m), 1);
    pushOrg(p, i, q + 2, null, null, out, 'org.office');
    q += 1;
  }
}
