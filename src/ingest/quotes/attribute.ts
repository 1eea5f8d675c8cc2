/**
 * Attribution of every quotation: the speaker sieves (`speaker-sieves.ts`, one file per family in
 * `sieves/`) find the mention that speaks it; pronouns and nominal mentions ("the minister") are
 * then resolved through the article, which weakens the rule to `pronoun` or `nominal`; a quote
 * that no sieve attributes may carry on the previous quote's speaker (continuation).
 */
import type { AttributionRule, SpeakerRule } from '../../contract/schema.ts';
import { checkBudget } from '../seed/time-budget.ts';
import {
  leftSubject,
  nameKeys,
  position,
  resolvePerson,
  roleOf,
  sentenceSubject,
} from './article-analysis.ts';
import type { ArticleAnalysis, Paragraph, Salient } from './article-analysis.ts';
import { TITLE_SURNAMES, type Sex } from '../language/names.ts';
import { articleCountry, bodyOfCountry } from './article-country.ts';
import { articleIndex, ofName } from './article-index.ts';
import * as lexicon from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { verbAt } from './sieves/reporting-verbs.ts';
import type { Found, QuoteSite } from './sieves/site.ts';
import { SPEAKER_SIEVES } from './speaker-sieves.ts';
import syntaxWords from '../data/quotes/syntax-words.json' with { type: 'json' };

// Read once: under tsx every access to an imported binding is a getter call, and these are hot.
const {
  DETERMINERS,
  DOCUMENT_NOUNS,
  GENERIC_MODIFIERS,
  LOCAL_GOVERNMENT_HEADS,
  LOCAL_GOVERNMENT_NAME_WORDS,
  NOMINAL_HEADS,
  ORG_HEADS,
  PLACES,
  PREPOSITIONS,
  REPORTING_VERBS,
  SKIP_BEFORE_VERB,
  SPOKES_NOUNS,
  STAFF_NOUNS,
  STATE_BODY_HEADS,
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

const NONE: Attribution = { speaker: null, role: null, rule: 'none', speakerRule: 'speaker.none' };
const PERSON_OR_SOMEONE = ['person', 'someone'] as const;
const BODY = ['org'] as const;
const BODY_OR_GROUP = ['org', 'group'] as const;
const PERSON_OR_GROUP = ['person', 'group'] as const;
const UNNAMED_NOMINAL_HEADS = lexicon.UNNAMED_NOMINAL_HEADS;

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
    if (found && !namesAThing(doc, found)) return found;
  }
  return null;
}

const MODIFIER_OPENERS: ReadonlySet<string> = new Set(syntaxWords.modifierOpeners);
const NON_NOUNS_AFTER_NAME: ReadonlySet<string> = new Set(syntaxWords.nonNounsAfterName);

/**
 * "a Ukrainian passenger jet …, blaming “…”", "The Internet security firm Secunia.com has said": a
 * name between a determiner and lowercase nouns modifies them, so it names a thing, not a speaker,
 * and the next sieve is asked. After "a" the phrase is always something else than the name; after
 * "the" or a possessive only when another name follows the nouns ("the Vantor security firm said"
 * is Vantor speaking), and a person the article names stays ("the Biden campaign said").
 */
function namesAThing(doc: ArticleAnalysis, found: Found): boolean {
  const { mention: m } = found;
  if (m.name === null || (m.kind !== 'person' && m.kind !== 'org' && m.kind !== 'place')) return false;
  const para = doc.paragraphs[found.paragraph]!;
  const opener = para.tokens[m.from - 1];
  if (opener?.kind !== 'word' || !MODIFIER_OPENERS.has(opener.lower)) return false;
  let k = m.to;
  while (k < m.to + 3 && isNounAfterName(para.tokens[k])) k++;
  if (k === m.to) return false;
  const indefinite = opener.lower === 'a' || opener.lower === 'an';
  if (!indefinite && !(para.tokens[k]?.kind === 'word' && para.tokens[k]!.cap)) return false;
  const person = resolvePerson(doc.people, m.name, position(found.paragraph, m.from));
  return !(person && person.keys.at(-1) === nameKeys(m.name).at(-1));
}

