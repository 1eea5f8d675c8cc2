/**
 * The adjacent sieves, most precise of all: a reporting verb or "according to" right after the
 * quotation (`“…,” said X`, `“…,” X said`) or right before it (`X said: “…”`, `according to X, “…”`).
 */
import { leftSubject, sentenceSubject, skipsBeforeVerb, unnamedSubject } from '../article-analysis.ts';
import type { Paragraph } from '../article-analysis.ts';
import * as lexicon from '../lexicon.ts';
import type { Mention } from '../mentions.ts';
import syntaxWords from '../../data/quotes/syntax-words.json' with { type: 'json' };
import {
  agentPhraseAt,
  opensItsQuote,
  relayedSubject,
  relaysAPerson,
  sourceAfter,
  speakerStartingAt,
  unnamedAfter,
  verbAt,
  verbSubject,
} from './reporting-verbs.ts';
import { adjacent, hit, type Hit, type SpeakerSieve } from './site.ts';

// Read once: under tsx every access to an imported binding is a getter call, and these are hot.
const { DETERMINERS, DOCUMENT_NOUNS, INVERTING_VERBS } = lexicon;

/** Words that open a person's affiliation ("X of the Y office", "X from Y", "X at Y"). */
const AFFILIATION_WORDS: ReadonlySet<string> = new Set(syntaxWords.affiliationWords);

/** Skips commas and dashes right after a quote. */
function skipPunct(para: Paragraph, k: number, to: number): number {
  while (k < to && para.tokens[k]!.kind === 'punct' && /^[,—–-]$/.test(para.tokens[k]!.text)) k++;
  return k;
}

