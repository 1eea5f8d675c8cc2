/**
 * Reporting verbs and the mentions around them, shared by the speaker sieves: where a verb of
 * saying or an "according to" phrase stands, and who its subject or agent is.
 */
import {
  leftSubject,
  nameKeys,
  sentenceSubject,
  skipsBeforeVerb,
  unnamed,
  unnamedSubject,
} from '../article-analysis.ts';
import type { Paragraph } from '../article-analysis.ts';
import * as lexicon from '../lexicon.ts';
import { isPreposition } from '../mentions.ts';
import type { Mention } from '../mentions.ts';
import syntaxWords from '../../data/quotes/syntax-words.json' with { type: 'json' };

// Read once: under tsx every access to an imported binding is a getter call, and these are hot.
const {
  AGENT_AFTER_PHRASES,
  DETERMINERS,
  GROUP_PRONOUNS,
  NUMBER_WORDS,
  PERSON_PRONOUNS,
  REPORTING_NOUN_FORMS,
  REPORTING_PHRASES,
  REPORTING_VERBS,
  VERB_HELPERS,
  pastForm,
} = lexicon;

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
  return REPORTING_VERBS.has(t.lower) && !headsNounPhrase(para, k) ? 1 : 0;
}

/**
 * "Her final story post was a photograph", "the report has": a reporting-verb form that is also
 * a noun, right before a form of "be" or an auxiliary, is the noun its phrase ends on, unless a
 * pronoun or relative before it is its subject ("what he claims is").
 */
function headsNounPhrase(para: Paragraph, k: number): boolean {
  if (!REPORTING_NOUN_FORMS.has(para.tokens[k]!.lower)) return false;
  if (insidePossessivePhrase(para, k)) return true;
  const next = para.tokens[k + 1];
  if (next?.kind !== 'word' || next.cap || !VERB_HELPERS.has(next.lower)) return false;
  const prev = para.tokens[k - 1];
  return prev?.kind === 'word' && !SUBJECT_WORDS.has(prev.lower);
}

/**
 * "MSNBC's morning news talk show", "the council's tweets were": a phrase opened by a name's
 * possessive runs to its head noun, so a verb-of-saying form that is also a noun (`nounForms`),
 * right after the possessive or after up to two lowercase modifiers, is that noun, never the
 * verb of a clause.
 */
function insidePossessivePhrase(para: Paragraph, k: number): boolean {
  if (!REPORTING_NOUN_FORMS.has(para.tokens[k]!.lower)) return false;
  let j = k - 1;
  while (j >= k - 2 && isModifierWord(para.tokens[j])) j--;
  const owner = para.tokens[j];
  return owner?.kind === 'word' && owner.cap && owner.poss && !PERSON_PRONOUNS.has(owner.lower);
}

/** A lowercase word that may modify a noun inside a possessive phrase ("morning", "news"). */
function isModifierWord(t: Paragraph['tokens'][number] | undefined): boolean {
  return (
    t?.kind === 'word' &&
    !t.cap &&
    /^[a-z-]+$/.test(t.text) &&
    !REPORTING_VERBS.has(t.lower) &&
    !VERB_HELPERS.has(t.lower) &&
    !DETERMINERS.has(t.lower) &&
    !SUBJECT_WORDS.has(t.lower)
  );
}

/** Words that may be the subject of a verb right after them ("he claims", "what they report"). */
const SUBJECT_WORDS: ReadonlySet<string> = new Set([
  ...PERSON_PRONOUNS,
  ...GROUP_PRONOUNS,
  ...syntaxWords.relatives,
  ...syntaxWords.conjunctions,
  ...syntaxWords.verbSubjectWords,
]);

/** Length of an "according to"-style phrase at `k` (its source follows it), or 0. */
export function agentPhraseAt(para: Paragraph, k: number): number {
  const t = para.tokens[k];
  if (t?.kind !== 'word') return 0;
  const phrases = AGENT_AFTER_PHRASES.get(t.lower);
  if (!phrases) return 0;
  for (const words of phrases)
    if (words.every((w, i) => para.tokens[k + i]?.lower === w)) return words.length;
  return 0;
}

