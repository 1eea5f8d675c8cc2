/**
 * What a first visit of `/`, an article and `/quotes` loads, read from a build's files rather than
 * from a browser: the entry and its static imports, the route's chunk (React Router's `lazy`,
 * `src/app/router.tsx`) and its static imports, and the workers those scripts start. Vite's
 * manifest (`build.manifest`, `DIST/.vite/manifest.json`) names each chunk's static imports; the
 * workers are the scripts of `assets/` a loaded chunk names that the manifest does not list (the
 * query engine's, `new Worker(new URL(…))`, one file with no imports).
 *
 * The same set `js-chunks.ts` sees in Chromium (every script the page and its workers fetch until
 * the app has started, plus a second), which prints both for a build with a manifest; used by the
 * size budget (`tests/e2e/first-visit-budget.test.ts`). Sizes are gzip's default level, of the
 * code without a source map's comment, as `js-chunks.ts` has always counted them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The three pages of the first-visit target (README, decision 020 §2) and their route's module. */
export const FIRST_VISIT_ROUTES = [
  { label: '/', module: 'src/app/routes/article-list.tsx' },
  { label: 'article', module: 'src/app/routes/article.tsx' },
  { label: '/quotes', module: 'src/app/routes/quotes.tsx' },
] as const;

export type RouteLabel = (typeof FIRST_VISIT_ROUTES)[number]['label'];

interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
}

export interface FirstVisitScript {
  /** The file under `assets/`. */
  file: string;
  /** The chunk's name (`index`, `list-state`, `engine.worker` …): its file name without the hash. */
  name: string;
  kind: 'entry' | 'chunk' | 'worker';
  gz: number;
}

/** A script's gzipped bytes, without the comment naming its source map (a diagnostic build's). */
export function gzBytes(dist: string, file: string): number {
  const code = readFileSync(join(dist, 'assets', file), 'utf8').replace(
    /\n\/\/# sourceMappingURL=.*\s*$/,
    '',
  );
  return gzipSync(code).length;
}

export function readManifest(dist: string): Record<string, ManifestChunk> | null {
  const path = join(dist, '.vite', 'manifest.json');
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
}

const nameOf = (file: string) => file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '');

/** Per route, the scripts a first visit loads, the entry first; throws when the build has no manifest. */
export function firstVisitScripts(dist: string): Map<RouteLabel, FirstVisitScript[]> {
  const manifest = readManifest(dist);
  if (manifest === null) throw new Error(`${dist} has no .vite/manifest.json: build it with build.manifest`);
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (entryKey === undefined) throw new Error('the manifest names no entry');
  const listed = new Set(Object.values(manifest).map((chunk) => chunk.file.replace(/^assets\//, '')));
  const assets = new Set(readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js')));
  const result = new Map<RouteLabel, FirstVisitScript[]>();
  for (const route of FIRST_VISIT_ROUTES) {
    if (!manifest[route.module]) throw new Error(`the manifest has no chunk for ${route.module}`);
    const keys: string[] = [];
    const visit = (key: string) => {
      if (keys.includes(key)) return;
      const chunk = manifest[key];
      if (!chunk) throw new Error(`the manifest names ${key} but has no entry for it`);
      keys.push(key);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    visit(entryKey);
    visit(route.module);
    const scripts: FirstVisitScript[] = keys.map((key) => {
      const file = manifest[key]!.file.replace(/^assets\//, '');
      return {
        file,
        name: nameOf(file),
        kind: key === entryKey ? 'entry' : 'chunk',
        gz: gzBytes(dist, file),
      };
    });
    // Workers: scripts of assets/ that a loaded chunk names and the manifest does not list.
    for (const script of [...scripts]) {
      const code = readFileSync(join(dist, 'assets', script.file), 'utf8');
      for (const [named] of code.matchAll(/[\w.-]+\.js\b/g)) {
        if (listed.has(named) || !assets.has(named) || scripts.some((s) => s.file === named)) continue;
        scripts.push({ file: named, name: nameOf(named), kind: 'worker', gz: gzBytes(dist, named) });
      }
    }
    result.set(route.label, scripts);
  }
  return result;
}
