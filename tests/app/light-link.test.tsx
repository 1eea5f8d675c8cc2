/** The list links: the same hrefs as React Router's Link, in-app navigation on a plain click only. */
import { fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { expect, test } from 'vitest';
import { hrefUnder, LightLink, LightLinkProvider } from '../../src/components/light-link.tsx';

test('hrefs under a base path are the ones React Router gives', () => {
  expect(hrefUnder('/', '/?org=nato')).toBe('/?org=nato');
  expect(hrefUnder('/', '/articles/a-1#quote-2')).toBe('/articles/a-1#quote-2');
  expect(hrefUnder('/news/', '/')).toBe('/news/');
  expect(hrefUnder('/news/', '/?org=nato')).toBe('/news/?org=nato');
  expect(hrefUnder('/news/', '/quotes?speaker=x')).toBe('/news/quotes?speaker=x');
});

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname + location.search + location.hash}</p>;
}

function renderAt(basename: string) {
  const element = (
    <LightLinkProvider>
      <LightLink to="/articles/a-1#quote-2">Read it</LightLink>
      <Where />
    </LightLinkProvider>
  );
  const router = createMemoryRouter([{ path: '*', element }], {
    basename,
    initialEntries: [basename === '/' ? '/' : `${basename.replace(/\/$/, '')}/`],
  });
  render(<RouterProvider router={router} />);
}

test('a plain click navigates in the app; a modified click is left to the browser', () => {
  renderAt('/news/');
  const link = screen.getByRole('link', { name: 'Read it' });
  expect(link.getAttribute('href')).toBe('/news/articles/a-1#quote-2');
  // Ctrl-click (a new tab) is the browser's: not prevented, no navigation here.
  expect(fireEvent.click(link, { ctrlKey: true })).toBe(true);
  expect(screen.getByTestId('where').textContent).toBe('/');
  expect(fireEvent.click(link)).toBe(false);
  expect(screen.getByTestId('where').textContent).toBe('/articles/a-1#quote-2');
});

test('without a provider it is React Router’s Link, with the same href', () => {
  const router = createMemoryRouter([{ path: '*', element: <LightLink to="/?org=nato">NATO</LightLink> }], {
    basename: '/news/',
    initialEntries: ['/news/'],
  });
  render(<RouterProvider router={router} />);
  expect(screen.getByRole('link', { name: 'NATO' }).getAttribute('href')).toBe('/news/?org=nato');
});
