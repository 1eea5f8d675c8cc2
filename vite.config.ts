import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { runtimeCaching } from './src/hosting/offline-caching.ts';
import { hosting } from './src/hosting/vite-plugin-hosting.ts';
import { defaultCacheDir, defaultSeedInputs } from './src/ingest/pipeline/ingest-config.ts';
import { seedData } from './src/ingest/pipeline/vite-plugin-seed-data.ts';
import { prerenderPages } from './src/prerender/vite-plugin-prerender.ts';

// Seeds come from `seeds/` unless NEWSREADER_SEEDS names other files or folders (see README).
export default defineConfig({
  plugins: [
    react(),
    seedData({
      inputs: defaultSeedInputs(),
      cacheDir: defaultCacheDir(),
      strict: process.env.NEWSREADER_STRICT === '1',
      // The data documents' compressed copies are made while the data is built (hosting() below).
      precompress: true,
    }),
    // The installable app and its offline copy (docs/decisions/008-offline-share-export.md).
    VitePWA({
      // Registered by src/app/service-worker.ts, through the Trusted Types policy: no inline script.
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: {
        name: 'Newsreader',
        short_name: 'Newsreader',
        description: 'Read news articles, their quotes and the organisations they mention.',
        lang: 'en',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5cad',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app shell: the page, its scripts (every route's chunk and the engine's worker) and styles.
        // Data is cached as it is read, never ahead (a corpus can be gigabytes).
        globPatterns: ['index.html', 'assets/**/*.{js,css}', 'icons/*.png'],
        globIgnores: ['data/**'],
        // One file: a service worker that imported the Workbox runtime would need `importScripts`.
        inlineWorkboxRuntime: true,
        cleanupOutdatedCaches: true,
        // A new build's worker takes over at once, and the first visit's page is kept from the start.
        skipWaiting: true,
        clientsClaim: true,
        // Online, every page comes from the server (pre-rendered HTML, the right status); offline,
        // any page opens on the app shell, which reads its data from the runtime caches
        // (src/hosting/offline-caching.ts).
        navigateFallback: null,
        runtimeCaching,
      },
    }),
    // Runs after seedData has written the data: every route as static HTML (src/prerender/).
    prerenderPages({ cacheDir: defaultCacheDir() }),
    // Last: sitemap, 404.html where none was pre-rendered, precompressed copies of every file.
    hosting(),
  ],
  server: { port: 5173 },
  preview: { port: 4173 },
});
