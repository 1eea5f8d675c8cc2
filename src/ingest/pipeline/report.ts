/** Human-readable ingest report for terminals: counts first, then every rejected file and warning (seed text escaped). */
import { escapeControls, formatDiagnostic } from '../seed/diagnostics.ts';
import type { IngestReport } from './ingest-corpus.ts';

export function formatReport(report: IngestReport): string {
  const lines = [
    `ingest: read ${report.filesRead} file${report.filesRead === 1 ? '' : 's'}, built ${report.articlesBuilt} article${report.articlesBuilt === 1 ? '' : 's'}` +
      ` (${report.fromCache} unchanged from cache, ${report.articlesWritten} written) in ${(report.ms / 1000).toFixed(2)} s;` +
      ` ${report.rejected.length} rejected, ${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}`,
  ];
  for (const m of report.missing) lines.push(`${escapeControls(m)}: error: no such file or folder`);
  for (const r of report.rejected) for (const d of r.diagnostics) lines.push(formatDiagnostic(d));
  for (const w of report.warnings) lines.push(formatDiagnostic(w));
  return lines.join('\n');
}

/** Diagnostics of any kind: with `--strict` these fail the build. */
export function diagnosticCount(report: IngestReport): number {
  return report.missing.length + report.rejected.length + report.warnings.length;
}
