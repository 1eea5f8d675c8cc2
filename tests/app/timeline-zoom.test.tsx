/**
 * A timeline of years opens one year's months and a month's days, by pointer and by keyboard,
 * with counts that agree with the days they hold (app fixes 9). The corpus: eleven years, 2010 to
 * 2020, three days with articles in each (the year's number of articles: 1 + 2 + 3).
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, expect, test } from 'vitest';
import { createQueryClient } from '../../src/app/query-client.ts';
import { TimelineBrush } from '../../src/features/timeline/components/timeline-brush.tsx';
import { setAppDataSource } from '../../src/lib/data/app-data-source.ts';
import type { DataSource } from '../../src/lib/data/data-source.ts';
import type { Filters } from '../../src/lib/urls.ts';
import { EMPTY_FILTERS } from '../../src/lib/urls.ts';

const DAYS: string[] = [];
const COUNTS: number[] = [];
for (let year = 2010; year <= 2020; year++) {
  DAYS.push(`${year}-03-05`, `${year}-07-14`, `${year}-07-20`);
  COUNTS.push(1, 2, 3);
}

/** The articles on the days from..to, as the list counts them. */
function listCount(from: string | null, to: string | null): number {
  return DAYS.reduce(
    (sum, day, i) => ((from === null || day >= from) && (to === null || day <= to) ? sum + COUNTS[i]! : sum),
    0,
  );
}

afterEach(() => {
  setAppDataSource(null);
});

