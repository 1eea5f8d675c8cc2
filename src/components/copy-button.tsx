import { useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies text to the clipboard and says so in a polite live region next to the button. `text` may
 * be a function, for text that needs data only worth loading when the reader asks.
 */
export function CopyButton({
  text,
  label,
  className,
}: {
  text: string | (() => string | Promise<string>);
  label: string;
  className?: string;
}) {
  const [state, setState] = useState<CopyState>('idle');
  const [copied, setCopied] = useState('');
  const copy = async () => {
    let value = typeof text === 'string' ? text : '';
    try {
      if (typeof text !== 'string') value = await text();
      setCopied(value);
      // The Clipboard API is missing on insecure origins and in some embedded browsers.
      if (!('clipboard' in navigator)) throw new Error('Clipboard unavailable');
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className={className ? `copy-button ${className}` : 'copy-button'}>
      <button type="button" className="button" onClick={() => void copy()}>
        {label}
      </button>
      <span aria-live="polite" className="copy-status">
        {state === 'copied'
          ? 'Copied'
          : state === 'failed'
            ? copied
              ? `Copy failed; the text is: ${copied}`
              : 'Copy failed.'
            : ''}
      </span>
    </span>
  );
}
