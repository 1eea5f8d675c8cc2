import { useEffect } from 'react';

export const SITE_NAME = 'Newsreader';

/**
 * Sets the document title for a page. An effect rather than React 19's hoisted <title>, because
 * index.html already has a static <title> (for the moment before the app starts) and the first
 * <title> in the head wins.
 */
export function PageTitle({ title }: { title: string }) {
  useEffect(() => {
    document.title = title ? `${title} – ${SITE_NAME}` : SITE_NAME;
  }, [title]);
  return null;
}
