import { expect, test } from 'vitest';
import { robotsTxt, SITEMAP_MAX_URLS, sitemapFiles } from '../../src/hosting/sitemap.ts';
import { siteRoot } from '../../src/hosting/site-url.ts';

const root = 'https://news.example.org/';
const locs = (xml: string): string[] => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);

test('up to 50,000 URLs make one sitemap.xml urlset', () => {
  const urls = Array.from({ length: SITEMAP_MAX_URLS }, (_, i) => `${root}articles/a${i}`);
  const files = sitemapFiles(urls, root);
  expect(files.map((f) => f.path)).toEqual(['sitemap.xml']);
  expect(files[0]!.content).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  expect(locs(files[0]!.content)).toEqual(urls);
});

test('past 50,000 URLs, sitemap.xml is an index of part files that hold every URL once, in order', () => {
  const urls = Array.from({ length: 2 * SITEMAP_MAX_URLS + 7 }, (_, i) => `${root}articles/a${i}`);
  const [index, ...parts] = sitemapFiles(urls, root);
  expect(index!.path).toBe('sitemap.xml');
  expect(index!.content).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  expect(parts.map((p) => p.path)).toEqual(['sitemaps/1.xml', 'sitemaps/2.xml', 'sitemaps/3.xml']);
  expect(locs(index!.content)).toEqual(parts.map((p) => `${root}${p.path}`));
  expect(parts.map((p) => locs(p.content).length)).toEqual([SITEMAP_MAX_URLS, SITEMAP_MAX_URLS, 7]);
  expect(parts.flatMap((p) => locs(p.content))).toEqual(urls);
});

test('the part files of a site under a sub-path are named under it', () => {
  const sub = 'https://example.org/news/';
  const [index] = sitemapFiles(
    ['a', 'b', 'c'].map((id) => `${sub}articles/${id}`),
    sub,
    2,
  );
  expect(locs(index!.content)).toEqual([`${sub}sitemaps/1.xml`, `${sub}sitemaps/2.xml`]);
});

test('URLs are escaped for XML', () => {
  const [file] = sitemapFiles([`${root}articles/a&b<c>`], root);
  expect(file!.content).toContain('<loc>https://news.example.org/articles/a&#38;b&#60;c&#62;</loc>');
});

test('robots.txt allows everything and names the sitemap only when the site URL is known', () => {
  expect(robotsTxt(root)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://news.example.org/sitemap.xml\n');
  expect(robotsTxt(null)).toBe('User-agent: *\nAllow: /\n');
});

test('the site URL gives the root of the build, with or without the base in it', () => {
  expect(siteRoot(undefined, '/')).toBeNull();
  expect(siteRoot('', '/')).toBeNull();
  expect(siteRoot('https://news.example.org', '/')).toBe('https://news.example.org/');
  expect(siteRoot('https://example.org', '/news/')).toBe('https://example.org/news/');
  expect(siteRoot('https://example.org/news', '/news/')).toBe('https://example.org/news/');
  expect(() => siteRoot('https://example.org/other/', '/news/')).toThrow(
    'NEWSREADER_SITE_URL: "https://example.org/other/" has the path /other/, but the build\'s base is /news/',
  );
  expect(() => siteRoot('news.example.org', '/')).toThrow('is not an absolute URL');
  expect(() => siteRoot('ftp://example.org', '/')).toThrow('is not an http or https URL');
});
