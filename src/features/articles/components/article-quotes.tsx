import { Link } from 'react-router';
import type { Article } from '../../../contract/schema.ts';
import { isWeakAttribution } from '../../../contract/text.ts';
import { QuoteActions } from '../../../components/quote-actions.tsx';
import { attributionText } from './article-body.tsx';

/** The article's quotes in reading order, each linking to its place in the text. */
export function ArticleQuotes({
  article,
  quoteUrl,
}: {
  article: Article;
  quoteUrl: (anchor: string) => string;
}) {
  if (article.quotes.length === 0) return null;
  return (
    <section className="article-quotes" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">Quotes in this article</h2>
      <ol>
        {article.quotes.map((quote) => (
          <li key={quote.anchor} data-list-item>
            <Link to={`#${quote.anchor}`} preventScrollReset data-list-primary dir="auto">
              “{quote.text}”
            </Link>
            <p className="quote-attribution">{attributionText(quote)}</p>
            <QuoteActions
              citation={() => ({
                text: quote.text,
                speaker: quote.speaker,
                uncertain: isWeakAttribution(quote),
                role: quote.role,
                source: article.source,
                headline: article.headline,
                date: article.date,
                url: quoteUrl(quote.anchor),
              })}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
