/**
 * A diagnostic build for `js-chunks.ts`: the production build with source maps, so each script's
 * bytes can be traced to its modules. The code is the same; not for shipping:
 * `vite build --config scripts/bench/vite-sourcemap.config.ts --outDir …`.
 */
import { mergeConfig } from 'vite';
import base from '../../vite.config.ts';

export default mergeConfig(base, { build: { sourcemap: true } });
