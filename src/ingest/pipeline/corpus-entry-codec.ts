/**
 * A corpus entry as bytes: what a worker sends back and what the build cache keeps, 100,000 of
 * them until the documents are written. `node:v8` kept any string with a character past U+00FF
 * (a curly quote, an accented name) at two bytes per character, and most summaries and quote rows
 * have one: 8.3 KB an article on the Wikinews corpus. As UTF-8 with a small header it is 5.7 KB,
 * and encoding and decoding cost about what `node:v8` did.
 *
 * Layout: `ENTRY_MAGIC`, the pairs' width in bytes (2 or 4), two bytes of padding, then seven
 * little-endian u32: the byte lengths of id, date, summaryJson, quotesJson, the facets as JSON and
 * terms, and the number of pair indices; then those six strings as UTF-8, then the pair indices.
 *
 * The cache names this format in its folder (`IngestCache`, `entries-e<ENTRY_FORMAT>`): change
 * the layout, change `ENTRY_FORMAT`, and an old cache is not read, only rebuilt.
 */
import type { FacetContribution } from '../corpus/corpus-facets.ts';

/** What the corpus-wide documents need of one article (see `toCorpusEntry`). */
export interface CorpusEntry {
  id: string;
  date: string;
  /** The article's summary as JSON. */
  summaryJson: string;
  /** The article's quote rows as JSON, comma-separated without brackets; '' when it has none. */
  quotesJson: string;
  facets: FacetContribution;
  /** Distinct search terms of headline and body, newline-separated. */
  terms: string;
  /**
   * The phrase index's adjacent pairs of headline and paragraphs (docs/decisions/011), computed
   * here so the build never reads an article document back for them: indices into `terms`, two
   * per pair, 16 bits each unless the article has more than 65,536 distinct terms.
   */
  pairs: Uint16Array | Uint32Array;
}

/** Bumped with any change to the layout above. */
export const ENTRY_FORMAT = 2;
const ENTRY_MAGIC = 0xce;
const HEADER = 4 + 7 * 4;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The entry as one self-contained byte array. */
export function encodeCorpusEntry(entry: CorpusEntry): Uint8Array {
  const strings = [
    entry.id,
    entry.date,
    entry.summaryJson,
    entry.quotesJson,
    JSON.stringify(entry.facets),
    entry.terms,
  ];
  // At most three bytes of UTF-8 per UTF-16 unit: room enough, trimmed below.
  let room = HEADER + 4 + entry.pairs.byteLength;
  for (const s of strings) room += s.length * 3;
  const out = new Uint8Array(room);
  const view = new DataView(out.buffer);
  out[0] = ENTRY_MAGIC;
  out[1] = entry.pairs.BYTES_PER_ELEMENT;
  let at = HEADER;
  strings.forEach((s, i) => {
    const { written } = encoder.encodeInto(s, out.subarray(at));
    view.setUint32(4 + i * 4, written, true);
    at += written;
  });
  view.setUint32(4 + 6 * 4, entry.pairs.length, true);
  const pairBytes = new Uint8Array(entry.pairs.buffer, entry.pairs.byteOffset, entry.pairs.byteLength);
  out.set(pairBytes, at);
  return out.slice(0, at + pairBytes.length);
}

/** The entry `encodeCorpusEntry` encoded; throws on bytes of another format. */
export function decodeCorpusEntry(bytes: Uint8Array): CorpusEntry {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = bytes[1];
  if (bytes[0] !== ENTRY_MAGIC || (width !== 2 && width !== 4))
    throw new Error('not a corpus entry of this format');
  const strings: string[] = [];
  let at = HEADER;
  for (let i = 0; i < 6; i++) {
    const length = view.getUint32(4 + i * 4, true);
    strings.push(decoder.decode(bytes.subarray(at, at + length)));
    at += length;
  }
  const count = view.getUint32(4 + 6 * 4, true);
  // Copied out: the entry's place in its shard need not be aligned for the wider elements.
  const raw = bytes.slice(at, at + count * width).buffer;
  const [id = '', date = '', summaryJson = '', quotesJson = '', facets = '', terms = ''] = strings;
  return {
    id,
    date,
    summaryJson,
    quotesJson,
    facets: JSON.parse(facets) as FacetContribution,
    terms,
    pairs: width === 2 ? new Uint16Array(raw) : new Uint32Array(raw),
  };
}
