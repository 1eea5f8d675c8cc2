/**
 * Finds candidate organisation, place and person mentions in one article, paragraph by paragraph:
 * each paragraph (a long one in windows of whole sentences) goes through the ordered entity rules
 * of `entity-rules.ts`, one file per family in `rules/`. Resolution (merging variants, canonical
 * names, aliases) happens in `resolve.ts`.
 */
import { checkBudget } from '../seed/time-budget.ts';
import ruleWords from '../data/entities/rule-words.json' with { type: 'json' };
import { ENTITY_RULES, triggeredRules } from './entity-rules.ts';
import { HONORIFICS } from '../language/names.ts';
import { tokenizeParagraphs, type Token } from '../language/tokenize.ts';
import { demonymCountry, gazetteerPlace } from './lexicon.ts';
import {
  type ArticleText,
  type Para,
  type ParagraphOut,
  type PlaceCandidate,
  type Recognised,
  type Span,
  GERUND,
  L,
  append,
  span,
} from './rules/context.ts';

/**
 * Scans an article's paragraphs (tokenized by `tokenizeParagraphs`) for candidate mentions.
 * `everyRule` runs every rule on every paragraph, triggers or not (for the test that triggers skip
 * nothing a rule would find).
 */
export function recognise(
  paragraphs: readonly string[],
  tokens: readonly (readonly Token[])[] = tokenizeParagraphs(paragraphs),
  { everyRule = false }: { everyRule?: boolean } = {},
): Recognised {
  const article: ArticleText = { paragraphs, lower: null };
  const paras: Para[] = paragraphs.map((text, index) => {
    const toks = tokens[index] ?? [];
    return {
      index,
      text,
      toks,
      claim: new Array<string | undefined>(toks.length),
      offset: 0,
      article,
      rules: everyRule ? -1 : triggeredRules(toks),
    };
  });
  // Words the article itself writes in lower case are ordinary words when they open a sentence.
  const lowerWords = new Set<string>();
  for (const p of paras) for (const t of p.toks) if (t.kind === 'word' && !t.cap) lowerWords.add(t.lower);
  // …unless a capitalised organisation head follows the opener: "Libertarian Party presidential
  // nominee …" opens a name in an article that also writes "my libertarian base" (issue #12).
  if (lowerWords.size > 0)
    for (const p of paras) for (const w of headedOpeners(p, lowerWords)) lowerWords.delete(w);

  const out: Recognised = {
    orgs: [],
    places: [],
    names: [],
    acronyms: [],
    definitions: new Map(),
    synonyms: [],
  };
  // Each paragraph is scanned into lists of its own, appended to the article's when it is done:
  // the rules look only at their own paragraph's candidates, and filtering the whole article's
  // lists for them made recognition grow with the square of the article. (No rule changes an
  // earlier paragraph's candidates, so the article's lists come out as before.)
  const personWords = new Map<string, number>();
  for (const whole of paras) {
    for (const p of windows(whole)) {
      checkBudget();
      const local: ParagraphOut = {
        orgs: [],
        places: [],
        names: [],
        acronyms: [],
        definitions: out.definitions,
        synonyms: out.synonyms,
        personWords,
      };
      scanParagraph(p, lowerWords, local);
      local.names = local.names.map((n) => withoutOfficeComplement(p, n));
      for (const n of local.names) {
        // "Dr. Jones", "Mr Putin": a one-word name after a courtesy title is a person's surname.
        if (n.j - n.i <= 1 && !afterHonorific(p.toks, n.i)) continue;
        for (const w of new Set(n.text.split(/\s+/))) personWords.set(w, (personWords.get(w) ?? 0) + 1);
      }
      const offset = p.offset;
      append(out.orgs, shifted(local.orgs, offset));
      append(out.places, shifted(local.places, offset));
      append(out.names, shifted(local.names, offset));
      append(out.acronyms, shifted(local.acronyms, offset));
    }
  }
  // "told Putin" in a paragraph before the one naming "Vladimir Putin": a one-word name told or
  // written for is an outlet only when no person of the whole article bears it (issue #12).
  out.orgs = out.orgs.filter((o) => {
    if (o.rule !== 'org.reporting-object' || o.j - o.i !== 1 || !personWords.has(o.text)) return true;
    out.names.push({ paragraph: o.paragraph, i: o.i, j: o.j, start: o.start, end: o.end, text: o.text });
    return false;
  });
  placeInCountries(paras, out);
  subnationalLegislatures(paras, out);
  // "the EastMed pipeline", "the TurkStream gas pipeline": a one-word brand the article writes
  // before the head of a thing names that thing, not a company (issue #12).
  const things = thingNames(paras);
  if (things.size > 0)
    out.orgs = out.orgs.filter((o) => o.rule !== 'org.camel-case' || !things.has(o.text.toLowerCase()));
  return out;
}

