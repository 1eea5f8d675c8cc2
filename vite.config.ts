import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { hosting } from './src/hosting/vite-plugin-hosting.ts';
import { defaultCacheDir, defaultSeedInputs } from './src/ingest/ingest-config.ts';
import { seedData } from './src/ingest/vite-plugin-seed-data.ts';
import { prerenderPages } from './src/prerender/vite-plugin-prerender.ts';

// Seeds come from `seeds/` unless NEWSREADER_SEEDS names other files or folders (see README).
export default defineConfig({
  plugins: [
    react(),
    seedData({
      inputs: defaultSeedInputs(),
      cacheDir: defaultCacheDir(),
      strict: process.env.NEWSREADER_STRICT === '1',
    }),
    // Runs after seedData has written the data: every route as static HTML (src/prerender/).
    prerenderPages({ cacheDir: defaultCacheDir() }),
    // Last: sitemap, 404.html where none was pre-rendered, precompressed copies of every file.
    hosting(),
  ],
  server: { port: 5173 },
  preview: { port: 4173 },
});