/** A mention starting at `k` that can speak (allowing a leading determiner for nominals). */
export function speakerStartingAt(para: Paragraph, k: number): Mention | null {
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
export function sourceAfter(para: Paragraph, k: number, to: number): Mention | null {
  const object = objectPronoun(para, k);
  if (object) return object;
  const m = speakerStartingAt(para, k);
  const generic = !m || m.kind === 'nominal' || m.kind === 'role' || m.kind === 'org';
  if (!generic) return m;
  let comma = false;
  for (let j = m ? m.to : k; j < to && j < k + 14; j++) {
    const t = para.tokens[j]!;
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',' && t.text !== '.')) break;
    if (t.text === ',') comma = true;
    // "according to a memo posted online by X": the document's author, past its participle.
    if (verbAt(para, j) > 0 && !authoredBy(para, j)) break;
    const n = para.mentions.byStart[j];
    const byAgent = para.tokens[j - 1]?.lower === 'by';
    // "According to police officials, X was driving “…”": past a comma, a person followed by a
    // lowercase word opens the next clause as its subject; the source was the words before.
    if (n && comma && para.tokens[n.to]?.kind === 'word' && !para.tokens[n.to]!.cap) break;
    if (n && n.kind === 'person' && !n.poss && (!isPreposition(para.tokens[j - 1]) || byAgent)) return n;
    // "a statement released by Erdogan's office"
    if (n && byAgent && n.kind === 'nominal' && n.org !== null) return n;
    if (n) j = n.to - 1;
  }
  return m && m.kind !== 'nominal' ? m : m && (m.org !== null || m.head !== null) ? m : null;
}

/**
 * "According to him, …": an object pronoun standing alone as the source (not "her memoirs") is
 * the person "he" or "she" would be, resolved as that pronoun.
 */
function objectPronoun(para: Paragraph, k: number): Mention | null {
  const t = para.tokens[k];
  const subject = t?.kind === 'word' ? OBJECT_PRONOUNS[t.lower] : undefined;
  if (subject === undefined || para.tokens[k + 1]?.kind === 'word') return null;
  return { ...unnamed(para, k, k + 1), kind: 'pronoun', name: subject, role: null };
}
const OBJECT_PRONOUNS: Readonly<Record<string, string | undefined>> = { him: 'he', her: 'she' };

/** A participle at `j` followed by "by" (one lowercase word between allowed): "posted online by". */
function authoredBy(para: Paragraph, j: number): boolean {
  const t = para.tokens[j]!;
  if (!t.lower.endsWith('ed')) return false;
  const next = para.tokens[j + 1];
  if (next?.lower === 'by') return true;
  return next?.kind === 'word' && !next.cap && para.tokens[j + 2]?.lower === 'by';
}

/**
 * "X said, according to the BBC, that …": the person (or "he"/"she") whose verb of saying stands
 * right before the comma that opens the "according to" phrase at `agent`; the source after it
 * only relays that person's words (issue #12: the outlet credited instead of the person).
 */
export function relayedSubject(para: Paragraph, agent: number, from: number): Mention | null {
  const comma = agent - 1;
  if (para.tokens[comma]?.text !== ',') return null;
  for (let len = 1; len <= 3; len++) {
    const v = comma - len;
    if (v < from || verbAt(para, v) !== len) continue;
    const subject = leftSubject(para, v, from);
    return relaysAPerson(subject) ? subject : null;
  }
  return null;
}

/**
 * Whose words a relaying body passes on: a named person, or "he"/"she" (resolved later to the
 * person meant); not a body, a group or "it".
 */
export function relaysAPerson(m: Mention | null | undefined): m is Mention {
  return m?.kind === 'person' || (m?.kind === 'pronoun' && PERSON_PRONOUNS.has(m.name ?? ''));
}

/** Reporting verbs of the sentence, nearest to the quote first, before it then after it. */
export function sentenceVerbs(para: Paragraph, q: number, from: number, to: number): Mention | null {
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
    if (a > 0) {
      const source = sourceAfter(para, k + a, to);
      if (source?.kind === 'org') return relayedSubject(para, k, from) ?? source;
      return source ?? unnamedAfter(para, k + a, q);
    }
  }
  for (let k = q + 1; k < to; k++) {
    const v = verbAt(para, k);
    if (v > 0 && !opensItsQuote(para, k, v)) {
      const m = verbSubject(para, k, from, to);
      if (m) return m;
    }
    const a = agentPhraseAt(para, k);
    if (a > 0) return sourceAfter(para, k + a, to) ?? unnamedAfter(para, k + a, to);
  }
  return null;
}

/**
 * "“…”, the government recommending “…”": a participle whose own quotation follows it at once
 * introduces that quotation, not one before it (issue #12, tenth round).
 */
export function opensItsQuote(para: Paragraph, v: number, len: number): boolean {
  return para.tokens[v + len - 1]!.lower.endsWith('ing') && para.tokens[v + len]?.kind === 'quote';
}

export function isDash(t: { kind: string; text: string } | undefined): boolean {
  return t?.kind === 'punct' && (t.text === '—' || t.text === '–');
}

export const BE_FORMS: ReadonlySet<string> = new Set(syntaxWords.beForms);

/**
 * Who speaks through the reporting verb at `v`: the agent of a passive ("he was told by X",
 * "Y was described by X as …"), else the subject on its left, else an agent after it.
 */
