/**
 * The built `index.html` as a mould for pre-rendered pages: the page's head replaces the generic
 * title and description, its HTML replaces the boot fallback inside `#root`, and a notice (shown
 * only if the app has not started after a few seconds) says what works without the script.
 */
import { escapeHtml } from './page-head.ts';

export interface PageParts {
  head: string;
  body: string;
  /** The app path the body shows; the app hydrates only there. Empty for the not-found page. */
  prerenderedPath: string;
}

const TITLE = /<title>[\s\S]*?<\/title>/;
const DESCRIPTION = /\s*<meta name="description"[^>]*>/;
/** `#root` with the boot fallback, from `<div id="root">` to the end marker and the closing tag. */
const ROOT = /<div id="root">[\s\S]*?<!--\/app-html-->\s*<\/div>/;
const NOSCRIPT = /\s*<noscript>[\s\S]*?<\/noscript>/;

/**
 * Shown after a few seconds (the `boot-failed` animation in app.css) unless the app removed it on
 * start (src/main.tsx); it sits after the page so nothing moves when it goes.
 */
const BOOT_NOTICE = `<p class="boot-failed boot-notice" id="boot-notice">
      The reader's script has not started (JavaScript may be off, or the script failed to load):
      the articles and links on this page work without it, but search and filters need it.
      <a href="">Reload the page</a> to try again.
    </p>`;

export function pageTemplate(html: string): { page: (parts: PageParts) => string } {
  for (const [name, pattern] of [
    ['<title>', TITLE],
    ['<meta name="description">', DESCRIPTION],
    ['#root with its <!--/app-html--> marker', ROOT],
  ] as const) {
    if (!pattern.test(html)) throw new Error(`index.html has no ${name}: the pre-render cannot fill it in`);
  }
  // Split once; each page is then a concatenation.
  const withoutNoscript = html.replace(NOSCRIPT, '');
  const withHead = withoutNoscript.replace(DESCRIPTION, '').replace(TITLE, '\u0000HEAD\u0000');
  const [beforeHead, rest] = withHead.split('\u0000HEAD\u0000') as [string, string];
  const rootMatch = ROOT.exec(rest)!;
  const between = rest.slice(0, rootMatch.index);
  const after = rest.slice(rootMatch.index + rootMatch[0].length);
  return {
    page: ({ head, body, prerenderedPath }) =>
      `${beforeHead}${head}${between}<div id="root" data-prerendered="${escapeHtml(prerenderedPath)}">${body}</div>\n    ${BOOT_NOTICE}${after}`,
  };
}
