/**
 * A diagnostic build for `trace-warm.ts --components`: the app with React's profiling build
 * (each component's render time on its fibers) and without minification (components keep their
 * names). Not for shipping: `vite build --config scripts/bench/vite-profile.config.ts --outDir …`.
 */
import { mergeConfig } from 'vite';
import base from '../../vite.config.ts';

export default mergeConfig(base, {
  resolve: { alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] },
  build: { minify: false },
});
