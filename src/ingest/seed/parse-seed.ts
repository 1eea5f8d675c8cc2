/**
 * Parses one seed file: `date YYYY-MM-DD Source/ first paragraph…`, further paragraphs separated
 * by blank lines. Pure: bytes in, a parsed seed or diagnostics out.
 */
import { createHash } from 'node:crypto';
import { articleIdSchema } from '../../contract/schema.ts';
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

/**
 * Longest article id kept as it is. `articles/<id>.json` must fit every file system's limit on a
 * name (255 bytes on most, 143 under eCryptfs); ids are ASCII, so 120 characters leave room.
 */
export const MAX_ID_LENGTH = 120;
/** Hex digits of the hash that keeps shortened ids apart. */
const ID_HASH_LENGTH = 16;

/**
 * The article id a file name yields: its base name without `.txt`, made URL-safe. An id longer
 * than `MAX_ID_LENGTH` keeps its first characters and ends in a hash of the whole base name, so
 * it is stable and still unique; shorter ids are exactly what they always were (URLs are public).
 */
export function idFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.txt$/i, '');
  const safe = base
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '');
  if (safe.length <= MAX_ID_LENGTH) return safe;
  const hash = createHash('sha256').update(base).digest('hex').slice(0, ID_HASH_LENGTH);
  const head = safe.slice(0, MAX_ID_LENGTH - ID_HASH_LENGTH - 1).replace(/[-.]+$/, '');
  return `${head}-${hash}`;
}

/** Days in month `month` (1–12) of year `year` in the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True when `date` is a real calendar day of the years 0001–9999 (rejects 2024-02-30 and year
 * 0000). Plain arithmetic: `Date.UTC` would read years 0–99 as 1900–1999.
 */
export function isCalendarDate(date: string): boolean {
  const m = DATE_VALUE.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
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
  if (date.startsWith('0000'))
    return fail(lineNo, `impossible date ${date}: years run from 0001 to 9999 (there is no year 0000)`);
  if (!isCalendarDate(date)) return fail(lineNo, `impossible date ${date}: no such day in the calendar`);
  const slash = afterDate.indexOf('/');
  if (slash < 0)
    return fail(lineNo, 'no source: expected `Source/` after the date (the source name ends with a slash)');
  const rawSource = afterDate.slice(0, slash).trim();
  const source = dropUnpairedBidi(rawSource).trim();
  if (!source) return fail(lineNo, 'no source: the source name before `/` is empty');
  if (!hasVisibleText(source))
    return fail(lineNo, 'no source: the source name before `/` has no visible characters');
  const rest = afterDate.slice(slash + 1);

  const paragraphs: string[] = [];
  const paragraphLines: number[] = [];
  let current: string[] = [];
  let currentLine = lineNo;
  let invisible = 0;
  let bidi = rawSource.length - source.length;
  const flush = (): void => {
    // Unpaired bidirectional controls are dropped here, before any offset into the text exists,
    // so quote and mention offsets point into the text as stored.
    const raw = current.join(' ').replace(SPACE_RUN, ' ').trim();
    const paired = dropUnpairedBidi(raw);
    bidi += raw.length - paired.length;
    const joined = paired === raw ? raw : paired.replace(SPACE_RUN, ' ').trim();
    if (joined && !hasVisibleText(joined)) invisible++;
    else if (joined) {
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
  if (paragraphs.length === 0 && invisible > 0)
    return fail(
      lineNo,
      'no visible text: the body holds only invisible characters (zero-width, format or control characters, spaces)',
    );
  if (paragraphs.length === 0) return fail(lineNo, 'empty body: the article has a date line but no text');
  if (invisible > 0)
    warnings.push({
      file,
      line: lineNo,
      severity: 'warning',
      message: `${invisible} paragraph${invisible === 1 ? '' : 's'} without visible text left out`,
    });
  if (bidi > 0)
    warnings.push({
      file,
      line: lineNo,
      severity: 'warning',
      message: `${bidi} unpaired bidirectional control character${bidi === 1 ? '' : 's'} (U+202A–U+202E, U+2066–U+2069) removed`,
    });

  const id = idFromFileName(file);
  if (!articleIdSchema.safeParse(id).success) {
    return fail(1, `file name "${file}" yields no usable id (it needs at least one letter or digit)`);
  }
  const base = file.replace(/^.*[\\/]/, '').replace(/\.txt$/i, '');
  if (id !== base) {
    const long = base.length > MAX_ID_LENGTH && !/[^A-Za-z0-9_.-]/.test(base);
    warnings.push({
      file,
      line: 1,
      severity: 'warning',
      message: long
        ? `file name is longer than ${MAX_ID_LENGTH} characters; the article id is shortened to "${id}"`
        : `file name is not URL-safe; the article id is "${id}"`,
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

/**
 * A character a reader can see: anything but white space, controls, format characters (zero-width
 * spaces and joiners, bidirectional marks, the BOM), other default-ignorable characters
 * (variation selectors, fillers) and combining marks, which show nothing without a base.
 */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{M}]/u;

/** Does `text` have at least one character a reader can see? */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}

/**
 * Drops bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that are
 * not closed or not opened within `text`: an unclosed override reverses everything after it where
 * the text is shown (a terminal, a log, an excerpt cut short). Pairs are kept: they are how
 * right-to-left text is written. Pairing as in UAX #9: PDF closes the latest embedding or
 * override, PDI the latest isolate and whatever was opened inside it.
 */
export function dropUnpairedBidi(text: string): string {
  if (!BIDI_CONTROL.test(text)) return text;
  const keep = new Array<boolean>(text.length).fill(true);
  const open: { at: number; isolate: boolean }[] = [];
  /** Indices into `open` of the isolates in it. */
  const isolates: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x202a && c <= 0x202b) || (c >= 0x202d && c <= 0x202e)) open.push({ at: i, isolate: false });
    else if (c >= 0x2066 && c <= 0x2068) {
      isolates.push(open.length);
      open.push({ at: i, isolate: true });
    } else if (c === 0x202c) {
      // PDF closes the latest embedding, but not across an isolate opened after it.
      if (open.length > 0 && !open[open.length - 1]!.isolate) open.pop();
      else keep[i] = false;
    } else if (c === 0x2069) {
      // PDI closes the latest isolate; embeddings left open inside it count as unpaired.
      const k = isolates.pop();
      if (k === undefined) keep[i] = false;
      else for (const o of open.splice(k)) if (!o.isolate) keep[o.at] = false;
    }
  }
  for (const o of open) keep[o.at] = false;
  let out = '';
  for (let i = 0; i < text.length; i++) if (keep[i]) out += text[i]!;
  return out;
}

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * White space to make one space of: what `/\s+/g` → ' ' changes, without replacing every single
 * space by itself (a run of two or more, or one white-space character that is not a space).
 */
const SPACE_RUN = /\s{2,}|[^\S ]/g;

function clip(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
