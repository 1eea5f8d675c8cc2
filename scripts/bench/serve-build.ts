/**
 * Serves a built folder with Vite's preview server (the project's own handler, as `npm start`)
 * on a free localhost port, for the trace scripts; with a certificate (`tls.ts`), over HTTPS, so
 * Chromium speaks HTTP/2 to it.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { LocalCertificate } from './tls.ts';

const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');

export async function serveBuild(
  dist: string,
  tls?: LocalCertificate,
): Promise<{ base: string; close: () => void }> {
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir: resolve(dist) },
    preview: { port: 0, host: '127.0.0.1', ...(tls ? { https: { key: tls.key, cert: tls.cert } } : {}) },
  });
  return {
    base: server.resolvedUrls!.local[0]!.replace(/\/$/, ''),
    close: () => {
      server.httpServer.close();
      (server.httpServer as { closeAllConnections?: () => void }).closeAllConnections?.();
    },
  };
}
