import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { extractQuotes } from '../../src/ingest/quotes/extract-quotes.ts';
import type { ExtractedQuote } from '../../src/ingest/quotes/extract-quotes.ts';
import { parseSeed } from '../../src/ingest/seed/parse-seed.ts';

const SEED = fileURLToPath(new URL('../../seeds/000_ec231f94e2293af6.txt', import.meta.url));

/** Every span of a quote must cover exactly its words in place. */
function expectSpansMatch(paragraphs: readonly string[], quote: ExtractedQuote): void {
  const pieces = quote.spans.map((s) => (paragraphs[s.paragraph] ?? '').slice(s.start, s.end));
  expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(quote.text);
}

/** Quotes of a text whose paragraphs are separated by blank lines. */
function quotesOf(text: string): { paragraphs: string[]; quotes: ExtractedQuote[] } {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim());
  const quotes = extractQuotes(paragraphs);
  for (const q of quotes) expectSpansMatch(paragraphs, q);
  return { paragraphs, quotes };
}

const brief = (q: ExtractedQuote): [string, string | null, string] => [q.text, q.speaker, q.rule];

describe('extractQuotes on the seed article', () => {
  const parsed = parseSeed(readFileSync(SEED), '000_ec231f94e2293af6.txt');
  if (!parsed.ok) throw new Error('seed does not parse');
  const { paragraphs } = parsed.seed;
  const quotes = extractQuotes(paragraphs);

  it('finds exactly the three quotes, with speakers and roles as the article gives them', () => {
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Tom Goffus', 'NATO Assistant Secretary General for Operations'],
      ['Qasim al-Araji', 'Iraq’s National Security Advisor'],
      [
        'Javier Colomina',
        'NATO Deputy Assistant Secretary General for Political Affairs and Security Policy and Special Representative of the NATO Secretary General for the Southern Neighbourhood',
      ],
    ]);
    expect(quotes.map((q) => q.text.slice(0, 30))).toEqual([
      'Since 2018, at the request of ',
      'We reaffirmed to NATO the true',
      'Today we further build on this',
    ]);
    expect(quotes.every((q) => q.rule === 'adjacent' || q.rule === 'sentence')).toBe(true);
  });

  it('gives offsets that highlight each quote in place, marks excluded', () => {
    for (const q of quotes) {
      expect(q.spans).toHaveLength(1);
      const span = q.spans[0]!;
      const para = paragraphs[span.paragraph]!;
      expect(para.slice(span.start, span.end)).toBe(q.text);
      expect(para[span.start - 1]).toBe('“');
      expect(para[span.end]).toBe('”');
    }
  });
});

