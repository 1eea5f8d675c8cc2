/**
 * Watch mode holds the kept states (article pairs, quote analysis, view documents' keys) between
 * its builds instead of reading back what its last build wrote; a state file that changed since,
 * by another process or torn, is read again.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import {
  KeptStateMemory,
  readHeldFile,
  readKeptState,
  writeKeptState,
} from '../../src/ingest/corpus/kept-state.ts';
import { tempDir } from '../support/temp-dir.ts';

const FORMAT = 3;
const VERSION = 'code-1';

/** What a reader makes of a record: its list, split. */
const decode = (record: Record<string, unknown>) => ({ words: String(record.words).split(',') });

test('a state this process wrote is the value it held, not read and decoded again', () => {
  const path = join(tempDir('kept-memory-'), 'state.bin');
  const memory = new KeptStateMemory();
  const value = { words: ['a', 'b'] };
  writeKeptState(path, FORMAT, VERSION, { words: 'a,b' }, memory, value);
  const read = vi.fn(decode);
  expect(readKeptState(path, FORMAT, VERSION, read, memory)).toBe(value);
  expect(read).not.toHaveBeenCalled();
  // Without the memory (a new process), the same file decodes to the same thing.
  expect(readKeptState(path, FORMAT, VERSION, decode)).toEqual(value);
  // A state asked for in another format or by other code is not the one held.
  expect(readKeptState(path, FORMAT + 1, VERSION, read, memory)).toBeNull();
  expect(readKeptState(path, FORMAT, 'code-2', read, memory)).toBeNull();
});

test('a state read once is held; one replaced since, or torn in place, is read again', () => {
  const path = join(tempDir('kept-memory-'), 'state.bin');
  const memory = new KeptStateMemory();
  writeKeptState(path, FORMAT, VERSION, { words: 'a,b' });
  const read = vi.fn(decode);
  const first = readKeptState(path, FORMAT, VERSION, read, memory);
  expect(first).toEqual({ words: ['a', 'b'] });
  expect(readKeptState(path, FORMAT, VERSION, read, memory)).toBe(first);
  expect(read).toHaveBeenCalledTimes(1);

  // Another process (a one-off build into the same folder) keeps a new state.
  writeKeptState(path, FORMAT, VERSION, { words: 'c,d,e' });
  expect(readKeptState(path, FORMAT, VERSION, read, memory)).toEqual({ words: ['c', 'd', 'e'] });
  expect(read).toHaveBeenCalledTimes(2);

  // Written over in place and torn: said, not the value held.
  writeFileSync(path, 'torn');
  const torn = readKeptState(path, FORMAT, VERSION, read, memory);
  expect(torn && 'problem' in torn && typeof torn.problem).toBe('string');
});

test('a file of the folder is parsed once while it stays the same file, and again once replaced or rewritten', () => {
  const dir = tempDir('held-file-');
  const path = join(dir, 'shard.json');
  writeFileSync(path, '{"a":[1,2]}');
  const memory = new KeptStateMemory();
  const parse = vi.fn((p: string) => JSON.parse(readFileSync(p, 'utf8')) as Record<string, number[]>);
  const first = readHeldFile(path, memory, parse);
  expect(readHeldFile(path, memory, parse)).toBe(first);
  expect(parse).toHaveBeenCalledTimes(1);

  // Replaced (written aside and renamed, as the writer does with the index and quote list).
  writeFileSync(`${path}.tmp`, '{"a":[1,2,3]}');
  renameSync(`${path}.tmp`, path);
  expect(readHeldFile(path, memory, parse)).toEqual({ a: [1, 2, 3] });
  // Rewritten in place (as a patched search shard is), even at the same size. A file's times
  // move in the kernel's coarse ticks (a few ms): the build rewrites a shard a build later.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  writeFileSync(path, '{"b":[4,5,6]}');
  expect(readHeldFile(path, memory, parse)).toEqual({ b: [4, 5, 6] });
  expect(parse).toHaveBeenCalledTimes(3);

  // Without a memory (a one-off build) every call reads the file.
  readHeldFile(path, null, parse);
  readHeldFile(path, null, parse);
  expect(parse).toHaveBeenCalledTimes(5);
});
