import type { DatePresetId, DateRange } from '../../../lib/date-presets.ts';
import { DATE_PRESETS, activePreset, presetRange } from '../../../lib/date-presets.ts';
import { isIsoDate } from '../../../lib/dates.ts';
import { TimeStamp } from '../../../components/time-stamp.tsx';
import { usePendingValue } from '../../../components/use-pending-value.ts';

export function DateFilter({
  range: committedRange,
  newest,
  oldest,
  onChange: commit,
}: {
  range: DateRange;
  newest: string | null;
  oldest: string | null;
  onChange: (range: DateRange) => void;
}) {
  // Compared by value: the URL's range is a fresh object on every render.
  const [pendingRange, setPendingRange] = usePendingValue(
    `${committedRange.from ?? ''}/${committedRange.to ?? ''}`,
  );
  const [from = '', to = ''] = pendingRange.split('/');
  const range: DateRange = { from: from || null, to: to || null };
  const onChange = (next: DateRange) => {
    setPendingRange(`${next.from ?? ''}/${next.to ?? ''}`);
    commit(next);
  };
  const active = activePreset(range, newest);
  const choose = (preset: DatePresetId) => {
    onChange(presetRange(preset, newest));
  };
  return (
    <fieldset className="filter-group date-filter">
      <legend>Date</legend>
      <div className="preset-buttons">
        {DATE_PRESETS.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            className="button chip-button"
            aria-pressed={active === id}
            onClick={() => {
              choose(id);
            }}
          >
            {label}
          </button>
        ))}
      </div>
      {newest !== null && (
        <p className="hint">
          Presets count back from the newest article, <TimeStamp date={newest} />.
        </p>
      )}
      <div className="date-inputs">
        <label>
          From
          <input
            type="date"
            value={range.from ?? ''}
            min={oldest ?? undefined}
            max={range.to ?? newest ?? undefined}
            onChange={(event) => {
              const value = event.target.value;
              if (value === '' || isIsoDate(value)) onChange({ ...range, from: value || null });
            }}
          />
        </label>
        <label>
          To
          <input
            type="date"
            value={range.to ?? ''}
            min={range.from ?? oldest ?? undefined}
            max={newest ?? undefined}
            onChange={(event) => {
              const value = event.target.value;
              if (value === '' || isIsoDate(value)) onChange({ ...range, to: value || null });
            }}
          />
        </label>
      </div>
    </fieldset>
  );
}
