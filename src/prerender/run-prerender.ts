/**
 * Pre-renders every route of a production build into static HTML: for an app path P the page is
 * `<outDir>${P}/index.html` (`/` is `index.html`), and `404.html` is the not-found page. The
 * app's server entry (`entry-server.tsx`) is bundled for Node by Vite, then each page is rendered
 * from the built data folder and poured into the built `index.html`.
 *
 * Incremental: a page's rendered HTML is kept in the cache under a hash of its inputs (the
 * renderer's code, the path and every query result the page renders from); a page whose hash is in the cache is not rendered again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import type * as EntryServer from './entry-server.tsx';
import type { PreparedPage, Renderer } from './entry-server.tsx';
import { headFields, headHtml } from './page-head.ts';
import { pageTemplate } from './page-template.ts';

export interface PrerenderOptions {
  /** The project root (where `src/` is). */
  root: string;
  /** The built app: `index.html` and `data/`. */
  outDir: string;
  /** The app's base path (`/`, `/news/`). */
  base: string;
  cacheDir: string;
  /**
   * The app's public root URL, ending in `/`; canonical and Open Graph URLs start with it. Null
   * when the build was not told it: canonical URLs are then root-relative, og:url left out.
   */
  siteUrl: string | null;
  /** Progress and the summary line. */
  log?: (line: string) => void;
}

export interface PrerenderReport {
  pages: number;
  rendered: number;
  reused: number;
  /** Building the server bundle. */
  bundleMs: number;
  /** Loading every page's data (and hashing it). */
  prepareMs: number;
  /** React rendering of the pages not reused. */
  renderMs: number;
  /** Everything, from the bundle to the last file written. */
  totalMs: number;
}

const ENTRY = 'src/prerender/entry-server.tsx';
/** Pages whose data loads at once: enough to overlap file reads with rendering. */
const CONCURRENCY = 8;

/** Where an app path's page is written, relative to the build folder. */
export function pageFile(path: string): string {
  const decoded = decodeURIComponent(path).replace(/^\/+/, '');
  return decoded === '' ? 'index.html' : join(decoded, 'index.html');
}

/** Bundles the server entry for Node and loads it; also answers a hash of its code. */
async function loadRenderer(
  options: PrerenderOptions,
): Promise<{ module: typeof EntryServer; codeHash: string; outDir: string }> {
  // A folder of this build's own: two builds at once (tests beside a dev build) must not empty
  // each other's bundle. Removed once the pages are written.
  // Inside the project, whatever the cache folder: the bundle imports react and the rest from
  // the project's node_modules.
  const outDir = join(
    options.root,
    'node_modules',
    '.cache',
    `newsreader-prerender-server-${process.pid}-${Date.now()}`,
  );
  await build({
    configFile: false,
    root: options.root,
    base: options.base,
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      ssr: ENTRY,
      outDir,
      emptyOutDir: true,
      minify: false,
      copyPublicDir: false,
      // One file: loaded under a versioned URL below, its chunks would otherwise load a second
      // copy of the entry (and of the data source it sets).
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const hash = createHash('sha256');
  for (const name of readdirSync(outDir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = join(outDir, name);
    if (name.endsWith('.js')) hash.update(name).update(readFileSync(file));
  }
  const codeHash = hash.digest('hex');
  const entry = join(outDir, 'entry-server.js');
  // The hash in the URL: a second build in the same process must not get the first one's module.
  const module = (await import(`${pathToFileURL(entry).href}?v=${codeHash}`)) as typeof EntryServer;
  return { module, codeHash, outDir };
}

export async function prerender(options: PrerenderOptions): Promise<PrerenderReport> {
  const started = performance.now();
  const { module, codeHash, outDir: bundleDir } = await loadRenderer(options);
  try {
    return await prerenderWith(module, codeHash, options, started);
  } finally {
    rmSync(bundleDir, { recursive: true, force: true });
  }
}

async function prerenderWith(
  module: typeof EntryServer,
  codeHash: string,
  options: PrerenderOptions,
  started: number,
): Promise<PrerenderReport> {
  const bundleMs = performance.now() - started;
  const outDir = resolve(options.outDir);
  const template = pageTemplate(readFileSync(join(outDir, 'index.html'), 'utf8'));
  const pageCache = join(options.cacheDir, 'prerender-pages');
  mkdirSync(pageCache, { recursive: true });
  // The body depends on the renderer's code and the page's data only; the head is made afresh.
  const inputsHash = codeHash;

  const renderer: Renderer = await module.createRenderer({ dataDir: join(outDir, 'data') });
  const used = new Set<string>();
  let rendered = 0;
  let prepareMs = 0;
  let renderMs = 0;

  const write = async (page: PreparedPage, file: string) => {
    const key = createHash('sha256').update(inputsHash).update(page.key).digest('hex');
    used.add(key);
    const cached = join(pageCache, `${key}.html`);
    let body: string | null = null;
    try {
      body = readFileSync(cached, 'utf8');
    } catch {
      // Not rendered before (or pruned by another build meanwhile).
    }
    if (body === null) {
      const t = performance.now();
      body = await page.render();
      renderMs += performance.now() - t;
      rendered++;
      writeFileSync(cached, body);
    }
    const head = headHtml(headFields(page.data, page.path, options.siteUrl ?? options.base));
    const target = join(outDir, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(
      target,
      template.page({ head, body, prerenderedPath: page.status === 404 ? '' : page.path }),
    );
  };

  const paths = await renderer.paths();
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++]!;
      const t = performance.now();
      const page = await renderer.prepare(path);
      prepareMs += performance.now() - t;
      if (page) await write(page, pageFile(path));
      done++;
      if (done % 5000 === 0) options.log?.(`prerender: ${done} of ${paths.length} pages`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await write(await renderer.prepareNotFound(), '404.html');

  // Pages no longer built leave the cache.
  for (const name of readdirSync(pageCache))
    if (!used.has(name.replace(/\.html$/, ''))) rmSync(join(pageCache, name), { force: true });

  const report: PrerenderReport = {
    pages: paths.length + 1,
    rendered,
    reused: paths.length + 1 - rendered,
    bundleMs,
    prepareMs,
    renderMs,
    totalMs: performance.now() - started,
  };
  options.log?.(
    `prerender: ${report.pages} pages (${report.rendered} rendered, ${report.reused} unchanged) in ${(report.totalMs / 1000).toFixed(1)} s` +
      (report.rendered > 0
        ? `, ${(report.renderMs / report.rendered).toFixed(2)} ms of rendering per page`
        : ''),
  );
  return report;
}
