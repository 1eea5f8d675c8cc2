/**
 * Acronym rules: a known acronym glued to a word by a hyphen ("NATO-Iraq"), acronyms defined in
 * parentheses either way round ("Movimento dos Sem Terra (MST)"), and "X, also called Y".
 */
import { type Token } from '../../language/tokenize.ts';
import {
  L,
  type Para,
  type ParagraphOut,
  isConnector,
  isNameToken,
  pushOrg,
  span,
  unclaimPlace,
} from './context.ts';
import { personLike, promoteName } from './cues.ts';
import { NAME_EXTENDING_CONNECTORS, NOT_BODY_TAILS } from './head-nouns.ts';
import ruleWords from '../../data/entities/rule-words.json' with { type: 'json' };

/** "NATO-Iraq partnership": a known acronym glued to another word by a hyphen. */
export function hyphenatedAcronyms(p: Para, out: ParagraphOut): void {
  p.toks.forEach((t, k) => {
    if (p.claim[k] !== undefined || t.kind !== 'word' || !(t.text.includes('-') || t.text.includes('–')))
      return;
    const parts = t.text.split(/[-–]/);
    // "EP-CPP", "MH-17": a registration or code, not an acronym glued to a word.
    const isCode = (part: string): boolean =>
      /^[\p{Lu}\p{N}]+$/u.test(part) &&
      !L.orgTrie.next.get(part.toLowerCase())?.values.some((x) => x.exact === part);
    if (parts.some(isCode)) return;
    let offset = 0;
    for (const part of parts) {
      const node = L.orgTrie.next.get(part.toLowerCase());
      const v = node?.values.find(
        (x) => x.exact === part || (x.exact === null && /^\p{Lu}{2,}$/u.test(part)),
      );
      if (v) {
        const start = t.start + offset;
        out.orgs.push({
          paragraph: p.index,
          i: k,
          j: k + 1,
          start,
          end: start + part.length,
          text: part,
          known: v.value,
          parent: v.value.parent,
          acronym: null,
          rule: 'org.hyphen-acronym',
        });
      }
      offset += part.length + 1;
    }
  });
}

function initialsOf(words: readonly Token[]): string {
  return words
    .filter((w) => w.kind === 'word' && w.cap)
    .map((w) => w.text[0] ?? '')
    .join('')
    .toUpperCase();
}

/** Does `acronym` plausibly abbreviate these words (first letters in order, first one matching)? */
export function acronymFits(acronym: string, words: readonly Token[]): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  const initials = initialsOf(words);
  if (letters.length < 2 || !initials) return false;
  if (letters === initials) return true;
  if (letters[0] !== initials[0]) return false;
  // Letters may also come from inside words ("Basarnas"); require all initials of capitalised
  // words to appear in order.
  let li = 0;
  for (const ch of initials) {
    const at = letters.indexOf(ch, li);
    if (at < 0) return false;
    li = at + 1;
  }
  return true;
}

/** "X, also called Y" / "X, also known as Y": Y is another name of organisation X. */
export function alsoCalled(p: Para, out: ParagraphOut): void {
  const { toks } = p;
  for (const o of out.orgs.filter((c) => c.paragraph === p.index)) {
    let k = o.j;
    if (toks[k]?.text === '(') while (k < toks.length && toks[k]!.text !== ')') k++;
    if (toks[k]?.text === ')') k++;
    if (toks[k]?.text !== ',') continue;
    k++;
    if (toks[k]?.lower === 'also' || toks[k]?.lower === 'formerly') k++;
    if (toks[k]?.lower === 'called' || toks[k]?.lower === 'named') k++;
    else if ((toks[k]?.lower === 'known' || toks[k]?.lower === 'renamed') && toks[k + 1]?.lower === 'as')
      k += 2;
    else continue;
    const other = out.orgs.find((c) => c.paragraph === p.index && c.i === k);
    const nameIdx = out.names.findIndex((n) => n.paragraph === p.index && n.i === k);
    if (other) out.synonyms.push([o.text, other.text]);
    else if (nameIdx >= 0) {
      const n = out.names[nameIdx]!;
      out.names.splice(nameIdx, 1);
      pushOrg(p, n.i, n.j, null, null, out, 'org.also-called');
      out.synonyms.push([o.text, n.text]);
    }
  }
}

