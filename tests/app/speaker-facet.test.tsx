/**
 * The speaker facet: a finder and links, one speaker at a time, that stays usable with thousands
 * of speakers (only the first rows until "Show all"; the chosen one always in view).
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { expect, test } from 'vitest';
import type { FacetRow } from '../../src/contract/views.ts';
import { SpeakerFacet } from '../../src/features/filters/components/speaker-facet.tsx';

const NAMES = ['Ana Brandão', 'Bo Chen', 'Carla Diaz', 'Dmitri Egorov', 'Eve Fox', 'Femi Gbadamosi'];
const ROWS: FacetRow[] = Array.from({ length: 30 }, (_, i) => ({
  slug: `speaker-${i}`,
  name: `${NAMES[i % NAMES.length]!} ${i}`,
  count: 100 - i,
}));

function showFacet(props: { rows: FacetRow[] | undefined; selected: string | null; selectedName?: string }) {
  render(
    <MemoryRouter>
      <SpeakerFacet
        rows={props.rows}
        selected={props.selected}
        selectedName={props.selectedName}
        hrefFor={(speaker) => (speaker === null ? '/quotes' : `/quotes?speaker=${speaker}`)}
      />
    </MemoryRouter>,
  );
  return screen.getByRole('group', { name: 'Speakers' });
}

const speakerLinks = (facet: HTMLElement) =>
  within(facet)
    .getAllByRole('link')
    .filter((a) => a.textContent !== 'All speakers');

test('a long facet shows its first rows as links with counts, and the rest on request', async () => {
  const facet = showFacet({ rows: ROWS, selected: null });
  expect(speakerLinks(facet)).toHaveLength(8);
  expect(speakerLinks(facet)[0]).toHaveAttribute('href', '/quotes?speaker=speaker-0');
  expect(speakerLinks(facet)[0]).toHaveTextContent(/^Ana Brandão 0 100 results$/);
  expect(within(facet).getByRole('link', { name: 'All speakers' })).toHaveAttribute('aria-current', 'true');
  await userEvent.click(within(facet).getByRole('button', { name: 'Show all 30' }));
  expect(speakerLinks(facet)).toHaveLength(30);
});

test('the finder narrows by name, accents folded, and says when nothing matches', async () => {
  const facet = showFacet({ rows: ROWS, selected: null });
  const finder = within(facet).getByRole('searchbox', { name: 'Find a speaker' });
  await userEvent.type(finder, 'brandao');
  expect(speakerLinks(facet).map((a) => a.textContent.replace(/ \d+ results?$/, ''))).toEqual([
    'Ana Brandão 0',
    'Ana Brandão 6',
    'Ana Brandão 12',
    'Ana Brandão 18',
    'Ana Brandão 24',
  ]);
  await userEvent.clear(finder);
  await userEvent.type(finder, 'nobody');
  expect(within(facet).getByText('No speaker matches “nobody”.')).toBeInTheDocument();
});

test('the finder folds ł, ø, æ, ß … as search does: either spelling finds both', async () => {
  const rows: FacetRow[] = [
    ...ROWS,
    { slug: 'lukasz-nowak', name: 'Lukasz Nowak', count: 3 },
    { slug: 'lukasz-szumowski', name: 'Łukasz Szumowski', count: 2 },
    { slug: 'speaker-30', name: 'Søren Ærbæk', count: 1 },
  ];
  const facet = showFacet({ rows, selected: null });
  const finder = within(facet).getByRole('searchbox', { name: 'Find a speaker' });
  const shown = () => speakerLinks(facet).map((a) => a.textContent.replace(/ \d+ results?$/, ''));
  for (const typed of ['lukasz', 'Łukasz', 'ŁUK']) {
    await userEvent.clear(finder);
    await userEvent.type(finder, typed);
    expect(shown(), typed).toEqual(['Lukasz Nowak', 'Łukasz Szumowski']);
  }
  await userEvent.clear(finder);
  await userEvent.type(finder, 'soren aerbaek');
  expect(shown()).toEqual(['Søren Ærbæk']);
});

test('the chosen speaker leads the list as the current link, even past the first rows', () => {
  const facet = showFacet({ rows: ROWS, selected: 'speaker-20' });
  const links = speakerLinks(facet);
  expect(links[0]).toHaveTextContent('Carla Diaz 20');
  expect(links[0]).toHaveAttribute('aria-current', 'true');
  expect(links).toHaveLength(9);
  expect(within(facet).getByRole('link', { name: 'All speakers' })).not.toHaveAttribute('aria-current');
});

test('while the counts are worked out, the chosen speaker is named', () => {
  const facet = showFacet({ rows: undefined, selected: 'speaker-3', selectedName: 'Dmitri Egorov' });
  expect(facet).toHaveTextContent('Counting speakers… Chosen: Dmitri Egorov.');
  expect(speakerLinks(facet)).toHaveLength(0);
});
