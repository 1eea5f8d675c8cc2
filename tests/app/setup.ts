import '@testing-library/jest-dom/vitest';
// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
// eslint-disable-next-line testing-library/no-manual-cleanup
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// jsdom does not implement scrolling; react-router's ScrollRestoration and the quote anchor call it.
window.scrollTo = () => {};
Element.prototype.scrollIntoView = function scrollIntoView() {};
