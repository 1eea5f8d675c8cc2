/**
 * The request handler of `npm start` / `npm run preview` (mounted on Vite's preview server by
 * vite-plugin-hosting.ts): serves a production build and tells the truth about it. A page the
 * build's data does not know, an unknown path and a malformed percent-escape get the not-found
 * page with 404; a pre-rendered page (`<route>/index.html`) is served where the build has one,
 * else the app's `index.html`; a list URL with search params is rendered on request where the build
 * kept its renderer. Files go out precompressed (`.br`, `.gz`) as Accept-Encoding allows.
 */
import { createReadStream, readFileSync, statSync, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';
import type { RenderOnRequest } from '../prerender/kept-renderer.ts';
import { viewPaths } from '../contract/views.ts';
import type { RenamedSlugs } from '../contract/schema.ts';
import { matchRoutePath, renamedEntitySlug, renamedListSearch } from '../lib/urls.ts';
import { cacheControlFor, REVALIDATE, SECURITY_HEADERS } from './header-rules.ts';
import { COMPRESSIBLE } from './precompress.ts';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The content type of a file by its extension; `_headers` and the like are plain text. */
export function contentTypeOf(file: string): string {
  const ext = extname(file).toLowerCase();
  return CONTENT_TYPES[ext] ?? (ext === '' ? 'text/plain; charset=utf-8' : 'application/octet-stream');
}

export type Encoding = 'br' | 'gzip';

/** The encodings an Accept-Encoding header allows (q > 0), of those the server has. */
export function acceptedEncodings(header: string | undefined): Set<Encoding> {
  const accepted = new Set<Encoding>();
  const refused = new Set<string>();
  let star = false;
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const allowed = q === undefined || Number(q) > 0;
    const token = name.trim();
    if (!allowed) refused.add(token);
    else if (token === 'br' || token === 'gzip') accepted.add(token);
    else if (token === '*') star = true;
  }
  if (star) for (const token of ['br', 'gzip'] as const) if (!refused.has(token)) accepted.add(token);
  for (const token of refused) accepted.delete(token as Encoding);
  return accepted;
}

