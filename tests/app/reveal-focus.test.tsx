/**
 * "Show all N" (facets) and "+N more" (a card's organisations) come after the rows they reveal:
 * activated by keyboard, focus goes to the first revealed row, so Tab goes on through the rest in
 * order instead of past them.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { expect, test } from 'vitest';
import type { FacetRow } from '../../src/contract/views.ts';
import { ArticleListItem } from '../../src/features/articles/components/article-list-item.tsx';
import { OrganisationFacet } from '../../src/features/filters/components/organisation-facet.tsx';
import { SpeakerFacet } from '../../src/features/filters/components/speaker-facet.tsx';
import { fixtureIndex } from './fixtures/corpus.ts';

const ROWS: FacetRow[] = Array.from({ length: 30 }, (_, i) => ({
  slug: `row-${i}`,
  name: `Row ${i}`,
  count: 100 - i,
}));

function wrap(children: ReactNode) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>{children}</MemoryRouter>
    </QueryClientProvider>,
  );
}

/** Presses the button by keyboard: Tab until it has focus (from the start), then Enter. */
async function pressByKeyboard(user: ReturnType<typeof userEvent.setup>, button: HTMLElement) {
  await user.click(document.body);
  for (let i = 0; i < 100 && !button.matches(':focus'); i++) await user.tab();
  expect(button).toHaveFocus();
  await user.keyboard('{Enter}');
}

test('"Show all" in the speaker facet moves focus to the first revealed speaker; Tab goes on in order', async () => {
  const user = userEvent.setup();
  wrap(
    <SpeakerFacet
      rows={ROWS}
      selected={null}
      selectedName={undefined}
      hrefFor={(s) => `/quotes?speaker=${s}`}
    />,
  );
  const facet = screen.getByRole('group', { name: 'Speakers' });
  await pressByKeyboard(user, within(facet).getByRole('button', { name: 'Show all 30' }));
  expect(within(facet).getByRole('link', { name: /^Row 8\b/ })).toHaveFocus();
  await user.tab();
  expect(within(facet).getByRole('link', { name: /^Row 9\b/ })).toHaveFocus();
  // "Show fewer" leaves focus on itself: the rows it hides are above it.
  const fewer = within(facet).getByRole('button', { name: 'Show fewer' });
  await pressByKeyboard(user, fewer);
  expect(fewer).toHaveFocus();
});

test('with a chosen speaker past the first rows, focus goes to the first row not shown before', async () => {
  const user = userEvent.setup();
  wrap(
    <SpeakerFacet
      rows={ROWS}
      selected="row-8"
      selectedName="Row 8"
      hrefFor={(s) => `/quotes?speaker=${s}`}
    />,
  );
  const facet = screen.getByRole('group', { name: 'Speakers' });
  await pressByKeyboard(user, within(facet).getByRole('button', { name: 'Show all 30' }));
  expect(within(facet).getByRole('link', { name: /^Row 9\b/ })).toHaveFocus();
});

test('"Show all" in the organisation facet moves focus to the first revealed checkbox', async () => {
  const user = userEvent.setup();
  wrap(<OrganisationFacet rows={ROWS} selected={[]} onChange={() => undefined} />);
  const facet = screen.getByRole('group', { name: 'Organisations' });
  await pressByKeyboard(user, within(facet).getByRole('button', { name: 'Show all 30' }));
  expect(within(facet).getByRole('checkbox', { name: /^Row 8\b/ })).toHaveFocus();
  await user.tab();
  expect(within(facet).getByRole('checkbox', { name: /^Row 9\b/ })).toHaveFocus();
});

/** A card naming six organisations, a to f ("Org a" …), whose chips lead where `organisationHref` says. */
function cardOfSixOrganisations(organisationHref: (slug: string) => string | null): void {
  const article = { ...fixtureIndex.articles[0]!, organisations: ['a', 'b', 'c', 'd', 'e', 'f'] };
  wrap(
    <ArticleListItem
      article={article}
      words={[]}
      organisationName={(slug) => `Org ${slug}`}
      organisationHref={organisationHref}
    />,
  );
}

test('"+N more" on a card moves focus to the first revealed organisation', async () => {
  const user = userEvent.setup();
  cardOfSixOrganisations((slug) => `/?org=${slug}`);
  await pressByKeyboard(user, screen.getByRole('button', { name: /^\+3 more/ }));
  expect(screen.getByRole('link', { name: 'Filter by Org d' })).toHaveFocus();
  await user.tab();
  expect(screen.getByRole('link', { name: 'Filter by Org e' })).toHaveFocus();
});

test('"+N more" skips a revealed organisation that is one of the list\'s filters (no link) for the next one', async () => {
  const user = userEvent.setup();
  // Filtered by four of them: the fourth is the first chip "+3 more" reveals.
  cardOfSixOrganisations((slug) => ('abcd'.includes(slug) ? null : `/?org=${slug}`));
  await pressByKeyboard(user, screen.getByRole('button', { name: /^\+3 more/ }));
  expect(screen.getByRole('link', { name: 'Filter by Org e' })).toHaveFocus();
});

test('a card puts the organisation the list is filtered by first, so it is never behind "+N more"', () => {
  cardOfSixOrganisations((slug) => (slug === 'e' ? null : `/?org=e&org=${slug}`));
  const chips = screen.getByRole('list', { name: 'Organisations mentioned' });
  expect(
    within(chips)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(['✓ Org e (this list’s filter)', 'Org a', 'Org b', '+3 more organisations']);
});
