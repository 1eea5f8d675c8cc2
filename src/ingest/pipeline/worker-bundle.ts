/**
 * The worker threads' code as one plain JavaScript file, so a worker starts without tsx.
 *
 * Under `node --import tsx` every worker thread registers tsx again and loads each extraction
 * module through it: 2–3 s of a worker's start, more than half of an `extract` run over a few
 * hundred files. Instead the worker entry is bundled once by esbuild (the transpiler tsx itself
 * runs on) into `<cache root>/workers/`, keyed by a digest of every file that went into it, and
 * the workers start on that file with tsx left out of their arguments. Any failure (no esbuild,
 * an unwritable folder) falls back to the TypeScript entry with the parent's arguments, as before.
 * Decision 015 says why by hand.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeAtomically } from '../corpus/atomic-write.ts';
import { defaultCacheDir } from './ingest-config.ts';

/** What a worker pool starts its threads with. */
export interface WorkerEntry {
  /** A `file:` URL of the module whose default export processes a batch. */
  filename: string;
  /** The threads' Node arguments; undefined: the parent's (tsx included). */
  execArgv?: string[];
  /** Whether `filename` is the bundle (false: the TypeScript entry through tsx). */
  bundled: boolean;
}

const SOURCE = fileURLToPath(new URL('./ingest-worker.ts', import.meta.url));
/** The project root esbuild resolves from and the manifest's paths are relative to. */
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..');

/** esbuild's options; part of the digest, so a change here makes another bundle. */
const OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  // ES2022, not node20: for a node target esbuild rewrites `\p{…}` regex literals as
  // `new RegExp(…)` calls, which then run on every call of a function that holds one (slugify,
  // the name keys, the quote filters); ES2022 keeps the literals, and Node 20 runs all of ES2022.
  target: 'es2022',
  // Bundled code keeps its names: stack traces and profiles stay readable.
  minify: false,
  legalComments: 'none',
} as const;

/** Bumped when the manifest's shape changes. */
const FORMAT = 1;

interface Manifest {
  format: number;
  /** The files that went into the bundle, relative to the project root. */
  inputs: string[];
  digest: string;
  /** SHA-256 of the bundle's bytes: a damaged file is made again, not started. */
  bundle: string;
}

/**
 * Node arguments a worker needs without tsx: the parent's, less the TypeScript loader and
 * `--expose-gc` (the production build's data step has it, and `new Worker` refuses it).
 */
export function argsWithoutTsx(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--expose-gc' || arg === '--expose_gc') continue;
    if (
      (arg === '--import' || arg === '--loader' || arg === '--require' || arg === '-r') &&
      isTsx(argv[i + 1])
    ) {
      i++;
      continue;
    }
    const eq = /^(--import|--loader|--experimental-loader|--require)=(.*)$/.exec(arg);
    if (eq && isTsx(eq[2])) continue;
    out.push(arg);
  }
  return out;
}

function isTsx(spec: string | undefined): boolean {
  return spec !== undefined && /(^|[/\\])tsx([/\\]|$)|^tsx(\/.*)?$/.test(spec);
}

/** A digest of the inputs' bytes, the options and esbuild's version. */
function digestOf(inputs: readonly string[], esbuildVersion: string): string {
  const hash = createHash('sha256').update(`${FORMAT}\n${esbuildVersion}\n${JSON.stringify(OPTIONS)}\n`);
  for (const input of inputs)
    hash
      .update(`${input}\n`)
      .update(readFileSync(join(ROOT, input)))
      .update('\n');
  return hash.digest('hex').slice(0, 16);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function readManifest(path: string): Manifest | null {
  try {
    const m = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    return m.format === FORMAT &&
      Array.isArray(m.inputs) &&
      typeof m.digest === 'string' &&
      typeof m.bundle === 'string'
      ? m
      : null;
  } catch {
    return null;
  }
}

/**
 * The bundled worker in `dir` (default: `<cache root>/workers`), made when missing or stale;
 * the TypeScript entry when it cannot be had.
 */
export async function workerEntry(
  dir: string = join(defaultCacheDir(ROOT), 'workers'),
): Promise<WorkerEntry> {
  const fallback: WorkerEntry = { filename: pathToFileURL(SOURCE).href, bundled: false };
  if (process.env.NEWSREADER_WORKER_BUNDLE === '0') return fallback;
  try {
    const esbuild = await import('esbuild');
    const manifestPath = join(dir, 'ingest-worker.json');
    const bundlePath = (digest: string) => join(dir, `ingest-worker-${digest}.mjs`);
    const entry = (digest: string): WorkerEntry => ({
      filename: pathToFileURL(bundlePath(digest)).href,
      execArgv: argsWithoutTsx(process.execArgv),
      bundled: true,
    });

    // The last bundle, if every file that went into it is unchanged (about 10 ms to check).
    const kept = readManifest(manifestPath);
    if (kept) {
      try {
        if (
          digestOf(kept.inputs, esbuild.version) === kept.digest &&
          sha256(readFileSync(bundlePath(kept.digest))) === kept.bundle
        )
          return entry(kept.digest);
      } catch {
        // An input is gone: bundle again.
      }
    }

    const result = await esbuild.build({
      ...OPTIONS,
      entryPoints: [SOURCE],
      absWorkingDir: ROOT,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.contents;
    if (!code) return fallback;
    const inputs = Object.keys(result.metafile.inputs).sort();
    const digest = digestOf(inputs, esbuild.version);
    mkdirSync(dir, { recursive: true });
    // The bundle first, under its digest, then the manifest naming it: a concurrent build sees
    // either the old pair or the new one, never a manifest naming a half-written file.
    writeAtomically(bundlePath(digest), code);
    writeAtomically(
      manifestPath,
      JSON.stringify({ format: FORMAT, inputs, digest, bundle: sha256(code) } satisfies Manifest),
    );
    removeStaleBundles(dir, digest);
    return entry(digest);
  } catch {
    return fallback;
  }
}

/** Bundles other than `digest`'s, older than a day (a build still running may have just started on one). */
function removeStaleBundles(dir: string, digest: string): void {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const name of readdirSync(dir)) {
    if (!/^ingest-worker-[0-9a-f]{16}\.mjs$/.test(name) || name.includes(digest)) continue;
    const path = join(dir, name);
    try {
      if (statSync(path).mtimeMs < dayAgo) rmSync(path, { force: true });
    } catch {
      // Removed by another build meanwhile.
    }
  }
}
