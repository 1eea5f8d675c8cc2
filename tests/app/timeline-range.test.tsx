import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { mockDataFetch } from './fetch-mock.ts';
import { renderRoute } from './render-route.tsx';

// The fixture's timeline has a bar a week; its article of 1 August 2024 is in the week of 29 July.

test('a date range inside a bar: the timeline status counts the range, as the list does, not the whole bar', async () => {
  mockDataFetch();
  renderRoute('/?from=2024-08-02&to=2024-08-04');
  expect(await screen.findByText('No articles match.')).toBeInTheDocument();
  const timeline = await screen.findByRole('region', { name: 'Articles over time' });
  expect(await screen.findByText('2 August 2024 to 4 August 2024: 0 articles.')).toBeInTheDocument();
  expect(timeline).not.toHaveTextContent('week of 29 July 2024: 1 article.');
});

test('a range on the bars’ own edges keeps the bars’ names', async () => {
  mockDataFetch();
  renderRoute('/?from=2024-07-29&to=2024-08-04');
  expect(await screen.findByText('week of 29 July 2024: 1 article.')).toBeInTheDocument();
});

test('one open end inside a bar', async () => {
  mockDataFetch();
  renderRoute('/?from=2024-08-02');
  expect(await screen.findByText('From 2 August 2024: 2 articles.')).toBeInTheDocument();
});

test('the bars have an axis of month starts under them, and each bar tells a pointer its week and count', async () => {
  mockDataFetch();
  renderRoute('/');
  const timeline = await screen.findByRole('region', { name: 'Articles over time' });
  await screen.findByText(/^All dates: /);
  // The fixture spans weeks: the axis names the months they begin.
  const ticks = within(timeline).getAllByText(/^[A-Z][a-z]{2,3} \d{4}$/);
  expect(ticks.length).toBeGreaterThan(0);
  expect(within(timeline).getByText('week of 29 July 2024, 1 article').tagName).toBe('title');
});
