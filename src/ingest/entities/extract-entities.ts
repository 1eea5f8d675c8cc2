/**
 * Finds named organisations, people and places with hand-written rules over data tables (see
 * docs/decisions/002-entity-extraction.md): capitalised chunks, the alias table and gazetteer,
 * organisation head nouns, acronym definitions and cue words. Fast enough for ingestion at
 * hundreds of articles a second, with no NLP library.
 */
import type { Organisation, Person, Place } from '../../contract/schema.ts';
import { recognise } from './recognise.ts';
import type { Token } from '../language/tokenize.ts';
import { resolveOrganisations, resolvePeople, resolvePlaces } from './resolve.ts';

export interface ExtractedEntities {
  organisations: Organisation[];
  people: Person[];
  places: Place[];
}

/**
 * Organisations (canonical, once each), people and places named in an article. `tokens` are the
 * paragraphs' tokens when the caller has them (`tokenizeParagraphs`, shared with quote extraction).
 */
export function extractEntities(
  paragraphs: readonly string[],
  source: string,
  tokens?: readonly (readonly Token[])[],
): ExtractedEntities {
  const rec = recognise(paragraphs, tokens);
  return {
    organisations: resolveOrganisations(rec, source),
    people: resolvePeople(rec),
    places: resolvePlaces(rec),
  };
}
