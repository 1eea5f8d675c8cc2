/**
 * The attribution sieve, most precise rule first (after CoreNLP's quote attributor):
 *   adjacent     “…,” said X · “…,” X said · X said: “…” · X, role, said “…”
 *   sentence     the subject of a reporting verb elsewhere in the quote's sentence, or the
 *                sentence's subject when it introduces the quote with a colon
 *   continuation a quote on its own carries on the previous quote's speaker
 * Each rule yields a mention; pronouns and nominal mentions ("the minister") are then resolved
 * through the article, which weakens the rule to `pronoun` or `nominal`.
 */
import type { AttributionRule, SpeakerRule } from '../../contract/schema.ts';
import { checkBudget } from '../seed/time-budget.ts';
import {
  leftSubject,
  position,
  resolvePerson,
  roleOf,
  sentenceSubject,
  skipsBeforeVerb,
  unnamed,
  unnamedSubject,
} from './article-analysis.ts';
import type { ArticleAnalysis, Paragraph } from './article-analysis.ts';
import type { Sentence } from '../language/tokens.ts';
import { articleIndex } from './article-index.ts';
import * as lexicon from './lexicon.ts';
import { isPreposition } from './mentions.ts';
import type { Mention } from './mentions.ts';
import syntaxWords from '../data/quotes/syntax-words.json' with { type: 'json' };

// Read once: under tsx every access to an imported binding is a getter call, and these are hot.
const {
  AGENT_AFTER_PHRASES,
  DETERMINERS,
  DOCUMENT_NOUNS,
  GENERIC_MODIFIERS,
  INVERTING_VERBS,
  NOMINAL_HEADS,
  ORG_HEADS,
  PREPOSITIONS,
  REPORTING_PHRASES,
  REPORTING_VERBS,
  SPOKES_NOUNS,
} = lexicon;

export interface Attribution {
  speaker: string | null;
  role: string | null;
  rule: AttributionRule;
  /** The sieve that named the speaker (`speaker.none` when none did). */
  speakerRule: SpeakerRule;
  /** Some mention in the text was found as the source, even one naming nobody ("a spokesperson"). */
  sourced?: boolean;
}

/** How a mention was found, before it is resolved. */
interface Found {
  mention: Mention;
  paragraph: number;
  rule: 'adjacent' | 'sentence';
  sieve: SpeakerRule;
}

/** A mention one of the adjacent rules found, with the name of the pattern that matched. */
interface Hit {
  mention: Mention;
  sieve: SpeakerRule;
}

const hit = (mention: Mention | null, sieve: SpeakerRule): Hit | null =>
  mention ? { mention, sieve } : null;

const NONE: Attribution = { speaker: null, role: null, rule: 'none', speakerRule: 'speaker.none' };
const PERSON = ['person'] as const;
const BODY = ['org'] as const;
const BODY_OR_GROUP = ['org', 'group'] as const;

/** Length in tokens of the reporting verb starting at `k` (0 if none): "said", "pointed out". */
export function verbAt(para: Paragraph, k: number): number {
  const t = para.tokens[k];
  if (t?.kind !== 'word') return 0;
  // Capitalised only when it opens the sentence ("Remarked the scientist, …").
  if (t.cap && para.sentences[para.sentenceOf[k]!]?.from !== k) return 0;
  const phrases = REPORTING_PHRASES.get(t.lower);
  if (phrases) {
    for (const words of phrases)
      if (words.every((w, i) => para.tokens[k + i]?.lower === w)) return words.length;
  }
  return REPORTING_VERBS.has(t.lower) ? 1 : 0;
}

/** Length of an "according to"-style phrase at `k` (its source follows it), or 0. */
function agentPhraseAt(para: Paragraph, k: number): number {
  const t = para.tokens[k];
  if (t?.kind !== 'word') return 0;
  const phrases = AGENT_AFTER_PHRASES.get(t.lower);
  if (!phrases) return 0;
  for (const words of phrases)
    if (words.every((w, i) => para.tokens[k + i]?.lower === w)) return words.length;
  return 0;
}

/** A mention starting at `k` that can speak (allowing a leading determiner for nominals). */
function speakerStartingAt(para: Paragraph, k: number): Mention | null {
  const m =
    para.mentions.byStart[k] ??
    (DETERMINERS.has(para.tokens[k]?.lower ?? '') ? para.mentions.byStart[k + 1] : undefined);
  if (!m || m.poss) return null;
  return m;
}

