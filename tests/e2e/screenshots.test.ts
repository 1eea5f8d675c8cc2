/**
 * Screenshots of every view at phone (390×844) and desktop (1280×800) size, light and dark, for a
 * person to look at: test-output/screenshots/<view>-<width>-<scheme>.png is the first screen a
 * reader sees. With E2E_FULL_SCREENSHOTS=1, full/<view>-<width>-<scheme>.png holds whole pages too
 * (slow: the list is ~10,000 px tall at phone width). Each screenshot is of a loaded view: the main
 * landmark is shown, holds text and is not busy (a blank or still-loading first screen fails).
 * Also: no view scrolls sideways at 360 px, the narrowest width the reader supports, nor breaks a
 * word across lines there.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import {
  VIEW_NAMES,
  brokenWords,
  horizontalOverflow,
  open,
  openView,
  pagesPerScheme,
  SCHEMES,
} from './support.ts';

const OUT_DIR = resolve(import.meta.dirname, '..', '..', 'test-output', 'screenshots');
const FULL_PAGES = process.env.E2E_FULL_SCREENSHOTS === '1';
const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

const { pages, view } = pagesPerScheme();

beforeAll(() => {
  mkdirSync(resolve(OUT_DIR, 'full'), { recursive: true });
});

for (const name of VIEW_NAMES) {
  for (const scheme of SCHEMES) {
    test(`screenshots: ${name} (${scheme})`, async () => {
      const page = pages.get(scheme)!;
      for (const size of SIZES) {
        await page.setViewportSize(size);
        // Opened afresh at each size, as a reader on that device would open the link.
        await openView(page, view(name));
        const main = page.locator('main#main');
        expect(await main.isVisible(), `${name} at ${size.width} px: main shown`).toBe(true);
        expect(await main.getAttribute('aria-busy'), `${name} at ${size.width} px: still loading`).not.toBe(
          'true',
        );
        expect((await main.innerText()).trim(), `${name} at ${size.width} px: main has text`).not.toBe('');
        const file = `${name}-${size.width}-${scheme}.png`;
        await page.screenshot({ path: resolve(OUT_DIR, file) });
        if (FULL_PAGES) await page.screenshot({ path: resolve(OUT_DIR, 'full', file), fullPage: true });
      }
    });
  }

  test(`no sideways scrolling and no word broken across lines at 360 px: ${name}`, async () => {
    const page = pages.get('light')!;
    await page.setViewportSize({ width: 360, height: 740 });
    await openView(page, view(name));
    const overflow = await horizontalOverflow(page);
    expect(overflow, `${name} at 360 px:\n${overflow.join('\n')}`).toEqual([]);
    expect(await brokenWords(page), `${name} at 360 px: words broken across lines`).toEqual([]);
  });
}

test('filter chips with long organisation names keep “N without it” whole at 360 px', async () => {
  const page = pages.get('light')!;
  await page.setViewportSize({ width: 360, height: 740 });
  // Two organisations no article mentions together: each chip counts what removing it brings back.
  await open(
    page,
    '/?org=officials-committee-for-domestic-and-external-security-coordination' +
      '&org=united-states-district-court-for-the-southern-district-of-new-york',
  );
  await page.locator('.active-filters .without-count').first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  expect(await brokenWords(page), 'words broken across lines').toEqual([]);
  expect(await horizontalOverflow(page)).toEqual([]);
});

test('facet counts stay whole beside long organisation and speaker names at 1280 px', async () => {
  const page = pages.get('light')!;
  await page.setViewportSize({ width: 1280, height: 800 });
  // "United States House of Representatives" filled its row and squeezed its count to "2 / 0".
  for (const path of ['/', '/quotes']) {
    await open(page, path);
    await page.locator('.filter-panel .facet-count').first().waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(await brokenWords(page), `${path}: words broken across lines`).toEqual([]);
  }
});

test('facet checkboxes keep their size beside organisation names that wrap', async () => {
  const page = pages.get('light')!;
  // "United States House of Representatives" wraps at 1280 px (and most names at 360 px): its box
  // shrank to make room, narrower than the others and out of line with them.
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await open(page, '/');
    const summary = page.locator('main .filter-panel summary');
    if (await summary.isVisible()) await summary.click();
    const boxes = page.locator('.organisation-facet input[type="checkbox"]');
    await boxes.first().waitFor({ state: 'visible' });
    const sizes = await boxes.evaluateAll((inputs) =>
      inputs.map((input) => {
        const box = input.getBoundingClientRect();
        const row = input.closest('li')!.getBoundingClientRect();
        return { width: Math.round(box.width), height: Math.round(box.height), wraps: row.height > 40 };
      }),
    );
    expect(
      sizes.some((size) => size.wraps),
      `${width} px: some name wraps`,
    ).toBe(true);
    expect(new Set(sizes.map((size) => `${size.width}×${size.height}`)), `${width} px`).toEqual(
      new Set([`${sizes[0]!.height}×${sizes[0]!.height}`]),
    );
  }
});

test('a speaker’s roles keep their words whole at phone widths', async () => {
  const page = pages.get('light')!;
  // Roles of one word a line ("Incumbent President") beside a column of date ranges: at 390 px the
  // dates took the width and "President" showed as "Preside / nt".
  for (const width of [320, 360, 390]) {
    await page.setViewportSize({ width, height: 740 });
    await open(page, '/speakers/donald-trump');
    await page.locator('table.speaker-roles').waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(await brokenWords(page), `${width} px: words broken across lines`).toEqual([]);
    expect(await horizontalOverflow(page), `${width} px`).toEqual([]);
  }
});
