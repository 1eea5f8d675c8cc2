/**
 * Script URLs the page's Content-Security-Policy accepts. Under Trusted Types a plain string may
 * not start a worker or register a service worker, so the one policy the CSP allows
 * (`newsreader-worker`) vouches for a URL, and only for a same-origin one.
 */
import { WORKER_TRUSTED_TYPES_POLICY } from '../contract/security.ts';

/** The part of the Trusted Types API used here (not yet in TypeScript's DOM types). */
interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ): { createScriptURL: (url: string) => unknown };
}

/** The policy is made once per page: making it twice is an error under the CSP. */
let policy: { createScriptURL: (url: string) => unknown } | null = null;

/**
 * A same-origin script URL as the Worker constructor and `serviceWorker.register` take it: a
 * TrustedScriptURL where the browser has Trusted Types (typed as string, as the DOM types say),
 * the plain URL elsewhere.
 */
export function trustedScriptUrl(url: string): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  policy ??= factory.createPolicy(WORKER_TRUSTED_TYPES_POLICY, {
    createScriptURL: (given) => {
      const resolved = new URL(given, window.location.href);
      if (resolved.origin !== window.location.origin)
        throw new TypeError(`refusing to run a script from ${given}`);
      return resolved.href;
    },
  });
  return policy.createScriptURL(url) as string;
}
