/** One seed file through the whole pipeline: bytes → parsed seed → article → index records. */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Article, ArticleSummary, QuoteEntry } from '../../contract/schema.ts';
import { searchTerms } from '../../contract/schema.ts';
import { encodeCorpusEntry, type CorpusEntry } from './corpus-entry-codec.ts';
import { buildArticle } from '../article/build-article.ts';
import { toExtractLine } from '../article/extract-output.ts';
import type { Diagnostic } from '../seed/diagnostics.ts';
import { reasonOf } from './collect-files.ts';
import {
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_TIME_BUDGET_MS,
  formatBytes,
  type IngestLimits,
} from './ingest-limits.ts';
import { parseSeed } from '../seed/parse-seed.ts';
import { BudgetExceeded, withBudget } from '../seed/time-budget.ts';
import { organisationsByRelevance } from '../entities/organisation-relevance.ts';

const DEFAULT_LIMITS: IngestLimits = {
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  timeBudgetMs: DEFAULT_TIME_BUDGET_MS,
};

/** What the corpus-wide documents need of one article: small enough to keep for every article. */
export interface IndexRecord {
  summary: ArticleSummary;
  organisations: { slug: string; name: string; aliases: string[]; parent: string | null }[];
  quotes: Omit<QuoteEntry, 'headline' | 'date' | 'sourceSlug' | 'articleId' | 'organisations'>[];
}

/** An article with its index record and search terms, computed where the article is built. */
export interface ArticleRecord extends IndexRecord {
  article: Article;
  /** Distinct search terms of headline and body, in the order they first occur. */
  terms: string[];
  /**
   * The article's adjacent pairs (`adjacentPairs` of headline and paragraphs), each once, as
   * indices into `terms`, two numbers per pair: [first, second, first, second, …].
   */
  pairs: number[];
}

export interface FileResult {
  path: string;
  /**
   * SHA-256 of the file's path and bytes (hex), the cache key; empty when the file could not be
   * read, or when the caller keeps no cache and did not ask for it (the `extract` command).
   */
  hash: string;
  /** The article, or null when the file was rejected. Its index record (`toRecord`) is made only
   * for the build: the `extract` command does not need it (about 4% of its time). */
  article: Article | null;
  diagnostics: Diagnostic[];
  /** False when the outcome depends on the limits or the machine (too large, out of time): never cached. */
  cacheable?: boolean;
}

/** Reads and processes one seed file; every failure becomes a diagnostic naming the file. */
export function processSeedFile(
  path: string,
  limits: IngestLimits = DEFAULT_LIMITS,
  keyed = true,
): FileResult {
  let bytes: Buffer;
  const rejected = (message: string): FileResult => ({
    path,
    hash: '',
    article: null,
    diagnostics: [{ file: path, line: 0, severity: 'error', message }],
    cacheable: false,
  });
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const info = fstatSync(fd);
    if (!info.isFile()) return rejected('not a regular file (a folder, device, pipe or socket)');
    // Checked before reading: a huge file must not cost its reading, nor its memory.
    if (info.size > limits.maxFileBytes)
      return rejected(
        `file too large: ${formatBytes(info.size)} is over the limit of ${formatBytes(limits.maxFileBytes)} ` +
          `per seed file (--max-file-bytes or NEWSREADER_MAX_FILE_BYTES raise it)`,
      );
    bytes = readFileSync(fd);
  } catch (error) {
    return rejected(`cannot read file: ${reasonOf(error)}`);
  } finally {
    if (fd !== null) closeSync(fd);
  }
  return processSeedBytes(path, bytes, limits, keyed);
}

/**
 * The build cache's key for a seed file. The path is part of it: the id, file name and
 * diagnostics of a result depend on it, so two files with the same bytes must not share one
 * cached result.
 */
export function contentKey(path: string, bytes: Uint8Array): string {
  return createHash('sha256').update(path).update('\0').update(bytes).digest('hex');
}

