import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { mockDataFetch } from './fetch-mock.ts';
import { renderRoute } from './render-route.tsx';

test('an organisation page shows aliases, children, counts over time and links to the filtered lists', async () => {
  mockDataFetch();
  renderRoute('/organisations/nato');
  expect(await screen.findByRole('heading', { level: 1, name: 'NATO' })).toBeInTheDocument();
  expect(screen.getByText('North Atlantic Treaty Organization')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'NATO Mission Iraq' })).toHaveAttribute(
    'href',
    '/organisations/nato-mission-iraq',
  );
  // The child's article counts for the parent.
  expect(screen.getByRole('link', { name: '2 articles' })).toHaveAttribute('href', '/?org=nato');
  expect(screen.getByRole('link', { name: '4 quotes' })).toHaveAttribute('href', '/quotes?org=nato');
  const timeline = screen.getByRole('table', { name: 'Mentions by month' });
  const row = within(timeline).getByRole('row', { name: /Aug 2024/ });
  expect(
    within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['2', '4']);
  const articles = screen.getByRole('region', { name: 'Articles' });
  expect(within(articles).getAllByRole('listitem')).toHaveLength(2);
  await waitFor(() => {
    expect(document.title).toBe('NATO – Newsreader');
  });
});

test('a child organisation links to its parent', async () => {
  mockDataFetch();
  renderRoute('/organisations/nato-mission-iraq');
  await screen.findByRole('heading', { level: 1, name: 'NATO Mission Iraq' });
  expect(screen.getByRole('link', { name: 'NATO' })).toHaveAttribute('href', '/organisations/nato');
});

test('an unknown organisation shows the not-found page', async () => {
  mockDataFetch();
  renderRoute('/organisations/unknown-org');
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  expect(screen.getByText(/No organisation is called “unknown-org”/)).toBeInTheDocument();
});

