import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { findMatches } from '../lib/text-match.ts';

/** Text with the query's matches wrapped in <mark>, built from offsets (the text is never parsed as HTML). */
export function HighlightedText({ text, words }: { text: string; words: readonly string[] }) {
  const ranges = useMemo(() => findMatches(text, words), [text, words]);
  if (ranges.length === 0) return text;
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const range of ranges) {
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
