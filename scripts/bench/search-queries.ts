/**
 * Runs a set of queries through the query engine over a built data folder and prints, per query,
 * its whole result lists (articles and quotes, every page, in order), its phrase count and the
 * words marked in the first page's snippets: one JSON line a query. Two builds' outputs, diffed,
 * show which queries' results a change moved (decision 017, "Search folds ł, ø, æ …").
 *
 *   node --import tsx scripts/bench/search-queries.ts DATA_DIR [QUERIES_FILE] > results.jsonl
 *
 * Without a queries file the set is every distinct word of the build's speakers' and
 * organisations' names (as written, and as `spellLatin` spells it when that differs), plus the
 * 50 commonest words of its headlines and excerpts, each also as a two-word query with the next.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, CorpusIndex } from '../../src/contract/schema.ts';
import type { ViewDocument, ViewDocumentKind } from '../../src/contract/views.ts';
import { QueryEngine } from '../../src/lib/engine/query-engine.ts';
import type { DocumentLoader } from '../../src/lib/engine/types.ts';
import { DocumentNotFound } from '../../src/lib/engine/types.ts';
import { EMPTY_FILTERS } from '../../src/lib/urls.ts';

class FolderLoader implements DocumentLoader {
  constructor(private readonly dir: string) {}

  load<K extends ViewDocumentKind>(path: string, kind: K): Promise<Extract<ViewDocument, { kind: K }>> {
    let text: string;
    try {
      text = readFileSync(join(this.dir, path), 'utf8');
    } catch {
      return Promise.reject(new DocumentNotFound(path));
    }
    const document = JSON.parse(text) as ViewDocument;
    if (document.kind !== kind) return Promise.reject(new Error(`${path} is not a ${kind} document`));
    return Promise.resolve(document as Extract<ViewDocument, { kind: K }>);
  }

  loadArticle(id: string): Promise<Article | null> {
    return Promise.resolve(
      JSON.parse(readFileSync(join(this.dir, 'articles', `${id}.json`), 'utf8')) as Article,
    );
  }
}

/** Every word of a name with two letters or digits, as written (punctuation at its ends cut). */
function wordsOf(name: string): string[] {
  return name
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => (w.match(/[\p{L}\p{N}]/gu) ?? []).length >= 2);
}

/**
 * The ASCII spelling of the letters of `SPELLED_LETTERS` (ł → l, ß → ss …), copied here so that the
 * script runs on trees from before that table was in `src/contract/text.ts`.
 */
const SPELL: Record<string, string> = {
  ß: 'ss', ẞ: 'SS', Æ: 'AE', æ: 'ae', Ə: 'A', ə: 'a', Ð: 'D', ð: 'd', Đ: 'D', đ: 'd', Ø: 'O', ø: 'o',
  Œ: 'OE', œ: 'oe', Þ: 'TH', þ: 'th', ı: 'i', Ł: 'L', ł: 'l', Ħ: 'H', ħ: 'h', Ŀ: 'L', ŀ: 'l',
}; // prettier-ignore
const spelt = (word: string): string => word.replace(/[ßẞÆæƏəÐðĐđØøŒœÞþıŁłĦħĿŀ]/gu, (c) => SPELL[c] ?? c);

function defaultQueries(dir: string): string[] {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as CorpusIndex;
  const queries = new Set<string>();
  for (const entity of [...index.speakers, ...index.organisations])
    for (const word of wordsOf(entity.name)) {
      queries.add(word);
      queries.add(spelt(word));
    }
  const counts = new Map<string, number>();
  for (const article of index.articles)
    for (const word of wordsOf(`${article.headline} ${article.excerpt}`.toLowerCase()))
      if (word.length >= 3) counts.set(word, (counts.get(word) ?? 0) + 1);
  const common = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 50);
  common.forEach(([word], i) => {
    queries.add(word);
    queries.add(`${word} ${common[(i + 1) % common.length]![0]}`);
  });
  return [...queries];
}

async function main(): Promise<void> {
  const [dir, queriesFile] = process.argv.slice(2);
  if (!dir) throw new Error('usage: search-queries.ts DATA_DIR [QUERIES_FILE]');
  const { buildId } = JSON.parse(readFileSync(join(dir, 'current.json'), 'utf8')) as { buildId: string };
  const queries = queriesFile
    ? readFileSync(queriesFile, 'utf8')
        .split('\n')
        .filter((q) => q.trim() !== '')
    : defaultQueries(dir);
  const engine = new QueryEngine(new FolderLoader(dir), buildId);
  for (const q of queries) {
    const filters = { ...EMPTY_FILTERS, q };
    const first = await engine.listArticles({ filters, page: 1 });
    const articles = first.items.map((a) => a.id);
    for (let page = 2; page <= first.pageCount; page++)
      articles.push(
        ...(await engine.listArticles({ filters, page, snippets: false })).items.map((a) => a.id),
      );
    const marks = (first.snippets ?? []).map((s) =>
      s ? s.ranges.map((r) => s.text.slice(r.start, r.end)) : null,
    );
    const firstQuotes = await engine.listQuotes({ filters, page: 1 });
    const quotes = firstQuotes.items.map((row) => `${row.articleId}#${row.anchor}`);
    for (let page = 2; page <= firstQuotes.pageCount; page++)
      quotes.push(
        ...(await engine.listQuotes({ filters, page })).items.map((row) => `${row.articleId}#${row.anchor}`),
      );
    console.log(JSON.stringify({ q, articles, quotes, phrase: first.phrase?.count ?? null, marks }));
  }
}

await main();