/** "Full Name (ACR)" and "ACR (Full Name)". */
export function definitions(p: Para, lowerWords: ReadonlySet<string>, out: ParagraphOut): void {
  const { toks } = p;
  for (let k = 1; k + 2 < toks.length; k++) {
    if (toks[k]!.text !== '(') continue;
    const inner = toks[k + 1]!;
    const close = toks[k + 2]!;
    if (inner.kind === 'word' && inner.cap && close.text === ')' && /\p{Lu}.*\p{Lu}/u.test(inner.text)) {
      // Full Name (ACR)
      // "Member of Parliament (MP)", "chief executive officer (CEO)": a title's acronym is no body's.
      if (L.roles.has(inner.lower)) continue;
      const before = k - 1;
      const org = out.orgs.find((o) => o.paragraph === p.index && o.j - 1 === before);
      const acr = inner.text;
      if (
        !org &&
        (extendInPlace(p, k, acr, out) ||
          extendOverName(p, k, acr, out) ||
          spelledAcrossPlaces(p, k, acr, lowerWords, out) ||
          spelledAcrossWords(p, k, acr, lowerWords, out))
      ) {
        dropAcronymMention(out, p.index, k + 1);
        continue;
      }
      if (org) {
        if (org.known) continue;
        org.acronym = acr;
        out.definitions.set(acr, org.text);
        dropAcronymMention(out, p.index, k + 1);
        continue;
      }
      // An unknown capitalised chunk ending right before "(" whose initials fit the acronym.
      let s = before;
      // "Movimento 5 Stelle (M5S)": a number the acronym spells is part of the name.
      const spelled = (t: Token | undefined): boolean =>
        t !== undefined && /^\d+$/.test(t.text) && acr.includes(t.text);
      while (
        s > 0 &&
        p.claim[s - 1] === undefined &&
        (isNameToken(toks[s - 1], lowerWords) ||
          ((isConnector(toks[s - 1]) || spelled(toks[s - 1])) && isNameToken(toks[s - 2], lowerWords)))
      )
        s--;
      if (s > before || p.claim[before] !== undefined || !isNameToken(toks[before], lowerWords)) continue;
      // "Deputies of Movimento 5 Stelle (M5S)": the longest run that the acronym fits.
      while (s < before && !acronymFits(acr, toks.slice(s, before + 1))) {
        s++;
        while (s < before && !isNameToken(toks[s], lowerWords)) s++;
      }
      const words = toks.slice(s, before + 1);
      if (!acronymFits(acr, words)) continue;
      if (words.some((w) => L.notOrgHeads.has(w.lower) || L.roles.has(w.lower))) continue;
      const after = toks[k + 3];
      if (after?.kind === 'word' && !after.cap && L.nonOrgFollowers.has(after.lower)) continue;
      const parts = out.names.filter((n) => n.paragraph === p.index && n.i >= s && n.j <= before + 1);
      if (!parts.some((n) => n.i === s) || !parts.some((n) => n.j === before + 1)) continue;
      if (parts.length > 1 && !toks.slice(s, before + 1).some(spelled)) continue;
      for (const n of parts) out.names.splice(out.names.indexOf(n), 1);
      pushOrg(p, s, before + 1, null, null, out, 'org.acronym-definition');
      out.orgs[out.orgs.length - 1]!.acronym = acr;
      out.definitions.set(acr, span(p, s, before + 1).text);
      dropAcronymMention(out, p.index, k + 1);
    } else if (toks[k - 1]!.allCaps && p.claim[k - 1] === undefined) {
      // ACR (Full Name): the full name is an organisation found inside the brackets.
      const acr = toks[k - 1]!.text;
      const org = out.orgs.find((o) => o.paragraph === p.index && o.i === k + 1 && toks[o.j]?.text === ')');
      if (org && !org.known) {
        org.acronym = acr;
        out.definitions.set(acr, org.text);
      } else if (!org) {
        // "AEW (All Elite Wrestling)": an unknown name inside the brackets that the acronym spells.
        const n = out.names.find((c) => c.paragraph === p.index && c.i === k + 1 && toks[c.j]?.text === ')');
        if (!n) continue;
        const words = toks.slice(n.i, n.j);
        if (
          n.j - n.i < 2 ||
          !acronymFits(acr, words) ||
          initialsOf(words) !== acr.replace(/[^\p{L}]/gu, '').toUpperCase()
        )
          continue;
        if (words.some((w) => L.notOrgHeads.has(w.lower) || L.roles.has(w.lower))) continue;
        // "MVP (Most Valuable Player)", "GDP (Gross Domestic Product)": a title or a measure.
        const last = words[words.length - 1]!.lower;
        if (L.nonOrgFollowers.has(last) || NOT_BODY_TAILS.has(last)) continue;
        const o = promoteName(p, n, out, 'org.acronym-definition');
        if (!o) continue;
        o.acronym = acr;
        out.definitions.set(acr, o.text);
        dropAcronymMention(out, p.index, k - 1);
      }
    } else {
      // "Akhil Bharat Hindu Mahasabha (All India Hindu Union)": a name of three words or more
      // glossed in brackets by a body's name is that body, under its own name (a person's name
      // with their party after it is mostly two words: "Ama Osei (Forward Party)"; issue #12).
      const name = out.names.find((c) => c.paragraph === p.index && c.j === k && c.j - c.i >= 3);
      const gloss = out.orgs.find(
        (o) => o.paragraph === p.index && o.i === k + 1 && toks[o.j]?.text === ')' && o.known === null,
      );
      if (!name || !gloss || personLike(name, p, out)) continue;
      const o = promoteName(p, name, out, 'org.also-called');
      if (o) out.synonyms.push([o.text, gloss.text]);
    }
  }
}