export function verbSubject(para: Paragraph, v: number, from: number, to: number): Mention | null {
  const quoted = quotedAsSaying(para, v, from);
  if (quoted) return quoted;
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
  // "Lawmakers condemned the act of the NTC, citing it as “…”": a participle after a comma has
  // the main clause's subject, not the object right before the comma.
  if (k === v - 1 && para.tokens[k]?.text === ',' && k > from && para.tokens[v]!.lower.endsWith('ing'))
    return participleSubject(para, v, k, from);
  const subject = leftSubject(para, v, from) ?? passiveAgent(para, v, to) ?? unnamedSubject(para, v, from);
  const modifier =
    subject?.kind === 'org' ||
    (subject?.kind === 'person' && subject.name !== null && nameKeys(subject.name).length === 1);
  return modifier ? (personBesideBody(para, subject, v, from) ?? subject) : subject;
}

/**
 * "Politico quoted Tim Manning, formerly a deputy administrator, as saying “…”": whoever quotes or
 * cites a person relays the person's words; the person speaks (issue #12: the outlet credited
 * instead of the person, as "X called it “…”, according to NBC" in the after-quote sieve).
 */
function quotedAsSaying(para: Paragraph, v: number, from: number): Mention | null {
  const { tokens, mentions } = para;
  if (tokens[v]?.lower !== 'saying' || tokens[v - 1]?.lower !== 'as') return null;
  let k = v - 2;
  // An appositive between commas after the person ("Tim Manning, formerly a deputy …,").
  if (tokens[k]?.text === ',') {
    let j = k - 1;
    while (j > from && tokens[j]!.text !== ',' && tokens[j]!.kind !== 'quote') j--;
    if (tokens[j]?.text !== ',') return null;
    k = j - 1;
  }
  // "X was quoted by the BBC as saying": the passive's subject is the one quoted.
  const agent = mentions.byEnd[k];
  if (agent) {
    let by = agent.from - 1;
    if (DETERMINERS.has(tokens[by]?.lower ?? '')) by--;
    if (
      tokens[by]?.lower === 'by' &&
      RELAYING_VERBS.has(tokens[by - 1]?.lower ?? '') &&
      BE_FORMS.has(tokens[by - 2]?.lower ?? '')
    ) {
      const subject = mentions.byEnd[by - 3];
      return subject && !subject.poss && (subject.kind === 'person' || subject.kind === 'pronoun')
        ? subject
        : null;
    }
  }
  // "The BBC quoted her as saying": the object pronoun is the person "she" would be.
  const object = OBJECT_PRONOUNS[tokens[k]?.lower ?? ''];
  const person =
    object !== undefined
      ? { ...unnamed(para, k, k + 1), kind: 'pronoun' as const, name: object, role: null }
      : agent;
  if (person === undefined || (person.kind !== 'person' && person.kind !== 'pronoun') || person.poss)
    return null;
  if (person.from <= from) return null;
  return RELAYING_VERBS.has(tokens[person.from - 1]?.lower ?? '') ? person : null;
}
const RELAYING_VERBS: ReadonlySet<string> = new Set(syntaxWords.relayingVerbs);

/**
 * "PCdoB (…) Deputy X, a delegate, said", "X speaking to the Y think tank called": a body (or a
 * lone name) found as the subject, with a person named in full in the same stretch of its clause
 * (no comma, clause word or finite verb in the stretch), is where the person belongs or whom they
 * address; the person speaks. The person stands where a subject can: not a possessive, not the
 * object of a preposition or of a participle ("aides accompanying X"); before the body only when the body is a preposition's object ("Jane Doe
 * aide Smith said" is Smith); after it, past nothing but a capitalised title or a parenthesis
 * ("The security firm Acme.com" is the body described, not a person beside it).
 */
function personBesideBody(para: Paragraph, body: Mention, v: number, from: number): Mention | null {
  const { tokens, mentions } = para;
  let start = body.from;
  while (start > from && !breaksStretch(tokens[start - 1]!)) start--;
  let end = body.to;
  while (end < v && !breaksStretch(tokens[end]!)) end++;
  // A parenthesis describes what it follows ("PCdoB (a banned party) Deputy X"): an -ed word in
  // it is an adjective, not the finite verb of a second clause.
  let depth = 0;
  for (let k = start; k < end; k++) {
    depth = Math.max(0, depth + parenStep(tokens[k]!));
    if (depth === 0 && (k < body.from || k >= body.to) && isFiniteVerb(para, k)) return null;
  }
  depth = 0;
  for (let k = start; k < end; k++) {
    if (k === body.from) {
      k = body.to - 1;
      continue;
    }
    const t = tokens[k]!;
    depth = Math.max(0, depth + parenStep(t));
    // After the body, a lowercase word outside a parenthesis describes the body.
    if (k > body.from && depth === 0 && t.kind === 'word' && !t.cap) return null;
    const m = mentions.byStart[k];
    if (!m) continue;
    if (
      m.kind === 'person' &&
      m.name !== null &&
      nameKeys(m.name).length >= 2 &&
      !m.poss &&
      !afterPreposition(para, m.from) &&
      // "Aides accompanying John Doe to the Y said": the object of a participle speaks no more
      // than a preposition's object does.
      !afterParticiple(para, m.from) &&
      // Before the body, the person is beside it only when the body is a preposition's object
      // ("X speaking to the Y think tank"); "Jane Doe aide Smith said" is the aide speaking.
      (m.from > body.from || afterPreposition(para, body.from))
    )
      return m;
    k = m.to - 1;
  }
  return null;
}

