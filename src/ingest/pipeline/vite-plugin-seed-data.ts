/**
 * Vite plugin: builds the reader's JSON from the seeds, serves it at `/data/` in dev, rebuilds it
 * when a seed changes, and writes it into the production build (which src/hosting serves).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import type { Logger, Plugin, ResolvedConfig } from 'vite';
import type { IngestReport } from './ingest-corpus.ts';
import { diagnosticCount, formatReport } from './report.ts';
import { buildDataArgs, spawnWatchProcess } from './watch-process.ts';
import { createGzip } from 'node:zlib';
import { CONTENT_SECURITY_POLICY } from '../../contract/security.ts';
import { precompressCacheDir } from '../../hosting/precompress.ts';

/** Runs the build in its own Node process (`buildDataArgs` says why). */
function runIngest(
  inputs: readonly string[],
  outDir: string,
  cacheDir: string,
  precompressCache: string | null,
): Promise<IngestReport> {
  const copies = precompressCache === null ? [] : ['--precompress-cache', precompressCache];
  return new Promise((resolvePromise, reject) => {
    execFile(
      process.execPath,
      buildDataArgs(['--out', outDir, '--cache', cacheDir, '--report-json', ...copies, ...inputs]),
      { maxBuffer: 1 << 28 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolvePromise(JSON.parse(stdout) as IngestReport);
      },
    );
  });
}

/** The dev server's data builder: one `build-data --watch` process for the server's life. */
interface DataWatcher {
  /** The first build's report (rejects if it failed or the process could not start). */
  first: Promise<IngestReport>;
  /** Stops the process once a build in progress has written its folder. */
  stop: () => Promise<void>;
}

/**
 * Starts `build-data --watch --report-json`, which builds the seeds, then builds again in the same
 * process after every change to them (`watch-build.ts`): a one-file edit costs a fraction of a
 * new process's build. Each line of its stdout is a report, or `{"failed": …}`.
 */
function startDataWatcher(
  inputs: readonly string[],
  outDir: string,
  cacheDir: string,
  logger: Logger,
  rebuilt: (report: IngestReport) => void,
): DataWatcher {
  let settleFirst: { resolve: (report: IngestReport) => void; reject: (error: Error) => void } | null = null;
  const first = new Promise<IngestReport>((resolvePromise, reject) => {
    settleFirst = { resolve: resolvePromise, reject };
  });
  let stopping = false;
  const child = spawnWatchProcess({ inputs, outDir, cacheDir }, (message) => {
    if ('failed' in message) {
      if (settleFirst) settleFirst.reject(new Error(message.failed));
      else logger.error(`ingest failed: ${message.failed}`, { timestamp: true });
    } else if (settleFirst) settleFirst.resolve(message);
    else rebuilt(message);
    settleFirst = null;
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    // Kept for a failure's message; NEWSREADER_TRACE's phases are shown as they come.
    stderr = (stderr + text).slice(-20_000);
    if (process.env.NEWSREADER_TRACE === '1') process.stderr.write(text);
  });
  let exited = false;
  const exit = new Promise<void>((resolvePromise) => {
    const ended = (why: string): void => {
      if (exited) return;
      exited = true;
      resolvePromise();
      if (settleFirst) settleFirst.reject(new Error(why));
      else if (!stopping) logger.error(`${why}\nseed changes are no longer built: restart the dev server`);
      settleFirst = null;
    };
    child.on('exit', (code, signal) => {
      ended(`the data builder stopped (${signal ?? `exit code ${code}`})${stderr ? `:\n${stderr}` : ''}`);
    });
    // It could not be started (then no 'exit' follows).
    child.on('error', (error) => {
      ended(`the data builder could not run: ${error.message}`);
    });
  });
  return {
    first,
    stop: async () => {
      stopping = true;
      if (!exited) child.kill('SIGTERM');
      await exit;
    },
  };
}

export interface SeedDataOptions {
  /** Seed files or folders. */
  inputs: string[];
  cacheDir: string;
  /** Fail the production build on any diagnostic. */
  strict?: boolean;
  /**
   * In a production build, write the data documents' compressed copies while the data is built
   * (for the hosting plugin, which then compresses only the rest: `src/hosting/copy-workers.ts`).
   */
  precompress?: boolean;
}

const DATA_PREFIX = 'data/';
/** Where `index.html` names its data build (read by src/lib/data/build-id.ts). */
const BUILD_PLACEHOLDER = '%NEWSREADER_BUILD%';