/**
 * "Board of Control for Cricket in India (BCCI)": a body's name runs on over "in/of <Place>" when
 * the acronym after it spells the place too.
 */
function extendInPlace(p: Para, paren: number, acr: string, out: ParagraphOut): boolean {
  const { toks } = p;
  const place = out.places.find((c) => c.paragraph === p.index && c.j === paren);
  if (!place) return false;
  const conn = toks[place.i - 1];
  if (conn?.lower !== 'in' && conn?.lower !== 'of') return false;
  const org = out.orgs.find((o) => o.paragraph === p.index && o.j === place.i - 1 && o.known === null);
  if (!org) return false;
  const letters = acr.replace(/[^\p{L}]/gu, '').toUpperCase();
  if (initialsOf(toks.slice(org.i, paren)) !== letters) return false;
  unclaimPlace(p, place.i, out);
  const idx = out.orgs.indexOf(org);
  out.orgs.splice(idx, 1);
  pushOrg(p, org.i, paren, null, null, out, 'org.acronym-definition');
  out.orgs[out.orgs.length - 1]!.acronym = acr;
  out.definitions.set(acr, span(p, org.i, paren).text);
  return true;
}

/**
 * "Cooperative Institute for Research in Environmental Sciences (CIRES)": a body's name runs on
 * over "in/for/of/on/to" and a further name when the acronym after it spells all of it.
 */
