import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Snippet } from '../lib/snippets.ts';
import type { TextRange } from '../lib/text-match.ts';
import { findMatches, findQueryMatches } from '../lib/text-match.ts';

const NO_PHRASES: readonly string[][] = [];

/**
 * Text with the query's matches wrapped in <mark>, built from offsets (the text is never parsed as
 * HTML); a quoted phrase found whole is marked as one.
 */
export function HighlightedText({
  text,
  words,
  phrases = NO_PHRASES,
}: {
  text: string;
  words: readonly string[];
  phrases?: readonly string[][];
}) {
  const ranges = useMemo(
    () =>
      phrases.length === 0
        ? findMatches(text, words)
        : findQueryMatches(text, { words: [...words], phrases: [...phrases] }),
    [text, words, phrases],
  );
  return <MarkedText text={text} ranges={ranges} />;
}

/** Text with the given ranges (sorted, not overlapping) wrapped in <mark>. */
export function MarkedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  if (ranges.length === 0) return text;
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.start < cursor || range.end > text.length) continue;
    if (range.start > cursor) parts.push(text.slice(cursor, range.start));
    parts.push(
      <mark key={range.start} className="search-match">
        {text.slice(range.start, range.end)}
      </mark>,
    );
    cursor = range.end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return parts;
}

/** A search snippet: its stretch of text with the matches marked, "…" where the paragraph goes on. */
export function SnippetText({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippet.cutBefore && '…'}
      <MarkedText text={snippet.text} ranges={snippet.ranges} />
      {snippet.cutAfter && '…'}
    </>
  );
}
