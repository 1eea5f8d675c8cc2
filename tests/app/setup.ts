import '@testing-library/jest-dom/vitest';
// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
// eslint-disable-next-line testing-library/no-manual-cleanup
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// The machines running these have two cores shared with builds; the default 1 s wait for findBy*
// queries fails spuriously under load.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// jsdom does not implement scrolling; react-router's ScrollRestoration and the quote anchor call it.
window.scrollTo = () => {};
Element.prototype.scrollIntoView = function scrollIntoView() {};
