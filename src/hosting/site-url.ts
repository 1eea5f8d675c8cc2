/**
 * The public address of the site, which absolute URLs (the sitemap, robots.txt's `Sitemap:`)
 * need and the build cannot guess: `NEWSREADER_SITE_URL`, e.g. `https://news.example.org`.
 */

/** The environment variable that names it. */
export const SITE_URL_VARIABLE = 'NEWSREADER_SITE_URL';

/**
 * The absolute URL of the build's root (`https://news.example.org/news/`) from the site URL and
 * Vite's base, or null when no site URL is given. The site URL may hold the base as its path, but
 * no other path: a mismatch would publish URLs that lead nowhere.
 */
export function siteRoot(siteUrl: string | undefined, base: string): string | null {
  if (siteUrl === undefined || siteUrl.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(siteUrl.trim());
  } catch {
    throw new Error(
      `${SITE_URL_VARIABLE}: "${siteUrl}" is not an absolute URL (e.g. https://news.example.org)`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${SITE_URL_VARIABLE}: "${siteUrl}" is not an http or https URL`);
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '')
    throw new Error(
      `${SITE_URL_VARIABLE}: "${siteUrl}" must be an origin, with no query, fragment or credentials`,
    );
  const path = url.pathname.replace(/\/?$/, '/');
  const normalisedBase = base.replace(/\/?$/, '/');
  if (path !== '/' && path !== normalisedBase)
    throw new Error(
      `${SITE_URL_VARIABLE}: "${siteUrl}" has the path ${path}, but the build's base is ${normalisedBase}: ` +
        `give only the origin (${url.origin}) or build with --base ${path}`,
    );
  return `${url.origin}${normalisedBase}`;
}