/**
 * The source named after "according to" or an inverted verb: "according to a tweet by X",
 * "said University of California, San Diego's chancellor, Pradeep Khosla": a person named
 * further on in the same stretch is the one speaking for the organisation or title first named.
 */
function sourceAfter(para: Paragraph, k: number, to: number): Mention | null {
  const m = speakerStartingAt(para, k);
  const generic = !m || m.kind === 'nominal' || m.kind === 'role' || m.kind === 'org';
  if (!generic) return m;
  for (let j = m ? m.to : k; j < to && j < k + 14; j++) {
    const t = para.tokens[j]!;
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',' && t.text !== '.')) break;
    if (verbAt(para, j) > 0) break;
    const n = para.mentions.byStart[j];
    const byAgent = para.tokens[j - 1]?.lower === 'by';
    if (n && n.kind === 'person' && !n.poss && (!isPreposition(para.tokens[j - 1]) || byAgent)) return n;
    // "a statement released by Erdogan's office"
    if (n && byAgent && n.kind === 'nominal' && n.org !== null) return n;
    if (n) j = n.to - 1;
  }
  return m && m.kind !== 'nominal' ? m : m && (m.org !== null || m.head !== null) ? m : null;
}

/** Skips commas and dashes right after a quote. */
function skipPunct(para: Paragraph, k: number, to: number): number {
  while (k < to && para.tokens[k]!.kind === 'punct' && /^[,—–-]$/.test(para.tokens[k]!.text)) k++;
  return k;
}

/** Right after the quote: “…,” said X / “…,” X said / “…,” X, role, said / “…,” according to X. */
function adjacentAfter(para: Paragraph, q: number, to: number): Hit | null {
  const k = skipPunct(para, q + 1, to);
  if (k >= to) return null;
  const agent = agentPhraseAt(para, k);
  if (agent > 0)
    return hit(sourceAfter(para, k + agent, to) ?? unnamedAfter(para, k + agent, to), 'speaker.according-to');
  const v = verbAt(para, k);
  if (v > 0 && INVERTING_VERBS.has(para.tokens[k]!.lower)) {
    let j = k + v;
    // "said on Friday Smith" is rare; "said Smith" and "said the minister" are common.
    while (j < to && skipsBeforeVerb(para.tokens[j]!)) j++;
    return hit(sourceAfter(para, j, to), 'speaker.said-after');
  }
  const m = speakerStartingAt(para, k);
  if (!m) {
    // "“…,” the dispatcher said": a subject that names nobody.
    for (let v = k + 2; v < to && v <= k + 5; v++) {
      if (verbAt(para, v) > 0)
        return DETERMINERS.has(para.tokens[k]!.lower)
          ? hit(unnamedSubject(para, v, k), 'speaker.subject-after')
          : null;
      if (para.tokens[v]!.kind !== 'word') return null;
    }
    return null;
  }
  let j = m.to;
  // "X of the Y office told": an affiliation between a person's name and the verb.
  if (m.kind === 'person' && AFFILIATION_WORDS.has(para.tokens[j]?.lower ?? '')) {
    let e = j + 1;
    while (e < to && e - j < 12 && para.tokens[e]!.kind === 'word' && verbAt(para, e) === 0) e++;
    if (verbAt(para, e) > 0) j = e;
  }
  // "X, role, said"
  if (para.tokens[j]?.text === ',') {
    let e = j + 1;
    while (e < to && para.tokens[e]!.text !== ',' && para.tokens[e]!.kind !== 'quote') e++;
    if (para.tokens[e]?.text === ',' && e - j < 25) j = e + 1;
  }
  while (j < to && skipsBeforeVerb(para.tokens[j]!)) j++;
  return verbAt(para, j) > 0 ? { mention: m, sieve: 'speaker.subject-after' } : null;
}

