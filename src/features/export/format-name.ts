import type { ExportFormat } from '../../lib/export/export-file.ts';

/** "CSV", "JSON". */
export function formatName(format: ExportFormat): string {
  return format.toUpperCase();
}
