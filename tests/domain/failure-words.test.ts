/**
 * One place words a failure to load (`failureWords`, src/lib/data/errors.ts): the notice of a page
 * kept as served and the note of a list change that did not arrive say the same thing the same way.
 */
import { expect, test } from 'vitest';
import { failureOf, failureWords, sentenceStart } from '../../src/lib/data/errors.ts';
import {
  DataTimeoutError,
  DataUnreachableError,
  DocumentNotFoundError,
  HttpStatusError,
} from '../../src/lib/data/errors.ts';

test('each failure in words: a status, no connection, offline, no answer in time, the data missing', () => {
  expect(failureWords({ kind: 'status', status: 502 })).toBe('the server failed to answer (502)');
  expect(failureWords({ kind: 'unreachable', online: true })).toBe('the reader could not reach the server');
  expect(failureWords({ kind: 'unreachable', online: false })).toBe('you are offline');
  expect(failureWords({ kind: 'timeout' })).toBe('the server did not answer in time');
  expect(failureWords({ kind: 'missing' })).toBe('the data for this page could not be loaded');
  expect(sentenceStart('you are offline')).toBe('You are offline');
});

test('errors as a failure: no answer in time when each is that, else the first’s: a server’s status, the connection, else the data', () => {
  const timeout = new DataTimeoutError('…');
  expect(failureOf([new HttpStatusError('…', 503), timeout], true)).toEqual({ kind: 'status', status: 503 });
  expect(failureOf([new DataUnreachableError('…')], false)).toEqual({ kind: 'unreachable', online: false });
  expect(failureOf([new TypeError('Failed to fetch dynamically imported module: x.js')], true)).toEqual({
    kind: 'unreachable',
    online: true,
  });
  expect(failureOf([timeout, timeout], true)).toEqual({ kind: 'timeout' });
  // A timeout beside another failure is the connection's.
  expect(failureOf([timeout, new DocumentNotFoundError('…')], true)).toEqual({
    kind: 'unreachable',
    online: true,
  });
  expect(failureOf([new DocumentNotFoundError('…')], true)).toEqual({ kind: 'missing' });
  expect(failureOf([], true)).toEqual({ kind: 'missing' });
});
