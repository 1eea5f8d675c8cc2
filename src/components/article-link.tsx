import { useQueryClient } from '@tanstack/react-query';
import type { ComponentProps } from 'react';
import { corpusQueries } from '../lib/api/corpus-queries.ts';
import { paths } from '../lib/urls.ts';
import { LightLink } from './light-link.tsx';

type ArticleLinkProps = Omit<ComponentProps<typeof LightLink>, 'to'> & { articleId: string; anchor?: string };

/** A link to an article that starts fetching its body as soon as the pointer or focus reaches it. */
export function ArticleLink({ articleId, anchor, onMouseEnter, onFocus, ...rest }: ArticleLinkProps) {
  const queryClient = useQueryClient();
  const prefetch = () => {
    // A failed prefetch is not an error yet: opening the article retries and shows one.
    queryClient.query(corpusQueries.article(articleId)).catch(() => undefined);
  };
  return (
    <LightLink
      {...rest}
      to={paths.article(articleId, anchor)}
      onMouseEnter={(event) => {
        prefetch();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
    />
  );
}
