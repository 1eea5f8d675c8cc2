/**
 * The search box keeps what the reader types. A search's URL commits in a React transition, so
 * on a slow machine its results can render after the reader has typed on and sent a newer query;
 * the box must not jump back to the older text then. Back, forward and links still set it.
 * The CPU is slowed (CDP) so the render of a search's results is long enough to type into, as it
 * is on a phone or at 100,000 articles.
 */
import type { Page } from 'playwright-core';
import { beforeEach, expect, test } from 'vitest';
import { open, pagePerTest, POLL, resultCount, waitForSearch } from './support.ts';

const session = pagePerTest({ expectNoErrors: true });
let page: Page;
beforeEach(() => {
  ({ page } = session);
});

const box = () => page.getByRole('searchbox', { name: 'Search headlines and text' });

/** Records the box's text at every frame (only changes), from now on. */
async function recordBox(): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { boxValues: string[] }).boxValues = seen;
    const tick = () => {
      const value = document.querySelector<HTMLInputElement>('#search-input')?.value ?? '(none)';
      if (seen.at(-1) !== value) seen.push(value);
      requestAnimationFrame(tick);
    };
    tick();
  });
  return () => page.evaluate(() => (window as unknown as { boxValues: string[] }).boxValues);
}

test('typing on while a search lands never puts older text back in the box', async () => {
  const cdp = await page.context().newCDPSession(page);
  try {
    // Twice: the first search of a page also loads the route's search code and shards.
    for (const [first, rest] of [
      ['pol', 'ice station'],
      ['gov', 'ernment'],
    ] as const) {
      await open(page, '/');
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
      const values = await recordBox();
      await box().click();
      await page.keyboard.type(first, { delay: 30 });
      // The URL changes when the search's data is in, before React has rendered its results:
      // that render is when the reader types on, sends (Enter) and keeps typing.
      await page.waitForURL((current) => current.searchParams.get('q') === first);
      const [more, after] = [rest.slice(0, 3), rest.slice(3)];
      await page.keyboard.type(more, { delay: 10 });
      await page.keyboard.press('Enter');
      await page.keyboard.type(after, { delay: 10 });
      const typed = first + rest;
      await waitForSearch(page, (params) => params.get('q') === typed.trim());
      await expect.poll(() => box().inputValue(), POLL).toBe(typed);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      // Settled: no late render changes it.
      await expect.poll(() => resultCount(page).textContent(), POLL).toMatch(/articles?|match/);
      expect(await box().inputValue()).toBe(typed);
      // Every text the box showed was a step of the typing, each longer than the last.
      const shown = await values();
      for (let i = 1; i < shown.length; i++) {
        expect(typed.startsWith(shown[i]!), `the box showed “${shown[i]!}”: ${shown.join(' → ')}`).toBe(true);
        expect(shown[i]!.length, shown.join(' → ')).toBeGreaterThan(shown[i - 1]!.length);
      }
    }
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
  // Two searches typed at an eighth of the CPU's speed: slow on purpose.
}, 90_000);

test('back, forward and links still set the box', async () => {
  await open(page, '/');
  // Slowed, the second search is sent once the URL holds the first but before it has rendered
  // (as on a loaded machine): it still refines the first instead of pushing a second entry.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  await box().fill('police');
  await box().press('Enter');
  await waitForSearch(page, (params) => params.get('q') === 'police');
  await box().fill('court');
  await box().press('Enter');
  await waitForSearch(page, (params) => params.get('q') === 'court');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();

  // Typing replaced the entry, so Back goes to the list before the search.
  await page.goBack();
  await waitForSearch(page, (params) => !params.has('q'));
  await expect.poll(() => box().inputValue(), POLL).toBe('');
  await page.goForward();
  await waitForSearch(page, (params) => params.get('q') === 'court');
  await expect.poll(() => box().inputValue(), POLL).toBe('court');

  // The active filter's remove link is a link like any other.
  await page.locator('main .active-filters').getByRole('link', { name: /court/ }).first().click();
  await waitForSearch(page, (params) => !params.has('q'));
  await expect.poll(() => box().inputValue(), POLL).toBe('');
}, 90_000);