/** Right before the quote: X said: “…” / X, role, said, “…” / said X: “…” / according to X, “…”. */
function adjacentBefore(para: Paragraph, q: number, from: number): Hit | null {
  let k = q - 1;
  while (k >= from && para.tokens[k]!.kind === 'punct' && /^[,:—–-]$/.test(para.tokens[k]!.text)) k--;
  if (k >= from && para.tokens[k]!.lower === 'that') k--;
  if (k < from) return null;
  // "according to X, “…”" and "said X: “…”"
  const m = para.mentions.byEnd[k];
  if (m && !m.poss) {
    // Step over a title right before the name ("Remarked … scientist Tierra Curry, “…”").
    const title = para.mentions.byEnd[m.from - 1];
    const start = title && (title.kind === 'nominal' || title.kind === 'role') ? title.from : m.from;
    // "tweeted that Conway …": a complementiser, not a determiner, so the name is no subject.
    const det = para.tokens[start - 1];
    const d = det !== undefined && DETERMINERS.has(det.lower) && det.lower !== 'that' ? start - 1 : start;
    // "says Ruiz “does not …”" without a comma or colon: the name is the subject of the quoted
    // predicate, not an inverted speaker.
    if (m.kind !== 'pronoun' && k < q - 1) {
      for (let len = 1; len <= 2; len++) {
        const v = d - len;
        if (v < from) break;
        if (agentPhraseAt(para, v) === len)
          return hit(relayedBy(para, m, v, from), 'speaker.relayed') ?? hit(m, 'speaker.according-to');
        if (verbAt(para, v) === len && INVERTING_VERBS.has(para.tokens[v]!.lower))
          return hit(m, 'speaker.said-before');
      }
    }
  }
  // "X said: “…”", "X pointed out, “…”"
  for (let len = 1; len <= 3; len++) {
    const v = k - len + 1;
    if (v >= from && verbAt(para, v) === len)
      return hit(leftSubject(para, v, from) ?? unnamedSubject(para, v, from), 'speaker.subject-before');
  }
  return null;
}

/**
 * "X decided, according to the summary, “…”": an unowned document after "according to" only
 * relays what the subject of the verb of saying right before it said.
 */
function relayedBy(para: Paragraph, source: Mention, agent: number, from: number): Mention | null {
  if (source.kind !== 'nominal' || source.org !== null || !DOCUMENT_NOUNS.has(source.head ?? '')) return null;
  const comma = agent - 1;
  if (para.tokens[comma]?.text !== ',') return null;
  let subject: Mention | null = null;
  for (let len = 1; len <= 3 && subject === null; len++) {
    const v = comma - len;
    if (v >= from && verbAt(para, v) === len) subject = leftSubject(para, v, from);
  }
  // "X, the Lord President of the court, decided, according to …": whatever the verb.
  subject ??= sentenceSubject(para, { from, to: comma }, comma);
  return subject && subject.kind === 'person' ? subject : null;
}

/** Reporting verbs of the sentence, nearest to the quote first, before it then after it. */
function sentenceVerbs(para: Paragraph, q: number, from: number, to: number): Mention | null {
  for (let k = q - 1; k >= from; k--) {
    // "X commented — which the BBC noted as unusual — “…”": skip an aside between dashes.
    if (k === q - 1 && isDash(para.tokens[k])) {
      let j = k - 1;
      while (j >= from && !isDash(para.tokens[j])) j--;
      if (j >= from) k = j;
      continue;
    }
    if (verbAt(para, k) > 0) {
      const m = verbSubject(para, k, from, to);
      if (m) return m;
    }
    const a = agentPhraseAt(para, k);
    if (a > 0) return sourceAfter(para, k + a, to) ?? unnamedAfter(para, k + a, q);
  }
  for (let k = q + 1; k < to; k++) {
    const v = verbAt(para, k);
    if (v > 0) {
      const m = verbSubject(para, k, from, to);
      if (m) return m;
    }
    const a = agentPhraseAt(para, k);
    if (a > 0) return sourceAfter(para, k + a, to) ?? unnamedAfter(para, k + a, to);
  }
  return null;
}

function isDash(t: { kind: string; text: string } | undefined): boolean {
  return t?.kind === 'punct' && (t.text === '—' || t.text === '–');
}

/** Words that open a person's affiliation ("X of the Y office", "X from Y", "X at Y"). */
const AFFILIATION_WORDS: ReadonlySet<string> = new Set(syntaxWords.affiliationWords);
const BE_FORMS: ReadonlySet<string> = new Set(syntaxWords.beForms);

