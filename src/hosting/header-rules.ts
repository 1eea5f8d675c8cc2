/**
 * The response headers every way of hosting the build sends: the project's server
 * (static-server.ts), `_headers` for static hosts (written into the build for its base) and the
 * nginx example in docs/hosting.md. One table, so the three cannot drift apart.
 */
import { CONTENT_SECURITY_POLICY_HEADER } from '../contract/security.ts';

/** Kept for good: a hashed asset's or a data build's URL changes whenever its bytes do. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Revalidated on every use (with the ETag, a 304 costs a round trip and no body). */
export const REVALIDATE = 'no-cache';

/** Sent with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/**
 * Cache rules by path below the base, first match wins; `*` ends a prefix. Everything else (HTML
 * pages, `current.json`, article documents, robots.txt, sitemaps) is revalidated.
 */
export const CACHE_RULES: readonly { path: string; cacheControl: string }[] = [
  { path: '/assets/*', cacheControl: IMMUTABLE },
  { path: '/data/v/*', cacheControl: IMMUTABLE },
];

/** The Cache-Control of a file, by its path below the base (`/assets/index-x.js`). */
export function cacheControlFor(path: string): string {
  for (const rule of CACHE_RULES) {
    const prefix = rule.path.endsWith('*') ? rule.path.slice(0, -1) : null;
    if (prefix === null ? path === rule.path : path.startsWith(prefix)) return rule.cacheControl;
  }
  return REVALIDATE;
}

/**
 * The `_headers` file (Netlify, Cloudflare Pages) for a build served at `base`. Those hosts
 * revalidate what no rule names, and join the values of two rules that both set a header, so
 * only the long-lived paths get a Cache-Control here.
 */
export function headersFile(base: string): string {
  const at = (path: string): string => `${base.replace(/\/$/, '')}${path}`;
  const lines = [
    '# Headers for static hosts that read _headers (Netlify, Cloudflare Pages): the rules the',
    "# project's server sends (src/hosting/header-rules.ts). public/_headers is the file for the",
    '# base /; a build for another base writes its own (tests/hosting/headers-file.test.ts).',
    at('/*'),
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
  ];
  for (const rule of CACHE_RULES) lines.push(at(rule.path), `  Cache-Control: ${rule.cacheControl}`);
  for (const path of ['/', '/index.html', '/404.html', '/data/current.json', '/data/articles/*'])
    lines.push(at(path), `  Cache-Control: ${REVALIDATE}`);
  return `${lines.join('\n')}\n`;
}