function extendOverName(p: Para, paren: number, acr: string, out: ParagraphOut): boolean {
  const { toks } = p;
  const name = out.names.find((n) => n.paragraph === p.index && n.j === paren);
  if (!name) return false;
  const conn = toks[name.i - 1];
  if (conn?.kind !== 'word' || conn.cap || !NAME_EXTENDING_CONNECTORS.has(conn.lower)) return false;
  const org = out.orgs.find((o) => o.paragraph === p.index && o.j === name.i - 1 && o.known === null);
  if (!org) return false;
  const letters = acr.replace(/[^\p{L}]/gu, '').toUpperCase();
  if (initialsOf(toks.slice(org.i, paren)) !== letters) return false;
  out.names.splice(out.names.indexOf(name), 1);
  out.orgs.splice(out.orgs.indexOf(org), 1);
  pushOrg(p, org.i, paren, null, null, out, 'org.acronym-definition');
  out.orgs[out.orgs.length - 1]!.acronym = acr;
  out.definitions.set(acr, span(p, org.i, paren).text);
  return true;
}

/**
 * "Transport for London (TfL)", "Jehovah's Witnesses (JWs)": an unknown name that holds a place
 * or a possessive, right before a bracketed acronym whose capitals are exactly the initials of its
 * capitalised words, is the body the acronym stands for (issue #12). The name may not be a place
 * alone, and no word of it may be a role or the head of a thing.
 */
function spelledAcrossPlaces(
  p: Para,
  paren: number,
  acr: string,
  lowerWords: ReadonlySet<string>,
  out: ParagraphOut,
): boolean {
  const { toks, claim } = p;
  const nameWord = (x: number): boolean =>
    claim[x] === 'p' || (claim[x] === undefined && isNameToken(toks[x], lowerWords));
  let s = paren - 1;
  if (s < 0 || !nameWord(s)) return false;
  for (;;) {
    const t = toks[s - 1];
    if (s - 1 >= 0 && nameWord(s - 1)) s--;
    else if (s - 2 >= 0 && (isConnector(t) || t?.kind === 'poss') && nameWord(s - 2)) s -= 2;
    else break;
  }
  const words = toks.slice(s, paren);
  const crossesPlace = words.some((_, x) => claim[s + x] === 'p');
  const crossesPossessive = words.some((w) => w.kind === 'poss');
  if (!crossesPlace && !crossesPossessive) return false;
  if (words.every((w, x) => claim[s + x] === 'p' || w.kind !== 'word' || !w.cap)) return false;
  const capitals = acr.replace(/[^\p{Lu}]/gu, '');
  // The first capitalised word may be a sentence opener that belongs to no name: drop words
  // from the left until the initials are the acronym's capitals.
  while (s < paren - 1 && initialsOf(toks.slice(s, paren)) !== capitals) s++;
  const name = toks.slice(s, paren);
  if (initialsOf(name) !== capitals || capitals.length < 2 || !name[0]?.cap) return false;
  if (name.some((w) => L.notOrgHeads.has(w.lower) || L.roles.has(w.lower))) return false;
  if (name.every((w, x) => claim[s + x] === 'p' || w.kind !== 'word' || !w.cap)) return false;
  defineBody(p, s, paren, acr, out);
  return true;
}

const ACRONYM_INNER_WORDS: ReadonlySet<string> = new Set(ruleWords.acronymInnerWords);

/** Can `capitals` be spelled by these words: each capitalised word's initial, a lowercase one's or not? */
function spells(
  capitals: string,
  words: readonly Token[],
  w = 0,
  c = 0,
): { spelled: boolean; lower: boolean } {
  if (w === words.length) return { spelled: c === capitals.length, lower: false };
  const t = words[w]!;
  if (t.kind !== 'word') return spells(capitals, words, w + 1, c);
  const letter = (t.text[0] ?? '').toUpperCase();
  if (t.cap)
    return letter === capitals[c] ? spells(capitals, words, w + 1, c + 1) : { spelled: false, lower: false };
  if (letter === capitals[c]) {
    const taken = spells(capitals, words, w + 1, c + 1);
    if (taken.spelled) return { spelled: true, lower: true };
  }
  return spells(capitals, words, w + 1, c);
}

