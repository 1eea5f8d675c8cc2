// A verb of saying that is also a noun ("post", "report") heads its noun phrase before "was" or
// "has": it reports nothing, so nobody is made the speaker through it. Sentences written for
// this test, not corpus text.
import { expect, test } from 'vitest';
import { quotesOf } from './speakers-of.ts';

test('"… page post was a photo with “…” written beneath it": the post is no verb, the site no speaker', () => {
  expect(
    quotesOf('His last Facebook page post was a photo of the harbour with "home" written beneath it.'),
  ).toEqual([]);
});

test('"… forum post had a map with “…” marked": no speaker through the noun before an auxiliary', () => {
  expect(quotesOf('The Reddit forum post had a map of the town with "here" marked in red.')).toEqual([]);
});
