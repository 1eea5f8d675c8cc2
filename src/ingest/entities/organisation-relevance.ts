/**
 * The order in which an article's organisations are worth showing on its card: the ones its
 * headline names, then the most mentioned, then the first mentioned. Per article, so it is
 * computed once at ingestion and cached with the article; the card shows the first few
 * (`docs/decisions/010-reading-courtesies.md`).
 */
import type { Article } from '../../contract/schema.ts';

/** The article's organisation slugs, most relevant first. */
export function organisationsByRelevance(article: Pick<Article, 'headline' | 'organisations'>): string[] {
  const headline = article.headline.toLowerCase();
  const ranked = article.organisations.map((org, order) => {
    const names = [org.name, ...org.aliases, ...org.mentions.map((m) => m.text)];
    // All-caps names (WHO, IS) count only in capitals: "who" in a headline is not the WHO.
    const inHeadline = names.some((name) =>
      name === name.toUpperCase()
        ? containsWord(article.headline, name)
        : containsWord(headline, name.toLowerCase()),
    );
    const first = org.mentions.reduce(
      (min, m) => Math.min(min, m.paragraph * 1e6 + m.start),
      Number.MAX_SAFE_INTEGER,
    );
    return { slug: org.slug, inHeadline, mentions: org.mentions.length, first, order };
  });
  ranked.sort(
    (a, b) =>
      Number(b.inHeadline) - Number(a.inHeadline) ||
      b.mentions - a.mentions ||
      a.first - b.first ||
      a.order - b.order,
  );
  return ranked.map((r) => r.slug);
}

/** `needle` in `text` as whole words (not "UN" inside "UNICEF"). */
function containsWord(text: string, needle: string): boolean {
  if (needle.length === 0) return false;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}
