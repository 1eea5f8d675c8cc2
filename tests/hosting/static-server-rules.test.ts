import { expect, test } from 'vitest';
import { cacheControlFor } from '../../src/hosting/header-rules.ts';
import { acceptedEncodings, contentTypeOf } from '../../src/hosting/static-server.ts';
import { matchRoutePath, paths } from '../../src/lib/urls.ts';

test('a path matches the view the router shows for it', () => {
  expect(matchRoutePath('/')).toEqual({ view: 'articles' });
  expect(matchRoutePath('/quotes')).toEqual({ view: 'quotes' });
  expect(matchRoutePath('/quotes/')).toEqual({ view: 'quotes' });
  expect(matchRoutePath('/articles/000_ec231f94e2293af6')).toEqual({
    view: 'article',
    id: '000_ec231f94e2293af6',
  });
  expect(matchRoutePath('/articles/a%20b/')).toEqual({ view: 'article', id: 'a b' });
  expect(matchRoutePath('/organisations/nato')).toEqual({ view: 'organisation', slug: 'nato' });
  expect(matchRoutePath('/speakers/tom-goffus')).toEqual({ view: 'speaker', slug: 'tom-goffus' });
  for (const path of [
    '/articles',
    '/articles/',
    '/articles/a/b',
    '/quotes/x',
    '/no/such',
    '/articles/%E0%A4%A',
  ])
    expect(matchRoutePath(path)).toEqual({ view: 'none' });
  // What the app links to is what the server recognises.
  expect(matchRoutePath(paths.article('x y'))).toEqual({ view: 'article', id: 'x y' });
  expect(matchRoutePath(paths.organisation('un'))).toEqual({ view: 'organisation', slug: 'un' });
});

test('Accept-Encoding is read with its q-values and wildcard', () => {
  const set = (header?: string): string[] => [...acceptedEncodings(header)].sort();
  expect(set(undefined)).toEqual([]);
  expect(set('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
  expect(set('gzip;q=1.0, br;q=0')).toEqual(['gzip']);
  expect(set('*')).toEqual(['br', 'gzip']);
  expect(set('*, gzip;q=0')).toEqual(['br']);
  expect(set('identity')).toEqual([]);
});

test('hashed assets and data builds are kept for good; everything else is revalidated', () => {
  expect(cacheControlFor('/assets/index-BtbZaUhW.js')).toBe('public, max-age=31536000, immutable');
  expect(cacheControlFor('/data/v/abc/meta.json')).toBe('public, max-age=31536000, immutable');
  for (const path of [
    '/index.html',
    '/data/current.json',
    '/data/articles/x.json',
    '/robots.txt',
    '/sitemap.xml',
  ])
    expect(cacheControlFor(path)).toBe('no-cache');
});

test('content types', () => {
  expect(contentTypeOf('x/sitemap.xml')).toBe('application/xml; charset=utf-8');
  expect(contentTypeOf('robots.txt')).toBe('text/plain; charset=utf-8');
  expect(contentTypeOf('a.js')).toBe('text/javascript; charset=utf-8');
  expect(contentTypeOf('404.html')).toBe('text/html; charset=utf-8');
});
