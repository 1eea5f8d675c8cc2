/**
 * The speaker's label after a quote in the article's text sits against the punctuation that ends
 * the sentence: hunt 10 read "… January 2021" Joe Biden ." (the label's margin on both sides).
 */
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { expect, test } from 'vitest';
import type { Article } from '../../src/contract/schema.ts';
import { ArticleBody } from '../../src/features/articles/components/article-body.tsx';

function articleWith(paragraph: string, quoted: string): Article {
  const start = paragraph.indexOf(quoted);
  return {
    paragraphs: [paragraph],
    organisations: [],
    quotes: [
      {
        anchor: 'quote-1',
        text: quoted,
        speaker: 'Joe Biden',
        speakerSlug: 'joe-biden',
        role: null,
        rule: 'adjacent',
        spans: [{ paragraph: 0, start, end: start + quoted.length }],
      },
    ],
  } as unknown as Article;
}

/** The speaker's label and the text just before and after it (the label is hidden from roles). */
function label() {
  // eslint-disable-next-line testing-library/no-node-access -- the label's neighbours are text, no roles
  const element = document.querySelector('.quote-speaker')!;
  return {
    element,

    before: element.previousSibling?.textContent,

    after: element.nextSibling?.textContent,
  };
}

test('a speaker label followed by the sentence’s full stop has no space after it; one followed by words keeps it', () => {
  const { unmount } = render(
    <MemoryRouter>
      <ArticleBody
        article={articleWith(
          'He hoped to lead "starting in January 2021". Then he left.',
          'starting in January 2021',
        )}
        targetAnchor={null}
      />
    </MemoryRouter>,
  );
  expect(label().element).toHaveClass('before-punctuation');
  // The closing mark stays before the label, the full stop after it, with nothing in between.
  expect(label().before).toBe('"');
  expect(label().after).toBe('. Then he left.');
  unmount();

  render(
    <MemoryRouter>
      <ArticleBody
        article={articleWith('"We will win" he said on Monday.', 'We will win')}
        targetAnchor={null}
      />
    </MemoryRouter>,
  );
  expect(label().element).not.toHaveClass('before-punctuation');
  expect(label().after).toBe(' he said on Monday.');
});
