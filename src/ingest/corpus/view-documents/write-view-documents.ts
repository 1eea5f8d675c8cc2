/**
 * Writes the per-view documents of the layout into `<outDir>/v/<buildId>/` and then names that
 * build in `<outDir>/current.json`.
 *
 * The folder is written under a temporary name and renamed into place whole, then
 * `current.json` is replaced (write and rename): a server never serves a half-written build, and
 * a tab reading the previous build keeps working, because that folder is kept until the next
 * build after this one. Older folders are removed.
 *
 * Only `meta.json` names its build inside; every other document's bytes depend on its content
 * alone. A document whose bytes equal the previous build's document at the same path is carried
 * over as a hard link to that file instead of being written again (a copy where links are not
 * possible), so a rebuild after one seed changed writes only the documents that changed. Nothing
 * ever writes into a file of a build folder once it is in place, so a link never changes the
 * previous build. A build whose id has not changed writes nothing.
 *
 * With kept state (`KeptViews`, in the build cache beside the output state), a rebuild does less:
 * the state holds, per document of the previous build, its input key (`document-keys.ts`) and the
 * digest of its bytes. A document whose input key is unchanged is linked without being made at
 * all; any other is made and its digest compared, so the previous file is never read. Without a
 * usable state every document is made and compared byte for byte, as before.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { describeSchemaError, type Schema } from '../../../contract/schema.ts';
import { currentDocumentSchema } from '../../../contract/view-schemas.ts';
import { VIEW_DATA_VERSION, viewPaths, type CurrentDocument } from '../../../contract/views.ts';
import { buildViewDocuments } from './build-view-documents.ts';
import type { CarrySink, DocumentSink } from './view-sinks.ts';
import { writeAtomically } from '../atomic-write.ts';
import {
  keptStateDrifted,
  readKeptState,
  writeKeptState,
  type KeptStateMemory,
  type KeptStateProblem,
} from '../kept-state.ts';
import { splitList } from '../joined-list.ts';
import {
  readArticleParagraphs,
  readArticlePostings,
  readViewCorpus,
  type ViewCorpus,
} from './view-corpus.ts';
import {
  analyseQuotes,
  carryQuoteAnalysis,
  readQuoteState,
  writeQuoteState,
  type QuoteAnalysis,
} from './quote-analysis.ts';
import { readArticlePairs, unpackPairs, type PackedPairs } from './search-pairs.ts';
import type { DocumentCopies } from '../../../hosting/copy-workers.ts';

export interface ViewOutcome {
  /** Documents written anew, `current.json` included; 0 when the build id was already current. */
  documentsWritten: number;
  /** Documents carried over unchanged from the previous build's folder (hard links). */
  documentsCarried: number;
  /** Of those, the documents not made at all, because their kept input key had not changed. */
  documentsUnmade: number;
  /** Version folders removed. */
  foldersRemoved: number;
  /** Articles whose quotes were read for the quote analysis (every one unless it was carried over). */
  quoteArticlesRead: number;
}

/**
 * Which documents are validated before they are written: `all`, or `sample` (the small ones and
 * the first and last of every kind of chunk) where validating all would cost too much.
 */
export type Validation = 'all' | 'sample';

/** Where the view documents' keys are kept between builds, and what they are valid for. */
export interface KeptViews {
  /** The state file, in the build cache (`IngestCache.viewStatePath`). */
  statePath: string;
  /** The quote analysis's state file (`IngestCache.quoteStatePath`). */
  quoteStatePath: string;
  /** The output version (`outputVersion()`): kept keys of other code are not used. */
  version: string;
  /** Each article's content key, by article number (oldest first). */
  articleKeys: readonly string[];
  /** Where a process that builds again and again holds the kept states between its builds. */
  memory?: KeptStateMemory | null;
}

/** Bumped when what the view state holds changes (2: the numbers kept with some documents). */
const VIEW_STATE_FORMAT = 2;