/**
 * "Notes from Poland (NFP)", "Center for Microbial Oceanography: Research and Education (C-MORE)":
 * the words before a bracketed acronym are one body's name when the acronym's capitals spell them
 * all, across a lowercase word whose initial it takes, or across a colon or a shorter name the
 * rules had found (issue #12). Not a place alone, no role, no first name first.
 */
function spelledAcrossWords(
  p: Para,
  paren: number,
  acr: string,
  lowerWords: ReadonlySet<string>,
  out: ParagraphOut,
): boolean {
  const { toks, claim } = p;
  const capitals = acr.replace(/[^\p{Lu}]/gu, '');
  if (capitals.length < 2) return false;
  // A capitalised word after a colon opens a sentence to the tokenizer, but here goes on the name.
  const nameWord = (x: number): boolean =>
    claim[x] === 'p' ||
    claim[x] === 'o' ||
    (claim[x] === undefined &&
      (isNameToken(toks[x], lowerWords) ||
        (toks[x - 1]?.text === ':' && toks[x]!.kind === 'word' && toks[x]!.cap)));
  const inner = (t: Token | undefined): boolean =>
    t?.kind === 'word' && !t.cap && (ACRONYM_INNER_WORDS.has(t.lower) || isConnector(t));
  if (!nameWord(paren - 1)) return false;
  // The leftmost start reachable over name words, with one lowercase word or a colon between two.
  let s = paren - 1;
  while (s - 1 >= 0 && paren - s < 12) {
    if (nameWord(s - 1)) s--;
    else if (s - 2 >= 0 && (inner(toks[s - 1]) || toks[s - 1]?.text === ':') && nameWord(s - 2)) s -= 2;
    else break;
  }
  for (; s < paren - 1; s++) {
    const first = toks[s]!;
    if (first.kind !== 'word' || !first.cap) continue;
    const words = toks.slice(s, paren);
    const { spelled, lower } = spells(capitals, words);
    if (!spelled) continue;
    const colon = words.some((w) => w.text === ':');
    const orgs = out.orgs.filter((o) => o.paragraph === p.index && o.i < paren && o.j > s);
    // Only what the other definitions refuse: a lowercase word's letter, a colon, a name found short.
    if (!lower && !colon && orgs.length === 0) return false;
    if (orgs.some((o) => o.i < s || o.known !== null)) return false;
    if (out.names.some((n) => n.paragraph === p.index && n.i < s && n.j > s)) return false;
    if (words.every((w, x) => claim[s + x] === 'p' || w.kind !== 'word' || !w.cap)) return false;
    if (L.firstNames.has(first.lower)) return false;
    if (words.some((w) => L.notOrgHeads.has(w.lower) || L.roles.has(w.lower))) return false;
    for (const o of orgs) out.orgs.splice(out.orgs.indexOf(o), 1);
    defineBody(p, s, paren, acr, out);
    return true;
  }
  return false;
}

function dropAcronymMention(out: ParagraphOut, paragraph: number, i: number): void {
  const idx = out.acronyms.findIndex((a) => a.paragraph === paragraph && a.i === i);
  if (idx >= 0) out.acronyms.splice(idx, 1);
}

/**
 * Tokens [s, paren) name the body the bracketed acronym `acr` defines: places and person names
 * inside them give way, and the body is recorded with its acronym and definition.
 */
function defineBody(p: Para, s: number, paren: number, acr: string, out: ParagraphOut): void {
  for (let x = s; x < paren; x++) if (p.claim[x] === 'p') unclaimPlace(p, x, out);
  for (let n = out.names.length - 1; n >= 0; n--) {
    const c = out.names[n]!;
    if (c.paragraph === p.index && c.i >= s && c.j <= paren) out.names.splice(n, 1);
  }
  pushOrg(p, s, paren, null, null, out, 'org.acronym-definition');
  out.orgs[out.orgs.length - 1]!.acronym = acr;
  out.definitions.set(acr, span(p, s, paren).text);
}
