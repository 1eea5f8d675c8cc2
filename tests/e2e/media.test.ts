/**
 * The reader under other media and user settings: print, and forced colours (Windows high
 * contrast), where the page's own colours are replaced by the system's.
 */
import type { Page } from 'playwright-core';
import { beforeEach, expect, test } from 'vitest';
import { open, pagePerTest } from './support.ts';

const session = pagePerTest({ expectNoErrors: true });
let page: Page;

beforeEach(() => {
  ({ page } = session);
});

/** The background, text and border colours an element is drawn with. */
function colours(target: Page, selector: string) {
  return target
    .locator(selector)
    .first()
    .evaluate((element) => {
      const style = getComputedStyle(element);
      return [style.backgroundColor, style.color, style.borderTopColor].join(' / ');
    });
}

test('in forced colours the chosen date preset and the chosen order still stand out', async () => {
  await page.emulateMedia({ forcedColors: 'active' });
  try {
    await open(page, '/?q=trump');
    const pressed = await colours(page, '.date-filter .button[aria-pressed="true"]');
    const other = await colours(page, '.date-filter .button[aria-pressed="false"]');
    expect(pressed).not.toBe(other);
    const current = await colours(page, '.sort-order a.current');
    const otherOrder = await colours(page, '.sort-order a:not(.current)');
    expect(current).not.toBe(otherOrder);
  } finally {
    await page.emulateMedia({ forcedColors: 'none' });
  }
});