/** A lowercase word after a name that reads as a noun it modifies, not as the name's verb. */
function isNounAfterName(t: ArticleAnalysis['paragraphs'][number]['tokens'][number] | undefined): boolean {
  if (t?.kind !== 'word' || !/^[a-z]+$/.test(t.text)) return false;
  const w = t.lower;
  return !(
    /(?:ed|ly)$/.test(w) ||
    NON_NOUNS_AFTER_NAME.has(w) ||
    REPORTING_VERBS.has(w) ||
    SKIP_BEFORE_VERB.has(w) ||
    PREPOSITIONS.has(w) ||
    DETERMINERS.has(w)
  );
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
      if (person === null && pluralOpener(doc, p, m)) return { speaker: null, role: m.name, rule: 'none' };
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
      let s = doc.salient.latestBefore(pos, wantPerson ? PERSON_OR_SOMEONE : group ? BODY_OR_GROUP : BODY);
      const sex = m.name === 'she' ? 'f' : m.name === 'he' ? 'm' : null;
      if (sex !== null && s?.sex != null && s.sex !== sex) s = fittingPerson(doc, pos, s, sex) ?? s;
      // "Thomas' sister pleaded with him, but he replied": a person this paragraph names before
      // the pronoun comes before the subject of an earlier paragraph.
      if (wantPerson && (s === null || Math.floor(s.pos / 2 ** 31) < p)) {
        const own = paragraphPerson(doc, p, m.from, sex);
        if (own !== null) return { speaker: own.name, role: own.role, rule: 'pronoun' };
      }
      if (s?.kind === 'someone') {
        // "The head of the inquiry told the court …. She said": the person described, when the
        // article names someone of that title; else nobody.
        const person = s.head ? articleIndex(doc).titled(s.head, s.pos, []) : null;
        return person === null ? NONE : { speaker: person.name, role: person.role, rule: 'pronoun' };
      }
      return s === null || s.kind === 'group' ? NONE : { speaker: s.name, role: s.role, rule: 'pronoun' };
    }
    case 'role':
    case 'nominal': {
      if (m.org !== null) {
        const owner = resolvePerson(doc.people, m.org, pos);
        return { speaker: owner?.name ?? m.org, role: owner?.role ?? null, rule: found.rule };
      }
      const head = m.head;
      // "Bishop said" after "Julie Bishop": a title word alone that is also a surname
      // (`titleSurnames`) is the person of that surname the article named before.
      if (
        m.kind === 'role' &&
        !m.definite &&
        m.to - m.from === 1 &&
        head !== null &&
        TITLE_SURNAMES.has(head)
      ) {
        const person = resolvePerson(doc.people, m.role ?? '', pos);
        if (person !== null && person.pos < pos && person.keys.at(-1) === head)
          return { speaker: person.name, role: person.role, rule: found.rule };
      }
      // "the court's summary concluded": a body's document speaks for the body.
      const owner =
        head !== null && DOCUMENT_NOUNS.has(head) ? /^(\p{Ll}+)['’]s\s/u.exec(m.role ?? '') : null;
      if (owner && ORG_HEADS.has(owner[1]!)) {
        const org = orgOfKind(doc, owner[1]!, pos);
        if (org !== null) return { speaker: org, role: null, rule: 'nominal' };
      }
      // "the judge's statement reads": a person's document speaks for the person with that title.
      if (owner && !ORG_HEADS.has(owner[1]!) && NOMINAL_HEADS.has(owner[1]!)) {
        const person = articleIndex(doc).titled(owner[1]!, pos, []);
        if (person !== null) return { speaker: person.name, role: person.role, rule: 'nominal' };
      }
      // "The government statement read", "an official government Twitter account posted": a
      // document of a body's kind speaks for the article's body of that kind.
      const kind = head !== null && DOCUMENT_NOUNS.has(head) ? bodyModifier(m) : null;
      if (kind !== null) {
        const org = orgOfKind(doc, kind, pos) ?? articleIndex(doc).namedBody(kind, pos);
        if (org !== null) return { speaker: org, role: null, rule: 'nominal' };
      }
      // "The government of X issued a statement agreeing …", "Their statement also read": an
      // unowned document speaks for the body that is the subject around it.
      if (head !== null && DOCUMENT_NOUNS.has(head) && !depth) {
        const owner =
          documentOwner(doc, p, m) ??
          introducedDocument(doc, p, m) ??
          leadIssuer(doc, p, m) ??
          ownedElsewhere(doc, m) ??
          ownedJustBefore(doc, p, m);
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
        // Else "the government" after "the government of Samoa": the body named so before.
        const org =
          orgOfKind(doc, head, pos) ??
          articleIndex(doc).namedBody(head, pos) ??
          countryBody(doc, m, head) ??
          namedKind(m, head);
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
        // "The Wooster professor added, “…”": a definite description of one person refers back
        // to the person the text is about, as "he"/"she" would (a bare "the witness" may not).
        const back = definiteAnaphor(doc, m, pos);
        if (back !== null) return { speaker: back.name, role: back.role ?? m.role, rule: 'nominal' };
      }
      // "The city reasoned, “…”", "The sheriff's investigators said": an unnamed subject that
      // speaks for a body the article named.
      const body = head === null ? bodyOfUnnamedSubject(doc, m.role, pos) : null;
      if (body !== null) return { speaker: body, role: null, rule: 'nominal' };
      return { speaker: null, role: m.role, rule: 'none' };
    }
  }
}

