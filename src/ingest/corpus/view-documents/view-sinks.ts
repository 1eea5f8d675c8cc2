/**
 * How the view step hands its documents on: `buildViewDocuments` and the writers of each family
 * give every document to a `DocumentSink`, and, when the previous build's state is kept, offer
 * each document's input key to a `CarrySink` first (decision 005, "Rebuilds carry unchanged
 * documents over").
 */
import type { Schema } from '../../../contract/schema.ts';

/** Receives each document with its path (relative to the data folder) and its schema. */
export type DocumentSink = <T>(path: string, schema: Schema<T>, document: T, sample: boolean) => void;

/**
 * Offered a document's path and input key before it is made: true when the previous build's
 * document of that key is carried over (the document is then not made), false when it must be
 * made and emitted.
 */
export type CarrySink = (path: string, key: string) => boolean;

/** What keyed documents need: the sink, and each article's content key by number. */
export interface Keying {
  carry: CarrySink;
  articleKeys: readonly string[];
  /**
   * The article numbers the previous build's document at this path was keyed with, kept with its
   * key (a prefix search document's first page, a related chunk's related articles); null when
   * there are none. A key made with them equals the kept key only when they are still right.
   */
  keptNumbers?: (path: string) => readonly number[] | null;
  /** Keeps the article numbers a document made now was keyed with, for the next build. */
  keepNumbers?: (path: string, numbers: readonly number[]) => void;
}
