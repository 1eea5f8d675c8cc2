/**
 * The entity rules, in the order they run over each paragraph (after spaCy's EntityRuler: named
 * patterns in an ordered list). Each family is one file in `rules/`; each organisation records the
 * rule that produced it (`OrgRule`, listed in `src/contract/schema.ts`). Earlier rules claim
 * tokens first; later ones promote or extend what is left. Adding or reordering a rule is one line.
 *
 * A rule that starts only at certain words lists them as its `triggers`: one walk over a
 * paragraph's tokens (`triggeredRules`) finds which rules have one there, and the others are not
 * run on it, instead of each walking every token to find nothing (issue #12).
 */
import { alsoCalled, definitions, hyphenatedAcronyms } from './rules/acronyms.ts';
import { capitalisedChunks } from './rules/chunks.ts';
import { L, LIST_INTRO, type Para, type ParagraphOut } from './rules/context.ts';
import { CUE_PLURALS, cueLists, cues, digitBrands } from './rules/cues.ts';
import {
  AGENT_TRIGGERS,
  EMPLOYMENT_TRIGGERS,
  STUDY_TRIGGERS,
  agentFrames,
  employmentFrames,
  studyFrames,
} from './rules/employment.ts';
import { lowercaseHeads } from './rules/lowercase-heads.ts';
import { MATCH_TRIGGERS, matchSides } from './rules/match-sides.ts';
import { LEGAL_SUFFIXES, legalSuffixes } from './rules/legal-suffixes.ts';
import { coordinatedLists } from './rules/lists.ts';
import { holderOffices } from './rules/office-holders.ts';
import { pluralHeads } from './rules/plural-heads.ts';
import { possessiveRoles } from './rules/possessive-roles.ts';
import { reportingObjects, sourceCues, titledSources } from './rules/source-cues.ts';
import type { Token } from '../language/tokenize.ts';

/** A named family of rules run over one paragraph, adding to its candidates. */
export interface EntityRule {
  name: string;
  /**
   * Lowercased tokens (a mark is its own lowercase) one of which a paragraph must hold for the rule
   * to find anything there, or one of the token shapes `HYPHENATED_WORD`, `MID_SENTENCE_THE`;
   * without them the rule runs on every paragraph.
   */
  triggers?: readonly string[];
  apply: (p: Para, lowerWords: ReadonlySet<string>, out: ParagraphOut) => void;
}

/** A word with a hyphen or an en dash inside ("NATO-Iraq"), as a trigger. */
export const HYPHENATED_WORD = '\u0000hyphenated word';
/** A capitalised "The" that opens no sentence ("told The Atlantic"), as a trigger. */
export const MID_SENTENCE_THE = '\u0000mid-sentence The';

