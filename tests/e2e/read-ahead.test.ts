/**
 * Once the first list has settled, the app reads ahead the searches of the build's most frequent
 * words (`meta.json`'s `search.articles.frequentPrefixes`), so searching one of them for the first
 * time shows its results within the submit, as a word searched before does.
 */
import type { Page } from 'playwright-core';
import { beforeEach, expect, test } from 'vitest';
import { open, pagePerTest, POLL, resultCount } from './support.ts';

const session = pagePerTest({ expectNoErrors: true });
let page: Page;
beforeEach(() => {
  ({ page } = session);
});

/** The build's frequent words, from its meta document. */
function frequentWords(): Promise<string[]> {
  return page.evaluate(async () => {
    const { buildId } = (await (await fetch('/data/current.json')).json()) as { buildId: string };
    const meta = (await (await fetch(`/data/v/${buildId}/meta.json`)).json()) as {
      search: { articles: { frequentPrefixes?: string[] } };
    };
    return meta.search.articles.frequentPrefixes ?? [];
  });
}

/** Types `word` into the search box and submits; whether the result count changed within the submit. */
function submitShowsAtOnce(word: string): Promise<boolean> {
  return page.evaluate((value) => {
    const input = document.querySelector<HTMLInputElement>('#search-input')!;
    const status = () => document.querySelector('main p[role="status"].result-count')?.textContent;
    const before = status();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.form!.requestSubmit();
    return status() !== before;
  }, word);
}

test('a frequent word read ahead shows its results within the submit', async () => {
  const fetched: string[] = [];
  page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
  await open(page, '/');
  const words = await frequentWords();
  expect(words.length).toBeGreaterThan(0);
  const documentOf = (word: string) => `/p-${Buffer.from(word, 'utf8').toString('hex')}.json`;
  // Read one at a time, most frequent first: once the last is in, all are.
  await expect.poll(() => fetched.some((path) => path.endsWith(documentOf(words.at(-1)!))), POLL).toBe(true);
  const word = words[0]!;
  expect(await submitShowsAtOnce(word)).toBe(true);
  await expect.poll(() => new URL(page.url()).searchParams.get('q'), POLL).toBe(word);
  await expect.poll(() => resultCount(page).textContent(), POLL).toMatch(/articles?$/);
});

test('without the read-ahead (Save-Data), the same word waits for its search document', async () => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'connection', { value: { saveData: true, effectiveType: '4g' } });
  });
  const fetched: string[] = [];
  page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
  await open(page, '/');
  const word = (await frequentWords())[0]!;
  // Long enough for the first read-ahead: the page goes idle within a second of settling.
  await page.waitForTimeout(1000);
  expect(fetched.filter((path) => path.includes('/p-'))).toEqual([]);
  expect(await submitShowsAtOnce(word)).toBe(false);
  await expect.poll(() => resultCount(page).textContent(), POLL).toMatch(/articles?$/);
});
