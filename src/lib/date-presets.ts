import { addDays, addMonths } from './dates.ts';

/**
 * Date presets count back from the newest article rather than from today: the corpora are
 * historical, so "last 7 days" of the calendar would usually be empty.
 */
export const DATE_PRESETS = [
  { id: 'last-7-days', label: 'Last 7 days' },
  { id: 'last-30-days', label: 'Last 30 days' },
  { id: 'last-12-months', label: 'Last 12 months' },
  { id: 'all', label: 'All dates' },
] as const;
export type DatePresetId = (typeof DATE_PRESETS)[number]['id'];

export interface DateRange {
  from: string | null;
  to: string | null;
}

/** The inclusive range a preset stands for, ending on the newest article's date. */
export function presetRange(preset: DatePresetId, newest: string | null): DateRange {
  if (preset === 'all' || newest === null) return { from: null, to: null };
  switch (preset) {
    case 'last-7-days':
      return { from: addDays(newest, -6), to: null };
    case 'last-30-days':
      return { from: addDays(newest, -29), to: null };
    case 'last-12-months':
      return { from: addDays(addMonths(newest, -12), 1), to: null };
  }
}

/** Which preset the current range equals, so its button can show as pressed. */
export function activePreset(range: DateRange, newest: string | null): DatePresetId | null {
  for (const { id } of DATE_PRESETS) {
    const candidate = presetRange(id, newest);
    if (candidate.from === range.from && candidate.to === range.to) return id;
  }
  return null;
}
