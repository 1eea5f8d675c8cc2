/**
 * Build cost of the reading documents: related articles (`related-articles.ts`) and corroborated
 * quote groups (`quote-groups.ts`) over a synthetic corpus. Not a test: prints figures.
 *
 *   node --import tsx scripts/bench/bench-reading.ts [ARTICLES] [RUNS]
 *
 * Articles are spread over five years, each naming 30 organisations and quoting 3 speakers drawn
 * with a Zipf-like skew (a few facets are in most articles, as on Wikinews, where cards carry
 * 35–40 organisations), with 9 quotes of 15 words, one in twenty repeated from an earlier article.
 */
import type { ArticleSummary } from '../../src/contract/schema.ts';
import { QuoteGrouper } from '../../src/ingest/corpus/view-documents/quote-groups.ts';
import { relatedArticles } from '../../src/ingest/corpus/view-documents/related-articles.ts';

const articleCount = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 5);

let seed = 42;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
}
/** 0 ≤ k < n, small values far more often (roughly Zipf). */
function skewed(n: number): number {
  return Math.min(n - 1, Math.floor(n ** random()) - 1);
}
const WORDS = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);

const articles: ArticleSummary[] = [];
const speakersOf: string[][] = [];
const quotes: { article: number; text: string }[] = [];
for (let a = 0; a < articleCount; a++) {
  const day = Math.floor((a / articleCount) * 5 * 365);
  const date = new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10);
  const organisations = [...new Set(Array.from({ length: 30 }, () => `org-${skewed(3000)}`))];
  articles.push({
    id: `a${a}`,
    date,
    sourceSlug: 'wire',
    headline: `Article ${a}`,
    organisations,
  } as unknown as ArticleSummary);
  speakersOf.push([...new Set(Array.from({ length: 3 }, () => `speaker-${skewed(5000)}`))]);
  for (let k = 0; k < 9; k++) {
    const repeat = quotes.length > 0 && random() < 0.05;
    const text = repeat
      ? quotes[Math.floor(random() * quotes.length)]!.text
      : Array.from({ length: 15 }, () => WORDS[Math.floor(random() * WORDS.length)]!).join(' ');
    quotes.push({ article: a, text });
  }
}

function time(label: string, run: () => number): void {
  const times: number[] = [];
  let size = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    size = run();
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    `${label}: median ${median.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times.at(-1)!.toFixed(0)}, ${runs} runs) → ${size}`,
  );
}

console.log(`${articleCount} articles, ${quotes.length} quotes`);
time('related articles', () => {
  const related = relatedArticles({
    articles,
    speakersOf,
    organisationName: (slug) => slug,
    speakerName: (slug) => slug,
  });
  return related.reduce((sum, list) => sum + list.length, 0);
});
time('quote groups', () => {
  const grouper = new QuoteGrouper();
  quotes.forEach((quote, q) => {
    grouper.add(q, quote.article, quote.text);
  });
  return grouper.groups().length;
});
