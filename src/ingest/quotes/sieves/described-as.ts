/**
 * The describing sieve: "X referred to the plan as “…”", "X labelled the report as “…”": a
 * quotation that completes a describing verb's "as" gives the verb's subject's words, short ones
 * included (gold guidelines: "described … as" names the source). It runs before the sentence
 * sieves, whose nearest reporting verb may belong to another clause ("Y criticised the decision,
 * which X referred to as “…”").
 */
import type { Paragraph } from '../article-analysis.ts';
import { leftSubject, skipsBeforeVerb, unnamed } from '../article-analysis.ts';
import * as lexicon from '../lexicon.ts';
import type { Mention } from '../mentions.ts';
import { BE_FORMS, passiveAgent, verbAt } from './reporting-verbs.ts';
import type { SpeakerSieve } from './site.ts';
import describingVerbs from '../../data/quotes/describing-verbs.json' with { type: 'json' };
import syntaxWords from '../../data/quotes/syntax-words.json' with { type: 'json' };

// Read once: under tsx every access to an imported binding is a getter call, and these are hot.
const { DETERMINERS } = lexicon;

/** Describing verbs by first word, longest phrase first ("referred to"). */
const VERBS: ReadonlyMap<string, readonly string[][]> = (() => {
  const index = new Map<string, string[][]>();
  for (const entry of describingVerbs.verbs) {
    const words = entry.split(' ');
    const list = index.get(words[0]!) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    index.set(words[0]!, list);
  }
  return index;
})();

/** How far before "as" the verb may stand (its object between): "referred to the soldiers buried there as". */
const MAX_OBJECT = 14;

/** Length in tokens of a describing verb at `k`, or 0. */
function describingVerbAt(para: Paragraph, k: number): number {
  const t = para.tokens[k];
  if (t?.kind !== 'word' || t.cap) return 0;
  for (const words of VERBS.get(t.lower) ?? [])
    if (words.every((w, i) => para.tokens[k + i]?.lower === w)) return words.length;
  return 0;
}

/**
 * The "as" before the quotation at `q`: determiners and a "<noun> of" between are allowed ("as
 * acts of “…”"), and a second quotation coordinated with a first one reaches the first's "as"
 * ("as “gamesmanship” and a “stunt”"). Its token index, or -1.
 */
function asBefore(para: Paragraph, q: number, from: number): number {
  let k = q - 1;
  for (;;) {
    while (k > from && para.tokens[k]?.kind === 'word' && DETERMINERS.has(para.tokens[k]!.lower)) k--;
    const t = para.tokens[k];
    if (t?.kind !== 'word' || k <= from) return -1;
    if ((t.lower === 'and' || t.lower === 'or') && para.tokens[k - 1]?.kind === 'quote') {
      k -= 2;
      continue;
    }
    if (t.lower === 'of') {
      // "as acts of", "as a form of": one or two lowercase words, then "as".
      let j = k - 1;
      while (j > k - 3 && para.tokens[j]?.kind === 'word' && !para.tokens[j]!.cap) {
        if (para.tokens[j]!.lower === 'as') return j;
        j--;
      }
      return -1;
    }
    return t.lower === 'as' ? k : -1;
  }
}

/** Who describes: the subject of the verb at `v`, or the agent of a passive ("was described by X as"). */
function describer(para: Paragraph, v: number, from: number, to: number): Mention | null {
  let k = v - 1;
  let passive = false;
  while (k >= from && skipsBeforeVerb(para.tokens[k]!)) {
    if (BE_FORMS.has(para.tokens[k]!.lower)) passive = true;
    k--;
  }
  // "The plan was described as “…”": without an agent the subject is what is described.
  if (passive) return passiveAgent(para, v, to);
  return leftSubject(para, v, from);
}

/** The describing verb governing the "as" before the quotation at `q`, or -1. */
function describingVerbBefore(para: Paragraph, q: number, from: number): number {
  const as = asBefore(para, q, from);
  if (as < 0) return -1;
  for (let k = as - 1; k >= from && k >= as - MAX_OBJECT; k--) {
    const t = para.tokens[k]!;
    // An aside between commas may stand between the object and "as"; other punctuation ends the clause.
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',')) return -1;
    if (describingVerbAt(para, k) > 0) return k;
    // "condemned the act, citing the move as “…”": a reporting participle governs the "as"
    // (a noun of a reporting verb's form, "the report", "the team's claims", does not).
    if (t.kind === 'word' && t.lower.endsWith('ing') && verbAt(para, k) > 0) return -1;
  }
  return -1;
}

/** Relative words that open a clause whose own subject may describe what came before. */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(syntaxWords.labelRelatives);

/**
 * "the reform, which critics have described as “…”", "what opponents have branded as “…”": the
 * describing verb's subject, between a relative word and the verb, is lowercase words that name
 * nobody. The unnamed subject (its words), or null.
 */
function unnamedRelativeSubject(para: Paragraph, v: number, from: number): Mention | null {
  const { tokens, mentions } = para;
  let k = v - 1;
  while (k >= from && skipsBeforeVerb(tokens[k]!)) k--;
  const end = k + 1;
  while (k >= from && k > end - 4) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.cap || mentions.byEnd[k] || RELATIVE_OPENERS.has(t.lower)) break;
    k--;
  }
  const opener = tokens[k];
  if (k + 1 >= end || opener?.kind !== 'word' || !RELATIVE_OPENERS.has(opener.lower)) return null;
  return unnamed(para, k + 1, end);
}

/**
 * Is the quotation at token `q` a label that a relative clause gives to unnamed people ("which
 * critics have described as “…”")? The gold leaves out words of no named source that label
 * something (gold-dev2 and gold-dev5 notes: terms from unnamed sources).
 */
export function labelOfUnnamed(para: Paragraph, q: number, from: number): boolean {
  const v = describingVerbBefore(para, q, from);
  return v >= 0 && leftSubject(para, v, from) === null && unnamedRelativeSubject(para, v, from) !== null;
}

/** "X described Y as “…”": the subject of the describing verb before the quotation's "as". */
export const describedAs: SpeakerSieve = {
  name: 'described-as',
  find: ({ pf, sf, first }) => {
    const v = describingVerbBefore(pf, first.token, sf.from);
    if (v < 0) return null;
    // "Ana Ruiz said the reform, which critics have described as “…”, would …": the relative
    // clause's unnamed subject describes, not the main clause's speaker.
    const m = describer(pf, v, sf.from, sf.to) ?? unnamedRelativeSubject(pf, v, sf.from);
    return m
      ? { mention: m, paragraph: first.paragraph, rule: 'sentence', sieve: 'speaker.described-as' }
      : null;
  },
};
