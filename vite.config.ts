import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { hosting } from './src/hosting/vite-plugin-hosting.ts';
import { defaultCacheDir, defaultSeedInputs } from './src/ingest/ingest-config.ts';
import { seedData } from './src/ingest/vite-plugin-seed-data.ts';

// Seeds come from `seeds/` unless NEWSREADER_SEEDS names other files or folders (see README).
export default defineConfig({
  plugins: [
    react(),
    seedData({
      inputs: defaultSeedInputs(),
      cacheDir: defaultCacheDir(),
      strict: process.env.NEWSREADER_STRICT === '1',
    }),
    hosting(),
  ],
  server: { port: 5173 },
  preview: { port: 4173 },
});
