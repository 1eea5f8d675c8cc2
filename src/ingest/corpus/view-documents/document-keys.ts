/**
 * Input keys of view documents: a digest of everything a document is made from, so a rebuild can
 * tell that a document is the previous build's without making, serialising or reading it
 * (`write-view-documents.ts` keeps each document's key in the build cache). A key must cover
 * every input of its document; the code that makes the document is covered by the output
 * version the kept keys are stored under.
 */
import { createHash, type Hash } from 'node:crypto';

/** Plain arrays of numbers go through this buffer in runs, not one `update` each. */
const scratch = new Float64Array(4096);

/** A document's key under construction: strings and number lists, each delimited, so no two inputs collide. */
export class DocumentKey {
  private readonly hash: Hash;

  constructor(kind: string | Hash) {
    this.hash = typeof kind === 'string' ? createHash('sha1').update(kind).update('\0') : kind;
  }

  text(value: string | null): this {
    this.hash.update(value === null ? '\u0001' : `${value.length}:${value}\0`);
    return this;
  }

  number(value: number): this {
    return this.text(String(value));
  }

  /** A list of numbers, with its length (a typed array of bytes or integers, or a plain array). */
  numbers(list: ArrayLike<number>): this {
    this.hash.update(`#${list.length}:`);
    if (list instanceof Uint32Array || list instanceof Uint8Array || list instanceof Float64Array) {
      this.hash
        .update(list.constructor.name)
        .update(new Uint8Array(list.buffer, list.byteOffset, list.byteLength));
      return this;
    }
    for (let start = 0; start < list.length; start += scratch.length) {
      const end = Math.min(list.length, start + scratch.length);
      for (let i = start; i < end; i++) scratch[i - start] = list[i]!;
      this.hash.update(new Uint8Array(scratch.buffer, 0, (end - start) * 8));
    }
    return this;
  }

  /** A key holding what this one holds so far, to be continued apart from it. */
  copy(): DocumentKey {
    return new DocumentKey(this.hash.copy());
  }

  digest(): string {
    return this.hash.digest('base64url');
  }
}
