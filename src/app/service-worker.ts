/**
 * Registers the service worker that vite-plugin-pwa generates (`sw.js`, Workbox): it keeps the
 * app shell and the data documents the reader opened, so those pages open offline
 * (docs/decisions/008-offline-share-export.md). Only production builds have one.
 */
import { trustedScriptUrl } from '../lib/trusted-script-url.ts';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const register = () => {
    navigator.serviceWorker
      .register(trustedScriptUrl(`${base}sw.js`), { scope: base })
      .catch((error: unknown) => {
        // The reader works without it; it only cannot open pages offline.
        console.warn('The offline copy could not be set up.', error);
      });
  };
  // After the page has loaded, so installing (which downloads the app shell) never slows the first view.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
