import type { ExportFormat, ExportProgress } from '../../lib/export/export-file.ts';
import { formatCount, formatCountOf } from '../../lib/numbers.ts';

/** "CSV", "JSON". */
export function formatName(format: ExportFormat): string {
  return format.toUpperCase();
}

/**
 * A download's progress in words, for its bar's `aria-valuetext`: "1,234 of 5,000 articles". The
 * visible count beside the bar is `aria-hidden` (the live region is not read each page), and a bar's
 * bare value is read as a percentage; the bar's own text is read when the reader comes to it, and
 * changing it is not announced (Leftovers 12, decision 010).
 */
export function progressWords(progress: ExportProgress, noun: { one: string; many: string }): string {
  return `${formatCount(progress.done)} of ${formatCountOf(progress.total, noun)}`;
}