describe('extractQuotes constructions', () => {
  it('splits a quote interrupted by its attribution into two quotes with one speaker', () => {
    const { quotes } = quotesOf(
      'Minister Anna Berg visited the port on Monday.\n\n"We will stay," Berg said, "until the job is done."',
    );
    expect(quotes.map(brief)).toEqual([
      ['We will stay,', 'Anna Berg', 'adjacent'],
      ['until the job is done.', 'Anna Berg', 'adjacent'],
    ]);
  });

  it('joins a quote running over several paragraphs into one quote with a span per paragraph', () => {
    const { quotes } = quotesOf(
      'Mayor Lena Fischer said: "The bridge will open in May.\n\n"It will carry four lanes of traffic.\n\n"And it will have a cycle path."\n\nWork began last year.',
    );
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(q.text).toBe(
      'The bridge will open in May. It will carry four lanes of traffic. And it will have a cycle path.',
    );
    expect(q.spans.map((s) => s.paragraph)).toEqual([0, 1, 2]);
    expect(q.speaker).toBe('Lena Fischer');
  });

  it('keeps a nested quotation inside the outer quote', () => {
    const { quotes } = quotesOf(
      'Professor Omar Haddad said, "Students kept asking me \'why now?\' and I had no answer for them."',
    );
    expect(quotes.map(brief)).toEqual([
      ["Students kept asking me 'why now?' and I had no answer for them.", 'Omar Haddad', 'adjacent'],
    ]);
  });

  it('steps over a nested quotation in the same straight marks', () => {
    const { quotes } = quotesOf(
      'Karl Meyer wrote: "The so-called "reform" will not help the farmers at all this year."',
    );
    expect(quotes.map((q) => q.text)).toEqual([
      'The so-called "reform" will not help the farmers at all this year.',
    ]);
  });

  it('ignores scare quotes, names and titles without a speaker', () => {
    const { quotes } = quotesOf(
      'The so-called "peace plan" was discussed in a film called "Winter Light" and a process called "rapid review". Critics read the novel "The Long Road Home" on the train.',
    );
    expect(quotes).toEqual([]);
  });

  it('keeps a short quoted phrase when a named source clearly says it', () => {
    const { quotes } = quotesOf('Senator Maria Lopez called the proposal "a non-starter" on Tuesday.');
    expect(quotes.map(brief)).toEqual([['a non-starter', 'Maria Lopez', 'sentence']]);
  });

  it('does not take apostrophes for quotation marks', () => {
    const { quotes } = quotesOf(
      "Iraq’s minister didn't comment. The farmers' union met at Jean's house, and it's said they'd agreed.",
    );
    expect(quotes).toEqual([]);
  });

  it('resolves "he said" to the last person who was the subject', () => {
    const { quotes } = quotesOf(
      'Chief engineer Paul Novak inspected the dam on Friday. He said the walls were sound. "There is no risk of a breach at this stage," he added.',
    );
    expect(quotes.map(brief)).toEqual([
      ['There is no risk of a breach at this stage,', 'Paul Novak', 'pronoun'],
    ]);
  });

  it('resolves a surname and a courtesy title to the full name introduced earlier', () => {
    const { quotes } = quotesOf(
      'The report was written by economist Sara Lindqvist of the Nordic Institute.\n\n"Prices will fall next year," said Lindqvist.\n\n"Wages will not keep up," Ms. Lindqvist warned.',
    );
    expect(quotes.map(brief)).toEqual([
      ['Prices will fall next year,', 'Sara Lindqvist', 'adjacent'],
      ['Wages will not keep up,', 'Sara Lindqvist', 'adjacent'],
    ]);
  });

  it('lets an organisation speak', () => {
    const { quotes } = quotesOf(
      'The Ministry of Health said in a statement: "All hospitals remain open and fully staffed tonight."\n\n"Vaccination will resume tomorrow," a spokesperson for the Red Cross Society said.',
    );
    expect(quotes.map(brief)).toEqual([
      ['All hospitals remain open and fully staffed tonight.', 'Ministry of Health', 'sentence'],
      ['Vaccination will resume tomorrow,', 'Red Cross Society', 'adjacent'],
    ]);
  });

  it('resolves a nominal mention through the role given to a named person', () => {
    const { quotes } = quotesOf(
      'The talks were led by Foreign Minister Ivo Petrov.\n\n"We are close to a deal on the border," the minister said.',
    );
    expect(quotes.map(brief)).toEqual([['We are close to a deal on the border,', 'Ivo Petrov', 'nominal']]);
  });

  it('abstains when the article never says who speaks', () => {
    const { quotes } = quotesOf(
      'Nobody expected the storm.\n\n"The whole street was under water within an hour."',
    );
    expect(quotes.map(brief)).toEqual([['The whole street was under water within an hour.', null, 'none']]);
    expect(quotes[0]!.role).toBeNull();
  });

  it('carries a speaker on to a quote that stands as its own sentence', () => {
    const { quotes } = quotesOf(
      '"The river rose very fast," said farmer Tomas Horak. "We lost most of the harvest in one night."',
    );
    expect(quotes.map(brief)).toEqual([
      ['The river rose very fast,', 'Tomas Horak', 'adjacent'],
      ['We lost most of the harvest in one night.', 'Tomas Horak', 'continuation'],
    ]);
  });

  it('handles curly and straight marks alike', () => {
    const curly = quotesOf('Coach Dana White said, “We played our best game of the season today.”').quotes;
    const straight = quotesOf('Coach Dana White said, "We played our best game of the season today."').quotes;
    expect(curly.map(brief)).toEqual([
      ['We played our best game of the season today.', 'Dana White', 'adjacent'],
    ]);
    expect(straight.map(brief)).toEqual(curly.map(brief));
  });

  it('reads single marks as outer quotation marks when no double marks are used', () => {
    const { quotes } = quotesOf(
      "Captain Rosa Diaz said: 'Nobody leaves the ship until the storm has passed.'",
    );
    expect(quotes.map(brief)).toEqual([
      ['Nobody leaves the ship until the storm has passed.', 'Rosa Diaz', 'adjacent'],
    ]);
  });

  it('names the person, not the title or organisation, in an appositive', () => {
    const { quotes } = quotesOf(
      'The Vice President, Mark Olsen, said on Friday the country is "in the middle of a deep crisis." Jane Roe of the Harbour Authority said "Traffic has never been higher in our history."',
    );
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Mark Olsen', 'Vice President'],
      // The body "of" joins to an untitled name is her role (affiliation-roles.test.ts).
      ['Jane Roe', 'of the Harbour Authority'],
    ]);
  });

  it('takes the agent of a passive reporting verb, not its subject', () => {
    const { quotes } = quotesOf(
      'Mayor Lena Fischer visited the site. She was told by Fire Chief Omar Reyes of "at least twelve families without power tonight".',
    );
    expect(quotes.map(brief)).toEqual([
      ['at least twelve families without power tonight', 'Omar Reyes', 'sentence'],
    ]);
  });

  it('attributes a quote paragraph to the sentence whose colon introduces it', () => {
    const { quotes } = quotesOf(
      'In a letter to members, union leader Petra Novak wrote on Sunday:\n\n"We will not accept this offer under any circumstances."',
    );
    expect(quotes.map(brief)).toEqual([
      ['We will not accept this offer under any circumstances.', 'Petra Novak', 'sentence'],
    ]);
  });

  it('gives speech inside a sentence to its named subject whatever the verb', () => {
    const { quotes } = quotesOf(
      'In a later speech, Senator Ada Morris assailed the bill as "the worst law passed in a generation."',
    );
    expect(quotes.map(brief)).toEqual([['the worst law passed in a generation.', 'Ada Morris', 'sentence']]);
  });

  it('reads a lowercase title before a name as the role a nominal mention refers to', () => {
    const { quotes } = quotesOf(
      'Regional health commissioner Ivan Sokol visited the clinic. The commissioner said, "Supplies will arrive within the week."',
    );
    expect(quotes.map(brief)).toEqual([['Supplies will arrive within the week.', 'Ivan Sokol', 'nominal']]);
  });

  it('lets the speaker of an inverted attribution be what a later pronoun refers to', () => {
    const { quotes } = quotesOf(
      'Lake Varna has no outflow. "The water level is stable," said hydrologist Rosa Lind of Delta University. She went on to add "the lake will not flood this year at all."',
    );
    expect(quotes.map(brief)).toEqual([
      ['The water level is stable,', 'Rosa Lind', 'adjacent'],
      ['the lake will not flood this year at all.', 'Rosa Lind', 'pronoun'],
    ]);
  });

  it('resolves "they" after an unnamed plural subject to nobody', () => {
    const { quotes } = quotesOf(
      'The study was funded by the Water Institute. The authors say the results are clear. They call for "an immediate ban on the pesticide on all farms."',
    );
    expect(quotes.map(brief)).toEqual([['an immediate ban on the pesticide on all farms.', null, 'none']]);
  });

  it('never lets a law or text speak', () => {
    const { quotes } = quotesOf('The 12th Amendment states: "no person shall hold both offices at once."');
    expect(quotes.map(brief)).toEqual([['no person shall hold both offices at once.', null, 'none']]);
  });

  it('keeps a dotted acronym inside a title before a name', () => {
    const { quotes } = quotesOf(
      'According to U.S. Attorney Maria Cole, the case is strong: "We have all the evidence we need."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Maria Cole']);
  });

  it('does not take the subject of a "that" clause for an inverted speaker', () => {
    const { quotes } = quotesOf('Astronomer Lena Voss tweeted that Berg "was a kind and patient teacher."');
    expect(quotes.map(brief)).toEqual([['was a kind and patient teacher.', 'Lena Voss', 'sentence']]);
  });

  it('gives a quote of coordinated speakers to the first named', () => {
    const { quotes } = quotesOf(
      'Critics such as Tom Reed and Ana Diaz described the speech as "flat and without any energy".',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Tom Reed']);
  });

  it('names the person before an appositive title left open', () => {
    const { quotes } = quotesOf(
      'Erik Lund, Dean of the Harbour School of Law called it "a truly silly argument."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Erik Lund']);
  });

  it('does not take the object of "in" for the subject of a reporting verb', () => {
    const { quotes } = quotesOf(
      'Party chairman Leo Frank explains this view in Daily Harbour comments:\n\n"We will stand by our candidate until the end."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Leo Frank']);
  });

  it("lets an organisation's statement speak for it", () => {
    const { quotes } = quotesOf(
      'Harbour United\'s official statement yesterday read "We are heartbroken by the loss of our captain."',
    );
    expect(quotes.map(brief)).toEqual([
      ['We are heartbroken by the loss of our captain.', 'Harbour United', 'adjacent'],
    ]);
  });

  it('reads a participle opener and a quoted charity name around the subject', () => {
    const { quotes } = quotesOf(
      'Calling it "just another excuse", Mia Berg of "Safe Haven", a victims charity, told reporters "nothing has changed for the families".',
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['just another excuse', 'Mia Berg'],
      ['nothing has changed for the families', 'Mia Berg'],
    ]);
  });

  it('gives a floating quote to the person the paragraph was last about', () => {
    const { quotes } = quotesOf(
      'Kara Diaz, an art student, skipped class to attend the opening. Why did she want to go so badly? "It is Warhol. He is a legend."',
    );
    expect(quotes.map(brief)).toEqual([['It is Warhol. He is a legend.', 'Kara Diaz', 'pronoun']]);
  });

  it('drops short quoted terms nobody is said to say', () => {
    const { quotes } = quotesOf(
      'The package would also create "personal savings accounts" for workers. She argues that the term "natural born citizen" is not defined.',
    );
    expect(quotes).toEqual([]);
  });

  it('reads past an opening adverb and a lone word before an appositive name', () => {
    const { quotes } = quotesOf(
      'Specifically, a Republican, Mark Hale, voiced support, telling the Daily Post: "Let the committees get to work now."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Mark Hale']);
  });

  it('splits a quote around a verb of elaboration and attributes both parts', () => {
    const { quotes } = quotesOf(
      'Saying "the law is badly outdated", President Ana Ruiz elaborated, "Every society must respect individual choice."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it.each([
    [
      'an unnamed party in a dialogue names nobody, not the previous speaker',
      'In the recording, Tom Hale told the operator, "There is a fire in the kitchen." The operator then asked, "Is anyone still inside the house?" and a neighbour quietly interjected, "The children are all out already."',
      [
        ['There is a fire in the kitchen.', 'Tom Hale', 'sentence'],
        ['Is anyone still inside the house?', null, 'none'],
        ['The children are all out already.', null, 'none'],
      ],
    ],
    [
      'an unnamed subject before "said" blocks the names of its clause',
      'The county\'s detectives said Ross and Lee had been in "a long and difficult business dispute" for years.',
      [['a long and difficult business dispute', null, 'none']],
    ],
    [
      'an organisation after "within" is not the subject; the unnamed source is',
      'A source within the Harbour Ministry reportedly said "We were told to keep the figures secret."',
      [['We were told to keep the figures secret.', null, 'none']],
    ],
    [
      'a relative clause starts the subject afresh',
      'Yesterday, Mayor Ana Ruiz dismissed the tape, in which someone, apparently Tom Berg, audibly says Ruiz "does not understand the budget at all."',
      [['does not understand the budget at all.', 'Tom Berg', 'sentence']],
    ],
    [
      '"who said" speaks for the name before it',
      'The bill was written by Leo Frank who said in the chamber, "This is a long overdue reform for the state."',
      [['This is a long overdue reform for the state.', 'Leo Frank', 'sentence']],
    ],
    [
      'a number word opening a sentence is no speaker, and an unnamed source after "according to" abstains',
      'Six of the charges were, according to documents filed in court, "financial in nature" and two were dropped.',
      [['financial in nature', null, 'none']],
    ],
    [
      '"in the words of" names its source',
      'The trial heard that, in the words of the prosecutor, Mark Lane, "the child suffered for many months without any help."',
      [['the child suffered for many months without any help.', 'Mark Lane', 'sentence']],
    ],
    [
      'the author of a document introducing a quote with a colon',
      'King Olav Berg spoke on Monday. Later the palace issued the following statement from the king: "No member of the family will stand for office."',
      [['No member of the family will stand for office.', 'Olav Berg', 'nominal']],
    ],
    [
      'a misspelt surname resolves to the one person whose surname is one edit away',
      'Gallery director Kathryn Walters opened the show. "The collection will stay here for years," Walter said.',
      [['The collection will stay here for years,', 'Kathryn Walters', 'adjacent']],
    ],
    [
      'a long misspelt surname resolves within two edits',
      'The data were presented by researcher Marta Kowalczyk on Monday. "The numbers are rising every single year," Kovalczik said.',
      [['The numbers are rising every single year,', 'Marta Kowalczyk', 'adjacent']],
    ],
    [
      'a transposed surname resolves too',
      'The report was written by Anil Sharma. "Nobody read the first draft at all," Shamra said.',
      [['Nobody read the first draft at all,', 'Anil Sharma', 'adjacent']],
    ],
    [
      'a misspelt surname close to two people resolves to neither',
      'Tom Walters and Ana Walker opened the show. "The collection will stay here for years," Walter said.',
      [['The collection will stay here for years,', 'Walter', 'adjacent']],
    ],
    [
      'a plural common noun opening a sentence names nobody',
      'Officials said Maria Lopez had "refused to answer any questions at all".',
      [['refused to answer any questions at all', null, 'none']],
    ],
    [
      'plural titles opening a sentence name nobody either',
      'The border stayed closed on Monday. Authorities say "nobody will be allowed to cross before Friday". Witnesses told Ana Ruiz the queue was "longer than anything seen before".',
      [
        ['nobody will be allowed to cross before Friday', null, 'none'],
        ['longer than anything seen before', null, 'none'],
      ],
    ],
    [
      'short quotes beside a named term are terms too, while speech in the sentence stays',
      'Professor Ana Ruiz writes that the phrase "held in trust" obliges owners to keep "full custody" rather than "shared custody". She added, "No court has ever read it otherwise."',
      [['No court has ever read it otherwise.', 'Ana Ruiz', 'pronoun']],
    ],
  ] as const)('%s', (_name, text, expected) => {
    const { quotes } = quotesOf(text);
    expect(quotes.map(brief)).toEqual(expected);
  });

  it('carries the subject of a verb of saying across a paragraph that ends with a comma or verb', () => {
    const { quotes } = quotesOf(
      'Ana Ruiz said the hearing went badly.\n\n"We were not allowed to speak at all. It was a farce."\n\nLeo Frank stated,\n\n"The vote was fair and the count was open."',
    );
    expect(quotes.map(brief)).toEqual([
      ['We were not allowed to speak at all. It was a farce.', 'Ana Ruiz', 'continuation'],
      ['The vote was fair and the count was open.', 'Leo Frank', 'sentence'],
    ]);
  });

  it('keeps looking past an earlier verb whose subject names nobody', () => {
    const { quotes } = quotesOf(
      'Senator Ana Ruiz, Democrat from Ohio, issued a statement regarding the closure. "I am deeply disappointed by this decision."',
    );
    expect(quotes.map(brief)).toEqual([
      ['I am deeply disappointed by this decision.', 'Ana Ruiz', 'continuation'],
    ]);
  });

  it('lets a spokesperson speak for the body named before it, later too', () => {
    const { quotes } = quotesOf(
      'The rules forbid "any activity of a political or military character," a Europol spokesperson stated. The spokesperson added they "would not consider such requests at all".',
    );
    expect(quotes.map(brief)).toEqual([
      ['any activity of a political or military character,', 'Europol', 'adjacent'],
      ['would not consider such requests at all', 'Europol', 'nominal'],
    ]);
  });

  it('does not resolve a narrowed title to a person with a different one', () => {
    const { quotes } = quotesOf(
      'Transport Minister Ravi Kumar said the crew survived. The local health minister said, "The injured have been taken to the city hospital."',
    );
    expect(quotes.map(brief)).toEqual([['The injured have been taken to the city hospital.', null, 'none']]);
  });

  it('resolves "the court" to the court the article names most, not one named in passing', () => {
    const { quotes } = quotesOf(
      'The Harbour Court of Appeal ruled on Monday. The Harbour Court of Appeal heard the case in May; only the Federal Court of Review could overturn it. The court found the permit "was issued without any lawful basis at all."',
    );
    expect(quotes.map(brief)).toEqual([
      ['was issued without any lawful basis at all.', 'Harbour Court of Appeal', 'nominal'],
    ]);
  });

  it("lets a body's document speak for the body", () => {
    const { quotes } = quotesOf(
      'The Harbour Court of Appeal ruled on Monday.\n\nThe court\'s summary concluded with the statement: "The Court will accordingly set the permit aside."',
    );
    expect(quotes.map(brief)).toEqual([
      ['The Court will accordingly set the permit aside.', 'Harbour Court of Appeal', 'nominal'],
    ]);
  });

  it('gives a quote relayed "according to" an unowned document to the subject before it', () => {
    const { quotes } = quotesOf(
      'Maria Lund, the chair of the panel, decided, according to the summary, "that the budget cannot be approved in its present form".',
    );
    expect(quotes.map(brief)).toEqual([
      ['that the budget cannot be approved in its present form', 'Maria Lund', 'adjacent'],
    ]);
  });

  it('does not let an outlet after a preposition speak for an unnamed witness', () => {
    const { quotes } = quotesOf(
      'A bystander described for news agency Nordpress how the fire spread, stating, "I was walking home when I saw the smoke rising over the roofs."',
    );
    expect(quotes.map(brief)).toEqual([
      ['I was walking home when I saw the smoke rising over the roofs.', null, 'none'],
    ]);
  });

  it('gives the named head of a body, not the body, a quote', () => {
    const { quotes } = quotesOf(
      'Northern Blue Cross chair Marta Velez, in remarks to reporters, said "Many families have lost everything they owned".',
    );
    expect(quotes.map(brief)).toEqual([
      ['Many families have lost everything they owned', 'Marta Velez', 'adjacent'],
    ]);
  });

  it('lets "the government of X" and its statement speak as that government', () => {
    const { quotes } = quotesOf(
      'The government of New Caledonia issued a statement agreeing the question belongs to parliament: "a ruling by the courts would ignore what our people want." Their statement also read "the islands must decide for themselves."',
    );
    expect(quotes.map(brief)).toEqual([
      [
        'a ruling by the courts would ignore what our people want.',
        'Government of New Caledonia',
        'sentence',
      ],
      ['the islands must decide for themselves.', 'Government of New Caledonia', 'sentence'],
    ]);
  });

  it('gives words a body reports in a "that" clause to the person who said them', () => {
    const { quotes } = quotesOf(
      'The Harbour Gazette claimed that during a visit to Oslo, Peter Vance mocked the protesters and called them "clowns". The Harbour Gazette claimed that Anna Holm was driving "far too fast for the road".',
    );
    expect(quotes.map(brief)).toEqual([
      ['clowns', 'Peter Vance', 'sentence'],
      ['far too fast for the road', 'Harbour Gazette', 'sentence'],
    ]);
  });
});
