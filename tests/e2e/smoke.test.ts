import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.connect(inject('wsEndpoint'));
});
afterAll(async () => {
  await browser.close();
});

test('the data documents are served by the production preview server', async () => {
  const page = await browser.newPage();
  const response = await page.goto(`${inject('baseUrl')}/data/index.json`);
  expect(response?.status()).toBe(200);
  const missing = await page.goto(`${inject('baseUrl')}/data/articles/no-such-article.json`);
  expect(missing?.status()).toBe(404);
  await page.close();
});

test('a path that is not valid percent-encoding gets the not-found page with status 404', async () => {
  const page = await browser.newPage();
  const response = await page.goto(`${inject('baseUrl')}/articles/%E0%A4%A`);
  expect(response?.status()).toBe(404);
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  await page.close();
});
