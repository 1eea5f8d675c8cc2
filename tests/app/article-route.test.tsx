import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { fixtureResponse, mockDataFetch, mockDataFetchFailing, requestedPaths } from './fetch-mock.ts';
import { renderRoute } from './render-route.tsx';

/** A highlighted quote by its whole text (organisation links may split the text inside it). */
function quoteMark(text: string | RegExp): HTMLElement {
  return screen.getByText(
    (_, element) =>
      element?.matches('mark.quote') === true &&
      (typeof text === 'string' ? element.textContent === text : text.test(element.textContent)),
  );
}

test('an article shows its headline, date, source, reading time and paragraphs', async () => {
  mockDataFetch();
  renderRoute('/articles/000_ec231f94e2293af6');
  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: 'NATO and Iraq initiated a new phase in their partnership',
    }),
  ).toBeInTheDocument();
  expect(screen.getByText('28 August 2024')).toHaveAttribute('datetime', '2024-08-28');
  expect(screen.getByRole('link', { name: 'Shafaq News' })).toHaveAttribute('href', '/?source=shafaq-news');
  expect(screen.getByText('1 min read')).toBeInTheDocument();
  expect(screen.getByText(/initiated a new phase in their partnership by launching/)).toHaveAttribute(
    'dir',
    'auto',
  );
  await waitFor(() => {
    expect(document.title).toBe('NATO and Iraq initiated a new phase in their partnership – Newsreader');
  });
});

test('a quote deep link focuses and highlights that quote in place', async () => {
  mockDataFetch();
  renderRoute('/articles/000_ec231f94e2293af6#quote-2');
  await screen.findByRole('heading', { level: 1 });
  const quote = quoteMark('We reaffirmed to NATO the long-term partnership.');
  expect(quote).toHaveAttribute('id', 'quote-2');
  expect(quote).toHaveAttribute('data-targeted', 'true');
  await waitFor(() => {
    expect(quote).toHaveFocus();
  });
  expect(quote).toHaveAccessibleDescription('Qasim al-Araji, Iraq’s National Security Advisor');
});

test('every quote is focusable with its speaker visible and a weak attribution says so', async () => {
  mockDataFetch();
  renderRoute('/articles/000_ec231f94e2293af6');
  await screen.findByRole('heading', { level: 1 });
  const weak = quoteMark('The dialogue will continue next year.');
  expect(weak).toHaveAttribute('tabindex', '0');
  expect(weak).toHaveAccessibleDescription(/attribution uncertain/);
  expect(screen.getByText('Tom Goffus', { selector: '.quote-speaker > span' })).toBeVisible();
});

test('organisation mentions inside a quote link to the organisation', async () => {
  mockDataFetch();
  renderRoute('/articles/000_ec231f94e2293af6');
  await screen.findByRole('heading', { level: 1 });
  const quote = quoteMark(/has advised Iraqi security institutions/);
  expect(within(quote).getByRole('link', { name: 'NATO Mission Iraq' })).toHaveAttribute(
    'href',
    '/organisations/nato-mission-iraq',
  );
  expect(within(quote).getByRole('link', { name: 'Daesh' })).toHaveAttribute('href', '/organisations/daesh');
});

test('the quotes list links to each anchor and offers a citation to copy', async () => {
  mockDataFetch();
  renderRoute('/articles/000_ec231f94e2293af6');
  await screen.findByRole('heading', { level: 1 });
  const section = screen.getByRole('region', { name: 'Quotes in this article' });
  const links = within(section)
    .getAllByRole('link')
    .filter((link) => link.hasAttribute('data-list-primary'));
  expect(links.map((link) => link.getAttribute('href'))).toEqual([
    '/articles/000_ec231f94e2293af6#quote-1',
    '/articles/000_ec231f94e2293af6#quote-2',
    '/articles/000_ec231f94e2293af6#quote-3',
  ]);
  expect(within(section).getAllByRole('button', { name: 'Copy citation' })).toHaveLength(3);
});