/** The list page's part: the filters in state (the URL), the timeline choosing their dates. */
function openTimeline(initial: Partial<Filters> = {}) {
  setAppDataSource({ histogram: () => Promise.resolve(COUNTS) } as unknown as DataSource);
  const shown: { filters: Filters } = { filters: { ...EMPTY_FILTERS, ...initial } };
  function Page() {
    const [filters, setFilters] = useState<Filters>(shown.filters);
    shown.filters = filters;
    return (
      <TimelineBrush
        days={DAYS}
        view="articles"
        filters={filters}
        heading="Articles over time"
        onSelect={(range) => {
          setFilters((current) => ({ ...current, ...range }));
        }}
      />
    );
  }
  const view = render(
    <QueryClientProvider client={createQueryClient({ retries: 0 })}>
      <MemoryRouter>
        <Page />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return {
    view,
    get filters() {
      return shown.filters;
    },
  };
}

/** A click on bar `index` of `count` bars (jsdom lays nothing out: the chart is 1,000 px wide). */
function clickBar(index: number, count: number) {
  // eslint-disable-next-line testing-library/no-node-access -- the bars are hidden from the accessibility tree
  const svg = document.querySelector<SVGSVGElement>('svg.timeline-bars')!;
  svg.getBoundingClientRect = () => ({ left: 0, width: 1000, top: 0, height: 100 }) as DOMRect;
  svg.setPointerCapture = () => undefined;
  const clientX = ((index + 0.5) / count) * 1000;
  fireEvent.pointerDown(svg, { button: 0, pointerId: 1, clientX });
  fireEvent.pointerUp(svg, { button: 0, pointerId: 1, clientX });
}

function status() {
  return within(screen.getByRole('region', { name: 'Articles over time' })).getByRole('status');
}

test('a year clicked on a timeline of years shows its months, a month clicked its days, and back out', async () => {
  const state = openTimeline();
  expect(await screen.findByText(/^66 articles by year, from 2010 to 2020\./)).toBeInTheDocument();

  clickBar(6, 11);
  expect(state.filters).toMatchObject({ from: '2016-01-01', to: '2016-12-31' });
  expect(await screen.findByText(/^6 articles by month, from Jan 2016 to Dec 2016\./)).toBeInTheDocument();
  expect(status()).toHaveTextContent(`2016: ${listCount('2016-01-01', '2016-12-31')} articles.`);
  // eslint-disable-next-line testing-library/no-node-access -- as above
  expect(document.querySelectorAll('.timeline-bar')).toHaveLength(12);

  clickBar(6, 12);
  expect(state.filters).toMatchObject({ from: '2016-07-01', to: '2016-07-31' });
  expect(
    await screen.findByText(/^5 articles by day, from 1 July 2016 to 31 July 2016\./),
  ).toBeInTheDocument();
  expect(status()).toHaveTextContent(`Jul 2016: ${listCount('2016-07-01', '2016-07-31')} articles.`);

  // One day: the days stay, that day chosen.
  clickBar(13, 31);
  expect(state.filters).toMatchObject({ from: '2016-07-14', to: '2016-07-14' });
  expect(await screen.findByText('14 July 2016: 2 articles.')).toBeInTheDocument();

  await userEvent.click(screen.getByRole('button', { name: 'Zoom out: 2016 by month' }));
  expect(await screen.findByText(/^6 articles by month/)).toBeInTheDocument();
  expect(state.filters).toMatchObject({ from: '2016-07-14', to: '2016-07-14' });
  await userEvent.click(screen.getByRole('button', { name: 'Zoom out: every year' }));
  expect(await screen.findByText(/^66 articles by year/)).toBeInTheDocument();
  expect(screen.getByRole('slider', { name: 'Start of the date range' })).toHaveFocus();
});

test('the sliders’ keys choose one year on the bars they move over, and a button opens its months and days', async () => {
  const user = userEvent.setup();
  const state = openTimeline();
  const start = await screen.findByRole('slider', { name: 'Start of the date range' });
  const end = screen.getByRole('slider', { name: 'End of the date range' });
  start.focus();
  for (let i = 0; i < 6; i++) await user.keyboard('{ArrowRight}');
  end.focus();
  for (let i = 0; i < 4; i++) await user.keyboard('{ArrowLeft}');
  // The bars did not change under the keys.
  expect(screen.getByText(/^66 articles by year/)).toBeInTheDocument();
  expect(state.filters).toMatchObject({ from: '2016-01-01', to: '2016-12-31' });

  await user.click(screen.getByRole('button', { name: 'Zoom in: 2016 by month' }));
  expect(await screen.findByText(/^6 articles by month, from Jan 2016 to Dec 2016\./)).toBeInTheDocument();
  const monthStart = screen.getByRole('slider', { name: 'Start of the date range' });
  expect(monthStart).toHaveFocus();
  expect(monthStart).toHaveAttribute('aria-valuetext', 'Jan 2016, 0 articles');
  for (let i = 0; i < 6; i++) await user.keyboard('{ArrowRight}');
  screen.getByRole('slider', { name: 'End of the date range' }).focus();
  for (let i = 0; i < 5; i++) await user.keyboard('{ArrowLeft}');
  expect(state.filters).toMatchObject({ from: '2016-07-01', to: '2016-07-31' });
  expect(status()).toHaveTextContent(`Jul 2016: ${listCount('2016-07-01', '2016-07-31')} articles.`);

  await user.click(screen.getByRole('button', { name: 'Zoom in: Jul 2016 by day' }));
  expect(await screen.findByText(/^5 articles by day/)).toBeInTheDocument();
  expect(screen.getByRole('slider', { name: 'Start of the date range' })).toHaveFocus();
  expect(state.filters).toMatchObject({ from: '2016-07-01', to: '2016-07-31' });
});

test('a link to one year opens on its months, and a range of a few years on theirs', async () => {
  const { view } = openTimeline({ from: '2016-01-01', to: '2016-12-31' });
  expect(await screen.findByText(/^6 articles by month, from Jan 2016 to Dec 2016\./)).toBeInTheDocument();
  view.unmount();
  openTimeline({ from: '2014-03-01', to: '2016-06-30' });
  expect(await screen.findByText(/^18 articles by month, from Jan 2014 to Dec 2016\./)).toBeInTheDocument();
  expect(status()).toHaveTextContent(
    `Mar 2014 to Jun 2016: ${listCount('2014-03-01', '2016-06-30')} articles.`,
  );
});

test('Show all dates from a year’s months goes back to every year, focus on the range’s start', async () => {
  const state = openTimeline({ from: '2016-01-01', to: '2016-12-31' });
  await userEvent.click(await screen.findByRole('button', { name: 'Show all dates' }));
  expect(state.filters).toMatchObject({ from: null, to: null });
  expect(await screen.findByText(/^66 articles by year/)).toBeInTheDocument();
  expect(screen.getByRole('slider', { name: 'Start of the date range' })).toHaveFocus();
});

test('focus moved on while Show all dates loads is not taken back to the timeline when the bars change', async () => {
  // The URL's new dates arrive with the list's next page: the reader may have gone on meanwhile.
  setAppDataSource({ histogram: () => Promise.resolve(COUNTS) } as unknown as DataSource);
  let apply: () => void = () => undefined;
  function Page() {
    const [filters, setFilters] = useState<Filters>({
      ...EMPTY_FILTERS,
      from: '2016-01-01',
      to: '2016-12-31',
    });
    return (
      <>
        <input aria-label="Search" />
        <TimelineBrush
          days={DAYS}
          view="articles"
          filters={filters}
          heading="Articles over time"
          onSelect={(range) => {
            apply = () => {
              setFilters((current) => ({ ...current, ...range }));
            };
          }}
        />
      </>
    );
  }
  render(
    <QueryClientProvider client={createQueryClient({ retries: 0 })}>
      <MemoryRouter>
        <Page />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Show all dates' }));
  const search = screen.getByRole('textbox', { name: 'Search' });
  await user.click(search);
  act(() => {
    apply();
  });
  expect(await screen.findByText(/^66 articles by year/)).toBeInTheDocument();
  expect(search).toHaveFocus();
});

test('a zoom clicked while the chosen dates load zooms into them, not into the dates being left', async () => {
  // Until the list's next page arrives the URL (the filters) still has the dates being left: the
  // window had been kept for those, and back there (Back) "All dates" counted one year's bars.
  setAppDataSource({ histogram: () => Promise.resolve(COUNTS) } as unknown as DataSource);
  let apply: () => void = () => undefined;
  let goBack: () => void = () => undefined;
  function Page() {
    const [filters, setFilters] = useState<Filters>(EMPTY_FILTERS);
    goBack = () => {
      setFilters(EMPTY_FILTERS);
    };
    return (
      <TimelineBrush
        days={DAYS}
        view="articles"
        filters={filters}
        heading="Articles over time"
        onSelect={(range) => {
          apply = () => {
            setFilters((current) => ({ ...current, ...range }));
          };
        }}
      />
    );
  }
  render(
    <QueryClientProvider client={createQueryClient({ retries: 0 })}>
      <MemoryRouter>
        <Page />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  const user = userEvent.setup();
  const start = await screen.findByRole('slider', { name: 'Start of the date range' });
  start.focus();
  for (let i = 0; i < 6; i++) await user.keyboard('{ArrowRight}');
  screen.getByRole('slider', { name: 'End of the date range' }).focus();
  for (let i = 0; i < 4; i++) await user.keyboard('{ArrowLeft}');
  await user.click(screen.getByRole('button', { name: 'Zoom in: 2016 by month' }));
  act(() => {
    apply();
  });
  expect(await screen.findByText(/^6 articles by month, from Jan 2016 to Dec 2016\./)).toBeInTheDocument();
  expect(screen.getByRole('slider', { name: 'Start of the date range' })).toHaveFocus();
  act(() => {
    goBack();
  });
  expect(await screen.findByText(/^66 articles by year/)).toBeInTheDocument();
  expect(status()).toHaveTextContent('All dates: 66 articles.');
});