/** +1 for an opening parenthesis, -1 for a closing one, 0 for any other token (a stretch may start inside one: callers floor the depth at 0). */
function parenStep(t: Paragraph['tokens'][number]): number {
  if (t.kind !== 'punct') return 0;
  return t.text === '(' ? 1 : t.text === ')' ? -1 : 0;
}

/** A token that ends the stretch of a subject: a quotation, punctuation other than a parenthesis, a clause word. */
function breaksStretch(t: Paragraph['tokens'][number]): boolean {
  if (t.kind === 'quote') return true;
  if (t.kind === 'punct') return t.text !== '(' && t.text !== ')';
  return CLAUSE_WORDS.has(t.lower) || t.lower === 'that';
}

const CLAUSE_WORDS: ReadonlySet<string> = new Set([...syntaxWords.relatives, ...syntaxWords.conjunctions]);

/** A lowercase word that may be a finite verb ("X told Y", "X joined Y"); a participle is not. */
function isFiniteVerb(para: Paragraph, k: number): boolean {
  const t = para.tokens[k]!;
  if (t.kind !== 'word' || t.cap) return false;
  if (VERB_HELPERS.has(t.lower)) return true;
  if (t.lower.endsWith('ing')) return false;
  return verbAt(para, k) > 0 || pastForm(t.lower);
}

/**
 * "according to agreed facts heard in court, “…”": the source after an agent phrase names
 * nobody; the words up to the next comma or quote stand for it.
 */
export function unnamedAfter(para: Paragraph, k: number, to: number): Mention | null {
  let e = k;
  while (e < to && para.tokens[e]!.kind === 'word') e++;
  return e > k ? unnamed(para, k, e) : null;
}

/** "described by Marine Bulletin as …": the agent of a passive reporting verb. */
export function passiveAgent(para: Paragraph, v: number, to: number): Mention | null {
  const by = v + verbAt(para, v);
  if (by >= to || para.tokens[by]!.lower !== 'by') return null;
  return speakerStartingAt(para, by + 1);
}

/** Does the sentence contain a reporting verb anywhere outside quotes? */
export function hasVerb(para: Paragraph, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (verbAt(para, k) > 0) return true;
  return false;
}

/**
 * The subject of the clause before a participle's comma at `comma`: the sentence's main subject
 * (unless it is a place or the object of a preposition, "the act of the NTC"); else, when the
 * clause opens with a phrase that names nobody ("Several lawmakers", "A number of senators"), that
 * phrase as an unnamed source; else the nearest subject on the left, as for any verb.
 */
function participleSubject(para: Paragraph, v: number, comma: number, from: number): Mention | null {
  const { tokens, mentions } = para;
  const sentence = para.sentences[para.sentenceOf[comma]!];
  const main = sentence ? sentenceSubject(para, sentence, comma) : null;
  if (main && !main.poss && main.kind !== 'place' && !afterPreposition(para, main.from)) return main;
  const first = tokens[from];
  if (first?.kind === 'word' && (DETERMINERS.has(first.lower) || NUMBER_WORDS.has(first.lower))) {
    let e = from;
    while (e < comma && e - from < 4 && tokens[e]!.kind === 'word' && !mentions.byStart[e]) e++;
    if (e > from && !(main && main.from < e)) return unnamed(para, from, e);
  }
  return leftSubject(para, v, from);
}

/** Is the token at `k` right after a lowercase participle ending in -ing ("accompanying X")? */
function afterParticiple(para: Paragraph, k: number): boolean {
  const t = para.tokens[k - 1];
  return t?.kind === 'word' && !t.cap && t.lower.endsWith('ing');
}

/** Is the token at `k` the object of a preposition, a determiner allowed between ("of the NTC")? */
function afterPreposition(para: Paragraph, k: number): boolean {
  let b = k - 1;
  if (para.tokens[b]?.kind === 'word' && DETERMINERS.has(para.tokens[b]!.lower)) b--;
  return isPreposition(para.tokens[b]);
}
