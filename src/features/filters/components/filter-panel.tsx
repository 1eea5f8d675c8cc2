import { memo, useState } from 'react';
import { useHref } from 'react-router';
import { useMediaQuery } from '../../../components/use-media-query.ts';
import type { FacetRow as FacetCount } from '../../../contract/views.ts';
import type { FilterUpdate, Filters } from '../../../lib/urls.ts';
import { searchFormTarget } from '../../../lib/urls.ts';
import { DateFilter } from './date-filter.tsx';
import { OrganisationFacet } from './organisation-facet.tsx';
import { SearchBox } from './search-box.tsx';
import { SelectFacet } from './select-facet.tsx';
import { SpeakerFacet } from './speaker-facet.tsx';
import { RetryButton } from '../../../components/retry-button.tsx';

/** The width at which the filters sit beside the results (keep in step with app.css). */
const WIDE_LAYOUT = '(min-width: 60rem)';

function activeCount(filters: Filters): number {
  return (
    (filters.from ? 1 : 0) +
    (filters.to ? 1 : 0) +
    filters.orgs.length +
    (filters.source ? 1 : 0) +
    (filters.speaker ? 1 : 0)
  );
}

export interface FilterPanelProps {
  filters: Filters;
  searchLabel: string;
  newest: string | null;
  oldest: string | null;
  /** Undefined while the counts are first being worked out. */
  organisationRows: readonly FacetCount[] | undefined;
  sourceRows: readonly FacetCount[] | undefined;
  /** The speaker facet (null: none; undefined while counting). */
  speakerRows: readonly FacetCount[] | null | undefined;
  /** Counts for the current filters are still being worked out. */
  pending: boolean;
  /** Given when the counts could not be loaded (the rows stay undefined): asks for them again. */
  onRetryCounts?: (() => void) | null;
  /** The chosen source's and speaker's names (strings, so a page change leaves the panel alone). */
  sourceName: string | undefined;
  speakerName: string | undefined;
  /** A change to the filters (applied to those the URL holds by then). */
  onChange: (change: Partial<Filters>, update: FilterUpdate) => void;
  /** Loads the results of a change the reader is about to make (a search being typed), unshown. */
  onReadAhead?: (change: Partial<Filters>) => void;
  /** This list's URL for other filters (the speaker facet's rows are links). */
  hrefFor: (filters: Filters) => string;
}

/**
 * Every filter of a list view. Typing replaces the history entry; each discrete choice pushes one.
 * Memoised: turning a page changes none of its props, so only the results re-render.
 */
export const FilterPanel = memo(function FilterPanel({
  filters,
  searchLabel,
  newest,
  oldest,
  organisationRows,
  sourceRows,
  speakerRows,
  pending,
  onRetryCounts,
  sourceName,
  speakerName,
  onChange,
  onReadAhead,
  hrefFor,
}: FilterPanelProps) {
  // On narrow screens the facets fold away behind a summary so the results are not pushed a whole
  // screen down; the search box stays out.
  const wide = useMediaQuery(WIDE_LAYOUT, true);
  const [expanded, setExpanded] = useState(false);
  const active = activeCount(filters);
  // The list's URL without the query: the search form's path and hidden fields (for a submit the
  // script does not handle). The order is kept too, as a search typed here keeps it.
  const form = searchFormTarget(hrefFor({ ...filters, q: '' }), filters.sort);
  const action = useHref(form.path);
  return (
    <section className="filter-panel" aria-labelledby="filters-heading">
      {/* Focusable: focus goes to it from the counts' Try again (`RetryButton`). */}
      <h2 id="filters-heading" tabIndex={-1}>
        Filters
      </h2>
      <SearchBox
        value={filters.q}
        label={searchLabel}
        action={action}
        kept={form.fields}
        // The first search pushes, so Back returns to the list before searching; refining replaces.
        onSearch={(q) => {
          onChange({ q }, 'search');
        }}
        onReadAhead={(q) => {
          onReadAhead?.({ q });
        }}
      />
      <details
        className="more-filters"
        open={wide || expanded}
        // A pre-rendered page cannot know the screen's width and has the filters open; on a narrow
        // screen app.css keeps them folded until the reader opens them (this mark), so nothing moves
        // when the app takes over and closes them.
        data-expanded={expanded || undefined}
        onToggle={(event) => {
          // Only a change the reader made. Taking over a pre-rendered page on a narrow screen
          // closes the details, which fires `toggle` too: an update there, even to the same value,
          // is a discrete (synchronous) one in the middle of the takeover.
          const open = event.currentTarget.open;
          if (!wide && open !== expanded) setExpanded(open);
        }}
      >
        <summary>
          {speakerRows === null
            ? 'Date, organisation and source filters'
            : 'Date, organisation, source and speaker filters'}
          {active > 0 ? ` (${active} active)` : ''}
        </summary>
        <DateFilter
          range={{ from: filters.from, to: filters.to }}
          newest={newest}
          oldest={oldest}
          onChange={(range) => {
            onChange(range, 'push');
          }}
        />
        {pending && <p className="hint facet-pending">Counting results for each filter…</p>}
        <div aria-live="polite">
          {onRetryCounts && !pending && (
            <p className="hint facet-failed">
              The counts for these filters could not be loaded, so the organisations, sources and speakers to
              choose from cannot be listed.{' '}
              <RetryButton
                onRetry={onRetryCounts}
                focusAfter={() => document.getElementById('filters-heading')}
              />
            </p>
          )}
        </div>
        <OrganisationFacet
          rows={organisationRows}
          failed={Boolean(onRetryCounts)}
          selected={filters.orgs}
          onChange={(orgs) => {
            onChange({ orgs }, 'push');
          }}
        />
        <SelectFacet
          label="Source"
          allLabel="All sources"
          rows={sourceRows}
          selected={filters.source}
          selectedName={sourceName}
          onChange={(source) => {
            onChange({ source }, 'push');
          }}
        />
        {speakerRows !== null && (
          <SpeakerFacet
            rows={speakerRows}
            failed={Boolean(onRetryCounts)}
            selected={filters.speaker}
            selectedName={speakerName}
            hrefFor={(speaker) => hrefFor({ ...filters, speaker })}
          />
        )}
      </details>
    </section>
  );
});
