import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  decodeSeed,
  idFromFileName,
  isCalendarDate,
  parseSeed,
  parseSeedText,
} from '../../src/ingest/seed/parse-seed.ts';
import type { Diagnostic } from '../../src/ingest/seed/diagnostics.ts';
import { formatDiagnostic } from '../../src/ingest/seed/diagnostics.ts';

const FILE = 'seeds/case.txt';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

function errorsOf(input: Uint8Array, file = FILE): Diagnostic[] {
  const result = parseSeed(input, file);
  if (result.ok) throw new Error(`expected a rejection, got an article: ${JSON.stringify(result.seed)}`);
  return result.diagnostics;
}

describe('malformed seeds are rejected with the file, the 1-based line and a reason', () => {
  const cases: { name: string; input: Uint8Array; line: number; reason: RegExp }[] = [
    { name: 'no date line', input: utf8('Shafaq News/ NATO met Iraq.\n'), line: 1, reason: /^no date line/ },
    {
      name: 'no date line after blank lines',
      input: utf8('\n\n   \nJust some text.\n'),
      line: 4,
      reason: /^no date line.*"Just some text\."/,
    },
    {
      name: '"Date" is not "date"',
      input: utf8('Date 2024-01-01 Src/ Text.\n'),
      line: 1,
      reason: /^no date line/,
    },
    {
      name: 'malformed date 2024-8-28',
      input: utf8('date 2024-8-28 Shafaq News/ Text.\n'),
      line: 1,
      reason: /^malformed date "2024-8-28": expected YYYY-MM-DD/,
    },
    {
      name: 'malformed date 28/08/2024',
      input: utf8('date 28/08/2024 Src/ Text.\n'),
      line: 1,
      reason: /^malformed date/,
    },
    {
      name: 'impossible date 2024-02-30',
      input: utf8('date 2024-02-30 Src/ Text.\n'),
      line: 1,
      reason: /^impossible date 2024-02-30/,
    },
    {
      name: 'impossible date 2023-02-29 (not a leap year)',
      input: utf8('date 2023-02-29 Src/ Text.\n'),
      line: 1,
      reason: /^impossible date 2023-02-29/,
    },
    {
      name: 'impossible date 2024-13-01',
      input: utf8('date 2024-13-01 Src/ Text.\n'),
      line: 1,
      reason: /^impossible date 2024-13-01/,
    },
    {
      name: 'impossible date on a date line preceded by blank lines',
      input: utf8('\r\n\r\n\r\ndate 2024-04-31 Src/ Text.\r\n'),
      line: 4,
      reason: /^impossible date 2024-04-31/,
    },
    {
      name: 'no source (no slash)',
      input: utf8('date 2024-01-01 Shafaq News text without a slash\n'),
      line: 1,
      reason: /^no source: expected `Source\/`/,
    },
    {
      name: 'no source, date only',
      input: utf8('date 2024-01-01\n\nText.\n'),
      line: 1,
      reason: /^no source/,
    },
    {
      name: 'empty source',
      input: utf8('date 2024-01-01 / text\n'),
      line: 1,
      reason: /^no source: the source name before `\/` is empty/,
    },
    {
      name: 'empty source on line 3',
      input: utf8('\n\ndate 2024-01-01   / text\n'),
      line: 3,
      reason: /source name before `\/` is empty/,
    },
    {
      name: 'empty body: date line only',
      input: utf8('date 2024-01-01 Src/'),
      line: 1,
      reason: /^empty body/,
    },
    {
      name: 'empty body: date line and blank lines',
      input: utf8('\ndate 2024-01-01 Src/   \n\n  \n\t\n'),
      line: 2,
      reason: /^empty body/,
    },
    { name: 'empty file', input: new Uint8Array(0), line: 1, reason: /^empty file/ },
    { name: 'whitespace-only file', input: utf8(' \n\t\r\n  \n'), line: 1, reason: /^empty file/ },
    { name: 'BOM only', input: bytes([0xef, 0xbb, 0xbf]), line: 1, reason: /^empty file/ },
    {
      name: 'not UTF-8: invalid byte on line 1',
      input: bytes('date 2024-01-01 Src/ caf', [0xe9], ' au lait.\n'),
      line: 1,
      reason: /^not UTF-8 text: invalid byte sequence at byte 25$/,
    },
    {
      name: 'not UTF-8: Latin-1 text on line 3 (the diagnostic points at the bad line)',
      input: bytes('date 2024-01-01 Src/ First.\n\nSecond caf', [0xe9], '.\n'),
      line: 3,
      reason: /^not UTF-8 text: invalid byte sequence/,
    },
    {
      name: 'not UTF-8: overlong encoding of "/"',
      input: bytes('date 2024-01-01 Src', [0xc0, 0xaf], ' Text.\n'),
      line: 1,
      reason: /^not UTF-8 text: invalid byte sequence at byte 20$/,
    },
    {
      name: 'not UTF-8: truncated sequence at the end',
      input: bytes('date 2024-01-01 Src/ Text ', [0xe2, 0x80]),
      line: 1,
      reason: /^not UTF-8 text: invalid byte sequence/,
    },
    {
      name: 'not UTF-8: UTF-16 LE with BOM',
      input: Uint8Array.from([0xff, 0xfe, ...Buffer.from('date 2024-01-01 Src/ Text.', 'utf16le')]),
      line: 1,
      reason: /^not UTF-8 text: the file starts with a UTF-16 byte order mark$/,
    },
    {
      name: 'not UTF-8: UTF-16 BE with BOM',
      input: Uint8Array.from([0xfe, 0xff, ...Buffer.from('date 2024-01-01 Src/ Text.', 'utf16le').swap16()]),
      line: 1,
      reason: /UTF-16 byte order mark/,
    },
    {
      name: 'not UTF-8: UTF-16 LE without a BOM',
      input: Uint8Array.from(Buffer.from('date 2024-01-01 Src/ Text.', 'utf16le')),
      line: 1,
      reason: /^not UTF-8 text: the file contains NUL bytes/,
    },
    {
      name: 'not UTF-8: NUL bytes on line 2',
      input: bytes('date 2024-01-01 Src/ Text.\nmore', [0x00], 'text\n'),
      line: 2,
      reason: /^not UTF-8 text: the file contains NUL bytes/,
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const errors = errorsOf(c.input);
      expect(errors).toHaveLength(1);
      const [error] = errors;
      expect(error?.file).toBe(FILE);
      expect(error?.severity).toBe('error');
      expect(error?.line).toBe(c.line);
      expect(error?.message).toMatch(c.reason);
    });
  }
});

