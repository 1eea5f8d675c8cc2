import { formatDate } from './dates.ts';

export interface CitationParts {
  text: string;
  speaker: string | null;
  /** The speaker was inferred weakly (`isWeakAttribution`): the citation says so. */
  uncertain?: boolean;
  role: string | null;
  source: string;
  headline: string;
  date: string;
  url: string;
}

/** A plain-text citation a reader can paste anywhere: quote, who, where, when, link. */
export function formatCitation(parts: CitationParts): string {
  const speaker =
    parts.speaker === null
      ? 'Unattributed'
      : parts.uncertain
        ? `${parts.speaker} (attribution uncertain)`
        : parts.speaker;
  const who = parts.speaker !== null && parts.role ? `${speaker}, ${parts.role}` : speaker;
  return `“${parts.text}” — ${who}. ${parts.source}, “${parts.headline}”, ${formatDate(parts.date)}. ${parts.url}`;
}
