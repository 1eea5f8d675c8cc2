/**
 * `node --import tsx scripts/bench/js-floor.ts`: the stack's floor, the gzipped JavaScript of a
 * production build of the smallest app of the design card's stack (`js-floor/`: React, a
 * react-router data router, TanStack Query), built with the project's Vite and React plugin.
 * `bench:reader` prints the reader's first-visit JavaScript as a ratio of it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** Builds the floor app in a temporary folder; its JavaScript files' gzipped bytes, summed. */
export async function measureJsFloor(): Promise<{ gzBytes: number; files: number }> {
  const outDir = mkdtempSync(join(tmpdir(), 'newsreader-js-floor-'));
  try {
    await build({
      root: fileURLToPath(new URL('./js-floor/', import.meta.url)),
      configFile: false,
      logLevel: 'warn',
      plugins: [react()],
      build: { outDir, emptyOutDir: true },
    });
    const assets = join(outDir, 'assets');
    const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
    const gzBytes = scripts.reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f))).length, 0);
    return { gzBytes, files: scripts.length };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { gzBytes, files } = await measureJsFloor();
  console.log(`stack floor: ${(gzBytes / 1024).toFixed(1)} KB gz in ${files} file(s)`);
}
