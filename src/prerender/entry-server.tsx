/**
 * The server side of pre-rendering, bundled by Vite for Node (`run-prerender.ts` builds and loads
 * it). It renders the app's own route table with react-dom/server, reading the per-view documents
 * from the data folder through the same query engine the browser runs, so a page reads only what
 * its route's loaders read, and the browser's first render (from the same documents) matches it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import type { Article } from '../contract/schema.ts';
import type { OrganisationDocument, ViewDocument, ViewDocumentKind } from '../contract/views.ts';
import { checkEnvelope, viewPaths } from '../contract/views.ts';
import { AppProvider } from '../app/provider.tsx';
import { createQueryClient } from '../app/query-client.ts';
import { buildRoutes } from '../app/router.tsx';
import { settleQueries } from '../app/settle-queries.ts';
import { setAppDataSource } from '../lib/data/app-data-source.ts';
import { QueryEngine } from '../lib/engine/query-engine.ts';
import type { DocumentLoader, ListResult } from '../lib/engine/types.ts';
import { DocumentNotFound } from '../lib/engine/types.ts';
import type { ArticleSummary } from '../contract/schema.ts';
import type { QuoteRow } from '../contract/views.ts';
import { paths } from '../lib/urls.ts';
import type { PageData } from './page-head.ts';

/** A page whose data is loaded: `key` names its inputs; `render` makes its HTML. */
export interface PreparedPage {
  path: string;
  status: number;
  /** A hash of the path and every query result the page renders from. */
  key: string;
  data: PageData;
  render: () => Promise<string>;
}

export interface Renderer {
  /** Every path to pre-render: `/`, `/quotes`, each article and each organisation. */
  paths: () => Promise<string[]>;
  prepare: (path: string) => Promise<PreparedPage | null>;
  /** The not-found page (`404.html`). */
  prepareNotFound: () => Promise<PreparedPage>;
}

/** Reads documents from a data folder on disk, as the browser's loader fetches them. */
function fileLoader(dataDir: string, buildId: string): DocumentLoader {
  const read = async (path: string): Promise<unknown> => {
    let text: string;
    try {
      text = await readFile(join(dataDir, decodeURIComponent(path)), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new DocumentNotFound(`${path} was not found.`);
      throw error;
    }
    return JSON.parse(text) as unknown;
  };
  return {
    async load<K extends ViewDocumentKind>(
      path: string,
      kind: K,
    ): Promise<Extract<ViewDocument, { kind: K }>> {
      return checkEnvelope(await read(path), kind, buildId, path);
    },
    async loadArticle(id: string): Promise<Article | null> {
      try {
        return (await read(viewPaths.article(id))) as Article;
      } catch (error) {
        if (error instanceof DocumentNotFound) return null;
        throw error;
      }
    },
  };
}

export async function createRenderer({ dataDir }: { dataDir: string }): Promise<Renderer> {
  const current = JSON.parse(await readFile(join(dataDir, viewPaths.current()), 'utf8')) as unknown;
  const { buildId } = checkEnvelope(current, 'current', null, 'current.json');
  const loader = fileLoader(dataDir, buildId);
  const engine = new QueryEngine(loader, buildId);
  // The app's queries reach the engine directly: no worker on the server.
  setAppDataSource(engine);
  const base = import.meta.env.BASE_URL;

  async function prepare(path: string, notFound = false): Promise<PreparedPage | null> {
    const queryClient = createQueryClient({ retries: 0 });
    const handler = createStaticHandler(buildRoutes(queryClient), { basename: base });
    const url = new URL(`${base.replace(/\/$/, '')}${path}`, 'http://prerender.invalid');
    const context = await handler.query(new Request(url));
    // A redirect has no page of its own.
    if (context instanceof Response) return null;
    await settleQueries(queryClient);
    const cache = queryClient.getQueryCache().getAll();
    const failed = cache.find((query) => query.state.status === 'error');
    if (failed)
      throw new Error(`${path}: ${failed.queryHash}: ${String(failed.state.error)}`, {
        cause: failed.state.error,
      });
    // A query by its key's leading parts and length (an article's neighbours share its prefix).
    const data = pageData(
      path,
      notFound,
      context.statusCode,
      (key, length) =>
        cache.find(
          (query) => query.queryKey.length === length && key.every((part, i) => query.queryKey[i] === part),
        )?.state.data,
    );
    const key = createHash('sha256')
      .update(path)
      .update(JSON.stringify(cache.map((query) => [query.queryHash, query.state.data])))
      .digest('hex');
    return {
      path,
      status: notFound ? 404 : context.statusCode,
      key,
      data,
      render: async () => {
        const router = createStaticRouter(handler.dataRoutes, context);
        // prerender (not renderToString) waits for lazy components, as hydration will.
        const { prelude } = await prerenderToNodeStream(
          <StrictMode>
            <AppProvider queryClient={queryClient}>
              <StaticRouterProvider router={router} context={context} hydrate={false} />
            </AppProvider>
          </StrictMode>,
        );
        const chunks: Buffer[] = [];
        for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
        return Buffer.concat(chunks).toString('utf8');
      },
    };
  }

  return {
    async paths() {
      const meta = await engine.meta();
      const list: string[] = [paths.articles(), paths.quotes()];
      const chunks = Math.ceil(meta.articleCount / 32);
      for (let k = 0; k < chunks; k++) {
        const chunk = await loader.load(viewPaths.articleChunk(buildId, k), 'article-chunk');
        for (const summary of chunk.summaries) list.push(paths.article(summary.id));
      }
      const organisations = await loader.load(viewPaths.organisations(buildId), 'organisation-directory');
      for (const organisation of organisations.organisations)
        list.push(paths.organisation(organisation.slug));
      return list;
    },
    prepare: (path) => prepare(path),
    async prepareNotFound() {
      // A path no route but the catch-all matches.
      const page = await prepare('/404', true);
      if (!page) throw new Error('the not-found page redirected');
      return page;
    },
  };
}

type Lookup = (key: readonly unknown[], length: number) => unknown;

/** What the head needs, from the query results the page rendered. */
function pageData(path: string, notFound: boolean, status: number, lookup: Lookup): PageData {
  if (notFound || status === 404) return { kind: 'not-found' };
  if (path.startsWith('/articles/')) {
    const article = lookup(['article'], 2) as Article | null | undefined;
    if (article) return { kind: 'article', article };
  } else if (path.startsWith('/organisations/')) {
    const document = lookup(['organisation'], 2) as OrganisationDocument | null | undefined;
    if (document) return { kind: 'organisation', document };
  } else if (path === paths.quotes()) {
    const result = lookup(['quotes', 'list'], 4) as ListResult<QuoteRow> | undefined;
    if (result) return { kind: 'quotes', items: result.items, total: result.total };
  } else if (path === paths.articles()) {
    const result = lookup(['articles', 'list'], 4) as ListResult<ArticleSummary> | undefined;
    if (result) return { kind: 'articles', items: result.items, total: result.total };
  }
  throw new Error(`${path}: the page's data was not loaded`);
}
