/**
 * Parses one seed file: `date YYYY-MM-DD Source/ first paragraph…`, further paragraphs separated
 * by blank lines. Pure: bytes in, a parsed seed or diagnostics out.
 */
import { articleIdSchema } from '../contract/schema.ts';
import type { Diagnostic } from './diagnostics.ts';

export interface ParsedSeed {
  id: string;
  file: string;
  date: string;
  source: string;
  /** Paragraph texts, whitespace collapsed; soft line breaks inside a paragraph become spaces. */
  paragraphs: string[];
  /** 1-based line on which each paragraph starts, for diagnostics. */
  paragraphLines: number[];
}

export type SeedResult =
  { ok: true; seed: ParsedSeed; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

const DATE_LINE = /^date[ \t]+(\S+)(.*)$/;
const DATE_VALUE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The article id a file name yields: its base name without `.txt`, made URL-safe. */
export function idFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.txt$/i, '');
  const safe = base
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '');
  return safe;
}

/** True when `date` is a real calendar day (rejects 2024-02-30). */
export function isCalendarDate(date: string): boolean {
  const m = DATE_VALUE.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes seed bytes as UTF-8, or says why they are not UTF-8 text. */
export function decodeSeed(bytes: Uint8Array): { text: string } | { error: string; line: number } {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return { error: 'not UTF-8 text: the file starts with a UTF-16 byte order mark', line: 1 };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    return {
      error: 'not UTF-8 text: the file contains NUL bytes (binary data?)',
      line: lineOfByte(bytes, nul),
    };
  try {
    // TextDecoder drops a leading UTF-8 BOM itself (ignoreBOM: false).
    return { text: fatalUtf8.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8Byte(bytes);
    return { error: `not UTF-8 text: invalid byte sequence at byte ${at}`, line: lineOfByte(bytes, at - 1) };
  }
}

/** 1-based line holding byte `index`, so a diagnostic points at the bad byte, not at line 1. */
function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < bytes.length; i++) {
    // LF, lone CR and CRLF each end one line, as in parseSeedText.
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** 1-based offset of the first byte that breaks UTF-8 (lead byte, continuation, overlong or surrogate). */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else if (b >= 0x80) return i + 1;
    let cp = need === 0 ? b : b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i + 1;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i + 1;
    i += need + 1;
  }
  return bytes.length;
}

/** Parses seed text (already decoded) from file `file`. */
export function parseSeedText(text: string, file: string): SeedResult {
  const diagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const fail = (line: number, message: string): SeedResult => {
    diagnostics.push({ file, line, severity: 'error', message });
    return { ok: false, diagnostics };
  };

  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let first = 0;
  while (first < lines.length && (lines[first] ?? '').trim() === '') first++;
  if (first === lines.length)
    return fail(1, 'empty file: expected a first line `date YYYY-MM-DD Source/ text…`');

  const lineNo = first + 1;
  const header = (lines[first] ?? '').trim();
  const m = DATE_LINE.exec(header);
  if (!m) {
    return fail(
      lineNo,
      `no date line: expected the first line to start with \`date YYYY-MM-DD Source/\`, found "${clip(header)}"`,
    );
  }
  const [, date = '', afterDate = ''] = m;
  if (!DATE_VALUE.test(date)) return fail(lineNo, `malformed date "${clip(date)}": expected YYYY-MM-DD`);
  if (!isCalendarDate(date)) return fail(lineNo, `impossible date ${date}: no such day in the calendar`);
  const slash = afterDate.indexOf('/');
  if (slash < 0)
    return fail(lineNo, 'no source: expected `Source/` after the date (the source name ends with a slash)');
  const source = afterDate.slice(0, slash).trim();
  if (!source) return fail(lineNo, 'no source: the source name before `/` is empty');
  const rest = afterDate.slice(slash + 1);

  const paragraphs: string[] = [];
  const paragraphLines: number[] = [];
  let current: string[] = [];
  let currentLine = lineNo;
  const flush = (): void => {
    const joined = current.join(' ').replace(/\s+/g, ' ').trim();
    if (joined) {
      paragraphs.push(joined);
      paragraphLines.push(currentLine);
    }
    current = [];
  };
  if (rest.trim()) current.push(rest);
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (current.length === 0) currentLine = i + 1;
    current.push(line);
  }
  flush();
  if (paragraphs.length === 0) return fail(lineNo, 'empty body: the article has a date line but no text');

  const id = idFromFileName(file);
  if (!articleIdSchema.safeParse(id).success) {
    return fail(1, `file name "${file}" yields no usable id (it needs at least one letter or digit)`);
  }
  const base = file.replace(/^.*[\\/]/, '').replace(/\.txt$/i, '');
  if (id !== base) {
    warnings.push({
      file,
      line: 1,
      severity: 'warning',
      message: `file name is not URL-safe; the article id is "${id}"`,
    });
  }
  return {
    ok: true,
    seed: { id, file: file.replace(/^.*[\\/]/, ''), date, source, paragraphs, paragraphLines },
    warnings,
  };
}

/** Parses seed bytes: decoding, then `parseSeedText`. */
export function parseSeed(bytes: Uint8Array, file: string): SeedResult {
  const decoded = decodeSeed(bytes);
  if ('error' in decoded)
    return {
      ok: false,
      diagnostics: [{ file, line: decoded.line, severity: 'error', message: decoded.error }],
    };
  return parseSeedText(decoded.text, file);
}

function clip(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
