/**
 * Which quotations are direct speech: scare quotes, titles and short quoted names are left out
 * unless a named source is clearly quoted (gold guidelines: fewer than three words needs a speaker).
 */
import type { SpeakerRule } from '../../contract/schema.ts';
import type { Attribution } from './attribute.ts';
import { stopIsNarrators, type ArticleAnalysis } from './article-analysis.ts';
import * as lexicon from './lexicon.ts';
import { labelOfUnnamed } from './sieves/described-as.ts';
import { WORDS, wordCount } from '../language/words.ts';
import syntaxWords from '../data/quotes/syntax-words.json' with { type: 'json' };

// Read once: under tsx every access to an imported binding is a getter call, and these are hot.
const {
  NAMING_CUES,
  NAMING_VERBS_WITH_OBJECT,
  NUMBER_WORDS,
  PREPOSITIONS,
  REPORTING_VERBS,
  TEXT_HEADS,
  TITLE_CUES,
  VERB_HELPERS,
} = lexicon;

const MINOR_WORDS: ReadonlySet<string> = new Set(syntaxWords.titleMinorWords);
const LABEL_HEADS: ReadonlySet<string> = new Set(syntaxWords.labelHeads);
const DEFINITE_OPENERS: ReadonlySet<string> = new Set(syntaxWords.definiteOpeners);
const PREDICATE_OPENERS: ReadonlySet<string> = new Set(syntaxWords.predicateOpeners);

/** Headline-style capitalisation without sentence punctuation: a title ("Band on the Run"), not speech. */
export function isTitleLike(text: string): boolean {
  if (/[.!?,;:]$/.test(text)) return false;
  const words = text.match(WORDS) ?? [];
  if (words.length < 2 || words.length > 10) return false;
  return words.every((w, i) => (i > 0 && MINOR_WORDS.has(w.toLowerCase())) || /^[\p{Lu}\p{N}]/u.test(w));
}

/** Is there a naming cue right before token `q` ("a process called", "also known as", "nicknamed the")? */
function namedBefore(doc: ArticleAnalysis, paragraph: number, q: number): boolean {
  const tokens = doc.paragraphs[paragraph]!.tokens;
  let k = q - 1;
  while (k >= 0 && tokens[k]!.kind === 'word' && /^(?:the|a|an)$/.test(tokens[k]!.lower)) k--;
  const one = tokens[k];
  if (one?.kind !== 'word') return false;
  // "which the New York Times called “…”": with a speaker before it the cue reports speech.
  if (NAMING_CUES.has(one.lower)) {
    const agent = doc.paragraphs[paragraph]!.mentions.byEnd[k - 1];
    return !(agent && !agent.poss && agent.kind !== 'place');
  }
  const two = tokens[k - 1];
  if (two?.kind === 'word' && NAMING_CUES.has(`${two.lower} ${one.lower}`)) return true;
  const three = tokens[k - 2];
  return (
    three?.kind === 'word' &&
    two?.kind === 'word' &&
    NAMING_CUES.has(`${three.lower} ${two.lower} ${one.lower}`)
  );
}

/**
 * "named the virus that causes it “…”": a naming verb a few words before the quotation, with only
 * its object between, makes the quotation the name given.
 */
function namedByVerb(doc: ArticleAnalysis, paragraph: number, q: number): boolean {
  const tokens = doc.paragraphs[paragraph]!.tokens;
  for (let k = q - 1; k >= 0 && k >= q - 8; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (NAMING_VERBS_WITH_OBJECT.has(t.lower)) return true;
  }
  return false;
}

/**
 * Does the sentence of the quotation at token `q` name a term in quotes ("writes that the term
 * “subject to” requires …")? Then the sentence is about wording, and other short quotes in it
 * ("… subject to “complete jurisdiction”") are terms too.
 */
function sentenceNamesTerm(doc: ArticleAnalysis, paragraph: number, q: number): boolean {
  const para = doc.paragraphs[paragraph]!;
  const s = para.sentences[para.sentenceOf[q]!];
  if (!s) return false;
  for (let k = s.from; k < s.to; k++)
    if (k !== q && para.tokens[k]!.kind === 'quote' && namedBefore(doc, paragraph, k)) return true;
  return false;
}

type NarrationToken = ArticleAnalysis['paragraphs'][number]['tokens'][number];