/**
 * Who speaks through the reporting verb at `v`: the agent of a passive ("he was told by X",
 * "Y was described by X as …"), else the subject on its left, else an agent after it.
 */
function verbSubject(para: Paragraph, v: number, from: number, to: number): Mention | null {
  let k = v - 1;
  let passive = false;
  while (k >= from && skipsBeforeVerb(para.tokens[k]!)) {
    if (BE_FORMS.has(para.tokens[k]!.lower)) passive = true;
    k--;
  }
  if (passive) {
    const agent = passiveAgent(para, v, to);
    if (agent) return agent;
  }
  return leftSubject(para, v, from) ?? passiveAgent(para, v, to) ?? unnamedSubject(para, v, from);
}

/**
 * "according to agreed facts heard in court, “…”": the source after an agent phrase names
 * nobody; the words up to the next comma or quote stand for it.
 */
function unnamedAfter(para: Paragraph, k: number, to: number): Mention | null {
  let e = k;
  while (e < to && para.tokens[e]!.kind === 'word') e++;
  return e > k ? unnamed(para, k, e) : null;
}

/** "described by Marine Bulletin as …": the agent of a passive reporting verb. */
function passiveAgent(para: Paragraph, v: number, to: number): Mention | null {
  const by = v + verbAt(para, v);
  if (by >= to || para.tokens[by]!.lower !== 'by') return null;
  return speakerStartingAt(para, by + 1);
}

/** Does the sentence contain a reporting verb anywhere outside quotes? */
function hasVerb(para: Paragraph, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (verbAt(para, k) > 0) return true;
  return false;
}

/** Where a quotation stands: its first and last tokens, their paragraphs and sentences. */
interface QuoteSite {
  doc: ArticleAnalysis;
  qi: number;
  first: { paragraph: number; token: number };
  last: { paragraph: number; token: number };
  pf: Paragraph;
  pl: Paragraph;
  sf: Sentence;
  sl: Sentence;
}

/** A named attribution rule: finds the mention that speaks a quote, or leaves it to the next. */
interface SpeakerSieve {
  name: string;
  find: (site: QuoteSite) => Found | null;
}

const adjacent = (h: Hit | null, paragraph: number): Found | null =>
  h ? { mention: h.mention, paragraph, rule: 'adjacent', sieve: h.sieve } : null;

/** Was the quote introduced by a colon or comma inside its sentence? */
function introducedByPunct({ pf, sf, first }: QuoteSite): boolean {
  const prev = pf.tokens[first.token - 1];
  return (
    prev !== undefined &&
    prev.kind === 'punct' &&
    (prev.text === ':' || prev.text === ',') &&
    first.token - 1 > sf.from
  );
}

/**
 * The attribution sieves, most precise first; the first that finds a mention wins (continuations
 * run after resolution, in `attributeAll`). Adding or reordering a rule is one line here.
 */
