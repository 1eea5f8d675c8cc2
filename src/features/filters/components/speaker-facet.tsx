import { useState } from 'react';
import { LightLink } from '../../../components/light-link.tsx';
import type { FacetRow as FacetCount } from '../../../contract/views.ts';
import { findByName } from '../../../lib/name-match.ts';
import { FacetRowText } from './facet-row.tsx';
import { FacetFinderInput, FacetRows, useFacetFinder } from './facet-rows.tsx';

/**
 * The speaker facet: one speaker at a time, as links (a corpus can quote tens of thousands of
 * people, so this is a finder and a list that renders what is in view, not a select holding every
 * name). The chosen speaker stays at the top, marked as current; "All speakers" drops the choice.
 */
export function SpeakerFacet({
  rows: givenRows,
  failed = false,
  selected,
  selectedName,
  hrefFor,
}: {
  /** Undefined while the counts are first being worked out (or when they could not be: `failed`). */
  rows: readonly FacetCount[] | undefined;
  failed?: boolean;
  selected: string | null;
  /** The chosen speaker's name, shown while the rows are being counted. */
  selectedName: string | undefined;
  /** The list's URL with this speaker chosen (null: none). */
  hrefFor: (speaker: string | null) => string;
}) {
  const [filter, setFilter] = useState('');
  const rows = givenRows ?? [];
  // Names match as organisations' do (every word typed starts a word of the name; initials).
  const finder = useFacetFinder(rows, filter, (all, typed) => findByName(all, typed), selected);
  const chosen =
    selected === null
      ? null
      : (rows.find((row) => row.slug === selected) ?? {
          slug: selected,
          name: selectedName ?? selected,
          count: 0,
        });
  const listed = chosen
    ? [chosen, ...finder.visible.filter((row) => row.slug !== chosen.slug)]
    : finder.visible;

  return (
    <fieldset className="filter-group speaker-facet">
      <legend>Speakers</legend>
      {finder.searchable && <FacetFinderInput label="Find a speaker" value={filter} onChange={setFilter} />}
      <p className="facet-all">
        <LightLink
          to={hrefFor(null)}
          aria-current={selected === null ? 'true' : undefined}
          // A filter changed, as the other facets change theirs: the page stays where the reader is.
          preventScrollReset
        >
          All speakers
        </LightLink>
      </p>
      {givenRows === undefined ? (
        <p className="hint">
          {failed ? 'Speakers not counted.' : 'Counting speakers…'}
          {selectedName !== undefined && (
            <>
              {' '}
              Chosen: <bdi>{selectedName}</bdi>.
            </>
          )}
        </p>
      ) : (
        <>
          {rows.length === 0 && <p className="hint">No quoted speakers in these results.</p>}
          {rows.length > 0 && finder.matching.length === 0 && (
            <p className="hint">No speaker matches “{filter}”.</p>
          )}
          {listed.length > 0 && (
            <FacetRows
              rows={listed}
              revealRef={finder.reveal}
              renderRow={(row) => (
                <LightLink
                  className="facet-link"
                  to={hrefFor(row.slug)}
                  aria-current={row.slug === selected ? 'true' : undefined}
                  preventScrollReset
                >
                  <FacetRowText row={row} />
                </LightLink>
              )}
            />
          )}
        </>
      )}
      {finder.toggle}
    </fieldset>
  );
}
