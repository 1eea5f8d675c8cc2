/**
 * The Content-Security-Policy the reader runs under: no inline script or style, no plugins, no
 * `<base>`, and Trusted Types required, with one policy (`newsreader-worker`) that may turn the
 * engine worker's same-origin URL into a script URL. The build puts it in `index.html` as a meta
 * tag; `public/_headers` and the preview server send it as a header, where `frame-ancestors`
 * (ignored in a meta tag) also applies.
 */
export const WORKER_TRUSTED_TYPES_POLICY = 'newsreader-worker';

const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  `trusted-types ${WORKER_TRUSTED_TYPES_POLICY}`,
];

/** The policy as a `<meta http-equiv>` can carry it. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The policy as an HTTP header: framing is refused too. */
export const CONTENT_SECURITY_POLICY_HEADER = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');
