/**
 * The pages a build writes at renamed organisations' and speakers' old addresses, for static hosts
 * (decision 001, "Slugs for ł, ø, æ …"): each moves the reader on to the new page without script.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { expect, test, vi } from 'vitest';
import { viewPaths } from '../../src/contract/views.ts';
import {
  MOVED_PAGE_SCRIPT,
  movedPageHtml,
  movedPagePaths,
  redirectsFile,
} from '../../src/hosting/site-files.ts';
import { tempDir } from '../support/temp-dir.ts';

test('a moved page refreshes to the new address under the base, canonical at the site root', () => {
  const html = movedPageHtml('/speakers/lukasz-szumowski', '/news/', 'https://example.org/news/');
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/news/speakers/lukasz-szumowski" />');
  expect(html).toContain(
    '<link rel="canonical" href="https://example.org/news/speakers/lukasz-szumowski" />',
  );
  expect(html).toContain('<meta name="robots" content="noindex" />');
  expect(html).toContain('<a href="/news/speakers/lukasz-szumowski">');
  // No site URL: the canonical link is the path. No inline script (the CSP allows none): a file's.
  const local = movedPageHtml('/organisations/orsted', '/', null);
  expect(local).toContain('<link rel="canonical" href="/organisations/orsted" />');
  expect(local).not.toMatch(/<script(?! src="\/moved-page\.js"><\/script>)/);
});

/**
 * Opens a moving page at `address` as a browser would run its script (the file it names, run once
 * the page is read): where it sends the browser (`location.replace`), or null if it does not.
 */
function movesTo(html: string, address: string): { to: string | null; link: string } {
  const url = new URL(address);
  const src = /<script src="([^"]+)"><\/script>/.exec(html)?.[1];
  expect(src).toBe(`${url.pathname.startsWith('/news/') ? '/news/' : '/'}${MOVED_PAGE_SCRIPT.path}`);
  const link = { href: new URL(/<a href="([^"]+)"/.exec(html)![1]!.replace(/&amp;/g, '&'), url).href };
  const replace = vi.fn<(to: string) => void>();
  runInNewContext(MOVED_PAGE_SCRIPT.content, {
    URL,
    location: { href: url.href, search: url.search, hash: url.hash, replace },
    document: { querySelector: (selector: string) => (selector === 'a[href]' ? link : null) },
  });
  expect(replace.mock.calls.length).toBeLessThanOrEqual(1);
  return { to: replace.mock.calls[0]?.[0] ?? null, link: link.href };
}

test('a moved page keeps the search and the hash it was opened with (a host without _redirects)', () => {
  // Leftovers 11: the refresh named the new path alone, so a shared link to a renamed speaker with
  // a search and a quote (`?q=…&org=…#quote-3`) arrived at the page with neither.
  const html = movedPageHtml('/speakers/lukasz-szumowski', '/news/', 'https://example.org/news/');
  expect(
    movesTo(html, 'https://example.org/news/speakers/ukasz-szumowski/?q=vaccine%20trial&org=who#quote-3'),
  ).toEqual({
    to: 'https://example.org/news/speakers/lukasz-szumowski?q=vaccine%20trial&org=who#quote-3',
    // The link says the same, for a reader the page does not move.
    link: 'https://example.org/news/speakers/lukasz-szumowski?q=vaccine%20trial&org=who#quote-3',
  });
  // Nothing to keep: the new address as it is.
  expect(movesTo(html, 'https://example.org/news/speakers/ukasz-szumowski').to).toBe(
    'https://example.org/news/speakers/lukasz-szumowski',
  );
  const root = movedPageHtml('/organisations/orsted', '/', null);
  expect(movesTo(root, 'http://localhost:4173/organisations/rsted?q=wind#top').to).toBe(
    'http://localhost:4173/organisations/orsted?q=wind#top',
  );
  // Without script the refresh still moves the reader on (the search and hash then lost): only
  // there, since a refresh beside the script would race it to the new address without them.
  expect(html).toMatch(
    /<noscript><meta http-equiv="refresh" content="0; url=\/news\/speakers\/lukasz-szumowski" \/><\/noscript>/,
  );
  expect(html.match(/http-equiv="refresh"/g)).toHaveLength(1);
  // A file, not inline: the site's CSP allows scripts of its own origin only.
  expect(html).not.toMatch(/<script>/);
});

test("the moved pages are the build's renamed organisations and speakers; sources have no page", async () => {
  const data = tempDir('newsreader-moved-pages-');
  const write = (path: string, body: unknown) => {
    mkdirSync(dirname(join(data, path)), { recursive: true });
    writeFileSync(join(data, path), JSON.stringify(body));
  };
  write(viewPaths.current(), { version: 4, kind: 'current', buildId: 'b1' });
  expect(await movedPagePaths(data)).toEqual([]);
  write(viewPaths.renamedSlugs('b1'), {
    version: 4,
    kind: 'renamed-slugs',
    organisations: { rsted: 'orsted' },
    speakers: { 'ukasz-szumowski': 'lukasz-szumowski' },
    sources: { 'dagbladet-b-rsen': 'dagbladet-borsen' },
  });
  expect(await movedPagePaths(data)).toEqual([
    ['/organisations/rsted', '/organisations/orsted'],
    ['/speakers/ukasz-szumowski', '/speakers/lukasz-szumowski'],
  ]);
});

/** `_redirects`' rules as [from, to, status] lines, comments and blank lines left out. */
function rules(file: string): string[][] {
  return file
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split(/\s+/));
}

/**
 * Where a host that reads `_redirects` sends a request for `path`, by its documented rules, or
 * null (it serves the file there: the moving page). Netlify: the first rule whose source is the
 * path, which gives way to a file at the path unless forced (`301!`; "shadowing"). Cloudflare
 * Pages: a line whose status is not one of 200, 301, 302, 303, 307, 308 is ignored (so `301!`
 * is), then the first rule for the path applies, files or not.
 */
function answer(host: 'netlify' | 'cloudflare', file: string, path: string): [string, number] | null {
  for (const [from, to, status = '302'] of rules(file)) {
    if (from !== path) continue;
    if (host === 'netlify') return status.endsWith('!') ? [to!, Number(status.slice(0, -1))] : null;
    if (/^(?:200|301|302|303|307|308)$/.test(status)) return [to!, Number(status)];
  }
  return null;
}

test('_redirects gives Netlify and Cloudflare Pages a 301 from each old address, under the base', () => {
  const moved: [string, string][] = [
    ['/organisations/rsted', '/organisations/orsted'],
    ['/speakers/ukasz-szumowski', '/speakers/lukasz-szumowski'],
  ];
  const file = redirectsFile(moved, '/news/');
  for (const host of ['netlify', 'cloudflare'] as const) {
    expect(answer(host, file, '/news/organisations/rsted')).toEqual(['/news/organisations/orsted', 301]);
    expect(answer(host, file, '/news/speakers/ukasz-szumowski')).toEqual([
      '/news/speakers/lukasz-szumowski',
      301,
    ]);
    expect(answer(host, file, '/news/speakers/lukasz-szumowski')).toBeNull();
  }
  // Static rules only (Cloudflare allows 2,000; each address takes two lines), one per line.
  expect(rules(file).every((rule) => rule.length === 3 && !rule.join(' ').includes('*'))).toBe(true);
  expect(rules(redirectsFile(moved, '/'))[0]).toEqual([
    '/organisations/rsted',
    '/organisations/orsted',
    '301!',
  ]);
  // A build that renamed nothing: comments only.
  expect(rules(redirectsFile([], '/'))).toEqual([]);
});
