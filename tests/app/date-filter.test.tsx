import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';
import { mockDataFetch } from './fetch-mock.ts';
import { renderRoute } from './render-route.tsx';

/**
 * Each value a date field reports while its year is typed digit by digit, as Chromium's does, with
 * the pause of a reader's keystrokes between them (long enough for a list to load).
 */
async function typeYear(field: HTMLElement, monthDay: string, year: string) {
  for (let n = 1; n <= year.length; n++) {
    fireEvent.change(field, { target: { value: `${year.slice(0, n).padStart(4, '0')}-${monthDay}` } });
    await act(() => new Promise((resolve) => setTimeout(resolve, 150)));
  }
}

test('typing a year into a date field sends the date once, not each digit of the year', async () => {
  mockDataFetch();
  const { router } = renderRoute('/');
  await screen.findByRole('heading', { level: 1, name: 'Articles' });
  const searches: string[] = [];
  router.subscribe((state) => {
    if (state.navigation.state === 'idle') searches.push(state.location.search);
  });
  const from = screen.getByLabelText('From');
  await typeYear(from, '08-02', '2024');
  // The digits typed so far stay in the field.
  expect(await screen.findByText('2 articles')).toBeInTheDocument();
  expect(from).toHaveValue('2024-08-02');
  await waitFor(() => {
    expect([...new Set(searches)]).toEqual(['?from=2024-08-02']);
  });

  const to = screen.getByLabelText('To');
  await typeYear(to, '09-01', '20');
  expect(to).toHaveValue('0020-09-01');
  expect(router.state.location.search).toBe('?from=2024-08-02');
  await typeYear(to, '09-01', '2024');
  expect(await screen.findByText('1 article')).toBeInTheDocument();
  await waitFor(() => {
    expect([...new Set(searches)]).toEqual(['?from=2024-08-02', '?from=2024-08-02&to=2024-09-01']);
  });
  // One history entry each: Back goes to the list before the first date.
  await router.navigate(-1);
  await router.navigate(-1);
  expect(router.state.location.search).toBe('');
});
