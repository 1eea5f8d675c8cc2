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
 */
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
import { buildViewDocuments, type DocumentSink } from './build-view-documents.ts';
import { readArticlePostings, readViewCorpus } from './view-corpus.ts';
import { readArticlePairs, unpackPairs, type PackedPairs } from './search-pairs.ts';

export interface ViewOutcome {
  /** Documents written anew, `current.json` included; 0 when the build id was already current. */
  documentsWritten: number;
  /** Documents carried over unchanged from the previous build's folder (hard links). */
  documentsCarried: number;
  /** Version folders removed. */
  foldersRemoved: number;
}

/**
 * Which documents are validated before they are written: `all`, or `sample` (the small ones and
 * the first and last of every kind of chunk) where validating all would cost too much.
 */
export type Validation = 'all' | 'sample';

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
): ViewOutcome {
  const currentPath = join(outDir, viewPaths.current());
  const previous = currentBuild(currentPath);
  if (previous === buildId && existsSync(join(outDir, viewPaths.meta(buildId)))) {
    trace('view documents: unchanged');
    return { documentsWritten: 0, documentsCarried: 0, foldersRemoved: 0 };
  }

  const versions = join(outDir, 'v');
  const final = join(outDir, viewPaths.root(buildId));
  const temporary = join(versions, `.${buildId}.${process.pid}.tmp`);
  rmSync(temporary, { recursive: true, force: true });
  const prefix = `${viewPaths.root(buildId)}/`;
  const madeDirs = new Set<string>();
  let documentsWritten = 0;
  let documentsCarried = 0;
  // The previous build's folder, whose identical documents are carried over.
  const before =
    previous !== null && previous !== buildId && existsSync(join(outDir, viewPaths.meta(previous)))
      ? join(outDir, viewPaths.root(previous))
      : null;
  const emit: DocumentSink = (path, schema, document, sample) => {
    if (validation === 'all' || sample) validate(path, schema, document);
    if (!path.startsWith(prefix)) throw new Error(`${path} is not a document of build ${buildId}`);
    const relativePath = path.slice(prefix.length);
    const target = join(temporary, relativePath);
    const dir = dirname(target);
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    const bytes = Buffer.from(JSON.stringify(document));
    if (before !== null && carryOver(join(before, relativePath), bytes, target)) documentsCarried++;
    else {
      writeFileSync(target, bytes);
      documentsWritten++;
    }
  };

  try {
    mkdirSync(temporary, { recursive: true });
    const corpus = readViewCorpus(outDir);
    if (corpus.buildId !== buildId)
      throw new Error(`index.json belongs to build ${corpus.buildId}, not ${buildId}`);
    trace('view documents: read corpus');
    buildViewDocuments(
      corpus,
      () => readArticlePostings(outDir),
      () => (articlePairs ? unpackPairs(articlePairs) : readArticlePairs(outDir, corpus.articles).postings),
      emit,
      trace,
    );
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  // Same id, same documents: a folder left by an earlier build of this id is replaced whole.
  rmSync(final, { recursive: true, force: true });
  renameSync(temporary, final);

  const current: CurrentDocument = { version: VIEW_DATA_VERSION, kind: 'current', buildId };
  validate(viewPaths.current(), currentDocumentSchema, current);
  const currentTemporary = `${currentPath}.${process.pid}.tmp`;
  writeFileSync(currentTemporary, JSON.stringify(current));
  renameSync(currentTemporary, currentPath);
  documentsWritten++;

  // Keep this build and the one before it, for tabs still reading that one.
  let foldersRemoved = 0;
  for (const name of readdirSync(versions)) {
    if (name === buildId || name === previous) continue;
    rmSync(join(versions, name), { recursive: true, force: true });
    foldersRemoved++;
  }
  trace(`view documents: folder in place (${documentsWritten} written, ${documentsCarried} carried over)`);
  return { documentsWritten, documentsCarried, foldersRemoved };
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