export const ENTITY_RULES: readonly EntityRule[] = [
  // Known names, gazetteer places, head-noun organisations, leftover names, in capitalised runs.
  { name: 'capitalised-chunks', apply: capitalisedChunks },
  // "Brindle Asset Management, Inc.", "Rocky 101 LLC": a legal suffix past a comma or a number.
  { name: 'legal-suffixes', triggers: [...LEGAL_SUFFIXES], apply: legalSuffixes },
  // "NATO-Iraq partnership": a known acronym glued to another word by a hyphen.
  {
    name: 'hyphenated-acronyms',
    triggers: [HYPHENATED_WORD],
    apply: (p, _, out) => {
      hyphenatedAcronyms(p, out);
    },
  },
  // "Movimento dos Sem Terra (MST)", either way round.
  { name: 'acronym-definitions', triggers: ['('], apply: definitions },
  // "X, also called Y" / "X, also known as Y": Y is another name of X.
  {
    name: 'also-called',
    triggers: ['called', 'named', 'known', 'renamed'],
    apply: (p, _, out) => {
      alsoCalled(p, out);
    },
  },
  // "Los Angeles Sheriff's office": the office of an office holder, named by the place before it.
  { name: 'holder-offices', triggers: ['office', 'department'], apply: holderOffices },
  // "the airline X", "X news agency", "X, a firm that …": cue words around an unknown name.
  {
    name: 'cues',
    apply: (p, _, out) => {
      cues(p, out);
    },
  },
  // "8chan": a brand's name of digits and lowercase letters.
  {
    name: 'digit-brands',
    apply: (p, _, out) => {
      digitBrands(p, out);
    },
  },
  // "firms including Deutsche Bahn, Deutsche Telekom, Daimler, and Siemens".
  {
    name: 'cue-lists',
    triggers: [...LIST_INTRO, 'such', ...CUE_PLURALS],
    apply: (p, _, out) => {
      cueLists(p, out);
    },
  },
  // "Acme's chief executive", "an Acme spokeswoman": a name that owns a board or a spokesperson.
  {
    name: 'possessive-roles',
    apply: (p, _, out) => {
      possessiveRoles(p, out);
    },
  },
  // "told The Atlantic", "a writer for The American Conservative": a publication's title.
  {
    name: 'titled-sources',
    triggers: [MID_SENTENCE_THE],
    apply: (p, _, out) => {
      titledSources(p, out);
    },
  },
  // "according to the Archive", "the Monitor reported": sources that are not people.
  { name: 'source-cues', apply: sourceCues },
  // "in an interview with Acme", "a spokesperson for Acme": a bare name told or written for.
  {
    name: 'reporting-objects',
    apply: (p, lowerWords, out) => {
      reportingObjects(p, lowerWords, out);
    },
  },
  // "the Commerce department", "the Marbel diocese": a name before a lowercase head.
  {
    name: 'lowercase-heads',
    apply: (p, _, out) => {
      lowercaseHeads(p, out);
    },
  },
  // "worked for the Brigade …", "joined the Sea Org": the body a person works for or joins.
  {
    name: 'employment-frames',
    triggers: [...EMPLOYMENT_TRIGGERS],
    apply: (p, _, out) => {
      employmentFrames(p, out);
    },
  },
  // "researchers at ETH Zurich", "studied at Sciences Po": where people study, teach or research.
  {
    name: 'study-frames',
    triggers: [...STUDY_TRIGGERS],
    apply: (p, _, out) => {
      studyFrames(p, out);
    },
  },
  // "owned by Truth Aquatics", "a rally organized by Women for America First": a body's agent.
  {
    name: 'agent-frames',
    triggers: [...AGENT_TRIGGERS],
    apply: (p, _, out) => {
      agentFrames(p, out);
    },
  },
  // "Liverpool beat Arsenal 2-1", "signed for Sevilla": the clubs of a match or a transfer.
  {
    name: 'match-sides',
    triggers: [...MATCH_TRIGGERS],
    apply: (p, _, out) => {
      matchSides(p, out);
    },
  },
  // "Newsweek, Politico, The Hill and TMZ": the rest of a list of mostly organisations.
  {
    name: 'coordinated-lists',
    apply: (p, _, out) => {
      coordinatedLists(p, out);
    },
  },
  // "the Alliance, Reform, and Natural Law parties": each name with the singular head.
  {
    name: 'plural-heads',
    triggers: [...L.pluralHeads.keys()],
    apply: (p, _, out) => {
      pluralHeads(p, out);
    },
  },
];

/** Per trigger (a lowercased token or a shape), the rules it can start, as bits of rule indices. */
const RULES_BY_TRIGGER = new Map<string, number>();
/** The rules without triggers, which run on every paragraph. */
let UNTRIGGERED = 0;
if (ENTITY_RULES.length > 31) throw new Error('triggeredRules keeps one bit per entity rule: 31 at most');
ENTITY_RULES.forEach((rule, r) => {
  if (rule.triggers === undefined) UNTRIGGERED |= 1 << r;
  else for (const w of rule.triggers) RULES_BY_TRIGGER.set(w, (RULES_BY_TRIGGER.get(w) ?? 0) | (1 << r));
});
const BY_HYPHENATED = RULES_BY_TRIGGER.get(HYPHENATED_WORD) ?? 0;
const BY_MID_SENTENCE_THE = RULES_BY_TRIGGER.get(MID_SENTENCE_THE) ?? 0;

/** The rules to run on a paragraph with these tokens, as bits of their indices in `ENTITY_RULES`. */
export function triggeredRules(toks: readonly Token[]): number {
  let rules = UNTRIGGERED;
  for (const t of toks) {
    rules |= RULES_BY_TRIGGER.get(t.lower) ?? 0;
    if (t.kind !== 'word') continue;
    if (t.cap && !t.sentStart && t.text === 'The') rules |= BY_MID_SENTENCE_THE;
    else if (t.text.includes('-') || t.text.includes('–')) rules |= BY_HYPHENATED;
  }
  return rules;
}
