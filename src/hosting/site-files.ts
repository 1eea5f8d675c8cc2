/**
 * The hosting files a production build gets once its data is written: robots.txt, the sitemap,
 * `_headers` and `_redirects` for its base, the pages at renamed slugs' old addresses and
 * `404.html`, all from the data the build wrote under `data/`.
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

/**
 * The script of the moving pages (`movedPageHtml`), a file at the build's root: the CSP allows no
 * inline script. It sends the browser on to the address the page links, with the search and the
 * hash the old address was opened with (`?q=…&org=…`, `#quote-3`), which a refresh drops, and
 * gives the link them too.
 */
export const MOVED_PAGE_SCRIPT = {
  path: 'moved-page.js',
  content: `// A renamed page's old address (site-files.ts, movedPageHtml): on to the new one, with the
// search and the hash this one was opened with.
(function () {
  var link = document.querySelector('a[href]');
  if (!link) return;
  var to = new URL(link.href);
  to.search = location.search;
  to.hash = location.hash;
  link.href = to.href;
  location.replace(to.href);
})();
`,
};

/**
 * The page a static host serves at a renamed organisation's or speaker's old address
 * (`renamed-slugs.json`; decision 001, "Slugs for ł, ø, æ …"): it sends the browser on to the new
 * address at once, names it canonical, and links it for anyone it does not move. With script, by
 * `MOVED_PAGE_SCRIPT`, keeping the search and the hash (a shared link's filters and quote); without,
 * by a refresh (which needs no script and no CSP allowance, and drops them): only then, as a
 * refresh beside the script would race it to the new address without them. `to` is the new page's
 * app path (`paths`); `root` the site's absolute root URL, as the sitemap's (null: the canonical
 * link is the path).
 */
export function movedPageHtml(to: string, base: string, root: string | null): string {
  const attribute = (value: string) =>
    value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const escaped = attribute(`${base}${to.slice(1)}`);
  const canonical = root === null ? escaped : attribute(new URL(to.slice(1), root).href);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Moved – Newsreader</title>
    <meta name="robots" content="noindex" />
    <link rel="canonical" href="${canonical}" />
    <noscript><meta http-equiv="refresh" content="0; url=${escaped}" /></noscript>
  </head>
  <body>
    <p>This page is now at <a href="${escaped}">${escaped}</a>.</p>
    <script src="${attribute(base)}${MOVED_PAGE_SCRIPT.path}"></script>
  </body>
</html>
`;
}

/** The renamed organisations' and speakers' old page paths (below the base) and their new ones. */
export async function movedPagePaths(dataDir: string): Promise<[from: string, to: string][]> {
  const buildId = await currentBuildId(dataDir);
  const path = viewPaths.renamedSlugs(buildId);
  if (!existsSync(join(dataDir, path))) return [];
  const renamed = checkEnvelope(
    await readJson(join(dataDir, path)),
    'renamed-slugs',
    buildId,
    `data/${path}`,
  );
  return [
    ...Object.entries(renamed.organisations).map(([from, to]): [string, string] => [
      paths.organisation(from),
      paths.organisation(to),
    ]),
    ...Object.entries(renamed.speakers).map(([from, to]): [string, string] => [
      paths.speaker(from),
      paths.speaker(to),
    ]),
  ];
}

/**
 * The `_redirects` file (Netlify, Cloudflare Pages) for a build served at `base`: each renamed
 * organisation's or speaker's old address (`movedPagePaths`) answers 301 with its new one, as the
 * project's server answers it, the query string kept (both hosts keep it). Each rule is written
 * twice, because the two hosts read the file differently. Netlify serves a file at the address
 * instead of a rule that is not forced ("shadowing"), and the moving page is such a file, so its
 * rule must end in `301!`; Cloudflare Pages applies its rules whatever files there are, takes no
 * `!` and ignores a line with an unknown status, so it skips the first line (the deploy log says
 * so) and applies the second. Static rules only: Cloudflare takes 2,000 lines of them, so 1,000
 * renamed addresses; past that its rules stop and the moving pages answer for the rest.
 */
export function redirectsFile(moved: readonly (readonly [from: string, to: string])[], base: string): string {
  const at = (path: string): string => `${base}${path.slice(1)}`;
  const lines = [
    '# Redirects for static hosts that read _redirects (Netlify, Cloudflare Pages): a renamed',
    "# organisation's or speaker's old address answers 301 with the new one, as the project's",
    '# server answers it (src/hosting/site-files.ts). Each rule is written twice: Netlify needs',
    '# "301!" to redirect where a file is (the page written at the old address, for hosts without',
    '# this file); Cloudflare Pages ignores that line (it takes no "!") and applies the second.',
  ];
  for (const [from, to] of moved) lines.push(`${at(from)} ${at(to)} 301!`, `${at(from)} ${at(to)} 301`);
  return `${lines.join('\n')}\n`;
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
  // A renamed slug's old address: a 301 where the host reads _redirects (the project's server
  // answers it itself), a page that moves on for hosts that serve files only.
  const moved = await movedPagePaths(join(outDir, 'data'));
  await write('_redirects', redirectsFile(moved, base));
  for (const [from, to] of moved) await write(`${from.slice(1)}/index.html`, movedPageHtml(to, base, root));
  if (moved.length > 0) await write(MOVED_PAGE_SCRIPT.path, MOVED_PAGE_SCRIPT.content);
  if (!existsSync(join(outDir, '404.html')))
    await write('404.html', notFoundHtml(await readFile(join(outDir, 'index.html'), 'utf8'), base));
  return { pages: pages.length, written };
}