/**
 * "Critics of X were critical …, with one poster writing “…”", "Members of the House protested by
 * shouting “…”": a lone capitalised word opening a sentence that looks plural (-s, not -ss, -us or
 * -is), that nobody in the article is called and that the article never capitalises inside a
 * sentence, is a plural common noun like "Officials": it names nobody, and nobody else speaks
 * for it (issue #12).
 */
function pluralOpener(doc: ArticleAnalysis, p: number, m: Mention): boolean {
  if (m.to - m.from !== 1 || m.poss) return false;
  const para = doc.paragraphs[p]!;
  if (para.sentences[para.sentenceOf[m.from]!]?.from !== m.from) return false;
  const word = para.tokens[m.from]!;
  if (!/^\p{Lu}\p{Ll}+[^siu]s$/u.test(word.text)) return false;
  for (const other of doc.paragraphs) {
    for (let k = 0; k < other.tokens.length; k++) {
      const t = other.tokens[k]!;
      if (t.cap && t.lower === word.lower && other.sentences[other.sentenceOf[k]!]?.from !== k) return false;
    }
  }
  return true;
}

/** A lowercase body word modifying a nominal's head ("government" in "the government statement"). */
function bodyModifier(m: Mention): string | null {
  if (m.role === null) return null;
  for (const w of m.role.split(/\s+/)) {
    if (w === m.head) break;
    if (ORG_HEADS.has(w) && !NOMINAL_HEADS.has(w)) return w;
  }
  return null;
}

/**
 * The named body an unnamed subject stands for: "the city" (or town, council) for the local
 * government the article named ("Municipality of Livorno"); "the sheriff's investigators" (the
 * people of an office) for the body whose name holds the same possessive ("County Sheriff's
 * Office"). Evidence from the article's own names, not a list of bodies.
 */
