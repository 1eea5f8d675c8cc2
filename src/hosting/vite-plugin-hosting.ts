/**
 * Vite plugin: after a production build has written its data, adds the hosting files (robots.txt,
 * sitemap, `_headers`, `_redirects`, `404.html`) and the precompressed copies; serves the build in
 * `vite preview` with the project's own handler (static-server.ts).
 */
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { defaultCacheDir } from '../ingest/pipeline/ingest-config.ts';
import { precompress, precompressCacheDir } from './precompress.ts';
import { writeSiteFiles } from './site-files.ts';
import { SITE_URL_VARIABLE, siteRoot } from './site-url.ts';
import { keptRenderer } from '../prerender/kept-renderer.ts';
import { createSiteHandler } from './static-server.ts';

export interface HostingOptions {
  /** The site's public URL (default: `NEWSREADER_SITE_URL`). */
  siteUrl?: string;
}

export function hosting(options: HostingOptions = {}): Plugin {
  let config: ResolvedConfig;
  let root: string | null = null;
  const outDir = (): string => resolve(config.root, config.build.outDir);
  return {
    name: 'newsreader-hosting',
    configResolved(resolved) {
      config = resolved;
      // A bad site URL fails the build at once, not after the data is built.
      if (config.command === 'build')
        root = siteRoot(options.siteUrl ?? process.env[SITE_URL_VARIABLE], config.base);
    },
    closeBundle: {
      // After every other plugin's output (the data, pre-rendered pages) is on disk: Rolldown runs
      // hooks one plugin after another, and 'post' puts this one last.
      order: 'post',
      async handler() {
        if (config.command !== 'build' || config.build.ssr) return;
        const started = performance.now();
        const site = await writeSiteFiles(outDir(), config.base, root);
        if (root === null)
          config.logger.warn(
            `hosting: no ${SITE_URL_VARIABLE} set, so no sitemap was written and robots.txt names none ` +
              '(a sitemap needs absolute URLs; see README, "Hosting")',
          );
        // One cache per build folder: each keeps the copies of its own last build.
        const packed = await precompress(outDir(), {
          cacheDir: precompressCacheDir(defaultCacheDir(config.root), outDir()),
        });
        const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
        config.logger.info(
          `hosting: ${site.pages} pages${root === null ? '' : ` in the sitemap at ${root}`}; ` +
            `${packed.files} files precompressed (${mb(packed.bytes)} MB → br ${mb(packed.brotliBytes)} MB, ` +
            `gzip ${mb(packed.gzipBytes)} MB; ${packed.ahead} made while the data was built, ${packed.fromCache} from the cache) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
          { timestamp: true },
        );
      },
    },
    configurePreviewServer(server) {
      // Before Vite's own static files and SPA fallback, which answer 200 for any path.
      server.middlewares.use(
        createSiteHandler({
          outDir: outDir(),
          base: config.base,
          render: keptRenderer(config.root, outDir()),
        }),
      );
    },
  };
}