/** A comma, "and" or "or" between two quotations ("“…” and “…” remark"). */
const joinsQuotes = (t: NarrationToken | undefined): boolean =>
  (t?.kind === 'punct' && t.text === ',') || (t?.kind === 'word' && (t.lower === 'and' || t.lower === 'or'));

/** Relative pronouns that open a clause describing the noun before them ("that" may report speech). */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(syntaxWords.referentRelatives);

/**
 * "a mysterious “big guy” who received a cut": the quotation at token `q` (ending at `end`) is a
 * noun phrase's head after "a"/"an" and at most two lowercase words, and a relative pronoun
 * follows it.
 */
function describedReferent(para: ArticleAnalysis['paragraphs'][number], q: number, end: number): boolean {
  const after = para.tokens[end + 1];
  if (after?.kind !== 'word' || !RELATIVE_OPENERS.has(after.lower)) return false;
  for (let k = q - 1; k >= 0 && k >= q - 3; k--) {
    const t = para.tokens[k]!;
    if (t.kind !== 'word' || t.cap) return false;
    if (t.lower === 'a' || t.lower === 'an') return true;
    if (REPORTING_VERBS.has(t.lower) || PREPOSITIONS.has(t.lower)) return false;
  }
  return false;
}

/**
 * "the “one country, two systems” model", "the Hungarian “outward investment” strategy", "the
 * alleged “…” and “…” comment": a quotation between a definite opener (and up to two words
 * describing the noun) and a head noun a label names (`labelHeads`) is that thing's label, not
 * speech; quotations coordinated before the noun are labels alike. After "a"/"an" the quoted
 * words are a source's judgement ("a “serious” threat") and stay.
 */
function labelsAHead(para: ArticleAnalysis['paragraphs'][number], q: number): boolean {
  const { tokens } = para;
  let k = q + 1;
  while (joinsQuotes(tokens[k]) && tokens[k + 1]?.kind === 'quote') k += 2;
  const head = tokens[k];
  if (head?.kind !== 'word' || head.cap || !LABEL_HEADS.has(head.lower)) return false;
  let b = q - 1;
  while (joinsQuotes(tokens[b]) && tokens[b - 1]?.kind === 'quote') b -= 2;
  for (let n = 0; n <= 2; n++, b--) {
    const t = tokens[b];
    if (t?.kind !== 'word') return false;
    if (DEFINITE_OPENERS.has(t.lower) || t.poss) return true;
    // "the minister said “…” policy": a verb or a preposition ends the noun phrase, unless it is
    // a participle describing the noun right after the opener ("the alleged “…” remark").
    const before = tokens[b - 1];
    const opens = before?.kind === 'word' && (DEFINITE_OPENERS.has(before.lower) || before.poss);
    if ((REPORTING_VERBS.has(t.lower) || PREPOSITIONS.has(t.lower)) && !opens) return false;
    // "the council rejected “racist” comments": any past form there is the subject's verb, and
    // the opener belongs to the subject ("hundred", "red" and "need" are no past forms).
    if (!opens && !t.cap && t.lower.length >= 5 && t.lower.endsWith('ed') && !NUMBER_WORDS.has(t.lower))
      return false;
    // "the town had “no real” plan": an auxiliary or a form of "be" never describes a noun, so the
    // opener before it belongs to a subject, not to the noun after the quotation.
    if (!t.cap && VERB_HELPERS.has(t.lower)) return false;
  }
  return false;
}

/** "the council “will publish” plans": a quotation opening with a tensed auxiliary is a predicate, no label. */
function opensAsPredicate(text: string): boolean {
  const first = /^\p{Ll}+/u.exec(text)?.[0];
  return first !== undefined && PREDICATE_OPENERS.has(first);
}

/** Nouns whose wording may follow them after a comma: a question, a law's article or clause. */
const WORDING_NOUNS: ReadonlySet<string> = new Set(['question', ...TEXT_HEADS]);

/** Sieves that found the speaker right after the quotation ("“…,” she said", "“…,” said X"). */
const SPEAKER_AFTER: ReadonlySet<SpeakerRule> = new Set(['speaker.said-after', 'speaker.subject-after']);

/** Does the token at `k` end the name of a question or a text ("the question", "Article 2.2.9")? */
function citedWording(para: ArticleAnalysis['paragraphs'][number], k: number): boolean {
  const t = para.tokens[k];
  if (t?.kind !== 'word' || t.poss) return false;
  if (WORDING_NOUNS.has(t.lower) && !t.cap) return true;
  // "Article 2.2.9": a capitalised text head followed only by its number.
  const m = para.mentions.byEnd[k];
  if (!m) return false;
  const head = para.tokens[m.from]!;
  return head.kind === 'word' && TEXT_HEADS.has(head.lower) && m.to - m.from === 2 && /^\p{N}/u.test(t.text);
}

