/**
 * The entity rules, in the order they run over each paragraph (after spaCy's EntityRuler: named
 * patterns in an ordered list). Each family is one file in `rules/`; each organisation records the
 * rule that produced it (`OrgRule`, listed in `src/contract/schema.ts`). Earlier rules claim
 * tokens first; later ones promote or extend what is left. Adding or reordering a rule is one line.
 */
import { alsoCalled, definitions, hyphenatedAcronyms } from './rules/acronyms.ts';
import { capitalisedChunks } from './rules/chunks.ts';
import type { Para, ParagraphOut } from './rules/context.ts';
import { cues } from './rules/cues.ts';
import { lowercaseHeads } from './rules/lowercase-heads.ts';
import { legalSuffixes } from './rules/legal-suffixes.ts';
import { coordinatedLists } from './rules/lists.ts';
import { holderOffices } from './rules/office-holders.ts';
import { pluralHeads } from './rules/plural-heads.ts';
import { possessiveRoles } from './rules/possessive-roles.ts';
import { reportingObjects, sourceCues } from './rules/source-cues.ts';

/** A named family of rules run over one paragraph, adding to its candidates. */
export interface EntityRule {
  name: string;
  apply: (p: Para, lowerWords: ReadonlySet<string>, out: ParagraphOut) => void;
}

export const ENTITY_RULES: readonly EntityRule[] = [
  // Known names, gazetteer places, head-noun organisations, leftover names, in capitalised runs.
  { name: 'capitalised-chunks', apply: capitalisedChunks },
  // "Brindle Asset Management, Inc.", "Rocky 101 LLC": a legal suffix past a comma or a number.
  { name: 'legal-suffixes', apply: legalSuffixes },
  // "NATO-Iraq partnership": a known acronym glued to another word by a hyphen.
  {
    name: 'hyphenated-acronyms',
    apply: (p, _, out) => {
      hyphenatedAcronyms(p, out);
    },
  },
  // "Movimento dos Sem Terra (MST)", either way round.
  { name: 'acronym-definitions', apply: definitions },
  // "X, also called Y" / "X, also known as Y": Y is another name of X.
  {
    name: 'also-called',
    apply: (p, _, out) => {
      alsoCalled(p, out);
    },
  },
  // "Los Angeles Sheriff's office": the office of an office holder, named by the place before it.
  { name: 'holder-offices', apply: holderOffices },
  // "the airline X", "X news agency", "X, a firm that …": cue words around an unknown name.
  {
    name: 'cues',
    apply: (p, _, out) => {
      cues(p, out);
    },
  },
  // "Acme's chief executive", "an Acme spokeswoman": a name that owns a board or a spokesperson.
  {
    name: 'possessive-roles',
    apply: (p, _, out) => {
      possessiveRoles(p, out);
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
    apply: (p, _, out) => {
      pluralHeads(p, out);
    },
  },
];
