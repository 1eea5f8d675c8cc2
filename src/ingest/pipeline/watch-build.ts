/**
 * Watch mode (`build:data --watch`, and the dev server's data builder): the build runs once, then
 * again in the same process whenever a seed file under the inputs is added, changed or removed.
 *
 * Staying up is what makes a rebuild cheap for a small edit: no process or TypeScript loader to
 * start, and the extraction and view code already compiled by the JIT. At 10,000 articles a
 * one-file rebuild took 3.8 s as a new process and 1.6–2.7 s here (decision 005, "Watch mode").
 * Every rebuild is the same `ingestCorpus` a one-off build runs, so its output folder is the one
 * a new process would write; only the folder of the build before last is removed after the report
 * rather than before it, while the watch waits.
 */
import { watch, readdirSync, rmSync, statSync, type FSWatcher } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { isSeedName, reasonOf } from './collect-files.ts';
import { KeptStateMemory } from '../corpus/kept-state.ts';
import { ingestCorpus, type IngestOptions, type IngestReport } from './ingest-corpus.ts';
import { OutputBusyError } from './output-lock.ts';
import { SeedListing } from './seed-listing.ts';

/** Editors save in bursts (a temporary file, a rename, a mode change): one rebuild per burst. */
export const DEFAULT_DEBOUNCE_MS = 100;

/** How soon a build refused because another build is writing the folder is tried again. */
const BUSY_RETRY_MS = 500;

export interface WatchHooks {
  /** After each build, the first included. */
  built: (report: IngestReport) => void;
  /** A build that could not be written; the watch goes on, and the next change builds again. */
  failed: (error: unknown) => void;
}

export interface WatchedBuild {
  /** Stops watching; resolves once a build in progress has finished writing its folder. */
  close: () => Promise<void>;
}

/**
 * Builds `options.inputs` into `options.outDir` now and after every change to their seed files,
 * one build at a time: changes during a build give one more build after it.
 */
export function watchBuild(
  options: Omit<IngestOptions, 'copies' | 'retire'>,
  hooks: WatchHooks,
  debounceMs = DEFAULT_DEBOUNCE_MS,
): WatchedBuild {
  let running: Promise<void> | null = null;
  // The kept states each build leaves for the next, and the files of the folder it reads back
  // (index, quote list, search shards), held here rather than read again.
  const keptStates = options.keptStates ?? new KeptStateMemory();
  // The seed files as last listed, listed again from the paths the watcher names.
  const listing = options.listing ?? new SeedListing();
  // Older builds' folders being removed while the watch waits for the next change.
  const removals = new Set<Promise<void>>();
  const retire = (folder: string): void => {
    const removal = removeOnAnotherThread(folder);
    removals.add(removal);
    void removal.finally(() => removals.delete(removal));
  };
  let again = false;
  let closed = false;
  let waitingSaid = false;
  let timer: NodeJS.Timeout | undefined;

  const build = (): void => {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = ingestCorpus({ ...options, retire, keptStates, listing })
      .then(
        (report) => {
          waitingSaid = false;
          hooks.built(report);
        },
        (error: unknown) => {
          if (!(error instanceof OutputBusyError)) {
            hooks.failed(error);
            return;
          }
          // Another build is writing the folder: said once, and tried again until it is done,
          // so the change that asked for this build is not left unbuilt.
          if (!waitingSaid) hooks.failed(error);
          waitingSaid = true;
          clearTimeout(timer);
          timer = setTimeout(build, BUSY_RETRY_MS);
        },
      )
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          build();
        }
      });
  };
  const folders = watchSeedFolders(options.inputs, (path) => {
    listing.changed(path);
    clearTimeout(timer);
    timer = setTimeout(build, debounceMs);
  });
  build();
  return {
    close: async () => {
      closed = true;
      clearTimeout(timer);
      folders.close();
      while (running) await running;
      await Promise.all(removals);
    },
  };
}

