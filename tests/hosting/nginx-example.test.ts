// The nginx example in docs/hosting/ sends what the project's server sends.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { CACHE_RULES, REVALIDATE, SECURITY_HEADERS } from '../../src/hosting/header-rules.ts';

const conf = readFileSync(resolve(import.meta.dirname, '../../docs/hosting/nginx.conf'), 'utf8');

test('every security header, with the same value', () => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(conf).toContain(`add_header ${name} "${value}" always;`);
});

test('the same cache rules: long-lived paths kept for good, everything else revalidated', () => {
  for (const rule of CACHE_RULES)
    expect(conf).toContain(`~^${rule.path.replace(/\*$/, '')}  "${rule.cacheControl}";`);
  expect(conf).toContain(`default     "${REVALIDATE}";`);
  expect(conf).toContain('add_header Cache-Control $newsreader_cache_control always;');
});

test('precompressed copies and the not-found page', () => {
  for (const line of ['brotli_static on;', 'gzip_static on;', 'gzip_vary on;', 'error_page 404 /404.html;'])
    expect(conf).toContain(line);
});

test('HTTPS with HTTP/2, and plain HTTP sent there', () => {
  // One connection for a page's scripts, stylesheet and data (docs/history/benchmarks.md, "Lighthouse": `--https`).
  expect(conf).toContain('listen 443 ssl http2;');
  expect(conf).toMatch(/listen 80;[\s\S]*?return 301 https:\/\/\$host\$request_uri;/);
});