test('a diagnostic prints as file:line: error: message', () => {
  const [error] = errorsOf(utf8('\n\ndate 2024-02-30 Src/ Text.\n'), 'seeds/bad.txt');
  expect(error && formatDiagnostic(error)).toBe(
    'seeds/bad.txt:3: error: impossible date 2024-02-30: no such day in the calendar',
  );
});

describe('accepted variants parse to the same date, source and paragraphs', () => {
  const plain = {
    date: '2024-08-28',
    source: 'Shafaq News',
    paragraphs: ['First paragraph.', 'Second one.'],
  };
  const cases: { name: string; input: Uint8Array; expected?: typeof plain }[] = [
    {
      name: 'plain LF with final newline',
      input: utf8('date 2024-08-28 Shafaq News/ First paragraph.\n\nSecond one.\n'),
    },
    { name: 'no final newline', input: utf8('date 2024-08-28 Shafaq News/ First paragraph.\n\nSecond one.') },
    {
      name: 'UTF-8 BOM',
      input: bytes([0xef, 0xbb, 0xbf], 'date 2024-08-28 Shafaq News/ First paragraph.\n\nSecond one.\n'),
    },
    { name: 'CRLF', input: utf8('date 2024-08-28 Shafaq News/ First paragraph.\r\n\r\nSecond one.\r\n') },
    { name: 'lone CR', input: utf8('date 2024-08-28 Shafaq News/ First paragraph.\r\rSecond one.\r') },
    {
      name: 'trailing spaces and tabs',
      input: utf8('date 2024-08-28 Shafaq News/ First paragraph.   \n \t\nSecond one.\t \n'),
    },
    {
      name: 'several blank lines between paragraphs',
      input: utf8('date 2024-08-28 Shafaq News/ First paragraph.\n\n\n\n\nSecond one.\n\n\n'),
    },
    {
      name: 'no space after the slash',
      input: utf8('date 2024-08-28 Shafaq News/First paragraph.\n\nSecond one.\n'),
    },
    {
      name: 'spaces around the source name',
      input: utf8('date   2024-08-28   Shafaq News  /   First paragraph.\n\nSecond one.\n'),
    },
    {
      name: 'leading whitespace before `date`, as in the original seed',
      input: utf8(' date 2024-08-28 Shafaq News/ First paragraph.\n\nSecond one.\n'),
    },
    {
      name: 'blank lines and indentation before the date line',
      input: utf8('\n\n\t  date 2024-08-28 Shafaq News/ First paragraph.\n\nSecond one.\n'),
    },
    {
      name: 'first paragraph on the line after the date line',
      input: utf8('date 2024-08-28 Shafaq News/\nFirst paragraph.\n\nSecond one.\n'),
    },
    {
      name: 'first paragraph after a blank line following the date line',
      input: utf8('date 2024-08-28 Shafaq News/\n\nFirst paragraph.\n\nSecond one.\n'),
    },
    {
      name: 'soft-wrapped lines inside a paragraph are joined by one space',
      input: utf8('date 2024-08-28 Shafaq News/ First\nparagraph.\n\nSecond\r\n   one.\n'),
    },
    {
      name: 'runs of spaces inside a paragraph collapse',
      input: utf8('date 2024-08-28 Shafaq News/ First   paragraph.\n\nSecond\t\tone.\n'),
    },
    {
      name: 'BOM, CRLF, leading space and no final newline together',
      input: bytes(
        [0xef, 0xbb, 0xbf],
        '  date 2024-08-28 Shafaq News/First paragraph.  \r\n\r\n\r\nSecond one.',
      ),
    },
    {
      name: 'a leap day',
      input: utf8('date 2024-02-29 Rudaw/ Text.\n'),
      expected: { date: '2024-02-29', source: 'Rudaw', paragraphs: ['Text.'] },
    },
    {
      name: 'Arabic source and text',
      input: utf8('date 2024-03-01 شفق نيوز/ نص الخبر.\n\nفقرة ثانية.\n'),
      expected: { date: '2024-03-01', source: 'شفق نيوز', paragraphs: ['نص الخبر.', 'فقرة ثانية.'] },
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const result = parseSeed(c.input, 'seeds/000_ec231f94e2293af6.txt');
      if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
      const { date, source, paragraphs } = result.seed;
      expect({ date, source, paragraphs }).toEqual(c.expected ?? plain);
      expect(result.seed.id).toBe('000_ec231f94e2293af6');
      expect(result.warnings).toEqual([]);
    });
  }
});

