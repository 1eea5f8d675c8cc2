/**
 * `node --import tsx scripts/bench/js-chunks.ts DIST [--article ID] [--mobile]`: what a first
 * visit's JavaScript is made of. Loads `/`, an article and `/quotes` cold in Chromium (a fresh
 * context each, desktop viewport as `bench:reader`, or a phone's with `--mobile`), lists every
 * script the page and its workers fetched until the app has started and one more second has passed,
 * with its gzipped size, and, when the build has source maps, each script's modules with their
 * share of its gzipped bytes (the minified bytes each source maps to, scaled to the file's gz).
 *
 * A build with source maps (the same code; only the maps and a comment are added):
 *   vite build --config scripts/bench/vite-sourcemap.config.ts --outDir DIST
 * When the build has Vite's manifest too (`--manifest`), each page's scripts are compared with
 * those `first-visit-chunks.ts` derives from it without a browser (what the size budget,
 * `tests/e2e/first-visit-budget.test.ts`, reads), and a difference is printed.
 * Diagnostic only; not part of `npm test`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { chromiumLaunchOptions } from '../../tests/e2e/chromium.ts';
import { firstVisitScripts, gzBytes, readManifest, type RouteLabel } from './first-visit-chunks.ts';
import { serveBuild } from './serve-build.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { article: { type: 'string' }, mobile: { type: 'boolean', default: false } },
});
const dist = resolve(positionals[0] ?? 'dist');
const SETTLE_MS = 1000;

/** Minified bytes per source file of one script, from its source map (unmapped bytes under "?"). */
function bytesPerSource(code: string, map: RawSourceMap): Map<string, number> {
  const lines = code.split('\n');
  const bytes = new Map<string, number>();
  const add = (source: string, n: number) => bytes.set(source, (bytes.get(source) ?? 0) + n);
  // Each mapping's source owns the bytes from its column to the next mapping's (or the line's end).
  let line = 1;
  let start = 0;
  let current = '?';
  const endLine = (to: number) => {
    add(current, (lines[line - 1] ?? '').length - start);
    for (let l = line + 1; l < to; l++) add('?', (lines[l - 1] ?? '').length);
    line = to;
    start = 0;
    current = '?';
  };
  new SourceMapConsumer(map).eachMapping(
    (m) => {
      if (m.generatedLine !== line) endLine(m.generatedLine);
      add(current, m.generatedColumn - start);
      start = m.generatedColumn;
      // (Null for a mapping with no source, though the types say string.)
      current = (m.source as string | null | undefined) ?? '?';
    },
    undefined,
    SourceMapConsumer.GENERATED_ORDER,
  );
  endLine(lines.length + 1);
  return bytes;
}

/** `node_modules/<package>` or the project path, so libraries sum per package. */
function groupOf(source: string): string {
  const cleaned = source.replace(/^(\.\.\/)+/, '').replace(/^\/+/, '');
  const nm = cleaned.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = cleaned.slice(nm + 'node_modules/'.length).split('/');
    return `npm:${rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  const src = cleaned.indexOf('src/');
  return src >= 0 ? cleaned.slice(src) : cleaned;
}

interface Breakdown {
  file: string;
  gz: number;
  parts: [string, number][];
}

function breakdown(file: string): Breakdown {
  const path = join(dist, 'assets', file);
  const code = readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '');
  const gz = gzBytes(dist, file);
  const mapPath = `${path}.map`;
  if (!existsSync(mapPath)) return { file, gz, parts: [] };
  const map = JSON.parse(readFileSync(mapPath, 'utf8')) as RawSourceMap;
  const perSource = bytesPerSource(code, map);
  const grouped = new Map<string, number>();
  for (const [source, n] of perSource) grouped.set(groupOf(source), (grouped.get(groupOf(source)) ?? 0) + n);
  const total = [...grouped.values()].reduce((a, b) => a + b, 0);
  const parts = [...grouped]
    .map(([name, n]): [string, number] => [name, (gz * n) / total])
    .sort((a, b) => b[1] - a[1]);
  return { file, gz, parts };
}

/** The newest article, as `bench:lighthouse` picks it. */
function newestArticleId(): string {
  if (values.article) return values.article;
  const index = JSON.parse(readFileSync(join(dist, 'data', 'index.json'), 'utf8')) as {
    articles: { id: string }[];
  };
  const first = index.articles[0];
  if (!first) throw new Error('the build has no articles; pass --article ID');
  return first.id;
}

const routes: readonly (readonly [RouteLabel, string])[] = [
  ['/', '/'],
  ['article', `/articles/${encodeURIComponent(newestArticleId())}`],
  ['/quotes', '/quotes'],
];
const fromManifest = readManifest(dist) === null ? null : firstVisitScripts(dist);

const server = await serveBuild(dist);
const browser = await chromium.launch(await chromiumLaunchOptions());
const kb = (n: number) => (n / 1024).toFixed(1);
try {
  const seenFiles = new Set<string>();
  for (const [label, path] of routes) {
    const context = await browser.newContext(
      values.mobile
        ? { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 }
        : { viewport: { width: 1280, height: 900 } },
    );
    const page = await context.newPage();
    const files: string[] = [];
    // Requests of the page and of its dedicated workers (Playwright reports both on the page).
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!url.pathname.endsWith('.js') || !url.pathname.includes('/assets/')) return;
      const file = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
      if (!files.includes(file)) files.push(file);
    });
    await page.goto(server.base + path);
    await page.waitForSelector('html[data-started]', { timeout: 60_000 });
    await page.waitForTimeout(SETTLE_MS);
    await context.close();
    const parts = files.map(breakdown);
    const total = parts.reduce((sum, p) => sum + p.gz, 0);
    console.log(`\n## ${label}: ${files.length} scripts, ${kb(total)} KB gz`);
    const derived = fromManifest?.get(label);
    if (derived) {
      const missing = files.filter((file) => !derived.some((script) => script.file === file));
      const extra = derived.filter((script) => !files.includes(script.file)).map((script) => script.file);
      const derivedTotal = derived.reduce((sum, script) => sum + script.gz, 0);
      console.log(
        missing.length === 0 && extra.length === 0
          ? `(the manifest's first visit: the same ${derived.length} scripts, ${kb(derivedTotal)} KB gz)`
          : `(the manifest's first visit differs: ${kb(derivedTotal)} KB gz; not derived: ${missing.join(', ') || 'none'}; not fetched: ${extra.join(', ') || 'none'})`,
      );
    }
    for (const p of parts) {
      console.log(`- ${p.file} ${kb(p.gz)} KB`);
      if (seenFiles.has(p.file)) continue;
      seenFiles.add(p.file);
      for (const [name, gz] of p.parts) if (gz >= 100) console.log(`    ${kb(gz).padStart(6)}  ${name}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
