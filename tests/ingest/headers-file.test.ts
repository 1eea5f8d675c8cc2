import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../src/contract/security.ts';

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