/** Right after the quote: “…,” said X / “…,” X said / “…,” X, role, said / “…,” according to X. */
function adjacentAfter(para: Paragraph, q: number, to: number): Hit | null {
  const k = skipPunct(para, q + 1, to);
  if (k >= to) return null;
  const putIt = asPutIt(para, k);
  if (putIt) return { mention: putIt, sieve: 'speaker.according-to' };
  const agent = agentPhraseAt(para, k);
  if (agent > 0) {
    const source = sourceAfter(para, k + agent, to) ?? unnamedAfter(para, k + agent, to);
    const relayed = source?.kind === 'org' ? relayedFrom(para, q) : null;
    return relayed
      ? { mention: relayed, sieve: 'speaker.sentence-verb' }
      : hit(source, 'speaker.according-to');
  }
  const v = verbAt(para, k);
  if (v > 0 && INVERTING_VERBS.has(para.tokens[k]!.lower)) {
    let j = k + v;
    // "said on Friday Smith" is rare; "said Smith" and "said the minister" are common. A word
    // that opens a name ("said Will Hurd") is not skipped.
    while (j < to && skipsBeforeVerb(para.tokens[j]!) && !para.mentions.byStart[j]) j++;
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
  let speaker = m;
  if (para.tokens[j]?.text === ',') {
    let e = j + 1;
    while (e < to && para.tokens[e]!.text !== ',' && para.tokens[e]!.kind !== 'quote') e++;
    if (para.tokens[e]?.text === ',' && e - j < 25) {
      // "“…,” the chief executive, Paul Reyes, said": a title names its holder in the commas.
      const named = para.mentions.byStart[j + 1];
      if (
        (m.kind === 'nominal' || m.kind === 'role') &&
        named?.kind === 'person' &&
        named.to === e &&
        !named.poss
      )
        speaker = named;
      j = e + 1;
    }
  }
  while (j < to && skipsBeforeVerb(para.tokens[j]!)) j++;
  const len = verbAt(para, j);
  return len > 0 && !opensItsQuote(para, j, len)
    ? { mention: speaker, sieve: 'speaker.subject-after' }
    : null;
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
 * "“…” — as the court's decision put it —": "as X put it" right after a quotation names its
 * source as "according to X" does.
 */
function asPutIt(para: Paragraph, k: number): Mention | null {
  if (para.tokens[k]?.lower !== 'as') return null;
  const m = speakerStartingAt(para, k + 1);
  if (!m) return null;
  const verb = para.tokens[m.to]?.lower;
  return (verb === 'put' || verb === 'puts') && para.tokens[m.to + 1]?.lower === 'it' ? m : null;
}

/**
 * "Pelosi called his conduct a “…”, according to NBC": a body after "according to" that follows
 * the quotation reports what the person whose verb of saying introduced it in the same sentence
 * said; that person (or the one "he"/"she" there refers to) speaks (issue #12, twelfth round).
 */
function relayedFrom(para: Paragraph, q: number): Mention | null {
  const from = para.sentences[para.sentenceOf[q]!]?.from ?? 0;
  for (let v = q - 1; v >= from; v--) {
    if (para.tokens[v]!.kind === 'quote') return null;
    if (verbAt(para, v) === 0) continue;
    const m = verbSubject(para, v, from, q);
    return relaysAPerson(m) ? m : null;
  }
  return null;
}

/**
 * "X decided, according to the summary, “…”": an unowned document after "according to" only
 * relays what the subject of the verb of saying right before it said.
 */
function relayedBy(para: Paragraph, source: Mention, agent: number, from: number): Mention | null {
  // "X said, according to the BBC, “…”": a body after "according to" relays X's words.
  if (source.kind === 'org') return relayedSubject(para, agent, from);
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

/**
 * “…,” wrote X on Twitter, “…”: the second half of a quotation split by its attribution. When
 * the quote before it in the same sentence is followed by an attribution that runs up to this
 * quote (a verb of saying and its speaker, and whatever phrase trails them: "on Twitter", "in a
 * statement"), both halves have that speaker (issue #12, fifth round).
 */
function splitQuote(para: Paragraph, q: number, from: number): Hit | null {
  // The attribution ends in a comma or a name: "says on “The Countdown”" names a place, not a half.
  const prev = para.tokens[q - 1];
  // "“…,” said X, before adding: “…”": a participle of saying has no subject of its own, so the
  // colon after it introduces the same speaker's second half.
  const participle = para.tokens[q - 2];
  const adding =
    prev?.text === ':' &&
    participle?.kind === 'word' &&
    participle.lower.endsWith('ing') &&
    verbAt(para, q - 2) > 0;
  // "“…;” read the statement; “…”": a semicolon may part the attribution from the second half.
  if (!prev || !(/^[,;—–-]$/.test(prev.text) || para.mentions.byEnd[q - 1] || adding)) return null;
  for (let p = q - 1; p >= from && q - p <= 12; p--) {
    const t = para.tokens[p]!;
    if (t.kind === 'quote') {
      const h = adjacentAfter(para, p, q);
      return h ? { mention: h.mention, sieve: 'speaker.split-quote' } : null;
    }
    // A sentence's end or a clause of its own between them: no split quotation.
    if (t.kind === 'punct' && !/^[,—–-]$/.test(t.text) && !(p === q - 1 && (t.text === ';' || adding)))
      return null;
  }
  return null;
}

/** “…,” said X · “…,” X said · “…,” according to X */
export const afterQuote: SpeakerSieve = {
  name: 'after-quote',
  find: (s) => adjacent(adjacentAfter(s.pl, s.last.token, s.sl.to), s.last.paragraph),
};

/** X said: “…” · said X: “…” · according to X, “…” */
export const beforeQuote: SpeakerSieve = {
  name: 'before-quote',
  find: (s) => adjacent(adjacentBefore(s.pf, s.first.token, s.sf.from), s.first.paragraph),
};

/** “…,” wrote X on Twitter, “…” · “…” tweeted X “…” */
export const splitQuoteSieve: SpeakerSieve = {
  name: 'split-quote',
  find: (s) => adjacent(splitQuote(s.pf, s.first.token, s.sf.from), s.first.paragraph),
};