test('paragraphLines gives the 1-based line each paragraph starts on', () => {
  const result = parseSeedText('\ndate 2024-01-01 Src/\nOne\nwrapped.\n\n\nTwo.\n\nThree\n', 'x.txt');
  expect(result.ok && result.seed.paragraphs).toEqual(['One wrapped.', 'Two.', 'Three']);
  expect(result.ok && result.seed.paragraphLines).toEqual([3, 7, 9]);
});

test('the original seed parses completely', () => {
  const path = join(import.meta.dirname, '../../seeds/000_ec231f94e2293af6.txt');
  const result = parseSeed(readFileSync(path), path);
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  expect(result.warnings).toEqual([]);
  expect(result.seed.id).toBe('000_ec231f94e2293af6');
  expect(result.seed.file).toBe('000_ec231f94e2293af6.txt');
  expect(result.seed.date).toBe('2024-08-28');
  expect(result.seed.source).toBe('Shafaq News');
  expect(result.seed.paragraphs[0]).toBe(
    'On Wednesday, NATO and Iraq initiated a new phase in their longstanding partnership by launching a high-level political dialogue.',
  );
  expect(result.seed.paragraphs.every((p) => p === p.trim() && !/\s{2}|\n/.test(p))).toBe(true);
});

test('every article of the shared Wikinews corpus parses without diagnostics, with the date its index gives', () => {
  const dir = '/work/shared/corpus/wikinews';
  const index = readFileSync(join(dir, 'index.tsv'), 'utf8').trim().split('\n').slice(1);
  const dates = new Map(index.map((row) => [row.split('\t')[0] ?? '', row.split('\t')[1] ?? '']));
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  expect(files.length).toBe(dates.size);
  expect(files.length).toBeGreaterThan(300);
  const problems: string[] = [];
  for (const f of files) {
    const result = parseSeed(readFileSync(join(dir, f)), f);
    if (!result.ok) problems.push(...result.diagnostics.map(formatDiagnostic));
    else if (result.warnings.length > 0) problems.push(...result.warnings.map(formatDiagnostic));
    else if (result.seed.date !== dates.get(f))
      problems.push(`${f}: date ${result.seed.date}, index says ${dates.get(f)}`);
    else if (result.seed.source !== 'Wikinews') problems.push(`${f}: source ${result.seed.source}`);
  }
  expect(problems).toEqual([]);
});

