import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

/** The names of the organisations found in an article of these paragraphs (source "Test Wire"). */
export const orgNames = (...paragraphs: string[]): string[] =>
  extractEntities(paragraphs, 'Test Wire').organisations.map((o) => o.name);

/** Each organisation found in an article of these paragraphs, as its name and recognition rule. */
export const orgNamesAndRules = (...paragraphs: string[]): [string, string | undefined][] =>
  extractEntities(paragraphs, 'Test Wire').organisations.map((o) => [o.name, o.rule]);
