/**
 * The country an article is about: the country (by any of its names in the place gazetteer) or
 * the demonym ("Iranian") the analysed text names most often, when one is named more often than
 * any other. "The army said" in an article about Iran speaks for the Iranian army.
 */
import places from '../data/entities/places.json' with { type: 'json' };
import type { ArticleAnalysis } from './article-analysis.ts';

/** Names (as lowercase words) → what they count for: a country's first name, or a demonym. */
const NAMES = new Map<string, { words: string[]; key: string }[]>();
function add(name: string, key: string): void {
  const words = name.toLowerCase().split(/\s+/);
  const list = NAMES.get(words[0]!) ?? [];
  list.push({ words, key });
  list.sort((a, b) => b.words.length - a.words.length);
  NAMES.set(words[0]!, list);
}
for (const names of places.countries) for (const n of names) add(n, names[0]!);
for (const d of places.demonyms) add(d, d);

/** What the article's country leads with: its name ("Canada") or a demonym ("Iranian"). */
export interface ArticleCountry {
  name: string;
  demonym: boolean;
}

const DEMONYMS: ReadonlySet<string> = new Set(places.demonyms);

/**
 * A country's body by its kind: "Iranian army", "Government of Canada", "Army of the United
 * Kingdom" (the article "the" before names that take it: plurals, "United …", "… of …").
 */
export function bodyOfCountry(country: ArticleCountry, head: string): string {
  if (country.demonym) return `${country.name} ${head}`;
  const the = /^United |\bof\b|s$/.test(country.name) ? 'the ' : '';
  return `${head[0]!.toUpperCase()}${head.slice(1)} of ${the}${country.name}`;
}

/** The article's country or demonym, as written in the gazetteer, or null when none leads. */
export function articleCountry(doc: ArticleAnalysis): ArticleCountry | null {
  let country = cache.get(doc);
  if (country === undefined) {
    country = count(doc);
    cache.set(doc, country);
  }
  return country;
}
const cache = new WeakMap<ArticleAnalysis, ArticleCountry | null>();

function count(doc: ArticleAnalysis): ArticleCountry | null {
  const counts = new Map<string, number>();
  for (const { tokens } of doc.paragraphs) {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || !t.cap) continue;
      const found = NAMES.get(t.lower)?.find(({ words }) =>
        words.every((w, j) => tokens[k + j]?.kind === 'word' && tokens[k + j]!.lower === w),
      );
      if (!found) continue;
      counts.set(found.key, (counts.get(found.key) ?? 0) + 1);
      k += found.words.length - 1;
    }
  }
  let best: string | null = null;
  let top = 0;
  let second = 0;
  for (const [key, n] of counts) {
    if (n > top) [best, top, second] = [key, n, top];
    else if (n > second) second = n;
  }
  return top > second && best !== null ? { name: best, demonym: DEMONYMS.has(best) } : null;
}
