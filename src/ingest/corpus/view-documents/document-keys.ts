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

/**
 * What keys are given is gathered here and handed to the hash in blocks: a rebuild at 100,000
 * articles keys millions of terms and pairs, and one `update` call per string and list (three
 * to six per term) cost more than the hashing itself. The hash sees the same bytes in the same
 * order, so a key's digest is what one `update` per input gives. One buffer serves every key: a
 * key writing into it while another's bytes are there hands those to their hash first.
 */
const BLOCK = 64 * 1024;
const block = Buffer.allocUnsafe(BLOCK);
let used = 0;
/** The hash whose bytes are in the block. */
let owner: Hash | null = null;

/** Hands the block's bytes to the hash they belong to. */
function handBlock(): void {
  if (owner !== null && used > 0) owner.update(block.subarray(0, used));
  used = 0;
  owner = null;
}

/** A document's key under construction: strings and number lists, each delimited, so no two inputs collide. */
export class DocumentKey {
  private readonly hash: Hash;

  constructor(kind: string | Hash) {
    this.hash = typeof kind === 'string' ? createHash('sha1').update(kind).update('\0') : kind;
  }

  text(value: string | null): this {
    if (value === null) return this.ascii('\u0001');
    const length = value.length;
    // Written as `${length}:${value}\0` in UTF-8; most terms are ASCII, copied by char code.
    if (3 * length + 24 > BLOCK) {
      this.hand();
      this.hash.update(`${length}:${value}\0`);
      return this;
    }
    this.ascii(`${length}:`);
    this.room(3 * length + 1);
    let at = used;
    let i = 0;
    for (; i < length; i++) {
      const code = value.charCodeAt(i);
      if (code >= 0x80) break;
      block[at++] = code;
    }
    // Not ASCII: the whole string is encoded at once, so a surrogate pair is never split.
    if (i < length) at = used + block.write(value, used, 'utf8');
    block[at++] = 0;
    used = at;
    return this;
  }

  number(value: number): this {
    return this.text(String(value));
  }

  /** A list of numbers, with its length (a typed array of bytes or integers, or a plain array). */
  numbers(list: ArrayLike<number>): this {
    this.ascii(`#${list.length}:`);
    if (list instanceof Uint32Array || list instanceof Uint8Array || list instanceof Float64Array) {
      this.ascii(list.constructor.name);
      this.bytes(new Uint8Array(list.buffer, list.byteOffset, list.byteLength));
      return this;
    }
    for (let start = 0; start < list.length; start += scratch.length) {
      const end = Math.min(list.length, start + scratch.length);
      for (let i = start; i < end; i++) scratch[i - start] = list[i]!;
      this.bytes(new Uint8Array(scratch.buffer, 0, (end - start) * 8));
    }
    return this;
  }

  /** A key holding what this one holds so far, to be continued apart from it. */
  copy(): DocumentKey {
    this.hand();
    return new DocumentKey(this.hash.copy());
  }

  digest(): string {
    this.hand();
    return this.hash.digest('base64url');
  }

  /** Makes the block this key's with at least `bytes` free (`bytes` at most `BLOCK`). */
  private room(bytes: number): void {
    if (owner !== this.hash || used + bytes > BLOCK) handBlock();
    owner = this.hash;
  }

  /** A short ASCII string. */
  private ascii(value: string): this {
    this.room(value.length);
    for (let i = 0; i < value.length; i++) block[used++] = value.charCodeAt(i);
    return this;
  }

  private bytes(data: Uint8Array): void {
    if (data.length > BLOCK / 4) {
      this.hand();
      this.hash.update(data);
      return;
    }
    this.room(data.length);
    block.set(data, used);
    used += data.length;
  }

  /** Hands this key's bytes in the block, if any, to its hash. */
  private hand(): void {
    if (owner === this.hash) handBlock();
  }
}
