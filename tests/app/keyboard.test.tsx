import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { mockDataFetch } from './fetch-mock.ts';
import { renderRoute } from './render-route.tsx';

test('j and k move through the list and / focuses the search box', async () => {
  mockDataFetch();
  const { user } = renderRoute('/');
  await screen.findByRole('heading', { level: 1, name: 'Articles' });
  await user.keyboard('j');
  expect(
    screen.getByRole('link', { name: 'Floods hit northern Iraq after days of heavy rain' }),
  ).toHaveFocus();
  await user.keyboard('j');
  expect(
    screen.getByRole('link', { name: 'NATO and Iraq initiated a new phase in their partnership' }),
  ).toHaveFocus();
  await user.keyboard('k');
  expect(
    screen.getByRole('link', { name: 'Floods hit northern Iraq after days of heavy rain' }),
  ).toHaveFocus();
  await user.keyboard('/');
  expect(screen.getByRole('searchbox', { name: 'Search headlines and text' })).toHaveFocus();
});

test('? opens the keyboard shortcuts dialog', async () => {
  mockDataFetch();
  const { user } = renderRoute('/');
  await screen.findByRole('heading', { level: 1, name: 'Articles' });
  await user.keyboard('?');
  const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
  expect(dialog).toHaveAttribute('open');
  await user.click(screen.getByRole('button', { name: 'Close' }));
  expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument();
});

test('the layout has a skip link, one main landmark and one h1', async () => {
  mockDataFetch();
  renderRoute('/quotes');
  await screen.findByRole('heading', { level: 1, name: 'Quotes' });
  expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
  expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
});

test('the shortcuts work with a facet checkbox focused (it takes no typing), not in the search box', async () => {
  mockDataFetch();
  const { user } = renderRoute('/');
  await screen.findByRole('heading', { level: 1, name: 'Articles' });
  const [checkbox] = await screen.findAllByRole('checkbox');
  checkbox!.focus();
  await user.keyboard('/');
  const search = screen.getByRole('searchbox', { name: 'Search headlines and text' });
  expect(search).toHaveFocus();
  // Typed in the box, "j" is a letter of the search.
  await user.keyboard('j');
  expect(search).toHaveFocus();
  checkbox!.focus();
  await user.keyboard('j');
  expect(
    screen.getByRole('link', { name: 'Floods hit northern Iraq after days of heavy rain' }),
  ).toHaveFocus();
});
