import { Link } from 'react-router';
import type { Article, Quote } from '../../../contract/schema.ts';
import { isWeakAttribution } from '../../../contract/text.ts';
import { QuoteActions } from '../../../components/quote-actions.tsx';
import type { Corroboration } from '../../../lib/engine/types.ts';
import { CorroborationNote } from '../../quotes/components/corroboration-note.tsx';
import { paths } from '../../../lib/urls.ts';
import { attributionText } from './article-body.tsx';

/** The article's quotes in reading order, each linking to its place in the text. */
export function ArticleQuotes({
  article,
  quoteUrl,
  corroborations,
}: {
  article: Article;
  quoteUrl: (anchor: string) => string;
  /** Per anchor, where else the quotation appears (loaded after the article). */
  corroborations?: Record<string, Corroboration> | undefined;
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
            <p className="quote-attribution">
              <Attribution quote={quote} />
            </p>
            <CorroborationFor corroboration={corroborations?.[quote.anchor]} />
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

function CorroborationFor({ corroboration }: { corroboration: Corroboration | undefined }) {
  return corroboration ? <CorroborationNote corroboration={corroboration} /> : null;
}

/**
 * Who said it, the name linking to the speaker's page (their other quotes, roles and organisations):
 * the article was a dead end for a reader following a quote to its speaker, who could only reach that
 * page through /quotes. The role and an uncertain attribution stay words beside the name.
 */
function Attribution({ quote }: { quote: Quote }) {
  const text = attributionText(quote);
  if (quote.speaker === null || quote.speakerSlug === null || !text.startsWith(quote.speaker)) return text;
  return (
    <>
      <Link to={paths.speaker(quote.speakerSlug)} dir="auto">
        {quote.speaker}
      </Link>
      {text.slice(quote.speaker.length)}
    </>
  );
}
