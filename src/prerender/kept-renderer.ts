/**
 * The pre-render's server bundle, kept after a build (`run-prerender.ts`) so that the project's
 * server (`npm start`, `npm run preview`) can render a list URL with search params on request:
 * `/?org=nato&page=2` then reads, and unfurls, with its own results instead of the pre-rendered
 * first page. Static hosts serve the pre-rendered pages only (README, "Hosting").
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const RENDERER_FILES = {
  entry: 'entry-server.js',
  template: 'template.html',
  settings: 'renderer.json',
} as const;

/** Where a build folder's renderer is kept: inside the project, so it finds react and the rest. */
export function keptRendererDir(projectRoot: string, outDir: string): string {
  const key = createHash('sha256').update(outDir).digest('hex').slice(0, 16);
  return join(projectRoot, 'node_modules', '.cache', 'newsreader-renderer', key);
}

export type RenderOnRequest = (path: string) => Promise<{ status: number; html: string } | null>;

interface EntryModule {
  createRequestRenderer: (options: {
    dataDir: string;
    templateHtml: string;
    siteUrl: string;
  }) => RenderOnRequest;
}

/**
 * A function that renders a path with its search for the build in `outDir`, or null when the build
 * kept no renderer (built with `NEWSREADER_PRERENDER=0`, or by an older version). A rebuild while
 * the server runs is picked up at the next request: the renderer is loaded again when the kept
 * bundle changes.
 */
export function keptRenderer(projectRoot: string, outDir: string): RenderOnRequest | null {
  const dir = keptRendererDir(projectRoot, outDir);
  const entry = join(dir, RENDERER_FILES.entry);
  const version = (): string | null => {
    try {
      const stats = statSync(join(dir, RENDERER_FILES.template));
      return `${stats.mtimeMs}-${statSync(entry).mtimeMs}`;
    } catch {
      return null;
    }
  };
  if (version() === null) return null;
  let loaded: { version: string; render: Promise<RenderOnRequest> } | null = null;
  return async (path) => {
    const current = version();
    if (current === null) return null;
    if (loaded?.version !== current) {
      const render = (async () => {
        const templateHtml = readFileSync(join(dir, RENDERER_FILES.template), 'utf8');
        // A page must name scripts the build folder has (a build made without the renderer since
        // removes it, but a folder replaced by hand would not).
        const script = /<script type="module"[^>]*\ssrc="[^"]*?(assets\/[^"]+)"/.exec(templateHtml)?.[1];
        if (script === undefined || !existsSync(join(outDir, script)))
          throw new Error(`the kept renderer in ${dir} belongs to another build of ${outDir}`);
        const module = (await import(
          `${pathToFileURL(entry).href}?v=${encodeURIComponent(current)}`
        )) as EntryModule;
        const { siteUrl } = JSON.parse(readFileSync(join(dir, RENDERER_FILES.settings), 'utf8')) as {
          siteUrl: string;
        };
        return module.createRequestRenderer({
          dataDir: join(outDir, 'data'),
          templateHtml,
          siteUrl,
        });
      })();
      loaded = { version: current, render };
    }
    return (await loaded.render)(path);
  };
}
