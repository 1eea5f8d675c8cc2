/**
 * axe-core finds no violations on any view, in light and in dark mode (the two colour schemes have
 * different contrast, so both are scanned). Also the shortcuts dialog open and a quote's tooltip
 * showing. One page per colour scheme goes from view to view, each opened by URL.
 */
import { expect, test } from 'vitest';
import { DESKTOP, SCHEMES, VIEW_NAMES, axeViolations, openView, pagesPerScheme } from './support.ts';

// axe is injected into the page by the test; the app's Content-Security-Policy (which
// security.test.ts holds to no violations) would rightly block that script, so these pages skip it.
const { pages, view } = pagesPerScheme({ viewport: DESKTOP, bypassCSP: true });

for (const scheme of SCHEMES) {
  for (const name of VIEW_NAMES) {
    test(`axe: ${name} (${scheme})`, async () => {
      const page = pages.get(scheme)!;
      await openView(page, view(name));
      const violations = await axeViolations(page);
      expect(violations, `axe violations on ${name} (${scheme}):\n${violations.join('\n')}`).toEqual([]);
    });
  }

  test(`axe: list at 390 px with the folded filters opened (${scheme})`, async () => {
    const page = pages.get(scheme)!;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await openView(page, view('list'));
      const summary = page.locator('main .filter-panel summary');
      if (await summary.isVisible()) await summary.click();
      await page.getByLabel('Source', { exact: true }).waitFor({ state: 'visible' });
      const violations = await axeViolations(page);
      expect(violations, `axe violations at 390 px (${scheme}):\n${violations.join('\n')}`).toEqual([]);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  test(`axe: article with a quote focused, its tooltip showing (${scheme})`, async () => {
    const page = pages.get(scheme)!;
    await openView(page, view('article'));
    await page.locator('#quote-1').focus();
    await page.locator('#quote-1-attribution').waitFor({ state: 'visible' });
    const violations = await axeViolations(page);
    expect(
      violations,
      `axe violations with a tooltip showing (${scheme}):\n${violations.join('\n')}`,
    ).toEqual([]);
  });
}
