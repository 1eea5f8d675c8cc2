// Defects found by a second round of probing the extractor with ordinary news sentences written
// for the purpose (decision 002, "Probing the language: organisations, second round"). Sentences
// written for this test, not corpus text.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';

const entities = (...paragraphs: string[]) => extractEntities(paragraphs, 'Test Wire');
const orgNames = (...paragraphs: string[]): string[] =>
  entities(...paragraphs).organisations.map((o) => o.name);

test('a known name after a connector runs past the capitalised words', () => {
  // "the Congress party" is the gazetteer's "Congress Party" (Indian National Congress), whether
  // or not a connector joins it to the words before; it is no other country's Congress.
  expect(orgNames('In India the Congress party lost ground on Sunday.')).toEqual([
    'Indian National Congress',
  ]);
  expect(
    orgNames(
      'Leaders of the Congress party met in New Delhi on Friday.',
      'In South Africa the African National Congress kept its majority.',
    ),
  ).toEqual(['Indian National Congress', 'African National Congress']);
});

test('one unknown name the article gives bodies of two countries is two bodies', () => {
  // A country's possessive before the name, or "in" and a country after it, places the body; a
  // mention placed nowhere goes with the last placed one before it.
  const e = entities(
    "Peru's Chamber of Deputies approved the budget on Tuesday.",
    'The Chamber of Deputies in Chile rejected a similar bill, and the Chamber of Deputies then adjourned.',
  );
  expect(e.organisations.map((o) => [o.name, o.aliases])).toEqual([
    ['Chamber of Deputies (Peru)', ['Chamber of Deputies']],
    ['Chamber of Deputies (Chile)', ['Chamber of Deputies']],
  ]);
  expect(e.organisations[1]!.mentions).toHaveLength(2);
  // A demonym opening the name places it too, irregular ones included ("Spanish": Spain).
  expect(
    orgNames(
      "Greece's Interior Ministry said the border was open.",
      'The Spanish Interior Ministry disagreed.',
    ),
  ).toEqual(['Interior Ministry (Greece)', 'Spanish Interior Ministry']);
  // One country only: one body, named as before.
  expect(
    orgNames("Kenya's Supreme Court ruled on Friday.", 'The Supreme Court said the vote was valid.'),
  ).toEqual(['Supreme Court']);
});

test("a monarch's title or a saint's name before a possessive belongs to the body's name", () => {
  expect(
    orgNames(
      "A lecturer at King's College Hospital and a researcher at Queen's University spoke.",
      "The Prince's Trust paid for beds at St Anne's Hospital and St. Luke's Hospital.",
    ),
  ).toEqual([
    "King's College Hospital",
    "Queen's University",
    "Prince's Trust",
    "St Anne's Hospital",
    "St. Luke's Hospital",
  ]);
});

test('a city or country right after an academic head is part of the name', () => {
  expect(
    orgNames(
      'Researchers at Trinity College Dublin and Hanover College Berlin published the study.',
      'She studied at Imperial College London before moving to Trinity College.',
    ),
  ).toEqual(['Trinity College Dublin', 'Hanover College Berlin', 'Imperial College London']);
});

test('a city or a one-word name beside a verb of a match is a club when the clause says it is sport', () => {
  const e = entities(
    'Liverpool beat Arsenal 2-1 on Saturday, while Chelsea drew with Barcelona.',
    'The striker signed for Valmont last summer.',
  );
  expect(e.organisations.map((o) => [o.name, o.rule])).toEqual([
    ['Liverpool', 'org.match-side'],
    ['Arsenal', 'org.match-side'],
    ['Chelsea', 'org.match-side'],
    ['Barcelona', 'org.match-side'],
    ['Valmont', 'org.match-side'],
  ]);
  // National sides are their countries (gold guidelines); no score, no match; players are people.
  expect(orgNames('England beat France 2-1 in the final.')).toEqual([]);
  expect(orgNames('Washington beat Beijing to the deal.')).toEqual([]);
  expect(orgNames('Rafael Nadal beat Novak Djokovic 6-4, and Nadal beat Djokovic 7-5 again.')).toEqual([]);
});

test('a one-word name is the one unknown body whose longer name ends in it', () => {
  const e = entities(
    'Wrestling promotion Silver Moon Starlight announced the card on Monday.',
    'Aiko Tanaka signed for Starlight in 2019.',
  );
  expect(e.organisations.map((o) => [o.name, o.aliases])).toEqual([['Silver Moon Starlight', ['Starlight']]]);
});

test("parties known by a bare or foreign name; a name other countries' parties share only where the article names the country", () => {
  expect(orgNames('In Dublin, Fianna Fáil and Fine Gael agreed to govern together.')).toEqual([
    'Fianna Fáil',
    'Fine Gael',
  ]);
  expect(
    orgNames('Brothers of Italy won the most votes, and Sumar joined the government in Madrid.'),
  ).toEqual(['Brothers of Italy', 'Sumar']);
  // "Labor", "Liberals": scoped to the party's country, the one named last before the match.
  expect(
    orgNames('In Australia, Labor won the election.', 'In Canada the Liberals formed a government.'),
  ).toEqual(['Australian Labor Party', 'Liberal Party of Canada']);
  expect(orgNames('Labor leaders marched on Monday.', 'The Liberals were not there.')).toEqual([]);
});

test('an acronym the article defines for a name, matching a known body, makes the name that body', () => {
  const e = entities('He leads the Austrian Social Democrat Party (SPOE), the rival of the OEVP.');
  expect(e.organisations.map((o) => [o.name, o.aliases])).toEqual([
    ['Social Democratic Party of Austria', ['SPOE', 'Austrian Social Democrat Party', 'SPÖ']],
    ["Austrian People's Party", ['OEVP', 'ÖVP']],
  ]);
});

test('heads of police forces, coastguards, cartels, colleges of music and orchestras make bodies', () => {
  expect(
    orgNames(
      'Officers of the Royal Ulster Constabulary met the Norwegian Coastguard.',
      'The Gulf Cartel threatened students of the Hong Kong Polytechnic and the Paris Conservatory.',
      'The Vienna Philharmonic played at the Moravian Seminary.',
    ),
  ).toEqual([
    'Royal Ulster Constabulary',
    'Norwegian Coastguard',
    'Gulf Cartel',
    'Hong Kong Polytechnic',
    'Paris Conservatory',
    'Vienna Philharmonic',
    'Moravian Seminary',
  ]);
});

test('a plural cue noun after "the" with a list of names right after it names bodies', () => {
  expect(orgNames('Shares in the carmakers Vexa, Torvik and Almont rose on Monday.')).toEqual([
    'Vexa',
    'Torvik',
    'Almont',
  ]);
  // One name after it is no list (the cue-word rules decide such names).
  expect(orgNames('The carmakers said Vexa would rise.')).toEqual([]);
});
