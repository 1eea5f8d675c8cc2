import { formatDate } from './dates.ts';

export interface CitationParts {
  text: string;
  speaker: string | null;
  role: string | null;
  source: string;
  headline: string;
  date: string;
  url: string;
}

/** A plain-text citation a reader can paste anywhere: quote, who, where, when, link. */
export function formatCitation(parts: CitationParts): string {
  const who =
    parts.speaker === null ? 'Unattributed' : parts.role ? `${parts.speaker}, ${parts.role}` : parts.speaker;
  return `“${parts.text}” — ${who}. ${parts.source}, “${parts.headline}”, ${formatDate(parts.date)}. ${parts.url}`;
}