describe('the id comes from the file name', () => {
  const cases: [file: string, id: string][] = [
    ['000_ec231f94e2293af6.txt', '000_ec231f94e2293af6'],
    ['seeds/000_ec231f94e2293af6.txt', '000_ec231f94e2293af6'],
    ['C:\\seeds\\wn-0001.txt', 'wn-0001'],
    ['report.2024.TXT', 'report.2024'],
    ['my article (draft).txt', 'my-article-draft'],
    ['Café Crème.txt', 'Cafe-Creme'],
    ['__init__.txt', 'init__'],
    ['???.txt', ''],
    ['بيان.txt', ''],
  ];
  for (const [file, id] of cases) {
    test(`${file} → "${id}"`, () => {
      expect(idFromFileName(file)).toBe(id);
    });
  }
});

test('a URL-safe file name gives its id without a warning', () => {
  const result = parseSeed(utf8('date 2024-01-01 Src/ Text.\n'), 'in/000_ec231f94e2293af6.txt');
  expect(result.ok && result.seed.id).toBe('000_ec231f94e2293af6');
  expect(result.ok && result.warnings).toEqual([]);
});

test('a URL-unsafe file name is made safe, with a warning naming the file and the new id', () => {
  const result = parseSeed(utf8('date 2024-01-01 Src/ Text.\n'), 'in/Café news #1.txt');
  if (!result.ok) throw new Error('expected an article');
  expect(result.seed.id).toBe('Cafe-news-1');
  expect(result.seed.file).toBe('Café news #1.txt');
  expect(result.warnings).toEqual([
    {
      file: 'in/Café news #1.txt',
      line: 1,
      severity: 'warning',
      message: 'file name is not URL-safe; the article id is "Cafe-news-1"',
    },
  ]);
});

test('a file name with no usable characters is rejected', () => {
  const errors = errorsOf(utf8('date 2024-01-01 Src/ Text.\n'), 'in/بيان.txt');
  expect(errors).toEqual([
    {
      file: 'in/بيان.txt',
      line: 1,
      severity: 'error',
      message: 'file name "in/بيان.txt" yields no usable id (it needs at least one letter or digit)',
    },
  ]);
});

test('isCalendarDate knows leap years and month lengths', () => {
  expect(['2024-02-29', '2000-02-29', '2023-12-31', '2024-04-30'].map(isCalendarDate)).toEqual([
    true,
    true,
    true,
    true,
  ]);
  expect(
    ['2023-02-29', '1900-02-29', '2024-04-31', '2024-00-10', '2024-01-00', '2024-1-1'].map(isCalendarDate),
  ).toEqual([false, false, false, false, false, false]);
});

test('decodeSeed drops a UTF-8 BOM and keeps everything else', () => {
  expect(decodeSeed(bytes([0xef, 0xbb, 0xbf], 'date é'))).toEqual({ text: 'date é' });
});
