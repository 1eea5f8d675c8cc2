import { Fragment, useMemo } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Article, Quote } from '../../../contract/schema.ts';
import { isWeakAttribution } from '../../../contract/text.ts';
import type { Annotation, Segment } from '../../../lib/text-segments.ts';
import { segmentText } from '../../../lib/text-segments.ts';
import { paths } from '../../../lib/urls.ts';

type Mark =
  | { kind: 'quote'; quote: Quote; first: boolean; last: boolean }
  | { kind: 'organisation'; slug: string; name: string };

/**
 * Quotes are the outer layer (one element each, so `quote-N` ids stay unique); mentions nest inside.
 * Only an organisation's first mention in a paragraph is a link: linking every "NATO" made a short
 * article a row of underlines and a long walk for the Tab key.
 */
function paragraphAnnotations(article: Article): Annotation<Mark>[][] {
  const byParagraph: Annotation<Mark>[][] = article.paragraphs.map(() => []);
  for (const quote of article.quotes) {
    quote.spans.forEach((span, i) => {
      byParagraph[span.paragraph]?.push({
        start: span.start,
        end: span.end,
        layer: 0,
        data: { kind: 'quote', quote, first: i === 0, last: i === quote.spans.length - 1 },
      });
    });
  }
  for (const org of article.organisations) {
    const linked = new Set<number>();
    const inOrder = [...org.mentions].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    for (const mention of inOrder) {
      if (linked.has(mention.paragraph)) continue;
      linked.add(mention.paragraph);
      byParagraph[mention.paragraph]?.push({
        start: mention.start,
        end: mention.end,
        layer: 1,
        data: { kind: 'organisation', slug: org.slug, name: org.name },
      });
    }
  }
  return byParagraph;
}

export function attributionText(quote: Pick<Quote, 'speaker' | 'role' | 'rule'>): string {
  if (quote.speaker === null) return 'Unattributed';
  const who = quote.role ? `${quote.speaker}, ${quote.role}` : quote.speaker;
  return isWeakAttribution(quote) ? `${who} (attribution uncertain)` : who;
}

/** Closing quotation marks the data leaves outside a quote's span; the speaker label goes after them. */
const CLOSING_MARKS = /^[”’»›"'」』]+/u;
/** Punctuation that closes the sentence or clause a quote ends: the label then stands against it. */
const CLOSING_PUNCTUATION = /^[.,;:!?…)\]}。、，！？]/u;

function renderSegments(segments: Segment<Mark>[], target: string | null): ReactNode[] {
  // Characters at the start of the next text segment already drawn before a speaker label.
  let consumed = 0;
  return segments.map((segment, i) => {
    if (segment.kind === 'text') {
      const text = segment.text.slice(consumed);
      consumed = 0;
      return <Fragment key={segment.start}>{text}</Fragment>;
    }
    consumed = 0;
    const mark = segment.annotation.data;
    const children = renderSegments(segment.children, target);
    if (mark.kind === 'organisation') {
      return (
        <Link
          key={segment.start}
          className="org-mention"
          to={paths.organisation(mark.slug)}
          title={mark.name}
        >
          {children}
        </Link>
      );
    }
    const { quote } = mark;
    const tipId = `${quote.anchor}-attribution`;
    const next = segments[i + 1];
    const closing = mark.last && next?.kind === 'text' ? (CLOSING_MARKS.exec(next.text)?.[0] ?? '') : '';
    consumed = closing.length;
    // "… January 2021" Joe Biden ." read as a stray space: no margin after the label before a full stop.
    const beforePunctuation =
      mark.last && next?.kind === 'text' && CLOSING_PUNCTUATION.test(next.text.slice(closing.length));
    const weak = isWeakAttribution(quote);
    return (
      <Fragment key={segment.start}>
        <mark
          className={quote.anchor === target ? 'quote is-target' : 'quote'}
          data-targeted={quote.anchor === target ? 'true' : undefined}
          data-weak={weak ? 'true' : undefined}
          // Only the first piece of a quote carries the anchor and takes focus; the rest is styling.
          id={mark.first ? quote.anchor : undefined}
          tabIndex={mark.first ? 0 : undefined}
          aria-describedby={mark.first ? tipId : undefined}
          // Its own direction, isolated from the paragraph's: an English quote in an Arabic
          // paragraph (or the other way round) kept its words but its closing full stop went to
          // the wrong end.
          dir="auto"
        >
          {children}
        </mark>
        {closing}
        {mark.last && (
          <span
            className={beforePunctuation ? 'quote-speaker before-punctuation' : 'quote-speaker'}
            data-anchor={quote.anchor}
          >
            <span aria-hidden="true">{quote.speaker ?? 'unattributed'}</span>
            <span role="tooltip" id={tipId} className="quote-tooltip">
              {attributionText(quote)}
            </span>
          </span>
        )}
      </Fragment>
    );
  });
}

/** The article's paragraphs with quotes highlighted in place and organisation mentions linked. */
export function ArticleBody({ article, targetAnchor }: { article: Article; targetAnchor: string | null }) {
  const annotations = useMemo(() => paragraphAnnotations(article), [article]);
  return (
    <div className="article-body" dir={article.dir}>
      {article.paragraphs.map((paragraph, i) => (
        // Paragraph order is fixed for a given article, so the index is a stable key.
        <p key={i} dir="auto">
          {renderSegments(segmentText(paragraph, annotations[i] ?? []), targetAnchor)}
        </p>
      ))}
    </div>
  );
}
