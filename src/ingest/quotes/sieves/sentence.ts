/**
 * The sentence sieves: a reporting verb elsewhere in the quotation's sentence (its subject
 * speaks, or the person a body reports), and the sentence's subject when the quotation is
 * introduced by punctuation, is a stretch of speech inside the sentence, or follows a farther verb;
 * and the passive a short quotation completes ("was described as “…” by X"): its agent speaks.
 */
import { sentenceSubject, skipsBeforeVerb, unnamed } from '../article-analysis.ts';
import type { Paragraph } from '../article-analysis.ts';
import * as lexicon from '../lexicon.ts';
import { isPreposition } from '../mentions.ts';
import type { Mention } from '../mentions.ts';
import { BE_FORMS, hasVerb, sentenceVerbs, speakerStartingAt, verbAt } from './reporting-verbs.ts';
import { introducedByPunct, type SpeakerSieve } from './site.ts';

// Read once: under tsx every access to an imported binding is a getter call, and these are hot.
const { PREPOSITIONS } = lexicon;

/** How many lowercase words may stand between a passive participle and the quotation ("was said to be suffering “…”"). */
const MAX_PASSIVE_GAP = 4;

/**
 * "Trump was said to be suffering “minor symptoms”", "39 percent are rated “highly critical”",
 * "X, who was described as “…” by the police": a quotation completing a passive verb is the words
 * of the passive's agent ("by …" after the verb or after the quotation); without one, nobody named
 * is quoted, so the subject, which is what is described, does not speak. "was quoted as saying"
 * (a verb of saying between) is left to the next sieves.
 */
export const passiveDescription: SpeakerSieve = {
  name: 'passive-description',
  find: ({ doc, qi, pf, sf, first, last }) => {
    if (first.paragraph !== last.paragraph || doc.quoteIsSpeech[qi] === true) return null;
    const q = first.token;
    for (let k = q - 1; k > sf.from && k >= q - 1 - MAX_PASSIVE_GAP; k--) {
      const t = pf.tokens[k]!;
      if (t.kind !== 'word' || t.cap || pf.mentions.byStart[k]) return null;
      if (verbAt(pf, k) > 0 && t.lower.endsWith('ing')) return null;
      const participle = t.lower.endsWith('ed') || verbAt(pf, k) > 0;
      if (!participle) continue;
      let b = k - 1;
      while (b > sf.from && skipsBeforeVerb(pf.tokens[b]!) && !BE_FORMS.has(pf.tokens[b]!.lower)) b--;
      if (!BE_FORMS.has(pf.tokens[b]?.lower ?? '')) continue;
      // "X said immunity cases were afforded “…”": the passive is inside what a source says.
      if (hasVerb(pf, sf.from, b)) return null;
      const by = pf.tokens[k + 1]?.lower === 'by' ? k + 1 : pf.tokens[q + 1]?.lower === 'by' ? q + 1 : -1;
      const agent = by >= 0 ? speakerStartingAt(pf, by + 1) : null;
      return {
        mention: agent ?? unnamed(pf, b, k + 1),
        paragraph: first.paragraph,
        rule: 'sentence',
        sieve: 'speaker.sentence-verb',
      };
    }
    return null;
  },
};

/** A reporting verb elsewhere in the quote's sentence: its subject, or the person a body reports. */
export const sentenceVerb: SpeakerSieve = {
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
};

/**
 * A quote introduced by a colon or comma, a stretch of speech inside a sentence ("X assailed the
 * event as “…”"), or a sentence with a reporting verb whose subject is further away: the sentence's
 * subject speaks.
 */
export const sentenceSubjectSieve: SpeakerSieve = {
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
};

/**
 * "The Atlantic claimed that …, Trump refused … and referred to the soldiers as “losers”": a body
 * reporting, in a "that" clause, what a person said; the person named as the clause's subject
 * before the quote speaks, or the title standing for them ("The BBC reported that the minister
 * had “…”": the minister, resolved through the article, or nobody named).
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
      (n.kind === 'person' || n.kind === 'nominal' || n.kind === 'role') &&
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
