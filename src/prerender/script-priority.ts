/**
 * Vite plugin: the built pages ask for their scripts at low priority (`fetchpriority="low"` on
 * the entry script and its module preloads). Every page is complete HTML that reads without the
 * app (pre-rendered, or the boot fallback), so its stylesheet comes first; the entry
 * (src/boot.ts) only loads the app once the page has painted. Lighthouse's simulation counts a
 * high-priority script that has loaded before the first paint as blocking that paint, although
 * a module script never does (docs/decisions/007-prerender.md).
 */
import type { Plugin } from 'vite';

/** The page with its module scripts and module preloads asked for at low priority. */
export function lowerScriptPriority(html: string): string {
  return html.replace(
    /<(script type="module"|link rel="modulepreload")(?![^>]*\sfetchpriority=)/g,
    '<$1 fetchpriority="low"',
  );
}

export function scriptPriority(): Plugin {
  return {
    name: 'newsreader-script-priority',
    apply: 'build',
    // After Vite has put the built entry script and its preloads into the page.
    transformIndexHtml: { order: 'post', handler: lowerScriptPriority },
  };
}
