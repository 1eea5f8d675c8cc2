import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../src/contract/security.ts';
import { headersFile } from '../../src/hosting/header-rules.ts';

test('public/_headers gives static hosts the same Content-Security-Policy the preview server sends', () => {
  const headers = readFileSync(resolve(import.meta.dirname, '../../public/_headers'), 'utf8');
  expect(headers).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY_HEADER}\n`);
  for (const directive of [
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
  ])
    expect(CONTENT_SECURITY_POLICY_HEADER).toContain(directive);
  expect(CONTENT_SECURITY_POLICY_HEADER).not.toContain('unsafe-inline');
});

test('public/_headers is the header rules the server applies, for the base /', () => {
  // Regenerate with: node --import tsx -e "import('./src/hosting/header-rules.ts').then(m=>process.stdout.write(m.headersFile('/')))" > public/_headers
  const headers = readFileSync(resolve(import.meta.dirname, '../../public/_headers'), 'utf8');
  expect(headers).toBe(headersFile('/'));
  expect(headers).toContain('/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n');
});

test('a build for a sub-path gets its rules under that path', () => {
  const headers = headersFile('/news/');
  expect(headers).toContain('\n/news/*\n  Content-Security-Policy: ');
  expect(headers).toContain('\n/news/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  expect(headers).toContain('\n/news/data/current.json\n  Cache-Control: no-cache\n');
  expect(headers).not.toMatch(/^\/assets/m);
});
