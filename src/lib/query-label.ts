/** A search query as a label names it: in quotation marks, unless it is one quoted phrase already ("prime minister"). */
export function inQuotes(query: string): string {
  const trimmed = query.trim();
  return /^["“][^"“”]+["”]$/u.test(trimmed) ? trimmed : `“${query}”`;
}
