import { act, renderHook } from '@testing-library/react';
import { expect, test } from 'vitest';
import { usePendingValue } from '../../src/components/use-pending-value.ts';

function setup(initial: string) {
  return renderHook(({ value }: { value: string }) => usePendingValue(value), {
    initialProps: { value: initial },
  });
}

test('a choice shows at once and gives way once the URL reaches it', () => {
  const view = setup('0/9');
  act(() => {
    view.result.current[1]('1/9');
  });
  expect(view.result.current[0]).toBe('1/9');
  view.rerender({ value: '1/9' });
  expect(view.result.current[0]).toBe('1/9');
  // Caught up: a later change from elsewhere shows.
  view.rerender({ value: '0/9' });
  expect(view.result.current[0]).toBe('0/9');
});

test('the URL catching up with an earlier quick choice does not undo a later one', () => {
  const view = setup('0/9');
  act(() => {
    view.result.current[1]('1/9');
  });
  act(() => {
    view.result.current[1]('2/9');
  });
  view.rerender({ value: '1/9' });
  expect(view.result.current[0]).toBe('2/9');
  view.rerender({ value: '2/9' });
  expect(view.result.current[0]).toBe('2/9');
});

test('a value the control never asked for (back, a link) replaces the pending one', () => {
  const view = setup('0/9');
  act(() => {
    view.result.current[1]('1/9');
  });
  view.rerender({ value: '5/9' });
  expect(view.result.current[0]).toBe('5/9');
});
