/**
 * Vite plugin: after a production build has written the app and its data, pre-renders every
 * route (`run-prerender.ts`). `NEWSREADER_PRERENDER=0` leaves it out (the app then starts from the
 * boot fallback on every URL, as before).
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { SITE_URL_VARIABLE, siteRoot } from '../hosting/site-url.ts';
import { keptRendererDir } from './kept-renderer.ts';
import { prerender } from './run-prerender.ts';

export function prerenderPages({ cacheDir }: { cacheDir: string }): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'newsreader-prerender',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle: {
      // After the data plugin's writeBundle has written `data/` and named the build in index.html
      // (Vite runs these hooks one after another, `post` ones last).
      order: 'post',
      async handler() {
        if (config.command !== 'build' || config.build.ssr) return;
        const outDir = resolve(config.root, config.build.outDir);
        if (process.env.NEWSREADER_PRERENDER === '0') {
          // An earlier build's renderer would serve pages naming that build's scripts.
          rmSync(keptRendererDir(config.root, outDir), { recursive: true, force: true });
          return;
        }
        await prerender({
          root: config.root,
          outDir,
          base: config.base,
          cacheDir,
          siteUrl: siteRoot(process.env[SITE_URL_VARIABLE], config.base),
          log: (line) => {
            config.logger.info(line, { timestamp: true });
          },
        });
      },
    },
  };
}
