import type { ReactNode } from 'react';
import type { QuoteEntry } from '../../../contract/schema.ts';
import type { QuoteRow } from '../../../contract/views.ts';
import { ArticleLink } from '../../../components/article-link.tsx';
import { HighlightedText } from '../../../components/highlighted-text.tsx';
import { LightLink } from '../../../components/light-link.tsx';
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
  phrases,
  corroboration,
  id,
  folded,
  sources,
}: {
  quote: QuoteRow;
  words: readonly string[];
  /** Quoted phrases of the query, marked whole in the quotation, its speaker and its headline. */
  phrases?: readonly string[][] | undefined;
  /** Where else the quotation appears, when it does. */
  corroboration?: Corroboration | undefined;
  /** The list item's id (a folded quote links to its first place). */
  id?: string | undefined;
  /** A later place of a repeated quotation: the note saying where it is shown (its text is folded). */
  folded?: ReactNode;
  /** A repeated quotation's first place: its sources, shown under it. */
  sources?: ReactNode;
}) {
  const weak = isWeakAttribution(quote);
  return (
    <li data-list-item className={folded ? 'quote-card folded' : 'quote-card'} id={id}>
      <figure>
        {folded}
        <blockquote dir="auto" className={folded ? 'folded-text' : undefined}>
          <p>
            <HighlightedText text={quote.text} words={words} phrases={phrases} />
          </p>
        </blockquote>
        <figcaption>
          <p className="quote-who">
            {quote.speaker === null ? (
              <span className="speaker unattributed">unattributed</span>
            ) : (
              <SpeakerName slug={quote.speakerSlug}>
                <bdi className="speaker">
                  <HighlightedText text={quote.speaker} words={words} phrases={phrases} />
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
              <HighlightedText text={quote.headline} words={words} phrases={phrases} />
            </ArticleLink>{' '}
            <TimeStamp date={quote.date} />
          </p>
          {sources ?? (corroboration && <CorroborationNote corroboration={corroboration} />)}
        </figcaption>
      </figure>
      <QuoteRowActions quote={quote} />
    </li>
  );
}

/** A speaker's name, linking to their page when the quote names a known speaker. */
function SpeakerName({ slug, children }: { slug: string | null; children: ReactNode }) {
  return slug === null ? children : <LightLink to={paths.speaker(slug)}>{children}</LightLink>;
}
