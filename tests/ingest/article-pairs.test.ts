/**
 * The phrase index's article pairs come from the build cache (each worker finds its article's
 * pairs, `termsAndPairs`), not from the article documents read back. The pair documents must be
 * the very bytes the documents-read-back way writes (`readArticlePairs`, the reference), on a
 * cold build, on a rebuild after an edit, and after a cache of an older format is dropped.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, vi } from 'vitest';
import { tempDir } from '../support/temp-dir.ts';
import { adjacentPairs } from '../../src/contract/search-pairs.ts';
import { searchTerms } from '../../src/contract/text.ts';
import { viewPaths } from '../../src/contract/views.ts';
import { ingestCorpus } from '../../src/ingest/pipeline/ingest-corpus.ts';
import { termsAndPairs } from '../../src/ingest/pipeline/process-file.ts';
import {
  packPairs,
  readArticlePairs,
  unpackPairs,
  writePairIndex,
} from '../../src/ingest/corpus/view-documents/search-pairs.ts';
import { readViewCorpus } from '../../src/ingest/corpus/view-documents/view-corpus.ts';

vi.setConfig({ testTimeout: 180_000 });

const WIKINEWS = resolve(import.meta.dirname, '../../../shared/corpus/wikinews');

test("an article's cached pairs are exactly its adjacent pairs, as indices into its terms", () => {
  const texts = [
    'The Prime Minister met the prime minister.',
    '',
    'Vitamin A deficiency; vitamin deficiency! Café  cafe CAFÉ.',
    'minister the prime',
    'one',
    '¿Qué pasó? 2024 figures: 2024 figures, 3 percent',
  ];
  const { terms, pairs } = termsAndPairs(texts);
  expect(terms).toEqual([...new Set(texts.flatMap(searchTerms))]);
  const asText: string[] = [];
  for (let i = 0; i < pairs.length; i += 2) asText.push(`${terms[pairs[i]!]!} ${terms[pairs[i + 1]!]!}`);
  // Same pairs, each once, in the same order; none across two texts ("minister minister").
  expect(asText).toEqual([...adjacentPairs(texts)]);
  expect(asText).not.toContain('minister minister');
});

test('packed pairs give every pair the sorted numbers of the documents holding it', () => {
  const documents = [['alpha beta gamma', 'beta gamma'], [], ['gamma alpha beta'], ['delta'], ['alpha beta']];
  const packed = packPairs(documents.length, (n) => {
    const { terms, pairs } = termsAndPairs(documents[n]!);
    return { terms: terms.join('\n'), pairs };
  });
  const postings = unpackPairs(packed);
  expect(new Map([...postings].map(([pair, list]) => [pair, [...list]]))).toEqual(
    new Map([
      ['alpha beta', [0, 2, 4]],
      ['beta gamma', [0]],
      ['gamma alpha', [2]],
    ]),
  );
});

/** The pair documents of a build folder: relative path → bytes. */
function pairDocuments(out: string, buildId: string): Map<string, string> {
  const dir = join(out, viewPaths.root(buildId), 'search', 'articles');
  return new Map(
    readdirSync(dir)
      .filter((name) => name.startsWith('pairs-'))
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

/** What the pair index was before the cache held pairs: read from the article documents. */
function referencePairDocuments(out: string, buildId: string): Map<string, string> {
  const corpus = readViewCorpus(out);
  const documents = new Map<string, string>();
  const prefix = `${viewPaths.root(buildId)}/search/articles/`;
  writePairIndex('articles', readArticlePairs(out, corpus.articles).postings, buildId, (path, _s, doc) => {
    expect(path.startsWith(prefix)).toBe(true);
    documents.set(path.slice(prefix.length), JSON.stringify(doc));
  });
  return documents;
}

test('the pair documents built from the cache are byte for byte those read from the article documents', async () => {
  const root = tempDir('article-pairs-');
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  const files = readdirSync(WIKINEWS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .slice(0, 40);
  for (const name of files) cpSync(join(WIKINEWS, name), join(seeds, name));
  const out = join(root, 'out');
  const cacheDir = join(root, 'cache');
  // A cache of an older format (another extractor version, entries without pairs) is dropped.
  const stale = join(cacheDir, '0123456789abcdef', 'manifest');
  mkdirSync(stale, { recursive: true });
  writeFileSync(join(stale, 'files.json'), '[]');
  const build = () => ingestCorpus({ inputs: [seeds], outDir: out, cacheDir, threads: 0 });

  const cold = await build();
  expect(existsSync(join(cacheDir, '0123456789abcdef'))).toBe(false);
  expect(cold.articlesBuilt).toBe(files.length);
  const coldPairs = pairDocuments(out, cold.buildId);
  expect(coldPairs.size).toBeGreaterThan(0);
  expect(coldPairs).toEqual(referencePairDocuments(out, cold.buildId));

  // An edit in place: the rebuild takes every other article's pairs from the cache.
  const path = join(seeds, files[7]!);
  writeFileSync(
    path,
    `${readFileSync(path, 'utf8')}\nThe zyzzogeton quango said the prime minister was wrong.\n`,
  );
  const t = new Date(Date.now() + 10_000);
  utimesSync(path, t, t);
  const rebuilt = await build();
  expect(rebuilt.fromCache).toBe(files.length - 1);
  const rebuiltPairs = pairDocuments(out, rebuilt.buildId);
  expect([...rebuiltPairs.values()].some((doc) => doc.includes('"zyzzogeton quango"'))).toBe(true);
  expect(rebuiltPairs).toEqual(referencePairDocuments(out, rebuilt.buildId));

  // Numbers move (an article redated to the oldest), one leaves, one arrives: the previous pair
  // index is carried over with the numbers moved, and still equals the reference.
  const redated = join(seeds, files[20]!);
  writeFileSync(redated, readFileSync(redated, 'utf8').replace(/^date \S+/, 'date 1999-01-01'));
  utimesSync(redated, t, t);
  rmSync(join(seeds, files[3]!));
  writeFileSync(
    join(seeds, 'zz-new.txt'),
    readFileSync(join(WIKINEWS, files[5]!), 'utf8')
      .replace(/^date \S+/, 'date 2031-05-05')
      .replace(/\n\n/, '\n\nA quango of zyzzogetons met the prime minister.\n\n'),
  );
  const moved = await build();
  expect(moved.articlesBuilt).toBe(files.length);
  const movedPairs = pairDocuments(out, moved.buildId);
  expect(movedPairs).toEqual(referencePairDocuments(out, moved.buildId));
  expect(movedPairs).not.toEqual(rebuiltPairs);

  // A torn pair state in the cache is not trusted: the pairs come from every cache entry again.
  const states = readdirSync(cacheDir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.parentPath.endsWith('pairs'),
  );
  expect(states).toHaveLength(1);
  writeFileSync(join(states[0]!.parentPath, states[0]!.name), 'torn');
  const edited = join(seeds, files[9]!);
  writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nThe zyzzogeton quango met once more.\n`);
  utimesSync(edited, t, t);
  const again = await build();
  expect(pairDocuments(out, again.buildId)).toEqual(referencePairDocuments(out, again.buildId));
});