function bodyOfUnnamedSubject(doc: ArticleAnalysis, role: string | null, pos: number): string | null {
  if (role === null) return null;
  const words = role.toLowerCase().replace(/’/g, "'").split(/\s+/);
  if (words[0] !== 'the') return null;
  const index = articleIndex(doc);
  if (words.length === 2 && LOCAL_GOVERNMENT_HEADS.has(words[1]!)) {
    for (const w of LOCAL_GOVERNMENT_NAME_WORDS) {
      const org = index.orgOfKind(w, pos);
      if (org !== null) return org;
    }
    return null;
  }
  if (words.length === 3 && /^\p{Ll}+'s$/u.test(words[1]!) && STAFF_NOUNS.has(words[2]!))
    return index.orgOfKind(words[1]!, pos);
  return null;
}

/**
 * "The army said …" in an article about Iran, naming no army: the Iranian army speaks. Only a
 * bare definite head of a country's body ("the government", not "a government official").
 */
function countryBody(doc: ArticleAnalysis, m: Mention, head: string): string | null {
  if (!STATE_BODY_HEADS.has(head) || !m.definite || m.poss || m.role?.toLowerCase() !== head) return null;
  const country = articleCountry(doc);
  return country === null ? null : bodyOfCountry(country, head);
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
 * "X released a statement saying …. “…” read the statement": a definite document with no owner
 * is the one the article introduced before ("a statement"), and speaks for that sentence's
 * subject, a body or a person (issue #12).
 */
function introducedDocument(doc: ArticleAnalysis, p: number, m: Mention): Found | null {
  if (!m.definite || m.head === null || (m.role ?? '').toLowerCase() !== m.head) return null;
  for (let pp = p; pp >= 0; pp--) {
    const para = doc.paragraphs[pp]!;
    const seen = new Set<Mention>();
    for (let k = pp === p ? m.from - 1 : para.tokens.length - 1; k >= 0; k--) {
      const n = para.mentions.byStart[k];
      if (!n || seen.has(n) || n.kind !== 'nominal' || n.head !== m.head) continue;
      seen.add(n);
      // "The orange warning issued by Met Éireann …": a document whose issuer is given by a
      // participle of issuing and "by" is that issuer's, whatever its determiner.
      const issuer = issuedBy(para, n.to);
      if (issuer !== null)
        return { mention: issuer, paragraph: pp, rule: 'sentence', sieve: 'speaker.sentence-subject' };
      // The first earlier mention of the document decides: introduced by "a", or not at all.
      if (n.definite || !/^an?$/.test(para.tokens[n.from]?.lower ?? '')) return null;
      const s = para.sentences[para.sentenceOf[n.from]!];
      const subject = s ? sentenceSubject(para, s, n.from) : null;
      return subject && (isBody(subject) || subject.kind === 'person')
        ? { mention: subject, paragraph: pp, rule: 'sentence', sieve: 'speaker.sentence-subject' }
        : null;
    }
  }
  return null;
}

const ISSUING_VERBS: ReadonlySet<string> = new Set(syntaxWords.issuingVerbs);

/**
 * The issuer given right after a document's mention at `k`: "… issued by Met Éireann", "…, released
 * by the ministry,", "… from the Weather Office": a body or person.
 */
function issuedBy(para: Paragraph, k: number): Mention | null {
  if (para.tokens[k]?.text === ',') k++;
  const t = para.tokens[k];
  if (t?.kind !== 'word') return null;
  let at: number;
  if (t.lower === 'from') at = k + 1;
  else if (t.lower.endsWith('ed') && ISSUING_VERBS.has(t.lower) && para.tokens[k + 1]?.lower === 'by')
    at = k + 2;
  else return null;
  const agent = para.mentions.byStart[at] ?? para.mentions.byStart[at + 1];
  return agent && !agent.poss && (isBody(agent) || agent.kind === 'person') ? agent : null;
}

/**
 * "A leaked letter seen by Sky News says “…”. … The Home Office letter reads “…”": a document with
 * no owner of its own is the one the article gives an owner under the same noun elsewhere, when
 * every such mention names the same owner (issue #12, fourteenth round).
 */
function ownedElsewhere(doc: ArticleAnalysis, m: Mention): Found | null {
  let found: Found | null = null;
  const owners = new Set<string>();
  doc.paragraphs.forEach((para, pp) => {
    for (const n of para.mentions.list) {
      if (n === m || n.kind !== 'nominal' || n.head !== m.head || n.org === null) continue;
      owners.add(n.org);
      found ??= { mention: n, paragraph: pp, rule: 'sentence', sieve: 'speaker.sentence-subject' };
    }
  });
  return owners.size === 1 ? found : null;
}

/**
 * "The Church's website is unreachable. Visitors get a message stating “…”": a document with no
 * owner of its own, in the sentence right after one (or in one) that names an owned document, is
 * that owner's (issue #12, fourteenth round: the document's issuer named under another noun).
 */
function ownedJustBefore(doc: ArticleAnalysis, p: number, m: Mention): Found | null {
  let pp = p;
  let para = doc.paragraphs[pp]!;
  let si = para.sentenceOf[m.from]!;
  for (let step = 0; step < 2; step++) {
    const s = para.sentences[si]!;
    const list = para.mentions.list;
    for (let i = list.length - 1; i >= 0; i--) {
      const n = list[i]!;
      if (n.from < s.from || n.from >= s.to || (pp === p && n.from >= m.from)) continue;
      // Owned: by a name ("the Church's website", "the Home Office letter") or a possessive ("the club's").
      const owned = n.org !== null || /['’]s?\s/u.test(n.role ?? '');
      if (n.kind === 'nominal' && owned && n.head !== null && DOCUMENT_NOUNS.has(n.head))
        return { mention: n, paragraph: pp, rule: 'sentence', sieve: 'speaker.sentence-subject' };
    }
    if (si > 0) si--;
    else {
      if (pp === 0) return null;
      pp--;
      para = doc.paragraphs[pp]!;
      si = para.sentences.length - 1;
      if (si < 0) return null;
    }
  }
  return null;
}

/** The last paragraph (0-based) whose unintroduced documents may be the lead's (`leadIssuer`). */
const LEAD_REACH = 3;

/**
 * "Trump declared a national emergency. … The proclamation said “…”": a bare definite document
 * the article never mentioned before is the text its first sentence says its subject put out
 * (issued, released, declared, …), a body or a person (issue #12, tenth round).
 */
function leadIssuer(doc: ArticleAnalysis, p: number, m: Mention): Found | null {
  if (!m.definite || m.head === null || (m.role ?? '').toLowerCase() !== m.head) return null;
  // Only while the lead is still the topic: by the fifth paragraph an unintroduced document may
  // be anyone's (the corpus's three such documents stand in paragraphs 2 to 4).
  if (p > LEAD_REACH) return null;
  for (let pp = 0; pp <= p; pp++) {
    for (const n of doc.paragraphs[pp]!.mentions.list) {
      if (pp === p && n.from >= m.from) break;
      if (n.kind === 'nominal' && n.head === m.head) return null;
    }
  }
  const lead = doc.paragraphs[0]!;
  const first = lead.sentences[0];
  const subject = first ? sentenceSubject(lead, first) : null;
  if (!subject || !(isBody(subject) || subject.kind === 'person')) return null;
  // The verb right after the subject ("declared", "is to begin issuing"), before any punctuation.
  for (let k = subject.to; k < first!.to && k - subject.to < 6; k++) {
    const t = lead.tokens[k]!;
    if (t.kind !== 'word') return null;
    if (ISSUING_VERBS.has(t.lower))
      return { mention: subject, paragraph: 0, rule: 'sentence', sieve: 'speaker.sentence-subject' };
  }
  return null;
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

/** Words that join a clause of its own to the one before ("…, but he replied"). */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(syntaxWords.clauseJoiners);

/**
 * The person "he" or "she" at token `to` of paragraph `p` refers to when the paragraph's own
 * sentences name one as their subject before it, the latest first: a person the article names in
 * full, not shown to be of the other sex; the person named in a possessive that opens the subject
 * ("Thomas' sister pleaded with him, but he replied"); or a lone name right after a lowercase
 * title ("Turkish president Erdoğan called …"). A pronoun subject on the way ("He then thanked X.
 * … he said") carries the earlier reference on, so none is taken. Null when none is found.
 */
function paragraphPerson(
  doc: ArticleAnalysis,
  p: number,
  to: number,
  sex: Sex | null,
): { name: string; role: string | null } | null {
  const para = doc.paragraphs[p]!;
  const own = para.sentenceOf[to]!;
  // In its own sentence only a clause before "…, but he": else the pronoun is that sentence's
  // subject ("Thanking X for his work, he said").
  const joined = CLAUSE_JOINERS.has(para.tokens[to - 1]?.lower ?? '');
  for (let si = joined ? own : own - 1; si >= 0; si--) {
    const s = para.sentences[si]!;
    const subject = sentenceSubject(para, s, Math.min(s.to, to));
    if (subject === null || subject.from >= to) continue;
    if (subject.kind === 'pronoun') return null;
    let m: Mention = subject;
    let name: string | null = null;
    let role: string | null = null;
    if (m.kind === 'nominal' || m.kind === 'role') {
      // "Turkish president Erdoğan": the name right after the title.
      const after = para.mentions.byStart[m.to];
      if (after?.kind === 'person' && !after.poss && m.head !== null && !ORG_HEADS.has(m.head)) {
        role = m.role;
        m = after;
      } else {
        // "Thomas' sister": the owner named in the subject's possessive.
        const owner = /^((?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}-]*)['’]s?\s/u.exec(m.role ?? '')?.[1];
        if (owner === undefined) continue;
        name = owner;
      }
    }
    if (m.kind === 'person' && !m.poss) {
      name = m.name;
      const title = para.mentions.byEnd[m.from - 1];
      if (role === null && title?.kind === 'nominal' && title.head !== null && !ORG_HEADS.has(title.head))
        role = title.role;
    }
    if (name === null) continue;
    const person = resolvePerson(doc.people, name, position(p, m.from));
    if (person !== null) {
      if (sex !== null && person.sex != null && person.sex !== sex) continue;
      // The owner of "Thomas' sister" is not the sister: only a person's own mention gives a role.
      const own = m.kind === 'person' ? roleOf(para, m) : null;
      return { name: person.name, role: own ?? role ?? person.role };
    }
    if (role !== null) return { name, role };
  }
  return null;
}

/**
 * "Tom Lee met Ann Park. She said": when the person "he" or "she" would refer to (`latest`) is
 * shown to be of the other sex, the latest person shown to fit it: one named after `latest`
 * (an object: "Ann Park"), else an earlier subject. Null when none fits: the latest stays.
 */
function fittingPerson(doc: ArticleAnalysis, pos: number, latest: Salient, sex: Sex): Salient | null {
  const p0 = Math.floor(latest.pos / 2 ** 31);
  for (let p = Math.floor(pos / 2 ** 31); p >= p0; p--) {
    const list = doc.paragraphs[p]!.mentions.list;
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i]!;
      const at = position(p, m.from);
      if (at >= pos) continue;
      if (at <= latest.pos) break;
      if (m.kind !== 'person' || m.name === null) continue;
      const person = resolvePerson(doc.people, m.name, at);
      if (person?.sex === sex) return { pos: at, name: person.name, kind: 'person', role: person.role, sex };
    }
  }
  return doc.salient.latestBefore(pos, PERSON_OR_SOMEONE, (c) => c.sex === sex);
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
  const sex = person ? (resolvePerson(doc.people, result.speaker!, pos)?.sex ?? null) : null;
  doc.salient.remember({
    pos,
    name: result.speaker!,
    kind: person ? 'person' : 'org',
    role: result.role,
    sex,
  });
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

/**
 * The person a definite singular description ("the father", "the Wooster professor") refers back
 * to: the latest salient person before it, as for "he"/"she". Heads that usually introduce someone
 * new and unnamed ("the witness"), heads of bodies or documents, and titles narrowed by a lowercase
 * modifier ("the health minister") are left alone.
 */
function definiteAnaphor(
  doc: ArticleAnalysis,
  m: Mention,
  pos: number,
): { name: string; role: string | null } | null {
  const head = m.head;
  if (!m.definite || m.poss || head === null || UNNAMED_NOMINAL_HEADS.has(head)) return null;
  if (!NOMINAL_HEADS.has(head) || DOCUMENT_NOUNS.has(head) || SPOKES_NOUNS.has(head) || ORG_HEADS.has(head))
    return null;
  // "the local health minister" after a civil aviation minister: a lowercase modifier that
  // narrows the title describes someone else.
  if (narrowingModifiers(m).length > 0) return null;
  const s = doc.salient.latestBefore(pos, PERSON_OR_GROUP);
  if (s === null || s.kind !== 'person' || reportedBy(doc, s.pos, pos)) return null;
  return { name: s.name, role: s.role };
}

/**
 * "Mark Ellis said the chief told him to “…”": a description inside what a person is reported to
 * say, in that person's own sentence, is someone else. True when `from` and `to` (positions in the
 * same paragraph) are in one sentence with a reporting verb between them.
 */
function reportedBy(doc: ArticleAnalysis, from: number, to: number): boolean {
  const p = Math.floor(to / 2 ** 31);
  if (Math.floor(from / 2 ** 31) !== p) return false;
  const para = doc.paragraphs[p];
  const a = from - p * 2 ** 31;
  const b = to - p * 2 ** 31;
  if (para === undefined || para.sentenceOf[a] !== para.sentenceOf[b]) return false;
  for (let k = a + 1; k < b; k++) if (verbAt(para, k) > 0) return true;
  return false;
}

/**
 * "The Nobel committee cited “…”": a body's kind after a capitalised name, when the article names
 * no body of that kind, is that body, written as the article writes it.
 */
function namedKind(m: Mention, head: string): string | null {
  const role = m.role ?? '';
  const match = /^(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)\s+(\p{Ll}+)$/u.exec(role);
  if (!match || match[2] !== head) return null;
  // "the U.S. embassy", "the Kenya office": a place's branch of a body the article does not name.
  const name = match[1]!;
  return PLACES.has(name.toLowerCase()) || /^(?:\p{Lu}\.)+$/u.test(name) ? null : role;
}