/**
 * Watches the folders that hold the inputs' seed files: one watcher per folder (inotify on Linux),
 * not one per file, so 100,000 seeds in a folder cost one. `changed` is called with the path of
 * a `.txt` name an event names, and with null for a folder (whose files may have moved in or out
 * with it), an input made or replaced, or an event the system gave no name. A file input, or an input missing when the watch starts, is watched through its
 * parent folder, so replacing it (as editors save) or creating it later is seen. Links to folders
 * are not followed, as `collectSeedFiles` does not.
 */
export function watchSeedFolders(
  inputs: readonly string[],
  changed: (path: string | null) => void,
): { close: () => void } {
  const watchers = new Map<string, FSWatcher>();

  const unwatch = (folder: string): void => {
    for (const [path, watcher] of watchers) {
      if (path === folder || path.startsWith(folder + sep)) {
        watcher.close();
        watchers.delete(path);
      }
    }
  };

  /** Watches `folder` (for `only`, when given, else everything under it) and, without `only`, its subfolders. */
  const watchFolder = (folder: string, only: string | null): void => {
    if (watchers.has(folder)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, { persistent: true }, (_event, name) => {
        if (name === null) {
          changed(null);
          return;
        }
        const file = name;
        if (only !== null) {
          if (file !== only) return;
          // An input missing when the watch started, made since as a folder: watched whole now.
          if (isFolder(join(folder, file))) watchFolder(join(folder, file), null);
          changed(null);
          return;
        }
        const path = join(folder, file);
        if (isFolder(path)) {
          watchFolder(path, null);
          changed(null);
        } else if (watchers.has(path)) {
          // A watched folder was removed or moved away.
          unwatch(path);
          changed(null);
        } else if (isSeedName(file)) changed(path);
      });
    } catch {
      // Gone already, or not a folder: the build reports what it finds.
      return;
    }
    // A folder removed under its watcher: stop watching it; the rebuild says what is left.
    watcher.on('error', () => {
      unwatch(folder);
      changed(null);
    });
    watchers.set(folder, watcher);
    if (only !== null) return;
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) if (entry.isDirectory()) watchFolder(join(folder, entry.name), null);
  };

  // Folders first: a file input's folder that is also watched whole needs no watcher of its own.
  const paths = inputs.map((input) => resolve(input));
  for (const path of paths) if (isFolder(path)) watchFolder(path, null);
  for (const path of paths) if (!isFolder(path)) watchFolder(dirname(path), basename(path));
  return {
    close: () => {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Removes `folder` on a thread of its own: unlinking an older build's 27,000 files at 100,000
 * articles costs about a second of CPU, which `fs.promises.rm` spends on the main thread (its
 * recursion runs there), in the middle of the next build when edits come fast. Resolves once it
 * is gone. Where the thread cannot start or fails, the main thread removes it; one that cannot be
 * removed at all is said on stderr and left for the first build of a later process, which removes
 * every folder of `v/` it did not make.
 */
function removeOnAnotherThread(folder: string): Promise<void> {
  return new Promise((resolvePromise) => {
    // A retired folder is this process's alone: none may be left to pile up.
    const fallback = (): void => {
      try {
        rmSync(folder, { recursive: true, force: true });
      } catch (error) {
        process.stderr.write(
          `build:data: could not remove the older build's folder ${folder}: ${reasonOf(error)}\n`,
        );
      }
      resolvePromise();
    };
    let worker: Worker;
    try {
      worker = new Worker(
        "require('node:fs').rmSync(require('node:worker_threads').workerData, { recursive: true, force: true });",
        { eval: true, workerData: folder },
      );
    } catch {
      fallback();
      return;
    }
    // A thread that throws exits with code 1 after its 'error' (listened to, so it is not thrown here).
    worker
      .once('error', () => undefined)
      .once('exit', (code) => {
        if (code === 0) resolvePromise();
        else fallback();
      });
  });
}
