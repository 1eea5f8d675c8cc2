/**
 * Builds the production app over the original seed plus the shared Wikinews corpus, serves it
 * with Vite's preview server (the same one `npm start` uses) and starts one Chromium for all
 * browser tests. Test files read the URLs through `inject('baseUrl')` / `inject('wsEndpoint')`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumLaunchOptions } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
    /** The build's folder, read by the first-visit size budget (first-visit-budget.test.ts). */
    distDir: string;
  }
}

const root = resolve(import.meta.dirname, '..', '..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // A build folder of this run's own: two runs at once (two people, or a watcher) must not empty
  // each other's build while it is being served. Removed again at teardown.
  const outDir = mkdtempSync(join(tmpdir(), 'newsreader-e2e-'));
  const shared = process.env.SHARED_DIR ?? resolve(root, '..', 'shared');
  // Plus a right-to-left article of the tests' own (fixtures/rtl), for the direction tests.
  process.env.NEWSREADER_SEEDS = [
    resolve(root, 'seeds'),
    resolve(shared, 'corpus', 'wikinews'),
    resolve(import.meta.dirname, 'fixtures', 'rtl'),
  ].join(':');
  // Vitest runs with NODE_ENV=test, and Vite's build follows NODE_ENV: without this the "production"
  // bundle would carry React's development build (larger, slower, and not what ships).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    // With Vite's manifest (.vite/manifest.json), from which the first-visit size budget reads
    // what each page's first visit loads (first-visit-budget.test.ts); the app never reads it.
    await build({ root, logLevel: 'warn', build: { outDir: outDir, emptyOutDir: true, manifest: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir: outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const baseUrl = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!baseUrl) throw new Error('preview server did not report its URL');
  const browser = await chromium.launchServer(await chromiumLaunchOptions());
  project.provide('baseUrl', baseUrl);
  project.provide('wsEndpoint', browser.wsEndpoint());
  project.provide('distDir', outDir);
  return async () => {
    await browser.close();
    await new Promise<void>((done) => {
      server.httpServer.close(() => {
        done();
      });
    });
    rmSync(outDir, { recursive: true, force: true });
  };
}
