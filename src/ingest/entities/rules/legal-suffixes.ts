/**
 * Legal-form suffixes: "Brindle Asset Management, Inc.", "Rocky 101 LLC". A company's legal suffix
 * ends its name even where the capitalised chunks stop short of it (a comma before the suffix, a
 * number inside the name), so the name before it, up to a word that is not part of a name, is
 * one organisation.
 */
import ruleWords from '../../data/entities/rule-words.json' with { type: 'json' };
import { type Para, type ParagraphOut, isNameToken, pushOrg, unclaimPlace } from './context.ts';

export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set(ruleWords.legalSuffixes);
/** Longest name before a suffix, in tokens. */
const MAX_NAME = 8;

const isNumber = (text: string): boolean => /^\p{N}+$/u.test(text);

export function legalSuffixes(p: Para, lowerWords: ReadonlySet<string>, out: ParagraphOut): void {
  const { toks, claim } = p;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || !t.cap || claim[k] !== undefined || !LEGAL_SUFFIXES.has(t.lower)) continue;
    const end = toks[k - 1]!.text === ',' ? k - 1 : k;
    let i = end;
    while (
      i > 0 &&
      end - i < MAX_NAME &&
      claim[i - 1] !== 'o' &&
      (isNameToken(toks[i - 1], lowerWords) || (toks[i - 1]!.kind === 'word' && isNumber(toks[i - 1]!.text)))
    )
      i--;
    // The name opens with a capitalised word, not a number ("the 2019 LLC filing").
    while (i < end && isNumber(toks[i]!.text)) i++;
    if (i === end) continue;
    // Nothing but one plain chunk and its suffix: the chunk rules named it already.
    if (end === k && !toks.slice(i, end).some((x) => isNumber(x.text))) continue;
    for (let x = i; x < end; x++) if (claim[x] === 'p') unclaimPlace(p, x, out);
    // The words were left as a name or an acronym ("LLC") by the chunk rules: they are this name.
    const overlaps = (s: { i: number; j: number }): boolean => s.i <= k && s.j > i;
    out.names = out.names.filter((s) => !overlaps(s));
    out.acronyms = out.acronyms.filter((s) => !overlaps(s));
    pushOrg(p, i, k + 1, null, null, out, 'org.legal-suffix');
  }
}
