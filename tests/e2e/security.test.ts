/**
 * The strict Content-Security-Policy (src/contract/security.ts) on every route: sent by the
 * server and carried by the page, no violation reported, the query engine's worker started under
 * Trusted Types; and a page whose script never runs still says what happened.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../src/contract/security.ts';
import { ORIGINAL_SEED_ID, ORIGINAL_SEED_ORG, cspViolations, recordCspViolations } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.connect(inject('wsEndpoint'));
});
afterAll(async () => {
  await browser.close();
});

const ROUTES = [
  '/',
  '/?q=iraq&org=nato',
  '/quotes?q=security',
  `/articles/${ORIGINAL_SEED_ID}#quote-1`,
  `/organisations/${ORIGINAL_SEED_ORG}`,
  '/no/such/page',
];

for (const path of ROUTES) {
  test(`${path} runs under the strict policy with no violation, and the engine in its worker`, async () => {
    const page = await browser.newPage();
    await recordCspViolations(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const response = await page.goto(`${inject('baseUrl')}${path}`);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY_HEADER);
    await page.locator('main h1').first().waitFor();
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    expect(await cspViolations(page)).toEqual([]);
    if (path !== '/no/such/page') {
      expect(workers.some((url) => url.includes('engine.worker'))).toBe(true);
      // The engine ran in its worker, not on the page's thread: the page fetched no data itself.
      const pageFetched = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => name.includes('/data/')),
      );
      expect(pageFetched).toEqual([]);
    }
    await page.close();
  });
}

test('a page whose script cannot load says so and offers a reload instead of staying blank', async () => {
  const page = await browser.newPage();
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto(`${inject('baseUrl')}/quotes`);
  // The pre-rendered page is there at once, and after a moment says the script did not start.
  await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Quotes' }).isVisible()).toBe(true);
  const failed = page.getByText("The reader's script has not started");
  await failed.waitFor({ state: 'visible', timeout: 15_000 });
  expect(await page.getByRole('link', { name: 'Reload the page' }).isVisible()).toBe(true);
  await page.close();
});
