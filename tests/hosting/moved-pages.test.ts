/**
 * The pages a build writes at renamed organisations' and speakers' old addresses, for static hosts
 * (decision 001, "Slugs for ł, ø, æ …"): each moves the reader on to the new page without script.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { viewPaths } from '../../src/contract/views.ts';
import { movedPageHtml, movedPagePaths } from '../../src/hosting/site-files.ts';
import { tempDir } from '../support/temp-dir.ts';

test('a moved page refreshes to the new address under the base, canonical at the site root', () => {
  const html = movedPageHtml('/speakers/lukasz-szumowski', '/news/', 'https://example.org/news/');
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/news/speakers/lukasz-szumowski" />');
  expect(html).toContain(
    '<link rel="canonical" href="https://example.org/news/speakers/lukasz-szumowski" />',
  );
  expect(html).toContain('<meta name="robots" content="noindex" />');
  expect(html).toContain('<a href="/news/speakers/lukasz-szumowski">');
  // No site URL: the canonical link is the path. No script anywhere (the CSP allows none inline).
  const local = movedPageHtml('/organisations/orsted', '/', null);
  expect(local).toContain('<link rel="canonical" href="/organisations/orsted" />');
  expect(local).not.toContain('<script');
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
