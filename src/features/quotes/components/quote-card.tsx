import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { QuoteEntry } from '../../../contract/schema.ts';
import type { QuoteRow } from '../../../contract/views.ts';
import { ArticleLink } from '../../../components/article-link.tsx';
import { HighlightedText } from '../../../components/highlighted-text.tsx';
import { TimeStamp } from '../../../components/time-stamp.tsx';
import { isWeakAttribution } from '../../../contract/text.ts';
import type { Corroboration } from '../../../lib/engine/types.ts';
import { paths } from '../../../lib/urls.ts';
import { CorroborationNote } from './corroboration-note.tsx';
import { QuoteRowActions } from './quote-actions.tsx';

const WEAK_REASON: Partial<Record<QuoteEntry['rule'], string>> = {
  pronoun: 'speaker inferred from “he/she said”',
  nominal: 'speaker inferred from a title such as “the minister”',
};

export function QuoteCard({
  quote,
  words,
  corroboration,
}: {
  quote: QuoteRow;
  words: readonly string[];
  /** Where else the quotation appears, when it does. */
  corroboration?: Corroboration | undefined;
}) {
  const weak = isWeakAttribution(quote);
  return (
    <li data-list-item className="quote-card">
      <figure>
        <blockquote dir="auto">
          <p>
            <HighlightedText text={quote.text} words={words} />
          </p>
        </blockquote>
        <figcaption>
          <p className="quote-who">
            {quote.speaker === null ? (
              <span className="speaker unattributed">unattributed</span>
            ) : (
              <SpeakerName slug={quote.speakerSlug}>
                <bdi className="speaker">
                  <HighlightedText text={quote.speaker} words={words} />
                </bdi>
              </SpeakerName>
            )}
            {quote.role && (
              <span className="role">
                , <bdi>{quote.role}</bdi>
              </span>
            )}
            {weak && <span className="badge weak">Uncertain attribution: {WEAK_REASON[quote.rule]}</span>}
          </p>
          <p className="quote-source">
            <ArticleLink articleId={quote.articleId} anchor={quote.anchor} data-list-primary dir="auto">
              <HighlightedText text={quote.headline} words={words} />
            </ArticleLink>{' '}
            <TimeStamp date={quote.date} />
          </p>
          {corroboration && <CorroborationNote corroboration={corroboration} />}
        </figcaption>
      </figure>
      <QuoteRowActions quote={quote} />
    </li>
  );
}

/** A speaker's name, linking to their page when the quote names a known speaker. */
function SpeakerName({ slug, children }: { slug: string | null; children: ReactNode }) {
  return slug === null ? children : <Link to={paths.speaker(slug)}>{children}</Link>;
}