test('each quote in the list names its speaker as a link to the speaker’s page', async () => {
  mockDataFetch();
  const { user } = renderRoute('/articles/000_ec231f94e2293af6');
  await screen.findByRole('heading', { level: 1 });
  const section = screen.getByRole('region', { name: 'Quotes in this article' });
  const items = within(section).getAllByRole('listitem');
  expect(within(items[0]!).getByRole('link', { name: 'Tom Goffus' })).toHaveAttribute(
    'href',
    '/speakers/tom-goffus',
  );
  // The role and an uncertain attribution stay words beside the name.
  expect(items[2]).toHaveTextContent(
    'Qasim al-Araji, Iraq’s National Security Advisor (attribution uncertain)',
  );
  await user.click(within(items[1]!).getByRole('link', { name: 'Qasim al-Araji' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Qasim al-Araji' })).toBeInTheDocument();
});

test('copy citation puts quote, speaker, source, date and link on the clipboard', async () => {
  mockDataFetch();
  const { user } = renderRoute('/articles/000_ec231f94e2293af6');
  await screen.findByRole('heading', { level: 1 });
  const section = screen.getByRole('region', { name: 'Quotes in this article' });
  await user.click(within(section).getAllByRole('button', { name: 'Copy citation' })[1]!);
  expect(await navigator.clipboard.readText()).toBe(
    '“We reaffirmed to NATO the long-term partnership.” — Qasim al-Araji, Iraq’s National Security Advisor. ' +
      'Shafaq News, “NATO and Iraq initiated a new phase in their partnership”, 28 August 2024. ' +
      'http://localhost:3000/articles/000_ec231f94e2293af6#quote-2',
  );
  expect(within(section).getByText('Copied')).toBeInTheDocument();
});

test('previous and next link to the neighbouring articles by date', async () => {
  mockDataFetch();
  renderRoute('/articles/000_ec231f94e2293af6');
  await screen.findByRole('heading', { level: 1 });
  const nav = screen.getByRole('navigation', { name: 'Neighbouring articles' });
  expect(
    within(nav).getByRole('link', { name: 'NATO Mission Iraq extends training programme' }),
  ).toHaveAttribute('href', '/articles/mission-training');
  expect(
    within(nav).getByRole('link', { name: 'Floods hit northern Iraq after days of heavy rain' }),
  ).toHaveAttribute('href', '/articles/floods-2024');
});

test('an unknown article id shows the not-found page inside the layout', async () => {
  const fetchMock = mockDataFetch();
  renderRoute('/articles/no-such-article');
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  expect(screen.getByText(/No article has the id “no-such-article”/)).toBeInTheDocument();
  expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Back to all articles' })).toHaveAttribute('href', '/');
  // One request: the article's own document, which does not exist.
  expect(requestedPaths(fetchMock)).toEqual(['articles/no-such-article.json']);
});

test('an id no article can have never reaches the network', async () => {
  const fetchMock = mockDataFetch();
  renderRoute('/articles/..%2Fmeta');
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  expect(fetchMock).not.toHaveBeenCalled();
});

test('an unknown path shows the not-found page inside the layout', async () => {
  mockDataFetch();
  renderRoute('/no/such/page');
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Skip to content' })).toBeInTheDocument();
  await waitFor(() => {
    expect(document.title).toBe('Page not found – Newsreader');
  });
});

test('hovering an article link in the list prefetches its body', async () => {
  const fetchMock = mockDataFetch();
  const { user } = renderRoute('/');
  await user.hover(await screen.findByRole('link', { name: 'European Union announces aid package' }));
  // Addressed by the build that wrote it, so a rebuild never meets a stale cached body.
  await waitFor(() => {
    expect(
      fetchMock.mock.calls.map(([input]) =>
        typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      ),
    ).toContain('http://localhost/data/articles/eu-aid.json?v=fixture-1');
  });
});

test('a link to a quote the article does not have says so and still shows the article', async () => {
  mockDataFetch();
  renderRoute('/articles/eu-aid#quote-4');
  expect(
    await screen.findByRole('heading', { level: 1, name: 'European Union announces aid package' }),
  ).toBeInTheDocument();
  expect(screen.getByRole('note')).toHaveTextContent('This article has no quote 4');
});

test('a page addressed by its file name (/index.html, /quotes/index.html) opens that page, not "Page not found"', async () => {
  mockDataFetch();
  const { router } = renderRoute('/index.html');
  expect(await screen.findByRole('heading', { level: 1, name: 'Articles' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/');
});

test('a view’s file name keeps the view and its filters', async () => {
  mockDataFetch();
  const { router } = renderRoute('/quotes/index.html?speaker=qasim-al-araji');
  expect(await screen.findByRole('heading', { level: 1, name: 'Quotes' })).toBeInTheDocument();
  expect(router.state.location.pathname + router.state.location.search).toBe(
    '/quotes?speaker=qasim-al-araji',
  );
});

test('related articles that could not be loaded say so, and Try again loads them', async () => {
  // Failing, then held until released, as a network takes its time to answer the retry.
  let state: 'failing' | 'held' = 'failing';
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  mockDataFetch((url) => {
    if (!url.includes('/related/')) return undefined;
    if (state === 'failing') return new Response('unavailable', { status: 503 });
    return released.then(() => fixtureResponse(url));
  });
  const { user } = renderRoute('/articles/000_ec231f94e2293af6');
  expect(
    await screen.findByText(/The related articles could not be loaded/, {}, { timeout: 20_000 }),
  ).toBeInTheDocument();
  state = 'held';
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  // While they load again, the section stays and says so; the button went with the note, and
  // focus is on the section's heading, not the document (the whole section had gone, focus too).
  const section = screen.getByRole('region', { name: 'Related articles' });
  expect(within(section).getByText('Loading the related articles…')).toBeInTheDocument();
  const heading = within(section).getByRole('heading', { name: 'Related articles' });
  expect(heading).toHaveFocus();
  release();
  expect(await within(section).findAllByRole('link')).not.toHaveLength(0);
  expect(screen.queryByText(/could not be loaded/)).not.toBeInTheDocument();
  expect(heading).toHaveFocus();
});

test('related articles that could not be loaded, and turn out to be none, say so where focus is after Try again', async () => {
  // Failing, then (held until released, as a network takes its time) answering that this
  // article has no related articles.
  let failing = true;
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  mockDataFetch((url) => {
    if (!url.includes('/related/')) return undefined;
    if (failing) return new Response('unavailable', { status: 503 });
    return released
      .then(() => fixtureResponse(url).json())
      .then((chunk: { related: unknown[][] }) =>
        Response.json({ ...chunk, related: chunk.related.map(() => []) }),
      );
  });
  const { user } = renderRoute('/articles/000_ec231f94e2293af6');
  expect(
    await screen.findByText(/The related articles could not be loaded/, {}, { timeout: 20_000 }),
  ).toBeInTheDocument();
  failing = false;
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  const section = screen.getByRole('region', { name: 'Related articles' });
  const heading = within(section).getByRole('heading', { name: 'Related articles' });
  expect(heading).toHaveFocus();
  release();
  await waitFor(() => {
    expect(screen.queryByText('Loading the related articles…')).toBeNull();
  });
  // The answer, where the reader asked for it; the section (and the focus with it) had gone.
  expect(within(section).getByText('No related articles were found.')).toBeInTheDocument();
  expect(heading).toHaveFocus();
});

test('previous and next articles that could not be loaded say so, and Try again loads them', async () => {
  // The chunk of article summaries the neighbours are read from.
  const chunk = mockDataFetchFailing('/articles/0.json');
  const { user } = renderRoute('/articles/000_ec231f94e2293af6');
  const nav = await screen.findByRole('navigation', { name: 'Neighbouring articles' });
  expect(
    await within(nav).findByText(
      /The previous and next articles could not be loaded/,
      {},
      { timeout: 20_000 },
    ),
  ).toBeInTheDocument();
  chunk.recover();
  await user.click(within(nav).getByRole('button', { name: 'Try again' }));
  expect(await within(nav).findAllByRole('link')).not.toHaveLength(0);
  expect(within(nav).queryByText(/could not be loaded/)).not.toBeInTheDocument();
  // The button went with the note: focus is on the links' landmark, not the document.
  expect(nav).toHaveFocus();
});