// One that is no organisation in any case is still not found; no speaker, the page saying so.
test.each([
  {
    kind: 'an organisation',
    typed: '/organisations/NATO',
    name: 'NATO',
    own: '/organisations/nato',
    unknown: '/organisations/UNKNOWN-ORG',
    said: /No organisation is called “UNKNOWN-ORG”/,
  },
  {
    kind: 'a speaker',
    typed: '/speakers/Tom-Goffus',
    name: 'Tom Goffus',
    own: '/speakers/tom-goffus',
    unknown: '/speakers/Nobody-Here',
    said: /Nobody-Here/,
  },
])('$kind addressed in capitals opens the page at its own address, its search kept', async (entity) => {
  mockDataFetch();
  const { router } = renderRoute(`${entity.typed}?from=2024-08-01`);
  expect(await screen.findByRole('heading', { level: 1, name: entity.name })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe(entity.own);
  expect(router.state.location.search).toBe('?from=2024-08-01');
  mockDataFetch();
  renderRoute(entity.unknown);
  expect(await screen.findByText(entity.said)).toBeInTheDocument();
});

test("the organisation page's timeline sliders move by key, and a link opens the range chosen", async () => {
  mockDataFetch();
  const { user, router } = renderRoute('/organisations/nato');
  const [start] = await screen.findAllByRole('slider', { name: 'Start of the date range' });
  start!.focus();
  await user.keyboard('{ArrowRight}{ArrowRight}');
  // Still here, and both steps taken: the first key no longer leaves for the article list.
  expect(router.state.location.pathname).toBe('/organisations/nato');
  expect(start).toHaveFocus();
  expect(start).toHaveAttribute('aria-valuenow', '2');
  const link = screen.getByRole('link', { name: 'Show these dates in the article list' });
  expect(link.getAttribute('href')).toMatch(/^\/\?from=\d{4}-\d\d-\d\d&org=nato$/);
  await user.click(screen.getByRole('button', { name: 'Show all dates' }));
  expect(start).toHaveAttribute('aria-valuenow', '0');
  expect(screen.queryByRole('link', { name: 'Show these dates in the article list' })).toBeNull();
  start!.focus();
  await user.keyboard('{ArrowRight}');
  const href = screen
    .getByRole('link', { name: 'Show these dates in the article list' })
    .getAttribute('href');
  await user.click(screen.getByRole('link', { name: 'Show these dates in the article list' }));
  await waitFor(() => {
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(href);
  });
});

test("a range chosen on one organisation's timeline is not carried to the next organisation's page", async () => {
  mockDataFetch();
  const { user } = renderRoute('/organisations/nato');
  const [start] = await screen.findAllByRole('slider', { name: 'Start of the date range' });
  start!.focus();
  await user.keyboard('{ArrowRight}');
  expect(screen.getByRole('link', { name: 'Show these dates in the article list' })).toBeInTheDocument();
  // The same route, another organisation: the page is new, and so is its timeline.
  await user.click(screen.getByRole('link', { name: 'NATO Mission Iraq' }));
  await screen.findByRole('heading', { level: 1, name: 'NATO Mission Iraq' });
  await waitFor(() => {
    expect(screen.getAllByRole('slider', { name: 'Start of the date range' })[0]).toHaveAttribute(
      'aria-valuenow',
      '0',
    );
  });
  expect(screen.queryByRole('link', { name: 'Show these dates in the article list' })).toBeNull();
});

test('dates in an organisation page’s link are said to be ignored, with the list they do filter', async () => {
  mockDataFetch();
  renderRoute('/organisations/nato?from=2024-08-01&to=2024-08-31');
  await screen.findByRole('heading', { level: 1, name: 'NATO' });
  // The page lists what it always lists.
  const articles = screen.getByRole('region', { name: 'Articles' });
  expect(within(articles).getAllByRole('listitem')).toHaveLength(2);
  const notes = screen.getByRole('region', { name: 'Some of this link was ignored' });
  expect(within(notes).getByRole('listitem')).toHaveTextContent(
    'This page is not filtered by date, so “from” and “to” were ignored.',
  );
  expect(
    within(notes).getByRole('link', { name: 'Articles mentioning NATO from 2024-08-01 to 2024-08-31' }),
  ).toHaveAttribute('href', '/?from=2024-08-01&to=2024-08-31&org=nato');
  expect(within(notes).getByRole('link', { name: 'Tidy the link' })).toHaveAttribute(
    'href',
    '/organisations/nato',
  );
});

test('an organisation page’s other list params are said to be ignored; a bad date offers no list', async () => {
  mockDataFetch();
  renderRoute('/organisations/nato?from=2024-13-01&page=2');
  await screen.findByRole('heading', { level: 1, name: 'NATO' });
  const notes = screen.getByRole('region', { name: 'Some of this link was ignored' });
  expect(
    within(notes)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    'This page is not filtered by date, so “from” was ignored.',
    '“page” applies to lists, not to this page, so it was ignored.',
  ]);
  expect(
    within(notes)
      .getAllByRole('link')
      .map((link) => link.textContent),
  ).toEqual(['Tidy the link']);
});

test('a plain organisation page has no note; a speaker page offers their quotes between the dates', async () => {
  mockDataFetch();
  const { unmount } = renderRoute('/organisations/nato');
  await screen.findByRole('heading', { level: 1, name: 'NATO' });
  expect(screen.queryByRole('region', { name: 'Some of this link was ignored' })).toBeNull();
  unmount();
  renderRoute('/speakers/tom-goffus?from=2024-08-01&q=security');
  await screen.findByRole('heading', { level: 1, name: 'Tom Goffus' });
  const notes = screen.getByRole('region', { name: 'Some of this link was ignored' });
  expect(
    within(notes).getByRole('link', {
      name: "Quotes by Tom Goffus since 2024-08-01, with this link's other filters",
    }),
  ).toHaveAttribute('href', '/quotes?from=2024-08-01&speaker=tom-goffus&q=security');
});

test('“Tidy the link” puts focus on the main area, not on the page’s body, as its banner goes', async () => {
  mockDataFetch();
  const { user, router } = renderRoute('/organisations/nato?from=2024-08-01');
  await screen.findByRole('heading', { level: 1, name: 'NATO' });
  await user.click(screen.getByRole('link', { name: 'Tidy the link' }));
  await waitFor(() => {
    expect(router.state.location.search).toBe('');
  });
  await waitFor(() => {
    expect(screen.getByRole('main')).toHaveFocus();
  });
  expect(screen.queryByRole('region', { name: 'Some of this link was ignored' })).toBeNull();
});
