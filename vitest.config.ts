import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    // A limit against hangs, as in the browser tests, not a measure of speed. A route rendered in
    // jsdom or a property test takes 0.3-2 s on an idle machine and several times that on a
    // loaded two-core CI machine, where 5 s (the default) failed eight app tests. Files whose
    // tests build or spawn set their own, longer limits.
    testTimeout: 30_000,
    // The same for hooks: an afterEach that removes a build's temporary folders took over the
    // default 10 s on a two-core machine at a load of 17 (stop 23's first CI run beside helpers).
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'tests/ingest/**/*.test.ts',
            'tests/hosting/**/*.test.ts',
            'tests/domain/**/*.test.ts',
            'tests/contract/**/*.test.ts',
            'tests/prerender/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['tests/app/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          // The commit recorder first: it must be in place before React DOM loads.
          setupFiles: ['tests/app/react-commits.ts', 'tests/app/setup.ts'],
        },
      },
    ],
  },
});
