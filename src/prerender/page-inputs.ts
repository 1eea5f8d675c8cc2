/**
 * Which data documents a pre-rendered page was made from, and what each held: kept with the page
 * in the cache, so that a rebuild copies a page whose documents all hold what they held without
 * loading any of them (`entry-server.tsx`, `renderTask`).
 *
 * A worker's query engine keeps the documents its pages share (an article chunk, `meta.json`, the
 * quote offsets) in its `PromiseCache`s, so a page that finds one there never asks the loader for
 * it. To know every page's documents anyway, each cache entry is a node that records the documents
 * read while it was being made (through `AsyncLocalStorage`, which follows the entry's promise
 * chain) and the entries it used in turn; a page is the root of the entries it asked for, found or
 * made, and of the documents read during it. Only in the pre-render's workers: `trackInputs()`
 * wraps `PromiseCache.prototype.get` of the server bundle, once.
 *
 * Over-approximate where it cannot tell: a document read outside any page (or the renamed-slugs
 * document, which the engine keeps outside its caches) counts for every later page of the worker;
 * an entry made before tracking started, whose documents are unknown, makes the page untracked
 * (it is then loaded on every rebuild).
 *
 * A document is named by its path with the build's folder (`v/<buildId>/`) written `v/~/`, and
 * identified by a digest of its bytes; `meta.json`'s digest leaves out its build id and its search
 * directory, as the page key does (`keyData`): no page renders them.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { viewPaths } from '../contract/views.ts';
import { PromiseCache } from '../lib/engine/promise-cache.ts';

/** A page's documents and their digests, sorted by path. */
export type PageInputs = [path: string, digest: string][];

/** The digest of a document that does not exist (a page may depend on its absence). */
export const MISSING = '-';

interface InputNode {
  documents: Set<string>;
  children: Set<InputNode>;
  /** Made from an entry whose documents were not recorded. */
  unknown: boolean;
}

const BUILD_FOLDER = 'v/~/';

function newNode(): InputNode {
  return { documents: new Set(), children: new Set(), unknown: false };
}

/** `v/<buildId>/x.json` → `v/~/x.json`; other paths as they are. */
export function documentName(path: string, buildId: string): string {
  const folder = `${viewPaths.root(buildId)}/`;
  return path.startsWith(folder) ? BUILD_FOLDER + path.slice(folder.length) : path;
}

function documentPath(name: string, buildId: string): string {
  return name.startsWith(BUILD_FOLDER)
    ? `${viewPaths.root(buildId)}/${name.slice(BUILD_FOLDER.length)}`
    : name;
}

/**
 * `meta.json` as far as a page can show it: without its build id and search folder, which no page
 * renders. The page key (`entry-server.tsx`, `keyData`) and a document's digest both leave them
 * out, so a rebuild with a new build id neither renders nor loads a page again for them.
 */
export function renderedMeta(meta: object): Record<string, unknown> {
  const rendered: Record<string, unknown> = { ...meta };
  delete rendered.buildId;
  delete rendered.search;
  return rendered;
}

/** The digest of a document's text (`meta.json` as `renderedMeta` leaves it). */
export function digestText(name: string, text: string): string {
  if (name === `${BUILD_FOLDER}meta.json`) text = JSON.stringify(renderedMeta(JSON.parse(text) as object));
  return createHash('sha1').update(text).digest('base64url');
}

const context = new AsyncLocalStorage<InputNode>();
/** Per cache, per key, the node of the entry (replaced when the entry is made again). */
const entryNodes = new WeakMap<object, Map<string | number, InputNode>>();
let page: InputNode | null = null;
/** Documents that count for every page of this worker (read outside a page, or kept outside the caches). */
const sticky = new Set<string>();
let installed = false;

/** Wraps `PromiseCache.prototype.get` to record the entries a page uses (once per worker). */
export function trackInputs(): void {
  if (installed) return;
  installed = true;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its own `this` below
  const original = PromiseCache.prototype.get;
  PromiseCache.prototype.get = function <T>(
    this: PromiseCache<T>,
    key: string | number,
    load: () => Promise<T>,
  ): Promise<T> {
    const current = context.getStore() ?? page;
    const entries = (this as unknown as { entries: Map<string | number, Promise<T>> }).entries;
    let nodes = entryNodes.get(this);
    if (!nodes) {
      nodes = new Map();
      entryNodes.set(this, nodes);
    }
    if (entries.has(key)) {
      const known = nodes.get(key);
      if (current) {
        if (known) current.children.add(known);
        else current.unknown = true;
      }
      return original.call(this, key, load) as Promise<T>;
    }
    const node = newNode();
    nodes.set(key, node);
    current?.children.add(node);
    return context.run(node, () => original.call(this, key, load) as Promise<T>);
  };
}

/** Records a document read by the loader (its name, see `documentName`). */
export function recordRead(name: string, keptOutsideCaches = false): void {
  const node = context.getStore();
  node?.documents.add(name);
  page?.documents.add(name);
  if (keptOutsideCaches || (!node && !page)) sticky.add(name);
}

/** Starts recording a page's documents. */
export function startPage(): void {
  page = newNode();
}

/**
 * Ends the page started last: its documents (with the worker's sticky ones), or null when some of
 * them are unknown.
 */
export function endPage(): Set<string> | null {
  const root = page;
  page = null;
  if (!root) return null;
  const names = new Set<string>(sticky);
  const seen = new Set<InputNode>();
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    if (node.unknown) return null;
    for (const name of node.documents) names.add(name);
    for (const child of node.children) stack.push(child);
  }
  return names;
}

/**
 * Digests of the documents of one build folder, each read at most once: from the loader's reads
 * (`remember`), else from the file.
 */
export class DocumentDigests {
  private readonly digests = new Map<string, string>();

  constructor(
    private readonly dataDir: string,
    private readonly buildId: string,
  ) {}

  remember(name: string, digest: string): void {
    this.digests.set(name, digest);
  }

  of(name: string): string {
    let digest = this.digests.get(name);
    if (digest === undefined) {
      let text: string | null = null;
      try {
        text = readFileSync(join(this.dataDir, decodeURIComponent(documentPath(name, this.buildId))), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      digest = text === null ? MISSING : digestText(name, text);
      this.digests.set(name, digest);
    }
    return digest;
  }

  /** The inputs of a page, sorted by name. */
  inputs(names: Iterable<string>): PageInputs {
    return [...names].sort().map((name) => [name, this.of(name)]);
  }

  /** Whether every input still holds what it held. */
  unchanged(inputs: PageInputs): boolean {
    return inputs.every(([name, digest]) => this.of(name) === digest);
  }
}
