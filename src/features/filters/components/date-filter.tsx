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
  // A date typed into the field: Chromium reports each digit of the year as it comes (0002-03-15,
  // 0020-03-15, 0201-03-15, 2010-03-15). Those years are shown, not sent: each had pushed a history
  // entry and loaded a list, and Back then walked through years 2, 20 and 201.
  const partYear = (date: string | null) => date !== null && date < '1000';
  const type = (end: 'from' | 'to', value: string) => {
    if (value !== '' && !isIsoDate(value)) return;
    const next = { ...range, [end]: value || null };
    if (partYear(next[end])) {
      setPendingRange(`${next.from ?? ''}/${next.to ?? ''}`);
      return;
    }
    // The other field left half typed is not sent either: the URL keeps its date there.
    const other = end === 'from' ? 'to' : 'from';
    if (partYear(next[other])) next[other] = committedRange[other];
    onChange(next);
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
              type('from', event.target.value);
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
              type('to', event.target.value);
            }}
          />
        </label>
      </div>
    </fieldset>
  );
}