const SPEAKER_SIEVES: readonly SpeakerSieve[] = [
  // “…,” said X · “…,” X said · “…,” according to X
  {
    name: 'after-quote',
    find: (s) => adjacent(adjacentAfter(s.pl, s.last.token, s.sl.to), s.last.paragraph),
  },
  // X said: “…” · said X: “…” · according to X, “…”
  {
    name: 'before-quote',
    find: (s) => adjacent(adjacentBefore(s.pf, s.first.token, s.sf.from), s.first.paragraph),
  },
  // A reporting verb elsewhere in the quote's sentence: its subject, or the person a body reports.
  {
    name: 'sentence-verb',
    find: ({ pf, pl, sf, sl, first, last }) => {
      if (first.paragraph === last.paragraph) {
        const m = sentenceVerbs(pf, first.token, sf.from, sf.to);
        if (!m) return null;
        const inner = m.kind === 'org' ? reportedSpeaker(pf, m, first.token) : null;
        return inner
          ? { mention: inner, paragraph: first.paragraph, rule: 'sentence', sieve: 'speaker.reported-that' }
          : { mention: m, paragraph: first.paragraph, rule: 'sentence', sieve: 'speaker.sentence-verb' };
      }
      const head = sentenceVerbs(pf, first.token, sf.from, first.token);
      if (head)
        return {
          mention: head,
          paragraph: first.paragraph,
          rule: 'sentence',
          sieve: 'speaker.sentence-verb',
        };
      const tail = sentenceVerbs(pl, last.token, last.token + 1, sl.to);
      return tail
        ? { mention: tail, paragraph: last.paragraph, rule: 'sentence', sieve: 'speaker.sentence-verb' }
        : null;
    },
  },
  // "The palace issued the following statement from the king: “…”": the document's author.
  {
    name: 'document-author',
    find: (s) => {
      if (!introducedByPunct(s)) return null;
      const author = documentAuthor(s.pf, s.sf.from, s.first.token);
      return author
        ? {
            mention: author,
            paragraph: s.first.paragraph,
            rule: 'sentence',
            sieve: 'speaker.document-author',
          }
        : null;
    },
  },
  // A quote introduced by a colon or comma, a stretch of speech inside a sentence ("X assailed
  // the event as “…”"), or a sentence with a reporting verb whose subject is further away: the
  // sentence's subject speaks.
  {
    name: 'sentence-subject',
    find: (s) => {
      const { doc, qi, pf, sf, first } = s;
      const speech = doc.quoteIsSpeech[qi] === true && first.token > sf.from;
      if (!introducedByPunct(s) && !speech && !hasVerb(pf, sf.from, first.token)) return null;
      const subj = sentenceSubject(pf, sf, first.token);
      return subj
        ? { mention: subj, paragraph: first.paragraph, rule: 'sentence', sieve: 'speaker.sentence-subject' }
        : null;
    },
  },
  { name: 'paragraph-intro', find: (s) => introducedByParagraph(s.doc, s.first.paragraph, s.first.token) },
];

/** Finds the mention that speaks the quote `qi`, with the sieve that found it. */
function findSpeakerMention(doc: ArticleAnalysis, qi: number): Found | null {
  const locs = doc.quoteTokens[qi] ?? [];
  const first = locs[0];
  const last = locs[locs.length - 1];
  if (!first || !last) return null;
  const pf = doc.paragraphs[first.paragraph]!;
  const pl = doc.paragraphs[last.paragraph]!;
  const sf = pf.sentences[pf.sentenceOf[first.token]!]!;
  const sl = pl.sentences[pl.sentenceOf[last.token]!]!;
  const site: QuoteSite = { doc, qi, first, last, pf, pl, sf, sl };
  for (const sieve of SPEAKER_SIEVES) {
    const found = sieve.find(site);
    if (found) return found;
  }
  return null;
}

/**
 * "The Atlantic claimed that …, Trump refused … and referred to the soldiers as “losers”": a body
 * reporting, in a "that" clause, what a person said; the person named as the clause's subject
 * before the quote speaks.
 */
function reportedSpeaker(para: Paragraph, org: Mention, q: number): Mention | null {
  let v = org.to;
  while (v < q && skipsBeforeVerb(para.tokens[v]!)) v++;
  const len = verbAt(para, v);
  if (len === 0 || para.tokens[v + len]?.lower !== 'that') return null;
  for (let k = v + len + 1; k < q; k++) {
    const t = para.tokens[k]!;
    if (t.kind === 'quote') return null;
    const n = para.mentions.byStart[k];
    if (!n) continue;
    const next = para.tokens[n.to];
    if (
      n.kind === 'person' &&
      !n.poss &&
      !isPreposition(para.tokens[k - 1]) &&
      next?.kind === 'word' &&
      !next.cap &&
      !PREPOSITIONS.has(next.lower) &&
      next.lower !== 'and' &&
      // "… that Jones was driving “erratically”": what the body says about the person.
      !BE_FORMS.has(next.lower) &&
      !(/^(?:ha[sd]|have)$/.test(next.lower) && para.tokens[n.to + 1]?.lower === 'been')
    )
      return n;
    k = n.to - 1;
  }
  return null;
}

/** "a statement from the king", "a letter by X": the author of a document named in [from, to). */
function documentAuthor(para: Paragraph, from: number, to: number): Mention | null {
  for (let k = from; k + 2 < to; k++) {
    const t = para.tokens[k]!;
    if (t.kind !== 'word' || !DOCUMENT_NOUNS.has(t.lower)) continue;
    const by = para.tokens[k + 1]!.lower;
    if (by !== 'from' && by !== 'by') continue;
    const m = speakerStartingAt(para, k + 2);
    if (m && m.kind !== 'place') return m;
  }
  return null;
}

