/**
 * The project's server and the pages of organisations and speakers: a known slug gets its page, a
 * slug with capitals (typed, or shared as `/organisations/NATO`) is sent to its lower-case address
 * with its search kept, as the app's loader sends it, and an unknown one gets the 404. A slug the
 * build renamed (`renamed-slugs.json`, decision 001) is sent to its new address, on entity pages
 * and in a list's params.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { viewPaths } from '../../src/contract/views.ts';
import { createSiteHandler } from '../../src/hosting/static-server.ts';
import { tempDir } from '../support/temp-dir.ts';

const servers: Server[] = [];
afterAll(() => {
  for (const server of servers) server.close();
});

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** A build whose data knows NATO and Tom Goffus (no pre-rendered pages: the app's page serves them). */
async function serve(base: string): Promise<string> {
  const dir = tempDir('newsreader-entity-pages-');
  write(dir, 'index.html', '<p>the app</p>');
  write(dir, '404.html', '<p>not found</p>');
  write(dir, `data/${viewPaths.current()}`, JSON.stringify({ buildId: 'b1' }));
  write(dir, `data/${viewPaths.organisation('b1', 'nato')}`, '{}');
  write(dir, `data/${viewPaths.speaker('b1', 'tom-goffus')}`, '{}');
  write(
    dir,
    `data/${viewPaths.renamedSlugs('b1')}`,
    JSON.stringify({
      version: 4,
      kind: 'renamed-slugs',
      organisations: { rsted: 'orsted' },
      speakers: { 'ukasz-szumowski': 'lukasz-szumowski' },
      sources: { 'dagbladet-b-rsen': 'dagbladet-borsen' },
    }),
  );
  // The page the build writes at a renamed organisation's old address, for static hosts.
  write(dir, 'organisations/rsted/index.html', '<p>moved</p>');
  const server = createServer(createSiteHandler({ outDir: dir, base }));
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address !== 'object') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

const ask = (url: string) => fetch(url, { redirect: 'manual' });

test('a slug with capitals is sent to its lower-case page with its search; a known one is served, an unknown one is 404', async () => {
  const origin = await serve('/');
  const nato = await ask(`${origin}/organisations/NATO?from=2020-01-01&to=2020-12-31`);
  expect(nato.status).toBe(301);
  expect(nato.headers.get('location')).toBe('/organisations/nato?from=2020-01-01&to=2020-12-31');
  expect((await ask(`${origin}/organisations/Nato`)).headers.get('location')).toBe('/organisations/nato');
  const page = await ask(`${origin}/organisations/nato`);
  expect(page.status).toBe(200);
  expect(await page.text()).toBe('<p>the app</p>');

  const speaker = await ask(`${origin}/speakers/Tom-Goffus`);
  expect(speaker.status).toBe(301);
  expect(speaker.headers.get('location')).toBe('/speakers/tom-goffus');
  expect((await ask(`${origin}/speakers/tom-goffus`)).status).toBe(200);

  for (const unknown of ['/organisations/UNKNOWN', '/organisations/unknown', '/speakers/Nobody-Here']) {
    const response = await ask(`${origin}${unknown}`);
    expect(response.status, unknown).toBe(404);
    expect(await response.text()).toBe('<p>not found</p>');
  }
});

test('under a base path the lower-case address keeps the base', async () => {
  const origin = await serve('/news/');
  const nato = await ask(`${origin}/news/organisations/NATO?page=2`);
  expect(nato.status).toBe(301);
  expect(nato.headers.get('location')).toBe('/news/organisations/nato?page=2');
});

test('a renamed slug is sent to its new address, on its page and in a list link, the rest of the link kept', async () => {
  for (const base of ['/', '/news/']) {
    const origin = await serve(base);
    const cases = [
      ['speakers/ukasz-szumowski?from=2020-01-01', 'speakers/lukasz-szumowski?from=2020-01-01'],
      ['speakers/UKASZ-SZUMOWSKI', 'speakers/lukasz-szumowski'],
      // The old address has a page the build wrote for static hosts: this server answers 301 first.
      ['organisations/rsted', 'organisations/orsted'],
      ['?q=wind&org=nato&org=rsted&page=2', '?q=wind&org=nato&org=orsted&page=2'],
      [
        'quotes?speaker=ukasz-szumowski&source=dagbladet-b-rsen',
        'quotes?speaker=lukasz-szumowski&source=dagbladet-borsen',
      ],
    ];
    for (const [from, to] of cases) {
      const response = await ask(`${origin}${base}${from}`);
      expect(response.status, from).toBe(301);
      expect(response.headers.get('location'), from).toBe(`${base}${to}`);
    }
    // Known or unknown slugs in a list link are the list's business, as before.
    expect((await ask(`${origin}${base}?org=nato&speaker=nobody`)).status).toBe(200);
  }
});
