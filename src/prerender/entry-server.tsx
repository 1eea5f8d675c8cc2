/**
 * The server side of pre-rendering, bundled by Vite for Node (`run-prerender.ts` builds it and
 * runs it in worker threads: this module is the workers' task function). It renders the app's own
 * route table with react-dom/server, reading the per-view documents from the data folder through
 * the same query engine the browser runs, so a page reads only what its route's loaders read, and
 * the browser's first render (from the same documents) matches it.
 *
 * Per page only what differs is made afresh: one query engine, query client and route handler
 * serve every page of a worker (the client is emptied between pages), documents are read
 * synchronously (a worker has nothing else to do meanwhile), and a page whose inputs are unchanged
 * is copied from the cache instead of rendered.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { notifyManager } from '@tanstack/react-query';
import { StrictMode } from 'react';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import type { Article, ArticleSummary } from '../contract/schema.ts';
import type {
  MetaDocument,
  OrganisationDocument,
  QuoteRow,
  SpeakerDocument,
  ViewDocument,
  ViewDocumentKind,
} from '../contract/views.ts';
import { checkEnvelope, viewPaths } from '../contract/views.ts';
import { AppProvider } from '../app/provider.tsx';
import { createQueryClient } from '../app/query-client.ts';
import { buildRoutes } from '../app/router.tsx';
import { settleQueries } from '../app/settle-queries.ts';
import { setAppDataSource } from '../lib/data/app-data-source.ts';
import { withRenamedSlugs } from '../lib/data/renamed-slugs.ts';
import { QueryEngine } from '../lib/engine/query-engine.ts';
import type { DocumentLoader, ListResult } from '../lib/engine/types.ts';
import { DocumentNotFound } from '../lib/engine/types.ts';
import type { ListView } from '../lib/urls.ts';
import type { FilterNames } from '../lib/query-label.ts';
import { namedView } from '../lib/query-label.ts';
import { appliedListPath, knownExcept, parseListSearch, paths } from '../lib/urls.ts';
import type { PageData } from './page-head.ts';
import { headFields, headHtml } from './page-head.ts';
import type { PageParts } from './page-template.ts';
import { pageTemplate } from './page-template.ts';
import type { RenderTaskResult } from './page-records.ts';
import { emptyTaskResult, pageRecordName } from './page-records.ts';
import type { PageInputs } from './page-inputs.ts';
import {
  digestText,
  documentName,
  DocumentDigests,
  MISSING,
  recordRead,
  renderedMeta,
  startPage,
  endPage,
  trackInputs,
} from './page-inputs.ts';

/** One page, rendered or taken from the cache. */
export interface RenderedPage {
  path: string;
  status: number;
  /** A hash of the path and every query result the page renders from. */
  key: string;
  data: PageData;
  /**
   * The path its canonical URL names: `path`, except for a list rendered for a search, where it is
   * the list the page applied (`appliedListPath`: no ignored param in it).
   */
  canonicalPath: string;
  body: string;
  /** False when the body came from the cache. */
  rendered: boolean;
  /**
   * The documents the page was made from, with their digests; null when the renderer does not
   * track them or some are unknown (`page-inputs.ts`).
   */
  inputs: PageInputs | null;
}

export interface Renderer {
  /**
   * Loads a page's data and renders it, unless `cached(key)` has its body. One page at a time:
   * the renderer's query client holds the page being rendered.
   */
  page: (
    path: string,
    options: { notFound?: boolean; cached: (key: string) => string | null },
  ) => Promise<RenderedPage | null>;
  /** The digests of this build's documents, when the renderer tracks a page's documents. */
  digests: DocumentDigests | null;
}

/**
 * Reads documents from a data folder on disk, as the browser's loader fetches them. With
 * `digests`, each read is recorded for the page being rendered (`page-inputs.ts`) and the
 * document's digest kept.
 */