const LEGISLATURE_HEADS: ReadonlySet<string> = new Set(ruleWords.legislatureHeads);
const SUBNATIONAL_UNITS: ReadonlySet<string> = new Set(ruleWords.subnationalUnits);

/**
 * "the commonwealth's House of Representatives", "North Carolina's state Senate", "Oregon's
 * Legislative Assembly":
 * a legislature named bare after the possessive of a state, province or other unit below a country
 * (a unit noun, or a place that is no country, with or without "state") is that unit's, not the
 * national body the gazetteer gives the bare name to; after a place it is named with the place
 * ("North Carolina Senate"). Issue #12 (aliases never cross countries), h12-kinds.
 */
function subnationalLegislatures(paras: readonly Para[], out: Recognised): void {
  // Places by where they end (paragraph and token), so that a names-dense article stays linear.
  let endingAt: Map<string, PlaceCandidate> | null = null;
  for (const c of out.orgs) {
    if (!LEGISLATURE_HEADS.has(c.text.toLowerCase())) continue;
    const { toks } = paras[c.paragraph]!;
    let k = c.i - 1;
    if (toks[k]?.kind === 'word' && toks[k]!.lower === 'state' && !toks[k]!.cap) k--;
    if (toks[k]?.kind !== 'poss') continue;
    const unit = toks[k - 1];
    if (
      unit?.kind === 'word' &&
      !unit.cap &&
      SUBNATIONAL_UNITS.has(unit.lower) &&
      toks[k - 2]?.lower === 'the'
    ) {
      c.known = null;
      c.parent = null;
      c.subnational = true;
      continue;
    }
    endingAt ??= new Map(out.places.map((pl) => [`${pl.paragraph}:${pl.j}`, pl]));
    const place = endingAt.get(`${c.paragraph}:${k}`);
    if (!place || place.place.kind === 'country') continue;
    c.known = null;
    c.parent = null;
    c.subnational = true;
    c.name = `${place.place.name} ${c.text}`;
  }
}

/**
 * "Italy's Chamber of Deputies", "the Chamber of Deputies in Mexico", "the Italian Chamber of
 * Deputies": the country the text places each unknown body in, by a country's possessive before
 * it, "in" and a country after it, or a country or demonym opening its name (`OrgCandidate`
 * `country`, `bare`). Resolution keeps one name met in two countries two bodies (issue #12).
 */
function placeInCountries(paras: readonly Para[], out: Recognised): void {
  // Countries by where they end and where they start (keys: paragraph and token), so that a
  // names-dense article stays linear.
  const endingAt = new Map<string, PlaceCandidate>();
  const startingAt = new Map<string, PlaceCandidate>();
  for (const c of out.places) {
    if (c.place.kind !== 'country') continue;
    endingAt.set(`${c.paragraph}:${c.j}`, c);
    startingAt.set(`${c.paragraph}:${c.i}`, c);
  }
  for (const c of out.orgs) {
    if (c.known !== null) continue;
    const { toks } = paras[c.paragraph]!;
    const first = toks[c.i]!;
    // A country or demonym opening the name, other words after it.
    if (first.kind === 'word' && first.cap && L.demonyms.has(first.lower) && c.i + 1 < c.j) {
      const country = demonymCountry(first.lower);
      if (country) {
        c.country = country;
        c.bare = c.text.slice(toks[c.i + 1]!.start - c.start);
      }
      continue;
    }
    const words: string[] = [];
    for (let n = c.i; n < c.j - 1 && n < c.i + 3; n++) {
      words.push(toks[n]!.lower);
      const place = gazetteerPlace(words);
      if (place?.kind === 'country') {
        c.country = place;
        c.bare = c.text.slice(toks[n + 1]!.start - c.start);
      }
    }
    if (c.country) continue;
    if (endingAt.size === 0) continue;
    // "Italy's Chamber of Deputies".
    if (toks[c.i - 1]?.kind === 'poss') {
      const owner = endingAt.get(`${c.paragraph}:${c.i - 1}`);
      if (owner) c.country = owner.place;
      continue;
    }
    // "the Chamber of Deputies in Mexico".
    const inWord = toks[c.j];
    if (inWord?.kind === 'word' && !inWord.cap && inWord.lower === 'in') {
      const at = toks[c.j + 1]?.lower === 'the' ? c.j + 2 : c.j + 1;
      const place = startingAt.get(`${c.paragraph}:${at}`);
      if (place) c.country = place.place;
    }
  }
}

