/**
 * Pre-renders every route of a production build into static HTML: for an app path P the page is
 * `<outDir>${P}/index.html` (`/` is `index.html`), and `404.html` is the not-found page. The
 * app's server entry (`entry-server.tsx`) is bundled for Node by Vite, then worker threads render
 * the pages in batches from the built data folder and pour each into the built `index.html`.
 *
 * Incremental: each page's record is kept in the cache (`entry-server.tsx`, `PageRecord`): its
 * HTML, a hash of what it was rendered from (the renderer's code, the path and every query result
 * the page renders from) and the data documents those results came from, with their digests. A
 * page whose documents are all unchanged is copied without loading its data; a page whose data
 * hashes as before is not rendered again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { Piscina } from 'piscina';
import { build } from 'vite';
import { pagePaths } from '../hosting/site-files.ts';
import { keptRendererDir, RENDERER_FILES } from './kept-renderer.ts';
import type { RenderTaskResult } from './page-records.ts';
import { emptyTaskResult } from './page-records.ts';
import type { RenderTask } from './entry-server.tsx';

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
  /**
   * Worker threads; default `NEWSREADER_PRERENDER_THREADS`, else one per core (fewer for a small
   * build: one per `BATCH` pages).
   */
  threads?: number;
  /** Progress and the summary line. */
  log?: (line: string) => void;
}

export interface PrerenderReport {
  pages: number;
  rendered: number;
  /** Pages not rendered: copied from the cache (`unloaded` of them without loading their data). */
  reused: number;
  unloaded: number;
  /** The paths rendered (the not-found page as `/404`). */
  renderedPaths: string[];
  threads: number;
  /** Building the server bundle. */
  bundleMs: number;
  /** Reading the pages' records and checking their documents, summed over the threads. */
  checkMs: number;
  /** Loading the data of the pages not copied unloaded (and hashing it), summed over the threads. */
  prepareMs: number;
  /** React rendering of the pages not reused, summed over the threads. */
  renderMs: number;
  /** Writing the pages (and new cache entries), summed over the threads. */
  writeMs: number;
  /** Everything, from the bundle to the last file written. */
  totalMs: number;
}

const ENTRY = 'src/prerender/entry-server.tsx';
/**
 * Pages per task: consecutive articles share their data chunks (32 articles each), which a
 * worker keeps; enough to make a task's message cost nothing beside it.
 */
const BATCH = 128;

/** The thread count the environment or the machine asks for. */
function defaultThreads(pages: number): number {
  const asked = Number(process.env.NEWSREADER_PRERENDER_THREADS);
  const cores = Number.isInteger(asked) && asked > 0 ? asked : availableParallelism();
  return Math.max(1, Math.min(cores, Math.ceil(pages / BATCH)));
}