/** Processes seed bytes already read from `path`; `keyed: false` leaves out the cache key (`hash`). */
export function processSeedBytes(
  path: string,
  bytes: Uint8Array,
  limits: IngestLimits = DEFAULT_LIMITS,
  keyed = true,
): FileResult {
  const hash = keyed ? contentKey(path, bytes) : '';
  const parsed = parseSeed(bytes, path);
  if (!parsed.ok) return { path, hash, article: null, diagnostics: parsed.diagnostics };
  try {
    const article = withBudget(limits.timeBudgetMs, () =>
      buildArticle({ ...parsed.seed, file: basename(path) }),
    );
    return { path, hash, article, diagnostics: parsed.warnings };
  } catch (error) {
    const failed = (line: number, message: string): FileResult => ({
      path,
      hash,
      article: null,
      diagnostics: [...parsed.warnings, { file: path, line, severity: 'error', message }],
    });
    if (error instanceof BudgetExceeded) {
      // Not cached: on a less busy machine, or with a larger budget, the file may well build.
      return {
        ...failed(
          0,
          `extraction took longer than the per-file time budget of ${error.budgetMs / 1000} s and was stopped ` +
            `(--time-budget-ms or NEWSREADER_TIME_BUDGET_MS raise it)`,
        ),
        cacheable: false,
      };
    }
    // An extractor bug must not take the other files down with it; it is reported like bad input.
    const reason = error instanceof Error ? error.message : String(error);
    return failed(1, `internal error while building the article: ${reason}`);
  }
}

/**
 * What the corpus-wide documents need of one article, computed and validated in the worker:
 * its `index.json` summary and `quotes.json` rows already serialised, so the build assembles
 * those files by concatenation, plus its facet contribution and search terms. It is cached per
 * content key, so a rebuild never re-derives an unchanged article.
 */
export type { CorpusEntry } from './corpus-entry-codec.ts';

/** What the build needs back from a worker: the article already serialised, so no object graph crosses threads. */
export interface BuildResult {
  path: string;
  hash: string;
  /** The article's id and date, or null when the file was rejected. */
  id: string | null;
  date: string | null;
  /**
   * The corpus entry, encoded in the worker (`encodeCorpusEntry`). The build keeps 100,000 of
   * these until it writes the cache; as bytes they stay out of the garbage collector's way, which
   * made a 100,000-article pipeline about 7% faster than keeping them as objects.
   */
  entry: Uint8Array | null;
  articleJson: string | null;
  diagnostics: Diagnostic[];
  /** False when the outcome must not be cached (see `FileResult.cacheable`). */
  cacheable: boolean;
}

/** What the `extract` command needs back from a worker: its output line, ready to print. */
export interface ExtractResult {
  path: string;
  id: string | null;
  line: string | null;
  diagnostics: Diagnostic[];
}

export function toBuildResult(r: FileResult): BuildResult {
  const rec = r.article ? toRecord(r.article) : null;
  return {
    path: r.path,
    hash: r.hash,
    id: rec ? rec.summary.id : null,
    date: rec ? rec.summary.date : null,
    entry: rec ? encodeCorpusEntry(toCorpusEntry(rec)) : null,
    articleJson: rec ? JSON.stringify(rec.article) : null,
    diagnostics: r.diagnostics,
    cacheable: r.cacheable !== false,
  };
}

/**
 * The corpus-side view of an article. Its summary and quote rows are copies of fields of the
 * article, which `buildArticle` has validated, so they are typed here and not parsed again (that
 * cost about 4% of a worker's time); `tests/ingest/corpus-entry.test.ts` checks them against the
 * contract on every Wikinews article, the seed and generated ones.
 */
