/** A problem found in one input file, located by 1-based line (0: the file as a whole). */
export interface Diagnostic {
  file: string;
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

/**
 * Characters that must not reach a terminal or a log as they are: C0 and C1 controls (ESC starts
 * the escape sequences that move the cursor, recolour or retitle a terminal), DEL, the line and
 * paragraph separators, and the bidirectional controls and marks that reorder the rest of a line.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every unsafe character written as a `\uXXXX` escape, for terminals and logs. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `file:line: error: message` (`file: error: message` for the file as a whole), the shape editors and terminals link to; seed text in it is escaped. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${escapeControls(d.file)}:${d.line}` : escapeControls(d.file);
  return `${where}: ${d.severity}: ${escapeControls(d.message)}`;
}
