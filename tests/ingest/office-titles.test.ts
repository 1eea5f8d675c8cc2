// A capitalised office title before a person's name is a role, not part of the name: the words
// completing an office after "of" ("Director of National Intelligence", "Secretary of State") and
// a title noun after a title or opening the name ("Chief Justice", "Agency Administrator").
// Sentences written for this test.
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';
import { speakers } from './speakers-of.ts';

const people = (...paragraphs: string[]): string[] =>
  extractEntities(paragraphs, 'Test Wire').people.map((p) => p.name);

test('"Director of National Intelligence John Ratcliffe" names John Ratcliffe, once', () => {
  expect(
    people(
      'Director of National Intelligence John Ratcliffe briefed the committee on Tuesday.',
      'Ratcliffe said the report was complete.',
    ),
  ).toEqual(['John Ratcliffe']);
});

test('"Secretary of State Mike Pompeo" and "Minister of Information Moammar al-Eryani"', () => {
  expect(
    people(
      'Secretary of State Mike Pompeo met Minister of Information Moammar al-Eryani in Riyadh.',
      'Pompeo and al-Eryani spoke for an hour.',
    ),
  ).toEqual(['Mike Pompeo', 'Moammar al-Eryani']);
});

test('"Chief Justice Ruth Okafor" and "Administrator Charles Bolden" name the person without the title', () => {
  expect(
    people(
      'Chief Justice Ruth Okafor swore in the new board. Administrator Charles Bolden thanked her.',
      'Okafor and Bolden then left the building.',
    ),
  ).toEqual(['Ruth Okafor', 'Charles Bolden']);
});

test('a title noun before a function word opens no name: "Chair In Global Islamic Politics"', () => {
  expect(people('Greg Barton, Chair In Global Islamic Politics at the university, wrote the study.')).toEqual(
    ['Greg Barton'],
  );
});

test('"Actress Tal Okafor said" and "Legislator Tanya Chan told" speak as the person, not the title', () => {
  expect(
    speakers(
      'Actress Tal Okafor said: "This festival has always been about new voices from the region."',
      'Legislator Tanya Chan told reporters: "The bill will not pass in its present form this year."',
    ),
  ).toEqual(['Tal Okafor', 'Tanya Chan']);
  expect(
    people('Assemblywoman Selena Torres opened the session. Actor Tom Hanks spoke at the end of it.'),
  ).toEqual(['Selena Torres', 'Tom Hanks']);
});