export function toCorpusEntry(rec: ArticleRecord): CorpusEntry {
  const s: ArticleSummary = rec.summary;
  const quotes: QuoteEntry[] = rec.quotes.map((q) => ({
    ...q,
    articleId: s.id,
    date: s.date,
    headline: s.headline,
    sourceSlug: s.sourceSlug,
    organisations: s.organisations,
  }));
  return {
    id: s.id,
    date: s.date,
    summaryJson: JSON.stringify(s),
    quotesJson: quotes.map((q) => JSON.stringify(q)).join(','),
    facets: {
      source: { slug: s.sourceSlug, name: s.source },
      organisations: rec.organisations,
      speakers: rec.quotes.flatMap((q) =>
        q.speakerSlug && q.speaker ? [{ slug: q.speakerSlug, name: q.speaker }] : [],
      ),
    },
    terms: rec.terms.join('\n'),
    pairs: rec.terms.length <= 0x10000 ? Uint16Array.from(rec.pairs) : Uint32Array.from(rec.pairs),
  };
}

export function toExtractResult(r: FileResult): ExtractResult {
  const article = r.article;
  return {
    path: r.path,
    id: article?.id ?? null,
    line: article ? JSON.stringify(toExtractLine(article)) : null,
    diagnostics: r.diagnostics,
  };
}

/** The index-side view of an article. */
export function toRecord(article: Article): ArticleRecord {
  const speakers = [...new Set(article.quotes.flatMap((q) => (q.speakerSlug ? [q.speakerSlug] : [])))];
  const summary: ArticleSummary = {
    id: article.id,
    date: article.date,
    source: article.source,
    sourceSlug: article.sourceSlug,
    headline: article.headline,
    excerpt: article.excerpt,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    dir: article.dir,
    quoteCount: article.quotes.length,
    // Most relevant first: a card shows the first few.
    organisations: organisationsByRelevance(article),
    speakers,
  };
  const quotes = article.quotes.map((q) => ({
    anchor: q.anchor,
    text: q.text,
    speaker: q.speaker,
    speakerSlug: q.speakerSlug,
    role: q.role,
    rule: q.rule,
  }));
  const { terms, pairs } = termsAndPairs([article.headline, ...article.paragraphs]);
  const organisations = article.organisations.map(({ slug, name, aliases, parent }) => ({
    slug,
    name,
    aliases,
    parent,
  }));
  return { article, summary, organisations, quotes, terms, pairs };
}

/** Past this many distinct terms a pair's two indices no longer fit one exact number key. */
const MAX_TERMS = 2 ** 26;

/**
 * The distinct search terms of `texts` in the order they first occur, and their adjacent pairs
 * within each text (as `adjacentPairs` finds them, each once) as indices into those terms.
 */
export function termsAndPairs(texts: readonly string[]): { terms: string[]; pairs: number[] } {
  const index = new Map<string, number>();
  const seen = new Set<number>();
  const pairs: number[] = [];
  for (const text of texts) {
    let previous = -1;
    for (const term of searchTerms(text)) {
      let i = index.get(term);
      if (i === undefined) {
        i = index.size;
        if (i >= MAX_TERMS) throw new Error(`more than ${MAX_TERMS} distinct search terms in one article`);
        index.set(term, i);
      }
      if (previous >= 0) {
        const key = previous * MAX_TERMS + i;
        if (!seen.has(key)) {
          seen.add(key);
          pairs.push(previous, i);
        }
      }
      previous = i;
    }
  }
  return { terms: [...index.keys()], pairs };
}

/** What the pipeline keeps of a file: the build's result or the `extract` command's. */
export type PipelineMode = 'build' | 'extract';
export type PipelineResult<M extends PipelineMode> = M extends 'build' ? BuildResult : ExtractResult;

/** Processes one seed file and keeps what `mode` needs (in a worker or, for small inputs, in-process). */
export function processSeedFileFor<M extends PipelineMode>(
  mode: M,
  path: string,
  limits?: IngestLimits,
): PipelineResult<M> {
  // The extract command keeps no cache: it has no use for the key, a SHA-256 of every file.
  const r = processSeedFile(path, limits, mode === 'build');
  return (mode === 'build' ? toBuildResult(r) : toExtractResult(r)) as PipelineResult<M>;
}
