// The rules added for error kinds seen on untuned articles (issue #12): each with a positive and a
// negative example, written for this test (not corpus text).
import { describe, expect, test } from 'vitest';
import { extractEntities } from '../../src/ingest/entities/extract-entities.ts';
import { extractQuotes } from '../../src/ingest/quotes/extract-quotes.ts';

function orgsOf(...paragraphs: string[]): [string, string | undefined][] {
  return extractEntities(paragraphs, 'Test Wire').organisations.map((o) => [o.name, o.rule]);
}

function quotesOf(...paragraphs: string[]): [string, string | null, string][] {
  return extractQuotes(paragraphs).map((q) => [q.text, q.speaker, q.rule]);
}

describe('a definite description refers back to the person named before it', () => {
  test('"The Leeds professor added" speaks for the professor named in the sentence before', () => {
    expect(
      quotesOf(
        'Researcher Maria Olsen led the survey of glaciers.',
        'The Leeds professor added, "The melting is faster than any model we had predicted."',
      ),
    ).toEqual([['The melting is faster than any model we had predicted.', 'Maria Olsen', 'nominal']]);
  });

  test('a kin noun ("the father") refers back too', () => {
    expect(
      quotesOf(
        'Tomas Brandt was charged on Monday.',
        'The father said "I never meant to hurt anyone in this family."',
      ),
    ).toEqual([['I never meant to hurt anyone in this family.', 'Tomas Brandt', 'nominal']]);
  });

  test('"the witness" brings in someone new: no speaker', () => {
    expect(
      quotesOf(
        'Tomas Brandt was charged on Monday.',
        'The witness said "I saw a car leave the street at high speed."',
      ),
    ).toEqual([['I saw a car leave the street at high speed.', null, 'none']]);
  });

  test('a title narrowed by a lowercase modifier is someone else ("the health minister")', () => {
    expect(
      quotesOf(
        'Transport Minister Ola Berg said the road would reopen.',
        'The local health minister said, "Everyone injured has been taken to the city hospital."',
      ),
    ).toEqual([['Everyone injured has been taken to the city hospital.', null, 'none']]);
  });
});

describe('an organisation name with a serial list after "of"', () => {
  test('"Institute of Soil, Water and Forestry" is one body, with its acronym', () => {
    const orgs = extractEntities(
      ['The Institute of Soil, Water and Forestry (ISWF) published the figures on Monday.'],
      'Test Wire',
    ).organisations;
    expect(orgs.map((o) => [o.name, o.aliases, o.rule])).toEqual([
      ['Institute of Soil, Water and Forestry', ['ISWF'], 'org.head-noun'],
    ]);
  });

  test('a list of other bodies or places after the name is not swallowed', () => {
    expect(
      orgsOf('The Department of Energy, Google and Microsoft signed the deal.').map(([n]) => n),
    ).not.toContain('Department of Energy, Google and Microsoft');
    expect(orgsOf('The Institute of Soil, Kenya and Uganda signed the deal.').map(([n]) => n)).toContain(
      'Institute of Soil',
    );
  });

  test('a list that runs on into another name is not part of the body', () => {
    expect(
      orgsOf('The Institute of Soil, Water and Forestry Minister Jan Olde spoke.').map(([n]) => n),
    ).toContain('Institute of Soil');
  });
});

describe('a government body keeps the country after "of"', () => {
  test('"the Foreign Ministry of Peru" is the ministry\'s full name', () => {
    expect(orgsOf('The Foreign Ministry of Peru condemned the attack.')).toEqual([
      ['Foreign Ministry of Peru', 'org.head-noun'],
    ]);
  });

  test('an academic body still drops the country it is in ("Colorado State University of the US")', () => {
    expect(orgsOf('Staff of Colorado State University of the US went on strike.')).toEqual([
      ['Colorado State University', 'org.head-noun'],
    ]);
  });
});

describe('a participle after a comma ("…, citing it as “…”") speaks for the main clause', () => {
  test('an unnamed group that condemns a body does not credit the body', () => {
    expect(
      quotesOf(
        'Several lawmakers condemned the decision of the Water Board, citing it as "an abuse of public power".',
      ),
    ).toEqual([['an abuse of public power', null, 'none']]);
  });

  test('a named subject, not the person named just before the comma', () => {
    expect(
      quotesOf(
        'Jana Novak, for her part, quoted her instructor, Petr Dvorak, commenting before take-off: "We are ready, let us fly this thing."',
      ),
    ).toEqual([['We are ready, let us fly this thing.', 'Jana Novak', 'sentence']]);
  });

  test('the subject after an opening adverbial still speaks', () => {
    expect(
      quotesOf(
        'On Monday, Senator Ana Cruz left the committee, calling the vote "a disgrace to this chamber".',
      ),
    ).toEqual([['a disgrace to this chamber', 'Ana Cruz', 'sentence']]);
  });
});

describe("a person's document speaks for the person with that title", () => {
  test('"the judge\'s statement reads" after "District Judge Ana Ruiz ruled"', () => {
    expect(
      quotesOf(
        'District Judge Ana Ruiz ruled on Monday that the law was void.',
        'Part of the judge\'s statement reads "no rule may treat two citizens differently without a reason".',
      ),
    ).toEqual([['no rule may treat two citizens differently without a reason', 'Ana Ruiz', 'nominal']]);
  });

  test('with no judge named, the statement has no speaker', () => {
    expect(
      quotesOf(
        'Mayor Ana Ruiz spoke on Monday about the law.',
        'Part of the judge\'s statement reads "no rule may treat two citizens differently without a reason".',
      ),
    ).toEqual([['no rule may treat two citizens differently without a reason', null, 'none']]);
  });
});