function fileLoader(dataDir: string, buildId: string, digests: DocumentDigests | null): DocumentLoader {
  const renamedSlugs = viewPaths.renamedSlugs(buildId);
  const read = (path: string): unknown => {
    const name = digests ? documentName(path, buildId) : '';
    // The renamed slugs are kept by `withRenamedSlugs`, outside the engine's caches.
    if (digests) recordRead(name, path === renamedSlugs);
    let text: string;
    try {
      // Synchronous: in a worker thread there is nothing to overlap with, and one read call costs
      // a fraction of fs/promises' open, stat, read and close round trips through the thread pool.
      text = readFileSync(join(dataDir, decodeURIComponent(path)), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        digests?.remember(name, MISSING);
        throw new DocumentNotFound(`${path} was not found.`);
      }
      throw error;
    }
    digests?.remember(name, digestText(name, text));
    return JSON.parse(text) as unknown;
  };
  return {
    load<K extends ViewDocumentKind>(path: string, kind: K): Promise<Extract<ViewDocument, { kind: K }>> {
      try {
        return Promise.resolve(checkEnvelope(read(path), kind, buildId, path));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    loadArticle(id: string): Promise<Article | null> {
      try {
        return Promise.resolve(read(viewPaths.article(id)) as Article);
      } catch (error) {
        if (error instanceof DocumentNotFound) return Promise.resolve(null);
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
}

/** Marks of a Suspense boundary the render did not finish (`<!--$?-->` pending, `<!--$!-->` client-rendered). */
const UNFINISHED_BOUNDARY = /<!--\$[?!]-->/;

/**
 * The HTML of a tree. Once the route's code is loaded (the route handler loads it before this) and
 * its queries have settled, nothing suspends, so the synchronous `renderToString` gives the same
 * HTML as `prerender` at a fraction of the cost (no stream). Should anything still suspend, the
 * page is rendered again with `prerender`, which waits for it as hydration will.
 */
async function renderHtml(tree: ReactNode): Promise<string> {
  try {
    const html = renderToString(tree);
    if (!UNFINISHED_BOUNDARY.test(html)) return html;
  } catch {
    // Suspended outside a boundary: the waiting render below.
  }
  const { prelude } = await prerenderToNodeStream(tree);
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

export function createRenderer({ dataDir, track = false }: { dataDir: string; track?: boolean }): Renderer {
  // The query cache tells its listeners (`settleQueries`) in a `setTimeout(0)` by default: at least
  // a millisecond of idle per step of a page, which one page after another in a thread cannot hide
  // (and on a loaded machine a timer wakes up much later). A microtask runs as soon as the step
  // is done.
  notifyManager.setScheduler(queueMicrotask);
  const current = JSON.parse(readFileSync(join(dataDir, viewPaths.current()), 'utf8')) as unknown;
  const { buildId } = checkEnvelope(current, 'current', null, 'current.json');
  if (track) trackInputs();
  const digests = track ? new DocumentDigests(dataDir, buildId) : null;
  const loader = fileLoader(dataDir, buildId, digests);
  const engine = withRenamedSlugs(new QueryEngine(loader, buildId), loader, buildId);
  // The app's queries reach the engine directly: no worker on the server.
  setAppDataSource(engine);
  const base = import.meta.env.BASE_URL;
  // One client and one handler for every page (the handler keeps each route's loaded code).
  const queryClient = createQueryClient({ retries: 0 });
  const handler = createStaticHandler(buildRoutes(queryClient), { basename: base });
  let busy = false;

  async function page(
    path: string,
    { notFound = false, cached }: { notFound?: boolean; cached: (key: string) => string | null },
  ): Promise<RenderedPage | null> {
    if (busy) throw new Error('the pre-render renders one page at a time');
    busy = true;
    if (digests) startPage();
    try {
      queryClient.clear();
      const url = new URL(`${base.replace(/\/$/, '')}${path}`, 'http://prerender.invalid');
      const context = await handler.query(new Request(url));
      // A redirect has no page of its own.
      if (context instanceof Response) return null;
      await settleQueries(queryClient);
      const queries = queryClient.getQueryCache().getAll();
      const failed = queries.find((query) => query.state.status === 'error');
      if (failed)
        throw new Error(`${path}: ${failed.queryHash}: ${String(failed.state.error)}`, {
          cause: failed.state.error,
        });
      // A query by its key's leading parts and length (an article's neighbours share its prefix).
      const { data, canonicalPath } = pageData(
        path,
        notFound,
        context.statusCode,
        (key, length) =>
          queries.find(
            (query) => query.queryKey.length === length && key.every((part, i) => query.queryKey[i] === part),
          )?.state.data,
      );
      const key = createHash('sha256')
        .update(path)
        .update(
          JSON.stringify(
            queries.map((query) => [query.queryHash, keyData(query.queryKey, query.state.data)]),
          ),
        )
        .digest('hex');
      const status = notFound ? 404 : context.statusCode;
      const hit = cached(key);
      const inputsOf = () => {
        const names = digests ? endPage() : null;
        return names && digests ? digests.inputs(names) : null;
      };
      if (hit !== null)
        return { path, status, key, data, canonicalPath, body: hit, rendered: false, inputs: inputsOf() };
      const router = createStaticRouter(handler.dataRoutes, context);
      const body = await renderHtml(
        <StrictMode>
          <AppProvider queryClient={queryClient}>
            <StaticRouterProvider router={router} context={context} hydrate={false} />
          </AppProvider>
        </StrictMode>,
      );
      return { path, status, key, data, canonicalPath, body, rendered: true, inputs: inputsOf() };
    } finally {
      if (digests) endPage();
      busy = false;
    }
  }

  return { page, digests };
}

/**
 * What of a query's result goes into the page's cache key: all of it, except that the build's
 * `meta` is taken without its envelope (the build id changes with every build) and its search
 * directory: the engine reads both, no page renders them. With them, every rebuild would render
 * again every page that shows the timeline (organisations, speakers).
 */
function keyData(queryKey: readonly unknown[], data: unknown): unknown {
  if (queryKey.length !== 1 || queryKey[0] !== 'meta' || typeof data !== 'object' || data === null)
    return data;
  return renderedMeta(data);
}

type Lookup = (key: readonly unknown[], length: number) => unknown;

/**
 * What the head needs, from the query results the page rendered. `path` may carry a search (a
 * list rendered on request): the list's head then names its query and counts its matches.
 */
function pageData(
  fullPath: string,
  notFound: boolean,
  status: number,
  lookup: Lookup,
): { data: PageData; canonicalPath: string } {
  if (notFound || status === 404) return { data: { kind: 'not-found' }, canonicalPath: fullPath };
  const searchAt = fullPath.indexOf('?');
  const path = searchAt < 0 ? fullPath : fullPath.slice(0, searchAt);
  const params = new URLSearchParams(searchAt < 0 ? '' : fullPath.slice(searchAt));
  /**
   * A list rendered for a URL with a search: named by the query and filters it applied (by name),
   * its canonical URL the list it applied (`appliedListPath`), never a param it ignored.
   */
  const listView = (view: ListView, result: ListResult<unknown>) => {
    if (searchAt < 0) return { head: {}, canonicalPath: fullPath };
    const { filters } = parseListSearch(params, view, knownExcept(result.unknown));
    const sources = (lookup(['meta'], 1) as MetaDocument | undefined)?.sources ?? [];
    const names: FilterNames = {
      organisation: (slug) => result.organisationNames[slug] ?? slug,
      source: (slug) => sources.find((row) => row.slug === slug)?.name ?? slug,
      speaker: (slug) => result.speakerNames[slug] ?? slug,
    };
    return {
      head: { view: namedView(filters, names) },
      canonicalPath: appliedListPath(view, params, result),
    };
  };
  if (path.startsWith('/articles/')) {
    const article = lookup(['article'], 2) as Article | null | undefined;
    if (article) return { data: { kind: 'article', article }, canonicalPath: path };
  } else if (path.startsWith('/organisations/')) {
    const document = lookup(['organisation'], 2) as OrganisationDocument | null | undefined;
    if (document) return { data: { kind: 'organisation', document }, canonicalPath: path };
  } else if (path.startsWith('/speakers/')) {
    const document = lookup(['speaker'], 2) as SpeakerDocument | null | undefined;
    if (document) return { data: { kind: 'speaker', document }, canonicalPath: path };
  } else if (path === paths.quotes()) {
    const result = lookup(['quotes', 'list'], 4) as ListResult<QuoteRow> | undefined;
    if (result) {
      const { head, canonicalPath } = listView('quotes', result);
      return { data: { kind: 'quotes', items: result.items, total: result.total, ...head }, canonicalPath };
    }
  } else if (path === paths.articles()) {
    const result = lookup(['articles', 'list'], 4) as ListResult<ArticleSummary> | undefined;
    if (result) {
      const { head, canonicalPath } = listView('articles', result);
      return { data: { kind: 'articles', items: result.items, total: result.total, ...head }, canonicalPath };
    }
  }
  throw new Error(`${fullPath}: the page's data was not loaded`);
}

// ---- The worker threads' task ----

/** A batch of pages for one worker thread (`run-prerender.ts`). */
export interface RenderTask {
  /** The built app: `data/`, and where the pages go. */
  outDir: string;
  /**
   * The built `index.html`, read before any page is written (the page of `/` replaces it, so a
   * worker that read it later could find a page instead).
   */
  templateHtml: string;
  /** Where each page's record is kept between builds (`pageRecordName`). */
  pageCache: string;
  /** A hash of this server bundle's code: a record made by other code is not used. */
  codeHash: string;
  /** Root of canonical URLs: the site's absolute URL, or the base path. */
  siteUrl: string;
  /** App paths, each written to `pageFile(path)`. */
  paths: string[];
  /** Render `paths[0]` as the not-found page into `404.html`. */
  notFound?: boolean;
}

/**
 * What the cache keeps of a page (`<pageCache>/<pageRecordName>.json`): its body and head, the key
 * of the data it was rendered from, and the documents that data came from with their digests. A
 * rebuild copies the page when the code, the site URL and every document are unchanged; when some
 * document changed but the page's data did not (same key), the body is reused.
 */
interface PageRecord {
  codeHash: string;
  siteUrl: string;
  key: string;
  prerenderedPath: string;
  head: string;
  inputs: PageInputs | null;
  body: string;
}

function readRecord(file: string): PageRecord | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null; // Not rendered before (or pruned by another build meanwhile).
  }
  try {
    return JSON.parse(text) as PageRecord;
  } catch {
    return null; // Cut short (a build stopped while writing it): rendered again.
  }
}

/** Where an app path's page is written, relative to the build folder. */
export function pageFile(path: string): string {
  const decoded = decodeURIComponent(path).replace(/^\/+/, '');
  return decoded === '' ? 'index.html' : join(decoded, 'index.html');
}

let workerState: {
  outDir: string;
  templateHtml: string;
  renderer: Renderer;
  template: ReturnType<typeof pageTemplate>;
} | null = null;

/** Renders a batch of pages into the build folder (the default export: Piscina's task function). */
export default async function renderTask(task: RenderTask): Promise<RenderTaskResult> {
  if (workerState?.outDir !== task.outDir || workerState.templateHtml !== task.templateHtml)
    workerState = {
      outDir: task.outDir,
      templateHtml: task.templateHtml,
      renderer: createRenderer({ dataDir: join(task.outDir, 'data'), track: true }),
      template: pageTemplate(task.templateHtml),
    };
  const { renderer, template } = workerState;
  const digests = renderer.digests!;
  const result = emptyTaskResult();
  const notFound = task.notFound === true;
  const write = (path: string, parts: PageParts) => {
    const target = join(task.outDir, notFound ? '404.html' : pageFile(path));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, template.page(parts));
  };
  for (const path of task.paths) {
    const name = pageRecordName(path, notFound);
    const recordFile = join(task.pageCache, `${name}.json`);
    const checking = performance.now();
    const record = readRecord(recordFile);
    const usable = record !== null && record.codeHash === task.codeHash;
    if (usable && record.siteUrl === task.siteUrl && record.inputs && digests.unchanged(record.inputs)) {
      const checked = performance.now();
      result.checkMs += checked - checking;
      result.keys.push(name);
      result.unloaded++;
      write(path, { head: record.head, body: record.body, prerenderedPath: record.prerenderedPath });
      result.writeMs += performance.now() - checked;
      continue;
    }
    let lookupEnd = 0;
    const started = performance.now();
    result.checkMs += started - checking;
    const page = await renderer.page(path, {
      notFound,
      cached: (key) => {
        lookupEnd = performance.now();
        // The body depends on the renderer's code and the page's data only; the head is made afresh.
        return usable && record.key === key ? record.body : null;
      },
    });
    const rendered = performance.now();
    if (!page) continue;
    result.keys.push(name);
    result.prepareMs += lookupEnd - started;
    if (page.rendered) {
      result.rendered++;
      result.renderedPaths.push(path);
      result.renderMs += rendered - lookupEnd;
    }
    const parts: PageParts = {
      head: headHtml(headFields(page.data, page.canonicalPath, task.siteUrl)),
      body: page.body,
      prerenderedPath: page.status === 404 ? '' : page.path,
    };
    const next: PageRecord = {
      codeHash: task.codeHash,
      siteUrl: task.siteUrl,
      key: page.key,
      ...parts,
      inputs: page.inputs,
    };
    writeFileSync(recordFile, JSON.stringify(next));
    write(path, parts);
    result.writeMs += performance.now() - rendered;
  }
  return result;
}

// ---- A page on request (`npm start`: a list URL with search params) ----

export interface RequestRendererOptions {
  /** The built app's `data/`. */
  dataDir: string;
  /** The built `index.html` as it was before the pre-render replaced it with the page of `/`. */
  templateHtml: string;
  /** Root of canonical URLs, as for the pre-rendered pages. */
  siteUrl: string;
}

/**
 * Renders an app path with its search (`/?org=nato&page=2`) into a whole page, as the pre-render
 * renders `/`: for a server that can answer a filtered or paged list with its own results, so that
 * it reads (and unfurls) without JavaScript. Pages render one at a time, in order of request.
 */
export function createRequestRenderer(
  options: RequestRendererOptions,
): (path: string) => Promise<{ status: number; html: string } | null> {
  const renderer = createRenderer({ dataDir: options.dataDir });
  const template = pageTemplate(options.templateHtml);
  let queue: Promise<unknown> = Promise.resolve();
  return (path) => {
    const run = queue.then(async () => {
      const page = await renderer.page(path, { cached: () => null });
      if (!page) return null;
      const head = headHtml(headFields(page.data, page.canonicalPath, options.siteUrl));
      // The app renders such a page afresh (its URL has a search), once its data is loaded.
      const pathname = path.split('?')[0] ?? path;
      return {
        status: page.status,
        html: template.page({ head, body: page.body, prerenderedPath: page.status === 404 ? '' : pathname }),
      };
    });
    queue = run.catch(() => undefined);
    return run;
  };
}
