/**
 * Vite plugin: after a production build has written the app and its data, pre-renders every
 * route (`run-prerender.ts`). `NEWSREADER_PRERENDER=0` leaves it out (the app then starts from the
 * boot fallback on every URL, as before).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { defaultSiteUrl, pageFile, prerender } from './run-prerender.ts';

export function prerenderPages({ cacheDir }: { cacheDir: string }): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'newsreader-prerender',
    configResolved(resolved) {
      config = resolved;
    },
    configurePreviewServer(server) {
      // `vite preview` answers every path with the top `index.html`; a path with a page of its own
      // gets that page instead (static hosts do this by themselves).
      const outDir = resolve(config.root, config.build.outDir);
      server.middlewares.use((req, _res, next) => {
        const [path = '/', query] = (req.url ?? '/').split(/\?(.*)/s, 2);
        if ((req.method === 'GET' || req.method === 'HEAD') && path.startsWith(config.base)) {
          let file: string | null = null;
          try {
            file = pageFile(`/${path.slice(config.base.length)}`);
          } catch {
            // Not valid percent-encoding: left to the server's own answer.
          }
          if (file !== null && file !== 'index.html' && existsSync(join(outDir, file)))
            req.url = `${config.base}${file}${query ? `?${query}` : ''}`;
        }
        next();
      });
    },
    writeBundle: {
      // After the data plugin's writeBundle has written `data/` and named the build in index.html
      // (Vite runs these hooks one after another, `post` ones last).
      order: 'post',
      async handler() {
        if (config.command !== 'build' || process.env.NEWSREADER_PRERENDER === '0' || config.build.ssr)
          return;
        await prerender({
          root: config.root,
          outDir: resolve(config.root, config.build.outDir),
          base: config.base,
          cacheDir,
          siteUrl: defaultSiteUrl(config.base),
          log: (line) => {
            config.logger.info(line, { timestamp: true });
          },
        });
      },
    },
  };
}
