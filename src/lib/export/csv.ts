/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, a field holding a
 * comma, a double quote, CR or LF enclosed in double quotes with inner quotes doubled.
 *
 * Seed text is untrusted, and spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (or a
 * tab or carriage return before one) as a formula. Such a cell is written with a leading `'`, the
 * guard OWASP recommends ("CSV Injection"); a spreadsheet shows the text as typed.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, guarded against formula injection and quoted when RFC 4180 asks for it. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** One record, ending in CRLF. */
export function csvRecord(values: readonly (string | number | boolean | null)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