export interface SiteHandlerOptions {
  /** The build folder (`dist`). */
  outDir: string;
  /** Vite's base, `/` or `/news/`. */
  base: string;
  /**
   * Renders a list path with its search (`/?org=nato&page=2`) into a page, where the build kept
   * its renderer (src/prerender/kept-renderer.ts); without it such a URL gets the list's
   * pre-rendered first page, as on a static host.
   */
  render?: RenderOnRequest | null;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function createSiteHandler({ outDir, base: rawBase, render = null }: SiteHandlerOptions): Handler {
  const root = resolve(outDir);
  const base = rawBase.replace(/\/?$/, '/');
  const dataDir = join(root, 'data');

  const isFile = (file: string): Stats | null => {
    try {
      const stats = statSync(file);
      return stats.isFile() ? stats : null;
    } catch {
      return null;
    }
  };

  /** Sends a file (or its precompressed copy) with its headers. `onTheFly`: gzip it if no copy exists. */
  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    file: string,
    stats: Stats,
    options: { status?: number; cacheControl: string; onTheFly?: boolean },
  ): void => {
    const status = options.status ?? 200;
    res.setHeader('Content-Type', contentTypeOf(file));
    res.setHeader('Cache-Control', options.cacheControl);
    let body = file;
    let size = stats.size;
    let mtime = stats.mtimeMs;
    let encoding: Encoding | null = null;
    let gzipNow = false;
    if (COMPRESSIBLE.test(file)) {
      res.setHeader('Vary', 'Accept-Encoding');
      const accepted = acceptedEncodings(req.headers['accept-encoding']);
      for (const [enc, suffix] of [
        ['br', '.br'],
        ['gzip', '.gz'],
      ] as const) {
        if (!accepted.has(enc)) continue;
        const copy = isFile(file + suffix);
        if (copy) {
          [body, size, mtime, encoding] = [file + suffix, copy.size, copy.mtimeMs, enc];
          break;
        }
      }
      if (encoding === null && options.onTheFly === true && accepted.has('gzip')) {
        encoding = 'gzip';
        gzipNow = true;
      }
    }
    if (encoding !== null) res.setHeader('Content-Encoding', encoding);
    const etag = `W/"${size.toString(36)}-${Math.floor(mtime).toString(36)}${encoding ? `-${encoding}` : ''}"`;
    res.setHeader('ETag', etag);
    if (status === 200 && req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.statusCode = status;
    if (!gzipNow) res.setHeader('Content-Length', size);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(body);
    stream.on('error', () => res.destroy());
    if (gzipNow) stream.pipe(createGzip({ level: 6 })).pipe(res);
    else stream.pipe(res);
  };

  const notFound = (req: IncomingMessage, res: ServerResponse): void => {
    for (const name of ['404.html', 'index.html']) {
      const file = join(root, name);
      const stats = isFile(file);
      if (stats) {
        send(req, res, file, stats, { status: 404, cacheControl: REVALIDATE });
        return;
      }
    }
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('Not found\n');
  };

  /** A route's page: its pre-rendered file if the build has one, else the app's index.html. */
  const page = (req: IncomingMessage, res: ServerResponse, prerendered: string): void => {
    for (const file of [join(root, prerendered), join(root, 'index.html')]) {
      const stats = isFile(file);
      if (stats) {
        send(req, res, file, stats, { cacheControl: REVALIDATE });
        return;
      }
    }
    notFound(req, res);
  };

  /**
   * A list with search params: rendered on request with its own results, so that it reads without
   * JavaScript; the list's pre-rendered page if rendering is not possible or fails.
   */
  const listPage = (req: IncomingMessage, res: ServerResponse, path: string, prerendered: string): void => {
    const search = /\?[^#]*/.exec(req.url ?? '')?.[0] ?? '';
    // A link with slugs the build renamed goes to its new address first, as the app sends it.
    const params = new URLSearchParams(search);
    if (params.has('org') || params.has('source') || params.has('speaker')) {
      const renamedSearch = renamedListSearch(
        params,
        // The table's old slugs are none of this build's (the build leaves those out): any may be looked up.
        { organisations: params.getAll('org'), source: params.get('source'), speaker: params.get('speaker') },
        renamedSlugs(),
      );
      if (renamedSearch !== null) {
        moved(res, `${base}${path.slice(1)}${renamedSearch}`);
        return;
      }
    }
    if (render === null || search.length <= 1) {
      page(req, res, prerendered);
      return;
    }
    render(`${path}${search}`).then(
      (rendered) => {
        if (rendered === null) {
          page(req, res, prerendered);
          return;
        }
        res.setHeader('Content-Type', contentTypeOf('page.html'));
        res.setHeader('Cache-Control', REVALIDATE);
        res.setHeader('Vary', 'Accept-Encoding');
        const gzip = acceptedEncodings(req.headers['accept-encoding']).has('gzip');
        const body = gzip ? gzipSync(rendered.html) : Buffer.from(rendered.html);
        if (gzip) res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Content-Length', body.length);
        res.statusCode = rendered.status;
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      (error: unknown) => {
        console.warn(`start: ${path}${search} could not be rendered; it gets the list's first page:`, error);
        page(req, res, prerendered);
      },
    );
  };

  /**
   * An organisation's or a speaker's page: a slug the build renamed is sent to its new address (as
   * the app's loader does); a known slug gets its pre-rendered page (the app where
   * the build has none); a slug typed or shared with capitals (`/organisations/NATO`) is sent to
   * its lower-case address with its search kept, as the app's loader does, so a crawler or a link
   * preview gets the page and not a 404; an unknown one gets the 404.
   */
  const entityPage = (
    req: IncomingMessage,
    res: ServerResponse,
    folder: 'organisations' | 'speakers',
    slug: string,
    known: (slug: string) => boolean,
  ): void => {
    const lower = slug.toLowerCase();
    const search = /\?[^#]*/.exec(req.url ?? '')?.[0] ?? '';
    // First: the build writes a page that sends a renamed slug on (for static hosts) at its old path.
    const kind = folder === 'organisations' ? 'organisation' : 'speaker';
    const table = renamedSlugs();
    const renamedTo = renamedEntitySlug(table, kind, slug) ?? renamedEntitySlug(table, kind, lower);
    if (renamedTo !== null) moved(res, `${base}${folder}/${encodeURIComponent(renamedTo)}${search}`);
    else if (known(slug)) page(req, res, `${folder}/${encodeURIComponent(slug)}/index.html`);
    else if (lower !== slug && known(lower))
      moved(res, `${base}${folder}/${encodeURIComponent(lower)}${search}`);
    else notFound(req, res);
  };

  const moved = (res: ServerResponse, location: string): void => {
    res.statusCode = 301;
    res.setHeader('Location', location);
    res.setHeader('Cache-Control', REVALIDATE);
    res.end();
  };

  /**
   * The current build's `renamed-slugs.json` (old slug → new, decision 001, "Slugs for ł, ø, æ …"),
   * read once per build; none for a build without it.
   */
  let renamedOf: { buildId: string; table: RenamedSlugs } | null = null;
  const renamedSlugs = (): RenamedSlugs => {
    const buildId = currentBuild();
    const none = { organisations: {}, speakers: {}, sources: {} };
    if (buildId === null) return none;
    if (renamedOf?.buildId !== buildId) {
      let table: RenamedSlugs = none;
      try {
        const document = JSON.parse(
          readFileSync(join(dataDir, viewPaths.renamedSlugs(buildId)), 'utf8'),
        ) as Partial<RenamedSlugs>;
        table = {
          organisations: document.organisations ?? {},
          speakers: document.speakers ?? {},
          sources: document.sources ?? {},
        };
      } catch {
        // No such document: the build renamed nothing.
      }
      renamedOf = { buildId, table };
    }
    return renamedOf.table;
  };

  /** Whether the build's data has a document at `path` (relative to `data/`). */
  const hasData = (path: string): boolean => isFile(join(dataDir, path)) !== null;
  const currentBuild = (): string | null => {
    try {
      const current = JSON.parse(readFileSync(join(dataDir, viewPaths.current()), 'utf8')) as {
        buildId?: unknown;
      };
      return typeof current.buildId === 'string' && /^[\w-]+$/.test(current.buildId) ? current.buildId : null;
    } catch {
      return null;
    }
  };

  return (req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('Allow', 'GET, HEAD');
      res.end();
      return;
    }
    const rawPath = (req.url ?? '/').split('?')[0]!.split('#')[0]!;
    if (!rawPath.startsWith(base)) {
      // The bare base (`/news`) and the host's root lead to the app.
      if (rawPath === base.slice(0, -1) || rawPath === '/') {
        res.statusCode = 302;
        res.setHeader('Location', base);
        res.end();
      } else notFound(req, res);
      return;
    }
    const path = `/${rawPath.slice(base.length)}`;
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      // Not valid percent-encoding: it names nothing, and the app's page says so.
      notFound(req, res);
      return;
    }
    if (
      decoded.includes('\0') ||
      decoded.split('/').some((segment) => segment.startsWith('.') && segment !== '')
    ) {
      notFound(req, res);
      return;
    }
    const file = resolve(root, `.${decoded}`);
    if (file !== root && !file.startsWith(root + sep)) {
      notFound(req, res);
      return;
    }
    if (path.startsWith('/data/')) {
      const stats = file.endsWith('.json') ? isFile(file) : null;
      if (!stats) {
        // A data request never gets a page: the app reads 404 as "no such document".
        res.statusCode = 404;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', REVALIDATE);
        res.end(JSON.stringify({ error: 'not found', path: rawPath }));
        return;
      }
      send(req, res, file, stats, { cacheControl: cacheControlFor(path), onTheFly: true });
      return;
    }
    const stats = isFile(file);
    if (stats) {
      send(req, res, file, stats, { cacheControl: cacheControlFor(path) });
      return;
    }
    const route = matchRoutePath(path);
    switch (route.view) {
      case 'articles':
        listPage(req, res, path, 'index.html');
        return;
      case 'quotes':
        listPage(req, res, path, 'quotes/index.html');
        return;
      case 'article': {
        const name = encodeURIComponent(route.id);
        if (hasData(viewPaths.article(route.id)) || isFile(join(root, 'articles', name, 'index.html')))
          page(req, res, `articles/${name}/index.html`);
        else notFound(req, res);
        return;
      }
      case 'organisation': {
        const buildId = currentBuild();
        const known = (slug: string): boolean =>
          (buildId !== null && hasData(viewPaths.organisation(buildId, encodeURIComponent(slug)))) ||
          isFile(join(root, 'organisations', encodeURIComponent(slug), 'index.html')) !== null;
        entityPage(req, res, 'organisations', route.slug, known);
        return;
      }
      case 'speaker': {
        const buildId = currentBuild();
        entityPage(
          req,
          res,
          'speakers',
          route.slug,
          (slug) => buildId !== null && hasData(viewPaths.speaker(buildId, encodeURIComponent(slug))),
        );
        return;
      }
      case 'none':
        notFound(req, res);
    }
  };
}
