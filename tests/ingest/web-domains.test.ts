// A web domain is an outlet's or a company's name: country-code domains ("Velmontnews.hu") are
// domains too, and one written in lower case ("korvala24.at") is a name all the same, unless it is
// a piece of a web or e-mail address (issue #12, h12-kinds). Sentences written for this test, not
// corpus text.
import { expect, test } from 'vitest';
import { tokenize } from '../../src/ingest/language/tokenize.ts';
import { orgNamesAndRules } from './organisations-of.ts';

test('a country-code domain is one token and a body', () => {
  expect(tokenize('Speaking to Velmontnews.hu, she said so.').map((t) => t.text)).toContain('Velmontnews.hu');
  expect(orgNamesAndRules('Speaking to Velmontnews.hu, the chief executive explained the sale.')).toEqual([
    ['Velmontnews.hu', 'org.camel-case'],
  ]);
});

test('a domain written in lower case is a name', () => {
  expect(orgNamesAndRules('A reader shared a story from the news site korvala24.at on Monday.')).toEqual([
    ['korvala24.at', 'org.camel-case'],
  ]);
});

test('a domain inside a web or e-mail address is no body', () => {
  expect(orgNamesAndRules('Visit www.korvala24.at or write to desk@korvala24.at for more.')).toEqual([]);
});

test('a lowercase domain is a name with a generic top-level domain or a digit in it', () => {
  expect(orgNamesAndRules('The booking site velmontferries.com raised its fares.')).toEqual([
    ['velmontferries.com', 'org.camel-case'],
  ]);
  // A missing space after a full stop, not a domain's name.
  expect(orgNamesAndRules('The ferry was late.it was the third time this week.')).toEqual([]);
});
