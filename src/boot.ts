/**
 * The page's one script: it loads the app (src/main.tsx) once the page has painted. A
 * pre-rendered page is complete HTML that reads without the app, so its first paint waits only
 * for the page and its stylesheet; the app's ~100 KB of script (React, the router, the data
 * path) are asked for after it, instead of beside the stylesheet. On a slow link that moves the
 * app's start back by about the time to first paint (docs/decisions/007-prerender.md); a tab
 * opened in the background, which does not paint, starts the app at once.
 */
import './styles/app.css';

function startApp(): void {
  // React DOM goes out beside the app's code, not after it has run (src/main.tsx waits for it).
  // A failed load leaves the page as it is; its notice says the script did not start.
  void import('react-dom/client');
  void import('./main.tsx');
}

if (document.visibilityState === 'hidden') startApp();
else
  requestAnimationFrame(() => {
    // The frame the callback precedes is painted before the timer runs.
    setTimeout(startApp, 0);
  });
