/**
 * The envelope check the app runs on every document: the layout version and kind always; the
 * build wherever a document names one, which meta.json and current.json must.
 */
import { expect, test } from 'vitest';
import { checkEnvelope, EnvelopeError, VIEW_DATA_VERSION } from '../../src/contract/views.ts';

const staleness = (run: () => unknown): boolean | null => {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof EnvelopeError)) throw error;
    return error.staleBuild;
  }
};

test('a versioned document without a build id is accepted: its folder named the build', () => {
  const chunk = {
    version: VIEW_DATA_VERSION,
    kind: 'article-chunk',
    first: 0,
    summaries: [],
    organisationNames: {},
  };
  expect(checkEnvelope(chunk, 'article-chunk', 'b1', 'v/b1/articles/0.json')).toBe(chunk);
});

test('meta.json and current.json must name the page’s build; another build or none means a deploy', () => {
  for (const kind of ['meta', 'current'] as const) {
    const ok = { version: VIEW_DATA_VERSION, kind, buildId: 'b1' };
    expect(checkEnvelope(ok, kind, 'b1', kind)).toBe(ok);
    expect(staleness(() => checkEnvelope({ ...ok, buildId: 'b2' }, kind, 'b1', kind))).toBe(true);
    expect(staleness(() => checkEnvelope({ version: VIEW_DATA_VERSION, kind }, kind, 'b1', kind))).toBe(true);
  }
});

test('a document that names another build is stale even where the name is optional', () => {
  const chunk = { version: VIEW_DATA_VERSION, kind: 'quote-chunk', buildId: 'b2', first: 0, quotes: [] };
  expect(staleness(() => checkEnvelope(chunk, 'quote-chunk', 'b1', 'v/b1/quotes/0.json'))).toBe(true);
});

test('another layout version or kind is invalid, not stale', () => {
  const meta = { version: VIEW_DATA_VERSION - 1, kind: 'meta', buildId: 'b1' };
  expect(staleness(() => checkEnvelope(meta, 'meta', 'b1', 'meta.json'))).toBe(false);
  expect(
    staleness(() =>
      checkEnvelope({ version: VIEW_DATA_VERSION, kind: 'speaker' }, 'organisation', 'b1', 'x'),
    ),
  ).toBe(false);
});
