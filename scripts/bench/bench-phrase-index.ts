/**
 * What the phrase index costs (docs/decisions/011-phrase-search.md), over a data folder the build
 * wrote (`ingest-once.ts` or `vite build`'s `data/`):
 *
 *   node --import tsx scripts/bench/bench-phrase-index.ts DATA_DIR [PHRASE...]
 *
 * Prints, per index (articles, quotes): the term index's and the pair index's documents, bytes
 * and gzipped bytes; the time to collect and serialise the article pairs again (read from the
 * article documents, as the build does); and per phrase, the pair documents it loads and their
 * gzipped bytes beside what its words alone load. A query without quotes loads no pair document
 * (`tests/domain/engine.test.ts`), so its cost is the term index's, unchanged.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pairShard, phrasePairs } from '../../src/contract/search-pairs.ts';
import type { CorpusIndex } from '../../src/contract/schema.ts';
import { searchTerms } from '../../src/contract/text.ts';
import type { MetaDocument } from '../../src/contract/views.ts';
import { viewPaths } from '../../src/contract/views.ts';
import { searchDocumentFor } from '../../src/lib/engine/search-postings.ts';
import { readArticlePairs, writePairIndex } from '../../src/ingest/corpus/view-documents/search-pairs.ts';

const [dataDir, ...asked] = process.argv.slice(2);
if (!dataDir) {
  process.stderr.write('usage: bench-phrase-index.ts DATA_DIR [PHRASE...]\n');
  process.exit(2);
}
const current = JSON.parse(readFileSync(join(dataDir, 'current.json'), 'utf8')) as { buildId: string };
const buildId = current.buildId;
const meta = JSON.parse(readFileSync(join(dataDir, viewPaths.meta(buildId)), 'utf8')) as MetaDocument;
const gz = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

for (const index of ['articles', 'quotes'] as const) {
  const dir = join(dataDir, 'v', buildId, 'search', index);
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  const sum = (names: string[]) => {
    let raw = 0;
    let zipped = 0;
    let largest = 0;
    for (const name of names) {
      raw += statSync(join(dir, name)).size;
      const z = gz(join(dir, name));
      zipped += z;
      largest = Math.max(largest, z);
    }
    return `${names.length} documents, ${kb(raw)}, ${kb(zipped)} gz (largest ${kb(largest)} gz)`;
  };
  console.log(`${index}: term index ${sum(files.filter((name) => !name.startsWith('pairs-')))}`);
  console.log(`${index}: pair index ${sum(files.filter((name) => name.startsWith('pairs-')))}`);
}

const index = JSON.parse(readFileSync(join(dataDir, 'index.json'), 'utf8')) as CorpusIndex;
const numbered = index.articles.slice().reverse();
let started = performance.now();
const pairs = readArticlePairs(dataDir, numbered);
const readMs = performance.now() - started;
started = performance.now();
let written = 0;
writePairIndex('articles', pairs.postings, buildId, (_path, _schema, document) => {
  written += JSON.stringify(document).length;
});
const writeMs = performance.now() - started;
let postings = 0;
for (const list of pairs.postings.values()) postings += list.length;
console.log(
  `article pairs: ${pairs.postings.size} distinct, ${postings} postings; read ${Math.round(readMs)} ms, ` +
    `serialised ${Math.round(writeMs)} ms (${kb(written)}); heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB`,
);

const phrases = asked.length > 0 ? asked : ['prime minister', 'united nations security council', 'said the'];
for (const phrase of phrases) {
  const words = searchTerms(phrase);
  const shards = meta.search.articles.pairShards ?? 0;
  const pairDocs = new Set(
    phrasePairs(words).map((pair) => viewPaths.searchPairs(buildId, 'articles', pairShard(pair, shards))),
  );
  const wordDocs = new Set(
    words.flatMap((word) => {
      const where = searchDocumentFor(meta.search.articles, word);
      if (!where) return [];
      return 'prefix' in where
        ? [viewPaths.searchPrefix(buildId, 'articles', where.prefix)]
        : [viewPaths.searchChunk(buildId, 'articles', where.chunk)];
    }),
  );
  const bytes = (docs: Set<string>) => [...docs].reduce((total, path) => total + gz(join(dataDir, path)), 0);
  console.log(
    `"${phrase}": words load ${wordDocs.size} documents, ${kb(bytes(wordDocs))} gz; ` +
      `the phrase adds ${pairDocs.size} pair documents, ${kb(bytes(pairDocs))} gz`,
  );
}