/** The build a data folder holds now, from its `current.json`. */
function currentBuildId(dataDir: string): string {
  const current = JSON.parse(readFileSync(join(dataDir, 'current.json'), 'utf8')) as { buildId?: unknown };
  if (typeof current.buildId !== 'string') throw new Error(`${dataDir}/current.json names no build`);
  return current.buildId;
}

export function seedData(options: SeedDataOptions): Plugin {
  let config: ResolvedConfig;
  // Dev serves from a folder in the cache, one per set of inputs, rebuilt incrementally.
  const serveDir = join(
    options.cacheDir,
    `serve-${createHash('sha256').update(options.inputs.join('\n')).digest('hex').slice(0, 12)}`,
  );
  const ingest = (outDir: string, precompressCache: string | null = null): Promise<IngestReport> =>
    runIngest(options.inputs, outDir, options.cacheDir, precompressCache);
  const log = (logger: Logger, report: IngestReport): void => {
    const text = formatReport(report);
    if (report.rejected.length > 0 || report.missing.length > 0) logger.warn(text, { timestamp: true });
    else logger.info(text, { timestamp: true });
  };

  let watcher: DataWatcher | null = null;

  return {
    name: 'newsreader-seed-data',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      // In dev the page names the build the dev server holds now; a rebuild reloads the page.
      order: 'pre',
      handler(html) {
        // The dev server injects inline scripts for hot reloading, so only builds carry the policy.
        if (config.command !== 'serve')
          return html.replace(
            '<meta charset="UTF-8" />',
            `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
          );
        return html.replace(BUILD_PLACEHOLDER, currentBuildId(serveDir));
      },
    },
    async configureServer(server) {
      watcher = startDataWatcher(options.inputs, serveDir, options.cacheDir, config.logger, (report) => {
        log(config.logger, report);
        server.ws.send({ type: 'full-reload' });
      });
      try {
        log(config.logger, await watcher.first);
      } catch (error) {
        // The server does not start without its data; nor does the builder outlive it.
        await watcher.stop();
        watcher = null;
        throw error;
      }
      server.middlewares.use(dataMiddleware(config.base, serveDir));
    },
    async buildEnd() {
      // The dev server is closing: let a rebuild in progress finish writing before it goes.
      await watcher?.stop();
      watcher = null;
    },
    async writeBundle() {
      const buildDir = resolve(config.root, config.build.outDir);
      const outDir = resolve(buildDir, DATA_PREFIX);
      const report = await ingest(
        outDir,
        options.precompress ? precompressCacheDir(options.cacheDir, buildDir) : null,
      );
      log(config.logger, report);
      // The page names its data build, so its first requests need not wait for one to say it.
      const htmlPath = resolve(config.root, config.build.outDir, 'index.html');
      if (existsSync(htmlPath)) {
        const html = readFileSync(htmlPath, 'utf8');
        writeFileSync(htmlPath, html.replace(BUILD_PLACEHOLDER, currentBuildId(outDir)));
      }
      if (options.strict && diagnosticCount(report) > 0)
        this.error('ingest: --strict: the seeds have diagnostics (listed above)');
    },
  };
}

function dataMiddleware(base: string, dir: string) {
  const prefix = `${base.replace(/\/?$/, '/')}${DATA_PREFIX}`;
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const url = (req.url ?? '').split('?')[0] ?? '';
    if (!url.startsWith(prefix)) {
      next();
      return;
    }
    let rel: string;
    try {
      rel = decodeURIComponent(url.slice(prefix.length));
    } catch {
      rel = '';
    }
    const file = normalize(join(dir, rel));
    if (
      !rel ||
      !file.startsWith(dir + sep) ||
      !file.endsWith('.json') ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ error: 'not found', path: url }));
      return;
    }
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    // A build's own folder never changes once written: its documents can be kept for good.
    res.setHeader('Cache-Control', rel.startsWith('v/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    res.setHeader('Vary', 'Accept-Encoding');
    const accepts = req.headers['accept-encoding'] ?? '';
    if (/\bgzip\b/.test(accepts)) {
      res.setHeader('Content-Encoding', 'gzip');
      createReadStream(file)
        .pipe(createGzip({ level: 6 }))
        .pipe(res);
    } else {
      createReadStream(file).pipe(res);
    }
  };
}
