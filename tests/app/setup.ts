import '@testing-library/jest-dom/vitest';
// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
// eslint-disable-next-line testing-library/no-manual-cleanup
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// The machines running these have two cores shared with builds; the default 1 s wait for findBy*
// queries fails spuriously under load. It stays well inside the project's test time limit
// (vitest.config.ts), so a missing element fails with its own message, not a bare timeout.
configure({ asyncUtilTimeout: 10_000 });

// The routes' code loads lazily (src/app/router.tsx). Loaded here, before any test starts its
// clock, the first test of each file no longer pays for transforming and evaluating its route's
// modules inside its own time limit: under load that alone took the first test of seven files
// past 5 s, while the same tests run later in a file took a fraction of it.
await Promise.all([
  import('../../src/app/routes/article-list.tsx'),
  import('../../src/app/routes/quotes.tsx'),
  import('../../src/app/routes/article.tsx'),
  import('../../src/app/routes/organisation.tsx'),
  import('../../src/app/routes/speaker.tsx'),
  import('../../src/features/filters/components/virtual-facet-rows.tsx'),
]);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// jsdom does not implement scrolling; react-router's ScrollRestoration and the quote anchor call it.
window.scrollTo = () => {};
Element.prototype.scrollIntoView = function scrollIntoView() {};
