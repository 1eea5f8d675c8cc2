// What `npm start` / `npm run preview` answer, at the HTTP level: status codes, content types,
// encodings and caching, over the e2e build (seeds + Wikinews, built without NEWSREADER_SITE_URL).
import { expect, inject, test } from 'vitest';
import { decoded, get } from './http.ts';
import { ORIGINAL_SEED_SPEAKER } from './support.ts';

const base = inject('baseUrl');
const IMMUTABLE = 'public, max-age=31536000, immutable';

async function known(): Promise<{ articleId: string; organisationSlug: string }> {
  const index = JSON.parse(decoded(await get(`${base}/data/index.json`)).toString('utf8')) as {
    articles: { id: string }[];
    organisations: { slug: string }[];
  };
  return { articleId: index.articles[0]!.id, organisationSlug: index.organisations[0]!.slug };
}

test('known pages answer 200 with HTML that is revalidated', async () => {
  const { articleId, organisationSlug } = await known();
  for (const path of [
    '/',
    '/quotes',
    `/articles/${articleId}`,
    `/organisations/${organisationSlug}`,
    `/speakers/${ORIGINAL_SEED_SPEAKER}`,
  ]) {
    const response = await get(`${base}${path}`);
    expect(response.status, path).toBe(200);
    expect(response.headers['content-type'], path).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control'], path).toBe('no-cache');
    expect(response.headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
});

test('unknown articles, organisations and paths, and malformed escapes, get the not-found page with 404', async () => {
  for (const path of [
    '/articles/no-such-article',
    '/organisations/no-such-organisation',
    '/speakers/no-such-speaker',
    '/no/such/page',
    '/articles',
    '/articles/%E0%A4%A',
    '/%',
    '/assets/no-such-file.js',
  ]) {
    const response = await get(`${base}${path}`);
    expect(response.status, path).toBe(404);
    expect(response.headers['content-type'], path).toBe('text/html; charset=utf-8');
    const html = decoded(response).toString('utf8');
    expect(html, path).toContain('<title>Page not found – Newsreader</title>');
    // The page boots the app, which shows its own not-found view in the layout.
    expect(html, path).toMatch(
      /<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/,
    );
  }
});

test('a missing data document is a JSON 404, never a page', async () => {
  const response = await get(`${base}/data/articles/no-such-article.json`);
  expect(response.status).toBe(404);
  expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
});

test('robots.txt is plain text; without a site URL it names no sitemap and none is served', async () => {
  const robots = await get(`${base}/robots.txt`);
  expect(robots.status).toBe(200);
  expect(robots.headers['content-type']).toBe('text/plain; charset=utf-8');
  expect(robots.body.toString('utf8')).toBe('User-agent: *\nAllow: /\n');
  expect((await get(`${base}/sitemap.xml`)).status).toBe(404);
});

test('hashed assets go out precompressed as the client allows, kept for good', async () => {
  const html = decoded(await get(`${base}/`)).toString('utf8');
  const script = /src="(\/assets\/index-[\w-]+\.js)"/.exec(html)?.[1];
  expect(script).toBeDefined();
  const plain = await get(`${base}${script!}`);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
  expect(plain.headers['cache-control']).toBe(IMMUTABLE);
  expect(plain.headers.vary).toBe('Accept-Encoding');
  for (const [accept, encoding] of [
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['identity', undefined],
  ] as const) {
    const response = await get(`${base}${script!}`, { 'Accept-Encoding': accept });
    expect(response.headers['content-encoding'], accept).toBe(encoding);
    expect(response.headers.vary, accept).toBe('Accept-Encoding');
    expect(Number(response.headers['content-length']), accept).toBe(response.body.length);
    expect(decoded(response).equals(plain.body), accept).toBe(true);
  }
});

test("a data build's documents are precompressed and immutable; current.json is revalidated", async () => {
  const current = await get(`${base}/data/current.json`, { 'Accept-Encoding': 'br, gzip' });
  expect(current.headers['cache-control']).toBe('no-cache');
  const { buildId } = JSON.parse(decoded(current).toString('utf8')) as { buildId: string };
  const meta = await get(`${base}/data/v/${buildId}/meta.json`, { 'Accept-Encoding': 'br, gzip' });
  expect(meta.status).toBe(200);
  expect(meta.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(meta.headers['content-encoding']).toBe('br');
  expect(meta.headers['cache-control']).toBe(IMMUTABLE);
  expect(JSON.parse(decoded(meta).toString('utf8'))).toMatchObject({ kind: 'meta', buildId });
});

test('data not compressed ahead (the tools-only index) is gzipped on the fly, as before', async () => {
  const response = await get(`${base}/data/index.json`, { 'Accept-Encoding': 'gzip' });
  expect(response.headers['content-encoding']).toBe('gzip');
  expect(JSON.parse(decoded(response).toString('utf8'))).toHaveProperty('articles');
});

test('an unchanged file answers 304 to its ETag; HEAD sends headers only; other methods are refused', async () => {
  const first = await get(`${base}/`, { 'Accept-Encoding': 'br' });
  const etag = first.headers.etag as string;
  expect(etag).toMatch(/^W\/"/);
  const again = await get(`${base}/`, { 'Accept-Encoding': 'br', 'If-None-Match': etag });
  expect(again.status).toBe(304);
  expect(again.body.length).toBe(0);
  const head = await get(`${base}/`, { 'Accept-Encoding': 'br' }, 'HEAD');
  expect(head.status).toBe(200);
  expect(head.headers['content-length']).toBe(first.headers['content-length']);
  expect(head.body.length).toBe(0);
  const post = await get(`${base}/`, {}, 'POST');
  expect(post.status).toBe(405);
  expect(post.headers.allow).toBe('GET, HEAD');
});
