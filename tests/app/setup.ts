import '@testing-library/jest-dom/vitest';
import { afterEach, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// jsdom does not implement scrolling; react-router's ScrollRestoration and the quote anchor call it.
window.scrollTo = () => {};
Element.prototype.scrollIntoView = function scrollIntoView() {};
