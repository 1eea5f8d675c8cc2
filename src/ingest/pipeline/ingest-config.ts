/** Where the build looks for seeds and keeps its cache, overridable by environment variables. */
import { join, resolve } from 'node:path';

/** `NEWSREADER_SEEDS` (paths separated by the platform's delimiter, e.g. `:`) or `seeds/`. */
export function defaultSeedInputs(root = process.cwd()): string[] {
  const env = process.env.NEWSREADER_SEEDS;
  const list = env ? env.split(process.platform === 'win32' ? ';' : ':').filter(Boolean) : ['seeds'];
  return list.map((p) => resolve(root, p));
}

/** `NEWSREADER_CACHE` or `node_modules/.cache/newsreader`: outside the sources, safe to delete. */
export function defaultCacheDir(root = process.cwd()): string {
  return resolve(root, process.env.NEWSREADER_CACHE ?? join('node_modules', '.cache', 'newsreader'));
}
