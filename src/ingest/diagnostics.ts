/** A problem found in one input file, located by 1-based line. */
export interface Diagnostic {
  file: string;
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

/** `file:line: error: message`, the shape editors and terminals link to. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity}: ${d.message}`;
}
