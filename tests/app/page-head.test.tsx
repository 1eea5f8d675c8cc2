import { screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { mockDataFetch } from './fetch-mock.ts';
import { renderRoute } from './render-route.tsx';

/** The head a pre-rendered list page is served with (src/prerender/page-head.ts), in short. */
function servedHead(): void {
  document.head.insertAdjacentHTML(
    'beforeend',
    [
      '<meta name="description" content="4 news articles match this view." />',
      '<link rel="canonical" href="/?org=nato" />',
      '<meta name="robots" content="noindex, follow" />',
      '<meta property="og:title" content="Articles" />',
      '<meta name="twitter:title" content="Articles" />',
      '<script type="application/ld+json">{}</script>',
    ].join(''),
  );
}

const PAGE_HEAD =
  'link[rel="canonical"], meta[name="description"], meta[name="robots"], meta[property^="og:"], meta[name^="twitter:"], script[type="application/ld+json"]';

/** The head's page elements: not something a reader sees, so not a Testing Library query. */
function pageHead(): Element[] {
  return [...document.head.querySelectorAll(PAGE_HEAD)];
}

afterEach(() => {
  for (const element of pageHead()) element.remove();
});

test('the head a page was served with stays on that page, and goes once the reader moves on', async () => {
  servedHead();
  mockDataFetch();
  const { router } = renderRoute('/?org=nato');
  await screen.findByRole('heading', { level: 1, name: 'Articles' });
  expect(pageHead()).toHaveLength(6);
  // A browser shares and bookmarks the canonical URL: after moving on, it must not name the list.
  await router.navigate('/quotes');
  await screen.findByRole('heading', { level: 1, name: 'Quotes' });
  await waitFor(() => {
    expect(pageHead()).toHaveLength(0);
  });
});
