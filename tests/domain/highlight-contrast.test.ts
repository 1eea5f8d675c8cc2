/**
 * The deep-linked quote must stand out from what is around it in light and in dark mode: its ring
 * at least 3:1 (WCAG's non-text contrast) against the page, an ordinary quote and its own fill, and
 * its text at least 4.5:1 on its fill. Computed from the colours app.css declares.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

const CSS = readFileSync(resolve(import.meta.dirname, '../../src/styles/app.css'), 'utf8');

/** The custom properties of the first block that opens with `opener`. */
function variables(opener: string): Map<string, string> {
  const start = CSS.indexOf(opener);
  expect(start, opener).toBeGreaterThanOrEqual(0);
  const block = CSS.slice(start, CSS.indexOf('}', start));
  return new Map([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1]!, m[2]!]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const light = variables(':root {');
const dark = new Map([...light, ...variables('@media screen and (prefers-color-scheme: dark) {')]);

for (const [scheme, colours] of [
  ['light', light],
  ['dark', dark],
] as const) {
  test(`${scheme}: the deep-linked quote's ring is at least 3:1 against its surroundings, its text 4.5:1`, () => {
    const get = (name: string) => {
      const value = colours.get(name);
      expect(value, name).toBeDefined();
      return value!;
    };
    const ring = get('--quote-target-ring');
    const ratios = {
      page: contrast(ring, get('--bg')),
      surface: contrast(ring, get('--surface')),
      quote: contrast(ring, get('--quote-bg')),
      fill: contrast(ring, get('--quote-target')),
      text: contrast(get('--text'), get('--quote-target')),
    };
    console.log(scheme, Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, v.toFixed(2)])));
    expect(ratios.page).toBeGreaterThanOrEqual(3);
    expect(ratios.surface).toBeGreaterThanOrEqual(3);
    expect(ratios.quote).toBeGreaterThanOrEqual(3);
    expect(ratios.fill).toBeGreaterThanOrEqual(3);
    expect(ratios.text).toBeGreaterThanOrEqual(4.5);
  });
}

test('the target rule draws the ring', () => {
  const rule = /mark\.quote\.is-target\s*\{([^}]*)\}/.exec(CSS)?.[1] ?? '';
  expect(rule).toMatch(/box-shadow:[^;]*var\(--quote-target-ring\)/);
  expect(rule).toMatch(/border-bottom:[^;]*var\(--quote-target-ring\)/);
});
