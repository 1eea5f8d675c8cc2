/**
 * A TLS certificate for 127.0.0.1, made for one benchmark run with `openssl`, so a benchmark can
 * serve the build over HTTPS and Chromium speaks HTTP/2 to it, as it does to any host with a
 * certificate (Netlify, Cloudflare Pages, nginx as in docs/hosting/nginx.conf). Chromium trusts
 * the key by its hash (`--ignore-certificate-errors-spki-list`), nothing else.
 */
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LocalCertificate {
  key: string;
  cert: string;
  /** The SHA-256 of the key's SubjectPublicKeyInfo, base64, for Chromium's trust flag. */
  spki: string;
}

export function selfSignedCertificate(): LocalCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'newsreader-bench-tls-'));
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2']
      .concat(['-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'])
      .concat(['-keyout', keyFile, '-out', certFile]),
    { stdio: 'ignore' },
  );
  const cert = readFileSync(certFile, 'utf8');
  const publicKey = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
  return {
    key: readFileSync(keyFile, 'utf8'),
    cert,
    spki: createHash('sha256').update(publicKey).digest('base64'),
  };
}

/** Chromium's flag that trusts this certificate's key. */
export function trustFlag(certificate: LocalCertificate): string {
  return `--ignore-certificate-errors-spki-list=${certificate.spki}`;
}

/**
 * The body of a GET, as sent with `Accept-Encoding: identity`; over HTTPS trusting this
 * certificate (Node's fetch would refuse a self-signed one).
 */
export function getBody(url: string, certificate?: LocalCertificate): Promise<Buffer> {
  const headers = { 'accept-encoding': 'identity' };
  return new Promise((resolvePromise, reject) => {
    const done = (response: IncomingMessage): void => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () => {
        resolvePromise(Buffer.concat(parts));
      });
      response.on('error', reject);
    };
    const request = url.startsWith('https:')
      ? httpsGet(url, { headers, ca: certificate?.cert }, done)
      : httpGet(url, { headers }, done);
    request.on('error', reject);
  });
}
