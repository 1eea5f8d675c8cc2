import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { mockDataFetch } from './fetch-mock.ts';
import { renderRoute } from './render-route.tsx';

test('a search with no result says so over the timeline, with no bars or sliders to move', async () => {
  mockDataFetch();
  renderRoute('/?q=zzzqqq');
  const timeline = await screen.findByRole('region', { name: 'Articles over time' });
  expect(
    await screen.findByText(
      'No article matches the filters on any date: there is nothing to show over time.',
    ),
  ).toBeInTheDocument();
  expect(screen.queryAllByRole('slider')).toEqual([]);
  expect(timeline).not.toHaveTextContent(/0 articles by|Drag across the bars/);
});

test('with a date range too, it says the other filters match nothing on any date', async () => {
  mockDataFetch();
  renderRoute('/quotes?q=zzzqqq&from=2024-08-01');
  expect(
    await screen.findByText(
      'No quote matches the other filters on any date: there is nothing to show over time.',
    ),
  ).toBeInTheDocument();
  expect(screen.queryAllByRole('slider')).toEqual([]);
});

test('a search with results keeps its bars and both sliders', async () => {
  mockDataFetch();
  renderRoute('/?q=shelter');
  expect(await screen.findAllByRole('slider')).toHaveLength(2);
  expect(screen.getByText(/^1 article by /)).toBeInTheDocument();
});