/** Bundles the server entry for Node; answers the bundle's file and a hash of its code. */
async function bundleRenderer(
  options: PrerenderOptions,
): Promise<{ entry: string; codeHash: string; outDir: string }> {
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
      // One file: each worker loads it once, with the data source it sets.
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const hash = createHash('sha256');
  for (const name of readdirSync(outDir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = join(outDir, name);
    if (name.endsWith('.js')) hash.update(name).update(readFileSync(file));
  }
  return { entry: join(outDir, 'entry-server.js'), codeHash: hash.digest('hex'), outDir };
}

export async function prerender(options: PrerenderOptions): Promise<PrerenderReport> {
  const started = performance.now();
  // Read before any page is written: the page of `/` replaces it.
  const templateHtml = readFileSync(join(resolve(options.outDir), 'index.html'), 'utf8');
  const { entry, codeHash, outDir: bundleDir } = await bundleRenderer(options);
  try {
    const report = await prerenderWith(entry, codeHash, templateHtml, options, started);
    keepRenderer(options, bundleDir, templateHtml);
    return report;
  } finally {
    rmSync(bundleDir, { recursive: true, force: true });
  }
}

async function prerenderWith(
  entry: string,
  codeHash: string,
  templateHtml: string,
  options: PrerenderOptions,
  started: number,
): Promise<PrerenderReport> {
  const bundleMs = performance.now() - started;
  const outDir = resolve(options.outDir);
  const pageCache = join(options.cacheDir, 'prerender-pages');
  mkdirSync(pageCache, { recursive: true });
  const paths = await pagePaths(join(outDir, 'data'));
  const threads = options.threads ?? defaultThreads(paths.length + 1);
  const pool = new Piscina<RenderTask, RenderTaskResult>({
    filename: pathToFileURL(entry).href,
    minThreads: threads,
    maxThreads: threads,
    // A task is a batch of pages; more than two waiting per thread only holds memory.
    maxQueue: threads * 2,
  });
  const task = (pages: string[], notFound = false): RenderTask => ({
    outDir,
    templateHtml,
    pageCache,
    codeHash,
    siteUrl: options.siteUrl ?? options.base,
    paths: pages,
    ...(notFound ? { notFound } : {}),
  });

  const total = emptyTaskResult();
  const used = new Set<string>();
  let done = 0;
  const add = (result: RenderTaskResult, pages: number) => {
    for (const key of result.keys) used.add(key);
    total.rendered += result.rendered;
    total.unloaded += result.unloaded;
    total.renderedPaths.push(...result.renderedPaths);
    total.checkMs += result.checkMs;
    total.prepareMs += result.prepareMs;
    total.renderMs += result.renderMs;
    total.writeMs += result.writeMs;
    const before = done;
    done += pages;
    if (Math.floor(done / 10_000) > Math.floor(before / 10_000))
      options.log?.(`prerender: ${done} of ${paths.length + 1} pages`);
  };
  const tasks: RenderTask[] = [];
  for (let i = 0; i < paths.length; i += BATCH) tasks.push(task(paths.slice(i, i + BATCH)));
  // The not-found page, from a path no route but the catch-all matches.
  tasks.push(task(['/404'], true));
  // Set by a task's rejection (an object: TypeScript does not follow assignments in callbacks).
  const failed: { error: Error | null } = { error: null };
  try {
    const running = new Set<Promise<void>>();
    for (const next of tasks) {
      if (failed.error !== null) break;
      const run: Promise<void> = pool
        .run(next)
        .then(
          (result) => {
            add(result, next.paths.length);
          },
          (error: unknown) => {
            failed.error ??= error instanceof Error ? error : new Error(String(error));
          },
        )
        .finally(() => running.delete(run));
      running.add(run);
      if (running.size >= threads * 2) await Promise.race(running);
    }
    await Promise.all(running);
  } finally {
    await pool.destroy();
  }
  if (failed.error !== null) throw failed.error;

  // Pages no longer built leave the cache.
  for (const name of readdirSync(pageCache))
    if (!used.has(name.replace(/\.json$/, ''))) rmSync(join(pageCache, name), { force: true });

  const pages = paths.length + 1;
  const report: PrerenderReport = {
    pages,
    rendered: total.rendered,
    reused: pages - total.rendered,
    unloaded: total.unloaded,
    renderedPaths: total.renderedPaths,
    threads,
    bundleMs,
    checkMs: total.checkMs,
    prepareMs: total.prepareMs,
    renderMs: total.renderMs,
    writeMs: total.writeMs,
    totalMs: performance.now() - started,
  };
  options.log?.(
    `prerender: ${report.pages} pages (${report.rendered} rendered, ${report.reused} unchanged, ${report.unloaded} of them copied without loading their data) in ${(report.totalMs / 1000).toFixed(1)} s on ${threads} ${threads === 1 ? 'thread' : 'threads'}` +
      (report.rendered > 0
        ? `, ${(report.renderMs / report.rendered).toFixed(2)} ms of rendering per page`
        : ''),
  );
  return report;
}

/**
 * Keeps this build's server bundle beside the project (keyed by the build folder), with the
 * template and site URL it rendered with, so that `npm start` can render a list URL with search
 * params on request (`kept-renderer.ts`). The previous build's copy is replaced.
 */
function keepRenderer(options: PrerenderOptions, bundleDir: string, templateHtml: string): void {
  const kept = keptRendererDir(options.root, resolve(options.outDir));
  writeFileSync(join(bundleDir, RENDERER_FILES.template), templateHtml);
  writeFileSync(
    join(bundleDir, RENDERER_FILES.settings),
    JSON.stringify({ siteUrl: options.siteUrl ?? options.base }),
  );
  rmSync(kept, { recursive: true, force: true });
  mkdirSync(join(kept, '..'), { recursive: true });
  renameSync(bundleDir, kept);
}
