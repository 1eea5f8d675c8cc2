import { CopyButton } from './copy-button.tsx';
import { ShareButton } from './share-button.tsx';
import type { CitationParts } from '../lib/citation.ts';
import { formatCitation } from '../lib/citation.ts';

/** A quote's action row: copy its citation, and share it where the browser can. */
export function QuoteActions({ citation }: { citation: () => CitationParts | Promise<CitationParts> }) {
  return (
    <div className="quote-actions">
      <CopyButton label="Copy citation" text={async () => formatCitation(await citation())} />
      <ShareButton
        content={async () => {
          const parts = await citation();
          return {
            title: parts.headline,
            text: formatCitation({ ...parts, url: '' }).trim(),
            url: parts.url,
          };
        }}
      />
    </div>
  );
}