/** The key kept for a document made without one (never a digest). */
const NO_KEY = '-';

/**
 * The kept state of one build folder: per document path, its input key (`NO_KEY` for none) and
 * digest; for some documents, the article numbers their key was made with (`Keying.keptNumbers`:
 * a prefix search document's first page, a related chunk's related articles).
 */
interface ViewState {
  buildId: string;
  documents: Map<string, [key: string, digest: string]>;
  numbers: Map<string, readonly number[]>;
}

/**
 * Writes `v/<buildId>/` and `current.json` from the documents `writeDocuments` left in `outDir`
 * and the article pairs the build collected from its cache (`collectArticlePairs`); without
 * them, the pairs are read from the article documents.
 */
export function writeViewDocuments(
  outDir: string,
  buildId: string,
  trace: (phase: string) => void,
  validation: Validation = 'all',
  articlePairs: PackedPairs | null = null,
  kept: KeptViews | null = null,
  /** Where each document goes to have its compressed copies made (`startCopyWorkers`), if anywhere. */
  copies: DocumentCopies | null = null,
  /** Removes an older build's folder, renamed out of the way (`RETIRED`); default: at once. */
  retire: (folder: string) => void = removeNow,
): ViewOutcome {
  const currentPath = join(outDir, viewPaths.current());
  const previous = currentBuild(currentPath);
  if (previous === buildId && existsSync(join(outDir, viewPaths.meta(buildId)))) {
    trace('view documents: unchanged');
    return {
      documentsWritten: 0,
      documentsCarried: 0,
      documentsUnmade: 0,
      foldersRemoved: 0,
      quoteArticlesRead: 0,
    };
  }

  const versions = join(outDir, 'v');
  const final = join(outDir, viewPaths.root(buildId));
  const temporary = join(versions, `.${buildId}.${process.pid}.tmp`);
  rmSync(temporary, { recursive: true, force: true });
  const prefix = `${viewPaths.root(buildId)}/`;
  const madeDirs = new Set<string>();
  let documentsWritten = 0;
  let documentsCarried = 0;
  let documentsUnmade = 0;
  let quoteArticlesRead = 0;
  // The previous build's folder, whose identical documents are carried over.
  const before =
    previous !== null && previous !== buildId && existsSync(join(outDir, viewPaths.meta(previous)))
      ? join(outDir, viewPaths.root(previous))
      : null;
  // The previous build's kept keys and digests, usable only for the folder they describe.
  const keptRead = kept && before !== null ? readViewState(kept, previous) : null;
  const keptState = keptRead && 'state' in keptRead ? keptRead.state : null;
  if (keptRead && 'problem' in keptRead)
    process.stderr.write(
      `ingest: the kept view state ${kept?.statePath} is unusable (${keptRead.problem}); every view document is made and compared instead\n`,
    );
  trace(`view documents: kept state (${keptState ? `${keptState.documents.size} documents` : 'none'})`);
  const documents = new Map<string, [key: string, digest: string]>();
  const keptNumbers = new Map<string, readonly number[]>();
  const pendingKeys = new Map<string, string>();
  const relative = (path: string): string => {
    if (!path.startsWith(prefix)) throw new Error(`${path} is not a document of build ${buildId}`);
    return path.slice(prefix.length);
  };
  const targetOf = (relativePath: string): string => {
    const target = join(temporary, relativePath);
    const dir = dirname(target);
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    return target;
  };
  const carry: CarrySink = (path, key) => {
    const relativePath = relative(path);
    const old = keptState?.documents.get(relativePath);
    if (
      before !== null &&
      old &&
      old[0] === key &&
      link(join(before, relativePath), targetOf(relativePath))
    ) {
      documents.set(relativePath, old);
      copies?.add(targetOf(relativePath), true);
      const numbers = keptState?.numbers.get(relativePath);
      if (numbers) keptNumbers.set(relativePath, numbers);
      documentsCarried++;
      documentsUnmade++;
      return true;
    }
    pendingKeys.set(relativePath, key);
    return false;
  };
  const emit: DocumentSink = (path, schema, document, sample) => {
    if (validation === 'all' || sample) validate(path, schema, document);
    const relativePath = relative(path);
    const target = targetOf(relativePath);
    const bytes = Buffer.from(JSON.stringify(document));
    const digest = createHash('sha1').update(bytes).digest('base64url');
    const source = before === null ? null : join(before, relativePath);
    const same =
      source !== null &&
      (keptState
        ? keptState.documents.get(relativePath)?.[1] === digest && link(source, target)
        : carryOver(source, bytes, target));
    if (same) documentsCarried++;
    else {
      writeFileSync(target, bytes);
      documentsWritten++;
    }
    copies?.add(target, true);
    documents.set(relativePath, [pendingKeys.get(relativePath) ?? NO_KEY, digest]);
    pendingKeys.delete(relativePath);
  };

  try {
    mkdirSync(temporary, { recursive: true });
    const corpus = readViewCorpus(outDir, kept?.memory ?? null);
    if (corpus.buildId !== buildId)
      throw new Error(`index.json belongs to build ${corpus.buildId}, not ${buildId}`);
    trace('view documents: read corpus');
    // Keys name articles by content key; without them (or for another corpus) nothing is keyed.
    const keyed = kept?.articleKeys.length === corpus.articles.length ? kept : null;
    // The analysis to keep for the next build: none when the kept one was carried over and still
    // holds all but a few of the articles (`keptStateDrifted`), so it serves the next build too.
    const made: { analysis: QuoteAnalysis | null } = { analysis: null };
    buildViewDocuments(
      corpus,
      () => readArticlePostings(outDir, kept?.memory ?? null),
      () => (articlePairs ? unpackPairs(articlePairs) : readArticlePairs(outDir, corpus.articles).postings),
      emit,
      trace,
      keyed
        ? {
            carry,
            articleKeys: keyed.articleKeys,
            keptNumbers: (path) => keptState?.numbers.get(relative(path)) ?? null,
            keepNumbers: (path, numbers) => {
              if (numbers.length > 0) keptNumbers.set(relative(path), numbers);
            },
          }
        : null,
      // The carried pages' snippets read their articles' documents (20 per prefix document).
      paragraphsOf(outDir, corpus),
      () => {
        const { analysis, articlesRead, carried } = keyed
          ? keptQuoteAnalysis(corpus, keyed, trace)
          : { analysis: analyseQuotes(corpus), articlesRead: corpus.articles.length, carried: false };
        quoteArticlesRead = articlesRead;
        if (!carried || keptStateDrifted(articlesRead, corpus.articles.length)) made.analysis = analysis;
        return analysis;
      },
    );
    if (keyed && made.analysis) {
      // The view step's structures are garbage now; collected first (where the process may:
      // --expose-gc, as the production build's data step), they are not held beside the state's
      // serialised bytes, which were the peak of a build from a full cache.
      globalThis.gc?.();
      writeQuoteState(
        keyed.quoteStatePath,
        keyed.version,
        keyed.articleKeys,
        corpus.quoteStart,
        made.analysis,
        keyed.memory ?? null,
      );
      trace('view documents: quote analysis kept');
    } else if (keyed) trace('view documents: quote analysis kept as it was');
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  // The copies of the folder's documents are written into it before it moves.
  copies?.settle();
  trace('view documents: compressed copies settled');
  // Same id, same documents: a folder left by an earlier build of this id is replaced whole.
  rmSync(final, { recursive: true, force: true });
  renameSync(temporary, final);
  copies?.moved(temporary, final);

  const current: CurrentDocument = { version: VIEW_DATA_VERSION, kind: 'current', buildId };
  validate(viewPaths.current(), currentDocumentSchema, current);
  writeAtomically(currentPath, JSON.stringify(current));
  documentsWritten++;

  if (kept)
    writeViewState(
      kept.statePath,
      kept.version,
      { buildId, documents, numbers: keptNumbers },
      kept.memory ?? null,
    );

  // Keep this build and the one before it, for tabs still reading that one. An older folder is
  // first renamed out of the way (one rename, however many files it holds) and then handed to
  // `retire`, which removes it now or, in watch mode, on a thread of its own (at 100,000
  // articles, unlinking a folder's 27,000 files took 2.8 s of a 21.5 s one-off rebuild).
  let foldersRemoved = 0;
  for (const name of readdirSync(versions)) {
    if (name === buildId || name === previous) continue;
    // A folder this process retired is its `retire`'s already. Anything else goes: an older
    // build, a temporary folder or a retired one left by a process that stopped.
    if (name.startsWith(`${RETIRED}${process.pid}.`)) continue;
    const folder = join(versions, name);
    const retired = join(versions, `${RETIRED}${process.pid}.${randomBytes(6).toString('hex')}`);
    if (renamed(folder, retired)) retire(retired);
    else removeNow(folder);
    foldersRemoved++;
  }
  trace(
    `view documents: folder in place (${documentsWritten} written, ${documentsCarried} carried over, ${documentsUnmade} of them not made)`,
  );
  return { documentsWritten, documentsCarried, documentsUnmade, foldersRemoved, quoteArticlesRead };
}

/**
 * The name prefix of an older build's folder that is being removed (`.retired-<pid>.<random>`):
 * hidden, and named by the process removing it, so no other build of that process touches it.
 */
export const RETIRED = '.retired-';

function removeNow(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}

function renamed(from: string, to: string): boolean {
  try {
    renameSync(from, to);
    return true;
  } catch {
    return false;
  }
}

/** How many articles' paragraphs `paragraphsOf` keeps at most (a few MB at 100,000 articles). */
const PARAGRAPHS_KEPT = 4096;

/**
 * Each article's paragraphs, read from its document. Nested prefixes ("s", "st", "sta") tend to
 * rank the same articles first, so the last few thousand read are kept, not read again.
 */
function paragraphsOf(outDir: string, corpus: ViewCorpus): (number: number) => readonly string[] {
  const kept = new Map<number, readonly string[]>();
  return (number) => {
    let paragraphs = kept.get(number);
    if (paragraphs === undefined) {
      if (kept.size >= PARAGRAPHS_KEPT) kept.clear();
      paragraphs = readArticleParagraphs(outDir, corpus.articles[number]!.id);
      kept.set(number, paragraphs);
    }
    return paragraphs;
  };
}

/**
 * The quote analysis from the one kept for this folder (by the last build, or by an earlier one
 * when the last had few articles to read), moved to this corpus's numbers with only the articles
 * it does not hold parsed; from every quote when there is none, or when it is unusable (said on
 * stderr) or does not fit this corpus.
 */
function keptQuoteAnalysis(
  corpus: ViewCorpus,
  kept: KeptViews,
  trace: (phase: string) => void,
): { analysis: QuoteAnalysis; articlesRead: number; carried: boolean } {
  const read = readQuoteState(kept.quoteStatePath, kept.version, kept.memory ?? null);
  if (read && 'problem' in read)
    process.stderr.write(
      `ingest: the kept quote analysis ${kept.quoteStatePath} is unusable (${read.problem}); every quote is read instead\n`,
    );
  const carried = read && 'kept' in read ? carryQuoteAnalysis(corpus, kept.articleKeys, read.kept) : null;
  if (read && 'kept' in read && !carried)
    process.stderr.write(
      `ingest: the kept quote analysis ${kept.quoteStatePath} does not fit this corpus; every quote is read instead\n`,
    );
  trace(
    carried
      ? `view documents: quote analysis carried (${carried.parsedArticles} articles' quotes read)`
      : 'view documents: quote analysis from every quote',
  );
  return carried
    ? { analysis: carried.analysis, articlesRead: carried.parsedArticles, carried: true }
    : { analysis: analyseQuotes(corpus), articlesRead: corpus.articles.length, carried: false };
}

/**
 * The kept state of the build `current.json` names, or why it cannot be used; null when there
 * is none (a first build into this folder, or a build without a cache).
 */
function readViewState(
  kept: KeptViews,
  previous: string | null,
): { state: ViewState } | KeptStateProblem | null {
  const read = readKeptState(
    kept.statePath,
    VIEW_STATE_FORMAT,
    kept.version,
    (record): { state: ViewState } | KeptStateProblem => {
      const raw = record as {
        buildId: string;
        paths: string;
        keys: string;
        digests: string;
        numberPaths: string;
        numbers: string;
      };
      const paths = splitList(raw.paths);
      const keys = splitList(raw.keys);
      const digests = splitList(raw.digests);
      if (keys.length !== paths.length || digests.length !== paths.length)
        return { problem: `${paths.length} paths but ${keys.length} keys and ${digests.length} digests` };
      const documents = new Map<string, [string, string]>();
      paths.forEach((path, i) => documents.set(path, [keys[i]!, digests[i]!]));
      const numberPaths = splitList(raw.numberPaths);
      const lists = splitList(raw.numbers);
      if (lists.length !== numberPaths.length)
        return { problem: `${numberPaths.length} paths but ${lists.length} lists of kept numbers` };
      const numbers = new Map<string, readonly number[]>();
      numberPaths.forEach((path, i) => {
        const list = lists[i]!.split(',').map(Number);
        if (!list.every((n) => Number.isInteger(n) && n >= 0))
          throw new Error(`torn kept numbers for ${path}`);
        numbers.set(path, list);
      });
      return { state: { buildId: raw.buildId, documents, numbers } };
    },
    kept.memory ?? null,
  );
  // Made for a build that is no longer the current one: not an error.
  return read && 'state' in read && read.state.buildId !== previous ? null : read;
}

function writeViewState(
  path: string,
  version: string,
  state: ViewState,
  memory: KeptStateMemory | null,
): void {
  const paths = [...state.documents.keys()];
  writeKeptState(
    path,
    VIEW_STATE_FORMAT,
    version,
    {
      buildId: state.buildId,
      paths: paths.join('\n'),
      keys: paths.map((p) => state.documents.get(p)![0]).join('\n'),
      digests: paths.map((p) => state.documents.get(p)![1]).join('\n'),
      numberPaths: [...state.numbers.keys()].join('\n'),
      numbers: [...state.numbers.values()].map((list) => list.join(',')).join('\n'),
    },
    memory,
    { state },
  );
}

/** Links `target` to `source` (a copy where links are not possible); false when `source` is gone. */
function link(source: string, target: string): boolean {
  try {
    linkSync(source, target);
    return true;
  } catch {
    try {
      copyFileSync(source, target);
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * Links `target` to the previous build's document at `source` when that holds exactly `bytes`;
 * false (nothing done) when it does not exist or differs. A filesystem without hard links gets
 * a copy.
 */
function carryOver(source: string, bytes: Buffer, target: string): boolean {
  let old: Buffer;
  try {
    old = readFileSync(source);
  } catch {
    return false;
  }
  if (!old.equals(bytes)) return false;
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
  return true;
}

/** The build `current.json` names, or null when there is none (or it is unreadable). */
function currentBuild(path: string): string | null {
  try {
    const parsed = currentDocumentSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data.buildId : null;
  } catch {
    return null;
  }
}

function validate<T>(path: string, schema: Schema<T>, document: T): void {
  const result = schema.safeParse(document);
  if (!result.success)
    throw new Error(`the build made an invalid ${path}:\n${describeSchemaError(result.error)}`);
}