/**
 * A paragraph that opens with the quote, after a paragraph ending in a colon or comma ("AIP
 * chairman X writes:", "He provided the text of his message:", "X stated,"): the sentence with
 * the colon introduces it.
 */
function introducedByParagraph(doc: ArticleAnalysis, p: number, token: number): Found | null {
  if (p === 0) return null;
  const para = doc.paragraphs[p]!;
  for (let k = 0; k < token; k++) if (para.tokens[k]!.kind !== 'punct') return null;
  const prev = doc.paragraphs[p - 1]!;
  const colon = prev.tokens.length - 1;
  if (colon < 0 || (prev.tokens[colon]!.text !== ':' && prev.tokens[colon]!.text !== ',')) return null;
  const s = prev.sentences[prev.sentenceOf[colon]!]!;
  const m = sentenceVerbs(prev, colon, s.from, colon) ?? sentenceSubject(prev, s, colon);
  return m ? { mention: m, paragraph: p - 1, rule: 'sentence', sieve: 'speaker.paragraph-intro' } : null;
}

/** A resolved mention: who it names, before the sieve that found it is recorded. */
type Resolved = Omit<Attribution, 'speakerRule' | 'sourced'>;

/** Resolves a mention to a speaker name and role; pronouns and nominals go through the article. */
function resolve(doc: ArticleAnalysis, found: Found, depth = false): Resolved {
  const { mention: m, paragraph: p } = found;
  const para = doc.paragraphs[p]!;
  const pos = position(p, m.from);
  switch (m.kind) {
    case 'person': {
      const person = resolvePerson(doc.people, m.name!, pos);
      return {
        speaker: person?.name ?? m.name,
        role: roleOf(para, m) ?? person?.role ?? null,
        rule: found.rule,
      };
    }
    case 'org':
      return { speaker: m.name, role: null, rule: found.rule };
    case 'place':
      return NONE;
    case 'pronoun': {
      // "he"/"she": the latest person before; "they": the latest body, unless an unnamed group
      // came later ("The authors say …. They call for “…”": they are unnamed); others: a body.
      const wantPerson = m.name === 'he' || m.name === 'she';
      const group = m.name === 'they';
      const s = doc.salient.latestBefore(pos, wantPerson ? PERSON : group ? BODY_OR_GROUP : BODY);
      return s === null || s.kind === 'group' ? NONE : { speaker: s.name, role: s.role, rule: 'pronoun' };
    }
    case 'role':
    case 'nominal': {
      if (m.org !== null) {
        const owner = resolvePerson(doc.people, m.org, pos);
        return { speaker: owner?.name ?? m.org, role: owner?.role ?? null, rule: found.rule };
      }
      const head = m.head;
      // "the court's summary concluded": a body's document speaks for the body.
      const owner =
        head !== null && DOCUMENT_NOUNS.has(head) ? /^(\p{Ll}+)['’]s\s/u.exec(m.role ?? '') : null;
      if (owner && ORG_HEADS.has(owner[1]!)) {
        const org = orgOfKind(doc, owner[1]!, pos);
        if (org !== null) return { speaker: org, role: null, rule: 'nominal' };
      }
      // "The government of X issued a statement agreeing …", "Their statement also read": an
      // unowned document speaks for the body that is the subject around it.
      if (head !== null && DOCUMENT_NOUNS.has(head) && !depth) {
        const owner = documentOwner(doc, p, m);
        if (owner) {
          const r = resolve(doc, owner, true);
          if (r.speaker !== null) return r;
        }
      }
      // "the government of American Samoa": the body the nominal names.
      const named = head !== null && ORG_HEADS.has(head) ? ofName(head, m.role) : null;
      if (named !== null) return { speaker: named, role: null, rule: found.rule };
      if (head !== null && ORG_HEADS.has(head) && !NOMINAL_HEADS.has(head)) {
        // "the court found …": the organisation of that kind the article has named most often
        // (the one it is about, not one named in passing), the latest on a tie.
        const org = orgOfKind(doc, head, pos);
        return org === null ? NONE : { speaker: org, role: null, rule: 'nominal' };
      }
      if (head !== null) {
        const narrowing = narrowingModifiers(m);
        const person = articleIndex(doc).titled(head, pos, narrowing);
        if (person !== null) return { speaker: person.name, role: person.role, rule: 'nominal' };
        // "The spokesperson added": the organisation an earlier spokesperson spoke for.
        if (SPOKES_NOUNS.has(head)) {
          const org = earlierSpokesOrg(doc, head, pos);
          if (org !== null) return { speaker: org, role: m.role, rule: 'nominal' };
        }
      }
      return { speaker: null, role: m.role, rule: 'none' };
    }
  }
}

/** "government of American Samoa" → "Government of American Samoa"; null unless the role is just that. */
function ofName(head: string, role: string | null): string | null {
  const m =
    role === null ? null : /^(\p{Ll}+) of ((?:the )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*)$/u.exec(role);
  if (!m || m[1] !== head) return null;
  return head[0]!.toUpperCase() + head.slice(1) + ' of ' + m[2]!;
}

/** Is the mention a body: an organisation, or a nominal of an organisation's kind ("the government")? */
function isBody(m: Mention): boolean {
  return (
    m.kind === 'org' ||
    (m.kind === 'nominal' && m.head !== null && ORG_HEADS.has(m.head) && !NOMINAL_HEADS.has(m.head))
  );
}

/**
 * The body a document nominal without an owner belongs to: the subject of its own sentence before
 * it ("The government of X issued a statement"), or, for "its/their statement" opening the
 * mention, the subject of the sentence before.
 */
function documentOwner(doc: ArticleAnalysis, p: number, m: Mention): Found | null {
  const para = doc.paragraphs[p]!;
  const si = para.sentenceOf[m.from]!;
  const own = sentenceSubject(para, para.sentences[si]!, m.from);
  if (own && own !== m && isBody(own))
    return { mention: own, paragraph: p, rule: 'sentence', sieve: 'speaker.sentence-subject' };
  if (own || !/^(?:its|their)$/.test(para.tokens[m.from]?.lower ?? '')) return null;
  // "According to its press release, the NBA was “…”": the body the main clause is about.
  if (para.tokens[m.from - 1]?.lower === 'to' && para.tokens[m.from - 2]?.lower === 'according') {
    const main = sentenceSubject(para, para.sentences[si]!);
    if (main && main !== m && isBody(main))
      return { mention: main, paragraph: p, rule: 'sentence', sieve: 'speaker.according-to' };
  }
  let pp = p;
  let ps = si - 1;
  if (ps < 0) {
    pp--;
    if (pp < 0) return null;
    ps = doc.paragraphs[pp]!.sentences.length - 1;
  }
  const prev = doc.paragraphs[pp]!;
  const sentence = prev.sentences[ps];
  const before = sentence ? sentenceSubject(prev, sentence) : null;
  return before && isBody(before)
    ? { mention: before, paragraph: pp, rule: 'sentence', sieve: 'speaker.sentence-subject' }
    : null;
}

/**
 * The organisation whose name has `head` among its words ("court" → "Court of Session") that the
 * article named most often before `pos`; the latest of those on a tie.
 */
function orgOfKind(doc: ArticleAnalysis, head: string, pos: number): string | null {
  return articleIndex(doc).orgOfKind(head, pos);
}

/**
 * Lowercase words of a nominal that narrow its title ("health" in "the local health minister"):
 * the person it resolves to must have them in their role too.
 */
function narrowingModifiers(m: Mention): string[] {
  if (m.role === null) return [];
  const out: string[] = [];
  for (const w of m.role.split(/\s+/)) {
    // Words after the head ("minister of health") are complements, not modifiers.
    if (w === m.head) break;
    if (w.length === 0 || !/^\p{Ll}/u.test(w) || /['’]s?$/.test(w)) continue;
    if (GENERIC_MODIFIERS.has(w) || DETERMINERS.has(w) || PREPOSITIONS.has(w)) continue;
    out.push(w);
  }
  return out;
}

/** The organisation the latest earlier spokesperson of this kind spoke for ("an Interpol spokesperson"). */
function earlierSpokesOrg(doc: ArticleAnalysis, head: string, pos: number): string | null {
  return articleIndex(doc).spokesOrg(head, pos);
}

/** Attributes every quotation of the article, in order (continuations need the previous result). */
export function attributeAll(doc: ArticleAnalysis, count: number): Attribution[] {
  const out: Attribution[] = [];
  for (let qi = 0; qi < count; qi++) {
    checkBudget();
    const found = findSpeakerMention(doc, qi);
    let result: Attribution = NONE;
    if (found) {
      const r = resolve(doc, found);
      result = { ...r, speakerRule: r.speaker === null ? 'speaker.none' : found.sieve };
    }
    if (found && result.speaker !== null && found.mention.kind !== 'pronoun') remember(doc, found, result);
    if (result.speaker === null && (!found || found.mention.kind === 'pronoun')) {
      const cont = continuation(doc, qi, out);
      if (cont) result = cont;
    }
    out.push(found ? { ...result, sourced: true } : result);
  }
  return out;
}

/**
 * A speaker found at a mention becomes what later pronouns may refer to ("…,” said X. He added
 * …"), even when the mention is not a sentence subject.
 */
function remember(doc: ArticleAnalysis, found: Found, result: Resolved): void {
  const pos = position(found.paragraph, found.mention.from);
  const person = found.mention.kind === 'person' || articleIndex(doc).isPersonName(result.speaker!);
  doc.salient.remember({ pos, name: result.speaker!, kind: person ? 'person' : 'org', role: result.role });
}

/**
 * A quote standing as its own sentence carries on the speaker of the sentence just before it:
 * the previous quote's speaker when that sentence held the previous quote ("…,” X said. “…”), or
 * the subject of a reporting verb there ("Wilkins also said Warhol was a businessman. “…”").
 */
function continuation(doc: ArticleAnalysis, qi: number, done: readonly Attribution[]): Attribution | null {
  const here = doc.quoteTokens[qi]?.[0];
  if (!here) return null;
  const para = doc.paragraphs[here.paragraph]!;
  const si = para.sentenceOf[here.token]!;
  const sentence = para.sentences[si]!;
  if (sentence.from !== here.token) return null;
  // The sentence before: in this paragraph, or the last one of the previous paragraph.
  let pp = here.paragraph;
  let ps = si - 1;
  if (ps < 0) {
    pp--;
    if (pp < 0) return null;
    ps = doc.paragraphs[pp]!.sentences.length - 1;
  }
  const prevPara = doc.paragraphs[pp]!;
  const prevSentence = prevPara.sentences[ps];
  if (!prevSentence) return null;
  const prev = done[qi - 1];
  const prevLoc = doc.quoteTokens[qi - 1];
  const prevEnd = prevLoc?.[prevLoc.length - 1];
  if (prev && prevEnd && prevEnd.paragraph === pp && prevPara.sentenceOf[prevEnd.token] === ps) {
    return prev.speaker === null
      ? null
      : {
          speaker: prev.speaker,
          role: prev.role,
          rule: 'continuation',
          speakerRule: 'speaker.previous-quote',
        };
  }
  for (let k = prevSentence.from; k < prevSentence.to; k++) {
    if (prevPara.tokens[k]!.kind === 'quote') return null;
    if (verbAt(prevPara, k) > 0) {
      const m = leftSubject(prevPara, k, prevSentence.from);
      const r = m ? carried(doc, m, pp, 'speaker.previous-verb') : null;
      if (r) return r;
    }
  }
  // Narration without a verb of saying carries on only within a paragraph: a new paragraph of
  // narration changes the subject too easily.
  if (pp !== here.paragraph) return null;
  // A floating quote ("X admitted she wanted to go. Why? “…”"): the person the paragraph's
  // narration was last about speaks it.
  for (let s = ps; s >= 0; s--) {
    const subj = sentenceSubject(prevPara, prevPara.sentences[s]!);
    if (subj && (subj.kind === 'person' || (subj.kind === 'pronoun' && subj.name !== 'it')))
      return carried(doc, subj, pp, 'speaker.paragraph-subject');
  }
  return null;
}

/** The speaker a mention in an earlier sentence carries on to a quote that stands alone. */
function carried(
  doc: ArticleAnalysis,
  m: Mention,
  paragraph: number,
  sieve: SpeakerRule,
): Attribution | null {
  const r = resolve(doc, { mention: m, paragraph, rule: 'sentence', sieve });
  if (r.speaker === null) return null;
  return m.kind === 'pronoun'
    ? { ...r, speakerRule: sieve }
    : { ...r, rule: 'continuation', speakerRule: sieve };
}