/**
 * "Director of National Intelligence John Ratcliffe", "Secretary of State Mike Pompeo": after a
 * title and "of" (or another complement connector), the leading words that complete the office
 * are the office's, not the person's; the name is the words after them (two at least).
 */
function withoutOfficeComplement(p: Para, n: Span): Span {
  const link = p.toks[n.i - 1];
  const office = p.toks[n.i - 2];
  if (link?.kind !== 'word' || link.cap || !L.complementConnectors.has(link.lower)) return n;
  if (office?.kind !== 'word' || !office.cap || !L.roles.has(office.lower)) return n;
  let k = n.i;
  while (k < n.j - 2 && L.officeComplements.has(p.toks[k]!.lower)) k++;
  return k === n.i ? n : span(p, k, n.j);
}

/** Is the token before `i` a courtesy title ("Dr. Jones", "Mr Putin")? */
function afterHonorific(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1]?.text === '.' ? toks[i - 2] : toks[i - 1];
  return prev?.kind === 'word' && prev.cap && HONORIFICS.has(prev.lower);
}

/** Sentence openers the article writes in lower case elsewhere that stand before a capitalised head. */
function headedOpeners(p: Para, lowerWords: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const { toks } = p;
  for (let k = 0; k + 1 < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || !t.cap || !t.sentStart || !lowerWords.has(t.lower)) continue;
    if (L.stopwords.has(t.lower) || L.functionWords.has(t.lower) || GERUND.test(t.text)) continue;
    const head = toks[k + 1]!;
    if (head.kind === 'word' && head.cap && !head.sentStart && L.heads.has(head.lower)) out.push(t.lower);
  }
  return out;
}

const AUTHORED_HEADS: ReadonlySet<string> = new Set(ruleWords.authoredHeads);

/** Words written right before a lowercase head of a thing, one lowercase word allowed between. */
function thingNames(paras: readonly Para[]): Set<string> {
  const out = new Set<string>();
  for (const { toks } of paras) {
    for (let k = 0; k + 1 < toks.length; k++) {
      const t = toks[k]!;
      if (t.kind !== 'word' || !t.cap) continue;
      for (let n = k + 1; n <= k + 2 && n < toks.length; n++) {
        const h = toks[n]!;
        if (h.kind !== 'word' || h.cap) break;
        if (L.notOrgHeads.has(h.lower) && !AUTHORED_HEADS.has(h.lower)) {
          out.add(t.lower);
          break;
        }
      }
    }
  }
  return out;
}

/**
 * A paragraph of at most WINDOW_TOKENS tokens is scanned whole. A longer one (none in real news:
 * the longest Wikinews paragraph has about 300) is scanned in windows of whole sentences of about
 * that many tokens, cut at a sentence end, or anyway at 4 × WINDOW_TOKENS: the rules look up
 * candidates of their own window, so a window's work is bounded and recognition stays linear in
 * the paragraph's length. Token indices of a window's candidates are shifted back to the paragraph's.
 */
const WINDOW_TOKENS = 2000;

function windows(p: Para): Para[] {
  if (p.toks.length <= WINDOW_TOKENS) return [p];
  const out: Para[] = [];
  let from = 0;
  while (from < p.toks.length) {
    let to = Math.min(p.toks.length, from + WINDOW_TOKENS);
    const hard = Math.min(p.toks.length, from + 4 * WINDOW_TOKENS);
    while (to < hard && !p.toks[to]!.sentStart) to++;
    const toks = p.toks.slice(from, to);
    out.push({
      index: p.index,
      text: p.text,
      toks,
      claim: new Array<string | undefined>(toks.length),
      offset: from,
      article: p.article,
      // The whole paragraph's triggers: a window runs no rule the paragraph does not.
      rules: p.rules,
    });
    from = to;
  }
  return out;
}

/** Candidates of a window, their token indices made the paragraph's. */
function shifted<T extends Span>(spans: T[], offset: number): T[] {
  if (offset !== 0)
    for (const s of spans) {
      s.i += offset;
      s.j += offset;
    }
  return spans;
}

/** Runs over one paragraph (or window) each entity rule with a trigger there, in `ENTITY_RULES` order. */
function scanParagraph(p: Para, lowerWords: ReadonlySet<string>, out: ParagraphOut): void {
  for (let r = 0; r < ENTITY_RULES.length; r++)
    if ((p.rules & (1 << r)) !== 0) ENTITY_RULES[r]!.apply(p, lowerWords, out);
}
