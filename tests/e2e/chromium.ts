/**
 * Finds a Chromium for playwright-core: $CHROMIUM_PATH, else Debian's /usr/bin/chromium (what
 * .ci/run installs; it has proper fonts for screenshots), else the binary that the npm package
 * @sparticuz/chromium ships, so `npm ci && npm test` works on a machine with neither.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from 'playwright-core';

const FLAGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-sandbox',
];

export async function chromiumLaunchOptions(): Promise<LaunchOptions> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { executablePath: fromEnv, args: FLAGS, headless: true };
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(path)) return { executablePath: path, args: FLAGS, headless: true };
  }
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return {
    executablePath: await sparticuz.executablePath(),
    args: [...sparticuz.args, ...FLAGS],
    headless: true,
  };
}
