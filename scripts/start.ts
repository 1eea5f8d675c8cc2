/**
 * `npm start` (build, then serve) and `npm run preview` (`--no-build`: serve the existing build):
 *   node --import tsx scripts/start.ts [--port N] [--host [HOST]] [--base /path/] [--outDir DIR] [--no-build]
 * The port comes from --port, else $PORT, else 4173. It is checked before the build starts, so a
 * busy port costs a second, not a build; the message says how to choose another.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { SITE_URL_VARIABLE } from '../src/hosting/site-url.ts';

const DEFAULT_PORT = 4173;
const root = resolve(import.meta.dirname, '..');

interface StartOptions {
  port: number;
  /** As Vite takes it: a host name, or true for every address. */
  host: string | true;
  base: string | undefined;
  outDir: string;
  build: boolean;
}

const USAGE = `usage: npm start -- [--port N] [--host [HOST]] [--base /path/] [--outDir DIR]
       npm run preview -- [same options]   (serves the existing build)
The port is --port, else $PORT, else ${DEFAULT_PORT}.`;

function usageError(message: string): never {
  process.stderr.write(`start: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parsePort(value: string, where: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535)
    usageError(`${where} must be a port number from 0 to 65535, not "${value}"`);
  return Number(value);
}

function parseArgs(argv: readonly string[]): StartOptions {
  const envPort = process.env.PORT;
  const options: StartOptions = {
    port: envPort !== undefined && envPort !== '' ? parsePort(envPort, 'PORT') : DEFAULT_PORT,
    host: 'localhost',
    base: undefined,
    outDir: 'dist',
    build: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') usageError(`${name} needs a value`);
      return next;
    };
    switch (name) {
      case '--port':
        options.port = parsePort(value(), '--port');
        break;
      case '--host':
        if (inline !== undefined) options.host = inline === '' ? true : inline;
        else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('-')) options.host = argv[++i]!;
        else options.host = true;
        break;
      case '--base':
        options.base = value();
        break;
      case '--outDir':
        options.outDir = value();
        break;
      case '--no-build':
        options.build = false;
        break;
      case '--strictPort':
        // Always strict: a server that moved to another port would not be where the user looks.
        break;
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        process.exit(0);
        break;
      default:
        usageError(`unknown option ${arg}`);
    }
  }
  return options;
}

/** Listens on the port the way Vite will, then closes: the port it got, or the error. */
function probe(port: number, host: string | true): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port, host: host === true ? undefined : host, exclusive: true }, () => {
      const address = server.address();
      const got = typeof address === 'object' && address !== null ? address.port : port;
      server.close(() => {
        resolvePort(got);
      });
    });
  });
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** The first free port after `port`, to suggest. */
async function freePortAfter(port: number, host: string | true): Promise<number | null> {
  for (let candidate = port + 1; candidate <= Math.min(port + 50, 65535); candidate++) {
    try {
      return await probe(candidate, host);
    } catch {
      // Busy too: try the next.
    }
  }
  return null;
}

async function portInUse(port: number, host: string | true, command: string): Promise<never> {
  const free = (await freePortAfter(port, host)) ?? port + 1;
  process.stderr.write(
    `start: port ${port} is already in use (another server, perhaps an earlier \`${command}\`, is listening on it).\n` +
      `Stop that server, or choose another port:\n` +
      `  ${command} -- --port ${free}\n` +
      `  PORT=${free} ${command}\n`,
  );
  process.exit(1);
}

/** The base an existing build was made for, read from its index.html's script URL. */
function builtBase(outDir: string): string | undefined {
  const html = readFileSync(resolve(outDir, 'index.html'), 'utf8');
  return /<script type="module"[^>]*\ssrc="(\/[^"]*?)assets\//.exec(html)?.[1];
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const command = options.build ? 'npm start' : 'npm run preview';
  const outDir = resolve(root, options.outDir);
  if (!options.build && !existsSync(resolve(outDir, 'index.html'))) {
    process.stderr.write(
      `start: there is no build in ${options.outDir}/: run \`npm run build\` first, or \`npm start\`\n`,
    );
    process.exit(1);
  }
  if (!options.build && options.base === undefined) {
    // A build for /news/ served at / would find none of its files: serve it where it expects.
    options.base = builtBase(outDir);
    if (options.base !== undefined && options.base !== '/')
      process.stdout.write(`start: the build in ${options.outDir}/ was made for --base ${options.base}\n`);
  }
  let port: number;
  try {
    // Port 0 asks the system for a free port; it is chosen here, so the build knows the address.
    port = await probe(options.port, options.host);
  } catch (error) {
    if (errorCode(error) === 'EADDRINUSE') return portInUse(options.port, options.host, command);
    if (errorCode(error) === 'EACCES')
      usageError(
        `port ${options.port} needs privileges this user lacks; choose a port above 1023 (--port or PORT)`,
      );
    if (errorCode(error) === 'EADDRNOTAVAIL' || errorCode(error) === 'ENOTFOUND')
      usageError(`--host ${String(options.host)} is not an address of this machine`);
    throw error;
  }
  // Vite loads only now: a busy port is reported before a second is spent on it.
  const { build, preview } = await import('vite');
  if (options.build) {
    // `npm start` is a local preview: unless told the public address, its sitemap uses the local one.
    const shownHost = options.host === true || options.host === '0.0.0.0' ? 'localhost' : options.host;
    process.env[SITE_URL_VARIABLE] ??=
      `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
    await build({ root, base: options.base, build: { outDir, emptyOutDir: true } });
  }
  let server;
  try {
    server = await preview({
      root,
      base: options.base,
      build: { outDir },
      preview: { port, strictPort: true, host: options.host },
    });
  } catch (error) {
    // Taken while the build ran.
    if (error instanceof Error && /already in use/.test(error.message))
      return portInUse(port, options.host, command);
    throw error;
  }
  server.printUrls();
  server.bindCLIShortcuts({ print: true });
}

await main();
