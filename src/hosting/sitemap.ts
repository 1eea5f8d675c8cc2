/**
 * robots.txt and the sitemap (sitemaps.org protocol): one `sitemap.xml` up to 50,000 URLs, past
 * that a sitemap index at `sitemap.xml` naming `sitemaps/<n>.xml` files of 50,000 URLs each.
 */

/** The protocol's cap on URLs per sitemap file (and on sitemaps per index). */
export const SITEMAP_MAX_URLS = 50_000;

export interface SiteFile {
  /** Path below the build's root, without a leading slash. */
  path: string;
  content: string;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** Text escaped for an XML element (an id or slug could hold `&` or `<`, however unlikely). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function urlset(urls: readonly string[]): string {
  const entries = urls.map((url) => `<url><loc>${escapeXml(url)}</loc></url>\n`);
  return `${XML_HEAD}<urlset xmlns="${NS}">\n${entries.join('')}</urlset>\n`;
}

/**
 * The sitemap files for absolute page URLs. `siteRoot` is the absolute URL of the build's root
 * (origin and base, ending in `/`), where the index's part files are found.
 */
export function sitemapFiles(
  urls: readonly string[],
  siteRoot: string,
  maxUrls = SITEMAP_MAX_URLS,
): SiteFile[] {
  if (urls.length <= maxUrls) return [{ path: 'sitemap.xml', content: urlset(urls) }];
  const parts: SiteFile[] = [];
  for (let start = 0; start < urls.length; start += maxUrls)
    parts.push({
      path: `sitemaps/${parts.length + 1}.xml`,
      content: urlset(urls.slice(start, start + maxUrls)),
    });
  if (parts.length > maxUrls) throw new Error(`${urls.length} URLs need more than one sitemap index`);
  const entries = parts.map(
    (part) => `<sitemap><loc>${escapeXml(new URL(part.path, siteRoot).href)}</loc></sitemap>\n`,
  );
  return [
    {
      path: 'sitemap.xml',
      content: `${XML_HEAD}<sitemapindex xmlns="${NS}">\n${entries.join('')}</sitemapindex>\n`,
    },
    ...parts,
  ];
}

/** robots.txt: everything may be crawled; the sitemap is named when its absolute URL is known. */
export function robotsTxt(siteRoot: string | null): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (siteRoot !== null) lines.push('', `Sitemap: ${new URL('sitemap.xml', siteRoot).href}`);
  return `${lines.join('\n')}\n`;
}
