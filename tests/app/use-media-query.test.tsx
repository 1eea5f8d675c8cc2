import { act, renderHook } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { useMediaQuery } from '../../src/components/use-media-query.ts';

/** A stand-in for the window's media queries: one list per call, as browsers make them. */
function stubMatchMedia(matches: boolean) {
  const state = { matches, calls: 0, subscriptions: 0, listeners: new Set<() => void>() };
  vi.stubGlobal('matchMedia', (query: string) => {
    state.calls += 1;
    return {
      media: query,
      get matches() {
        return state.matches;
      },
      addEventListener: (_: string, listener: () => void) => {
        state.subscriptions += 1;
        state.listeners.add(listener);
      },
      removeEventListener: (_: string, listener: () => void) => {
        state.listeners.delete(listener);
      },
    };
  });
  return {
    state,
    change(next: boolean) {
      state.matches = next;
      for (const listener of state.listeners) listener();
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

// Each test asks its own query: the hook keeps one MediaQueryList per query for the page's life,
// so a query an earlier test asked would still answer from that test's stub.

test('reports the match and follows the window when it changes', () => {
  const media = stubMatchMedia(true);
  const view = renderHook(() => useMediaQuery('(min-width: 901px)', false));
  expect(view.result.current).toBe(true);
  act(() => {
    media.change(false);
  });
  expect(view.result.current).toBe(false);
  view.unmount();
  expect(media.state.listeners.size).toBe(0);
});

test('re-rendering neither subscribes again nor asks the window for a new list', () => {
  const media = stubMatchMedia(false);
  const view = renderHook(() => useMediaQuery('(min-width: 902px)', true));
  const calls = media.state.calls;
  for (let i = 0; i < 5; i++) view.rerender();
  expect(view.result.current).toBe(false);
  expect(media.state.subscriptions).toBe(1);
  expect(media.state.calls).toBe(calls);
  view.unmount();
});

test('without matchMedia the fallback is reported', () => {
  vi.stubGlobal('matchMedia', undefined);
  const view = renderHook(() => useMediaQuery('(min-width: 903px)', true));
  expect(view.result.current).toBe(true);
});
