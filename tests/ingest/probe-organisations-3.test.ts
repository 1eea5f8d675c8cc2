// Defects found by a third round of probing the extractor with ordinary news sentences written
// for the purpose (decision 002, "Probing the language: organisations, third round"). Sentences
// written for this test, not corpus text.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';
import { orgNames, orgNamesAndRules } from './organisations-of.ts';

test('a possessive of a name before a known name ending in a head makes another body', () => {
  // "People's", "Workers'" belong to the name, as in "Korean People's Army": the body is not the
  // United States' Democratic Party with its owner cut off.
  expect(
    orgNames(
      "Voters in the east backed the Kurdish People's Democratic Party on Sunday.",
      "The Workers' Democratic Party came second.",
    ),
  ).toEqual(["Kurdish People's Democratic Party", "Workers' Democratic Party"]);
  // The known party itself stays the known one.
  expect(orgNames('In Ohio the Democratic Party won the governorship.')).toEqual(['Democratic Party']);
});

test('"ex-" joined to a demonym keeps the demonym in the body\'s name', () => {
  expect(
    orgNames(
      "Officers of the ex-Yugoslav People's Army were charged on Monday.",
      'Veterans of the ex-Soviet Red Army marched in the square.',
    ),
  ).toEqual(["Yugoslav People's Army", 'Soviet Red Army']);
  // A stance is no part of the name.
  expect(orgNames('Fighters of the anti-Soviet Popular Front took the town.')).toEqual(['Popular Front']);
  // The mention starts at the demonym, inside the prefixed word.
  const [army] = extractEntities(
    ["Officers of the ex-Yugoslav People's Army were charged."],
    'Test Wire',
  ).organisations;
  expect(army?.mentions.map((m) => m.text)).toEqual(["Yugoslav People's Army"]);
});

test('a bare "Congress" in an article about India is the Indian National Congress', () => {
  // Not the African National Congress the article also names, nor the United States Congress:
  // the country named last before the mention, in its paragraph or an earlier one, decides.
  expect(
    orgNames(
      "India's opposition Congress won three state elections on Sunday.",
      'Congress leader Rahul Gandhi thanked voters in Delhi, and the African National Congress sent its congratulations.',
      'Congress said it would form governments in all three states.',
    ),
  ).toEqual(['Indian National Congress', 'African National Congress']);
  expect(
    orgNames(
      'Prime Minister Narendra Modi of India will visit Washington next month.',
      'In the United States, Congress must approve the arms sale before the visit.',
    ),
  ).toEqual(['United States Congress']);
  expect(
    orgNames(
      'The US Congress passed the budget on Friday.',
      'Congress will vote again next week, and the African National Congress sent a delegation.',
    ),
  ).toEqual(['United States Congress', 'African National Congress']);
});

test('a university known by no head noun, where people study, teach or do research', () => {
  expect(
    orgNamesAndRules(
      'Researchers at ETH Zurich and EPFL said the battery lasts twice as long.',
      'She studied at Sciences Po before she graduated from KU Leuven.',
    ),
  ).toEqual([
    ['ETH Zurich', 'org.cue-word'],
    ['EPFL', 'org.cue-word'],
    ['Sciences Po', 'org.cue-word'],
    ['KU Leuven', 'org.cue-word'],
  ]);
  // Not a name shaped like a person's, nor a possessive.
  expect(orgNames('Students from Jane Doe said the fees were too high.')).toEqual([]);
  expect(orgNames("A professor at Smith's farm disagreed.")).toEqual([]);
});

test("a known broadcaster's station keeps the number written after its head", () => {
  expect(
    orgNamesAndRules(
      'BBC Radio 4 said on Monday that it would cut jobs.',
      'She told BBC Radio 4 the plan was wrong.',
    ),
  ).toEqual([['BBC Radio 4', 'org.known-sub-body']]);
  // Not a number that goes on into a noun.
  expect(orgNames('The BBC Radio 2 weeks ago said nothing.')).toEqual(['BBC Radio']);
});

test('a name written in capitals in the headline and as a name later is named the second way', () => {
  expect(
    orgNames(
      'NORTHERN FISHERIES BOARD FINED AFTER RIVER SPILL',
      'The Northern Fisheries Board must pay 40,000 pounds, a judge ruled on Thursday.',
    ),
  ).toEqual(['Northern Fisheries Board']);
  // Written only in capitals, it stays as written.
  expect(orgNames('KENYA WILDLIFE SERVICE SAYS ELEPHANT NUMBERS RISE', 'Officials said so.')).toEqual([
    'KENYA WILDLIFE SERVICE',
  ]);
});

test("a number between a name word and a head is inside the body's name", () => {
  // Not "Holdings Ltd", "Foundation" or "Tours Inc" cut after the number.
  expect(
    orgNames(
      'Studio 54 Holdings Ltd and the Apollo 11 Foundation were fined on Monday, as was Area 51 Tours Inc.',
    ),
  ).toEqual(['Studio 54 Holdings Ltd', 'Apollo 11 Foundation', 'Area 51 Tours Inc']);
  // A rank after "a" names no body, a title before the number ends the name, and a score between
  // two clubs has no head after it.
  expect(orgNames('As a Level 1 Trauma Center, the hospital was ready.')).toEqual([]);
  expect(
    orgNames('A Tory MP and 5 Party members resigned, and Liverpool 2 Arsenal 1 was the score.'),
  ).toEqual([]);
});