/** Is the quotation direct speech worth listing? */
export function keepQuote(doc: ArticleAnalysis, qi: number, text: string, attribution: Attribution): boolean {
  const words = wordCount(text);
  if (words === 0) return false;
  // "“COVID-19” is to replace the designation “2019-nCoV.”": one quoted token with a digit is a
  // code or a name, not speech.
  if (words === 1 && /\p{N}/u.test(text)) return false;
  const attributed = attribution.speaker !== null && attribution.rule !== 'continuation';
  // "Trump labelled the report as “fake news”": the words a named source describes something
  // with are its quote, however short, even after a title cue ("report") or a naming verb.
  if (attributed && attribution.speakerRule === 'speaker.described-as') return true;
  const first = doc.quoteTokens[qi]?.[0];
  // "would be a “significant public benefit.”": the narrator's stop inside the marks ends no sentence.
  const ends = SENTENCE_END.test(text) && !(first && stopIsNarrators(doc.paragraphs, first, text));
  if (first) {
    // "a process called “exfiltration”", "also known as “cosmonaut No. 11”": names, not speech.
    if (namedBefore(doc, first.paragraph, first.token)) return false;
    // "which critics have described as “…”": a label given by people the article does not name.
    const own = doc.paragraphs[first.paragraph]!;
    if (labelOfUnnamed(own, first.token, own.sentences[own.sentenceOf[first.token]!]!.from)) return false;
    if (!ends && namedByVerb(doc, first.paragraph, first.token)) return false;
    const para = doc.paragraphs[first.paragraph]!;
    // "the “one country, two systems” model": a short quotation labelling a definite noun.
    if (words < 5 && !ends && !opensAsPredicate(text) && labelsAHead(para, first.token)) return false;
    // "an email referencing a mysterious “big guy” who received a cut": a short quotation that
    // a relative clause describes is the name of someone or something referred to, not speech.
    const last = doc.quoteTokens[qi]!.at(-1)!;
    if (
      words < 3 &&
      !ends &&
      last.paragraph === first.paragraph &&
      describedReferent(para, first.token, last.token)
    )
      return false;
    // "Anna Franowska of “Have no fear”": a quoted name after a name and "of" is an organisation.
    const of = para.tokens[first.token - 1];
    if (
      words < 5 &&
      of?.kind === 'word' &&
      (of.lower === 'of' || of.lower === 'at') &&
      para.mentions.byEnd[first.token - 2]?.kind === 'person'
    )
      return false;
    // "to add the question, “…”", "violated Article 2.2.9, “…”": the wording of a question or a
    // text set in apposition to its name is cited, not spoken; but an answer attributed right
    // after it is speech ("In response to the question, “…,” she said").
    if (
      para.tokens[first.token - 1]?.text === ',' &&
      citedWording(para, first.token - 2) &&
      !(attributed && SPEAKER_AFTER.has(attribution.speakerRule))
    )
      return false;
    // "the film “Dune”", "a sign reading “…”": titles and slogans when short or title-cased.
    for (let k = first.token - 1; k >= 0 && k >= first.token - 3; k--) {
      const t = para.tokens[k]!;
      // "the report has “serious gaps”": an auxiliary or "be" after the cue makes the cue its
      // subject, and the quotation what is said of it, not its title.
      if (t.kind !== 'word' || (!t.cap && VERB_HELPERS.has(t.lower))) break;
      if (TITLE_CUES.has(t.lower) && (words < 3 || isTitleLike(text))) return false;
    }
  }
  if (isTitleLike(text) && attribution.rule !== 'adjacent') return false;
  // "the term “subject to” requires … “complete jurisdiction”": a term beside a named term.
  if (
    words < 4 &&
    !ends &&
    attribution.rule !== 'adjacent' &&
    first &&
    sentenceNamesTerm(doc, first.paragraph, first.token)
  )
    return false;
  if (words < 3) return attributed;
  // "would create “personal investment accounts”": a short phrase no one is said to say is a term.
  if (words < 4 && !ends) return attributed || attribution.sourced === true;
  return true;
}

const SENTENCE_END = /[.!?…]\W*$/;
