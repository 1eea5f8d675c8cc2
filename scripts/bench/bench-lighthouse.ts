/**
 * Lighthouse scores of the production build (`npm run bench:lighthouse`): performance,
 * accessibility, best practices and SEO, plus CLS and LCP, for `/`, an article and `/quotes`,
 * mobile and desktop, over the seed and the shared Wikinews corpus. Prints a markdown table.
 *
 * Steps: `vite build` (seeds + ../shared/corpus/wikinews, or NEWSREADER_SEEDS) into a folder
 * outside the repo, serve it with Vite's preview server (the project's server, as `npm start`),
 * run Lighthouse 12.2.3 (the last line that runs on Node 20) in Chromium (found as the browser
 * tests find it). Not part of `npm test`: scores vary with the machine's load.
 *
 *   --skip-build DIR   reuse a built folder (its canonical URLs name the address it was built for)
 *   --port N           serve on this port (default: a free one); a folder built with
 *                      NEWSREADER_SITE_URL=http://127.0.0.1:N/ then has canonical URLs that match
 *   --out DIR          where to build (default $TMPDIR/newsreader-lighthouse-dist)
 *   --article ID       the article to score (default: the newest)
 *   --runs N           runs per page and form factor (default 1); the table shows the lowest score
 *   --only PAGE        score one page only: `/`, `article` or `/quotes`
 *   --json DIR         also write each run's full Lighthouse report (`<page>-<form factor>-<run>.json`)
 *   --https            serve over TLS, so the browser speaks HTTP/2 as it does with any host that has
 *                      a certificate (a certificate for 127.0.0.1 is made for the run with `openssl`;
 *                      Chromium trusts its key by hash). Build the folder with
 *                      NEWSREADER_SITE_URL=https://127.0.0.1:N/ for canonical URLs that match.
 *
 * Why `--https`: Lighthouse's mobile figure simulates a Slow 4G link from the requests it saw. Over
 * HTTP/1.1 (a plain `http://` server) the requests made beside the page's own go on new
 * connections, which the simulation charges a handshake (a 150 ms round trip) and TCP's slow start;
 * over HTTP/2 they share the page's connection, already open and warm. Production hosts with TLS
 * speak HTTP/2 (Netlify, Cloudflare Pages, nginx as in docs/hosting/nginx.conf), so that is the
 * reader's case; a plain run is the localhost case.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../../tests/e2e/chromium.ts';
import { selfSignedCertificate, trustFlag } from './tls.ts';

const root = resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    'skip-build': { type: 'string' },
    port: { type: 'string' },
    out: { type: 'string' },
    article: { type: 'string' },
    runs: { type: 'string', default: '1' },
    only: { type: 'string' },
    json: { type: 'string' },
    https: { type: 'boolean', default: false },
  },
});

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** A port free now, for the server; the build names it as the site's address. */
function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') done(address.port);
        else reject(new Error('no free port'));
      });
    });
  });
}

const port = values.port ? Number(values.port) : await freePort();

async function buildApp(): Promise<string> {
  if (values['skip-build']) return resolve(values['skip-build']);
  // Canonical and Open Graph URLs are absolute only when the build knows the site's address (as
  // `npm start` does); Lighthouse's SEO audit wants them absolute.
  process.env.NEWSREADER_SITE_URL ??= `http://127.0.0.1:${port}/`;
  const outDir = values.out
    ? resolve(values.out)
    : mkdtempSync(join(tmpdir(), 'newsreader-lighthouse-dist-'));
  const shared = process.env.SHARED_DIR ?? resolve(root, '..', 'shared');
  process.env.NEWSREADER_SEEDS ??= [resolve(root, 'seeds'), resolve(shared, 'corpus', 'wikinews')].join(':');
  process.env.NODE_ENV = 'production';
  const started = performance.now();
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  console.error(`built ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return outDir;
}

function newestArticle(outDir: string): string {
  const index = JSON.parse(readFileSync(join(outDir, 'data', 'index.json'), 'utf8')) as {
    articles: { id: string }[];
  };
  const first = index.articles[0];
  if (!first) throw new Error('the build has no articles');
  return first.id;
}

interface Row {
  page: string;
  formFactor: 'mobile' | 'desktop';
  scores: Record<(typeof CATEGORIES)[number], number>;
  cls: number;
  lcpMs: number;
  failing: string[];
}

const tls = values.https ? selfSignedCertificate() : undefined;
const outDir = await buildApp();
const server = await preview({
  root,
  logLevel: 'warn',
  build: { outDir },
  preview: {
    port,
    strictPort: true,
    host: '127.0.0.1',
    ...(tls ? { https: { key: tls.key, cert: tls.cert } } : {}),
  },
});
const baseUrl = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
if (!baseUrl) throw new Error('preview server did not report its URL');
const article = values.article ?? newestArticle(outDir);
const pages = [
  { name: '/', path: '/' },
  { name: 'article', path: `/articles/${encodeURIComponent(article)}` },
  { name: '/quotes', path: '/quotes' },
].filter((page) => values.only === undefined || page.name === values.only);
if (pages.length === 0) throw new Error(`--only takes /, article or /quotes, not "${values.only}"`);
if (values.json) mkdirSync(values.json, { recursive: true });

const launch = await chromiumLaunchOptions();
const chrome = await chromeLauncher.launch({
  chromePath: launch.executablePath,
  chromeFlags: [...(launch.args ?? []), '--headless=new', ...(tls ? [trustFlag(tls)] : [])],
});
const rows: Row[] = [];
try {
  for (const page of pages) {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      for (let run = 0; run < Number(values.runs); run++) {
        const result = await lighthouse(
          `${baseUrl}${page.path}`,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse gave no result for ${page.path}`);
        const { categories, audits } = result.lhr;
        if (values.json) {
          const name = `${page.name.replace(/\W/g, '') || 'list'}-${formFactor}-${run + 1}.json`;
          writeFileSync(join(values.json, name), JSON.stringify(result.lhr));
        }
        const scores = Object.fromEntries(
          CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
        ) as Row['scores'];
        const failing = CATEGORIES.flatMap((id) =>
          (categories[id]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${id}:${ref.id}`),
        );
        const row: Row = {
          page: page.name,
          formFactor,
          scores,
          cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
          lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
          failing,
        };
        const previous = rows.find((r) => r.page === row.page && r.formFactor === row.formFactor);
        if (!previous) rows.push(row);
        else for (const id of CATEGORIES) previous.scores[id] = Math.min(previous.scores[id], row.scores[id]);
        console.error(
          `${page.name} ${formFactor} run ${run + 1}: ${JSON.stringify(scores)} CLS ${row.cls.toFixed(3)}`,
        );
      }
    }
  }
} finally {
  chrome.kill();
  await new Promise<void>((done) => {
    server.httpServer.close(() => {
      done();
    });
  });
}

console.log(`Lighthouse 12.2.3, ${new Date().toISOString().slice(0, 10)}, article ${article}`);
console.log('');
console.log(
  '| page | form factor | performance | accessibility | best practices | SEO | CLS | LCP | below 1 |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows)
  console.log(
    `| ${row.page} | ${row.formFactor} | ${row.scores.performance} | ${row.scores.accessibility} | ` +
      `${row.scores['best-practices']} | ${row.scores.seo} | ${row.cls.toFixed(3)} | ${Math.round(row.lcpMs)} ms | ` +
      `${row.failing.join(', ') || '–'} |`,
  );
