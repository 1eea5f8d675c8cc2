/**
 * The hosting files a production build gets once its data is written: robots.txt, the sitemap,
 * `_headers` for its base and `404.html`, all from the data the build wrote under `data/`.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { checkEnvelope, viewPaths, ARTICLE_CHUNK_SIZE, type ViewDocumentKind } from '../contract/views.ts';
import { paths } from '../lib/urls.ts';
import { headersFile } from './header-rules.ts';
import { robotsTxt, sitemapFiles } from './sitemap.ts';

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown;
}

/** The id of the build a data folder holds now (`current.json`). */
export async function currentBuildId(dataDir: string): Promise<string> {
  return checkEnvelope(
    await readJson(join(dataDir, viewPaths.current())),
    'current',
    null,
    'data/current.json',
  ).buildId;
}

/**
 * Every page path of the build: `/`, `/quotes`, the articles newest first, the organisations, the
 * speakers.
 */
export async function pagePaths(dataDir: string): Promise<string[]> {
  const buildId = await currentBuildId(dataDir);
  // A build's document, its envelope checked (kind and build), named in errors by its data path.
  const read = async <K extends ViewDocumentKind>(path: string, kind: K) =>
    checkEnvelope(await readJson(join(dataDir, path)), kind, buildId, `data/${path}`);
  const meta = await read(viewPaths.meta(buildId), 'meta');
  const ids: string[] = [];
  for (let chunk = 0; chunk * ARTICLE_CHUNK_SIZE < meta.articleCount; chunk++) {
    const doc = await read(viewPaths.articleChunk(buildId, chunk), 'article-chunk');
    for (const summary of doc.summaries) ids.push(summary.id);
  }
  const directory = await read(viewPaths.organisations(buildId), 'organisation-directory');
  const speakers = await read(viewPaths.speakers(buildId), 'speaker-directory');
  return [
    paths.articles(),
    paths.quotes(),
    ...ids.reverse().map((id) => paths.article(id)),
    ...directory.organisations.map((org) => paths.organisation(org.slug)),
    ...speakers.speakers.map((speaker) => paths.speaker(speaker.slug)),
  ];
}

/**
 * The not-found page for static hosts, made from the build's `index.html`: the same app (which
 * boots and shows its own not-found view at that URL), titled "Page not found", with a static
 * message and a link home where the loading line was, for readers without JavaScript.
 */
export function notFoundHtml(indexHtml: string, base: string): string {
  const message =
    '<div class="boot-fallback">\n        <h1>Page not found</h1>\n' +
    '        <p>There is nothing at this address. The link may be mistyped or out of date.</p>\n' +
    `        <p><a href="${base}">Back to all articles</a></p>\n      </div>`;
  return indexHtml
    .replace(
      /<title>[^<]*<\/title>/,
      '<title>Page not found – Newsreader</title>\n    <meta name="robots" content="noindex" />',
    )
    .replace(
      /(?:<!--(?:(?!-->)[\s\S])*?-->\s*)?<div class="boot-fallback">[\s\S]*?<\/p>\s*<p class="boot-failed">[\s\S]*?<\/p>\s*<\/div>/,
      message,
    );
}

export interface SiteFilesResult {
  pages: number;
  /** The files written, below the build's root. */
  written: string[];
}

/**
 * Writes the hosting files into `outDir`. `root` is the site's absolute root URL (siteRoot), or
 * null: then robots.txt names no sitemap and no sitemap is written, since a sitemap's URLs must
 * be absolute. An existing `404.html` (a pre-rendered one) is kept.
 */
export async function writeSiteFiles(
  outDir: string,
  base: string,
  root: string | null,
): Promise<SiteFilesResult> {
  const written: string[] = [];
  const write = async (path: string, content: string): Promise<void> => {
    await mkdir(dirname(join(outDir, path)), { recursive: true });
    await writeFile(join(outDir, path), content);
    written.push(path);
  };
  const pages = await pagePaths(join(outDir, 'data'));
  await write('robots.txt', robotsTxt(root));
  if (root !== null)
    for (const file of sitemapFiles(
      pages.map((path) => new URL(path.slice(1), root).href),
      root,
    ))
      await write(file.path, file.content);
  await write('_headers', headersFile(base));
  if (!existsSync(join(outDir, '404.html')))
    await write('404.html', notFoundHtml(await readFile(join(outDir, 'index.html'), 'utf8'), base));
  return { pages: pages.length, written };
}
