/**
 * The timeline's sliders step the dates one bar per key; the steps of one run share one history
 * entry (each step replaces it), and that entry is pushed by the run's first step, as a search's
 * first word pushes and its later words replace (decision 013). Hunt 10 found Back after a run of
 * key steps skipping the list before it: the first step replaced that list's entry too.
 */
import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { mockDataFetch } from './fetch-mock.ts';
import { renderRoute, urlSettles } from './render-route.tsx';

test('Back after moving a timeline slider by keys returns to the list before the first step', async () => {
  mockDataFetch();
  const { router, user } = renderRoute('/');
  await screen.findByRole('heading', { level: 1, name: 'Articles' });
  await router.navigate('/?q=iraq');
  await urlSettles(router, '?q=iraq');
  const start = await screen.findByRole('slider', { name: 'Start of the date range' });
  start.focus();
  await user.keyboard('{ArrowRight}');
  await user.keyboard('{ArrowRight}');
  const stepped = router.state.location.search;
  expect(stepped).toMatch(/^\?from=\d{4}-\d{2}-\d{2}&q=iraq$/);
  // One entry for the run: Back is the search, and Back again the list before it.
  await router.navigate(-1);
  await urlSettles(router, '?q=iraq');
  await router.navigate(-1);
  await urlSettles(router, '');
  // Forward again lands on the last step's dates.
  await router.navigate(1);
  await router.navigate(1);
  await urlSettles(router, stepped);
});

test('a second run of key steps after another change is its own history entry', async () => {
  mockDataFetch();
  const { router, user } = renderRoute('/');
  await screen.findByRole('heading', { level: 1, name: 'Articles' });
  const start = await screen.findByRole('slider', { name: 'Start of the date range' });
  start.focus();
  await user.keyboard('{ArrowRight}');
  const first = router.state.location.search;
  expect(first).toMatch(/^\?from=/);
  await router.navigate(`/${first}&q=iraq`);
  await urlSettles(router, `${first}&q=iraq`);
  const end = await screen.findByRole('slider', { name: 'End of the date range' });
  end.focus();
  await user.keyboard('{ArrowLeft}');
  expect(router.state.location.search).toMatch(/&to=\d{4}-\d{2}-\d{2}&q=iraq$/);
  await router.navigate(-1);
  await urlSettles(router, `${first}&q=iraq`);
  await router.navigate(-1);
  await urlSettles(router, first);
  await router.navigate(-1);
  await urlSettles(router, '');
});
