/**
 * Issue 13's courtesies measured in Chromium: a right-to-left excerpt lines up with its own start
 * (the right edge), on the list and on the article page, using the Arabic fixture article the e2e
 * build adds (fixtures/rtl); and the deep-linked quote's computed colours stand out at least 3:1
 * from what is around it, in light and in dark.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeEach, expect, test } from 'vitest';
import { open, ORIGINAL_SEED_ID, pagePerTest, POLL } from './support.ts';

const session = pagePerTest({ expectNoErrors: true });
let page: Page;

beforeEach(() => {
  ({ page } = session);
});

const RTL_ID = 'rtl-park';

/** Where an element's text sits inside its content box: gaps at the left and right, in px. */
function textGaps(element: Locator): Promise<{ direction: string; left: number; right: number }> {
  return element.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const text = range.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const left = box.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
    const right = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
    return { direction: style.direction, left: text.left - left, right: right - text.right };
  });
}

for (const width of [390, 1280]) {
  test(`a right-to-left excerpt starts at the right edge, on the list and the article page (${width} px)`, async () => {
    await page.setViewportSize({ width, height: 844 });
    await open(page, '/?source=test-fixture');
    const excerpt = page.locator(`main article:has(a[href$="/articles/${RTL_ID}"]) p.excerpt`);
    await excerpt.waitFor(POLL);
    const onList = await textGaps(excerpt);
    expect(onList.direction).toBe('rtl');
    // A line shorter than the box: flush right, the space left over on the left.
    expect(Math.abs(onList.right)).toBeLessThan(2);
    expect(onList.left).toBeGreaterThan(10);

    await open(page, `/articles/${RTL_ID}`);
    const paragraph = page.locator('main p[dir]').filter({ hasText: 'الحديقة' }).last();
    await paragraph.waitFor(POLL);
    const onPage = await textGaps(paragraph);
    expect(onPage.direction).toBe('rtl');
    expect(Math.abs(onPage.right)).toBeLessThan(2);
    expect(onPage.left).toBeGreaterThan(10);
  });
}

type Rgb = [number, number, number];

function luminance([r, g, b]: Rgb): number {
  const [lr, lg, lb] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the deep-linked quote's computed ring is at least 3:1 against the page, other quotes and its own fill (${scheme})`, async () => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, `/articles/${ORIGINAL_SEED_ID}#quote-1`);
    const target = page.locator('main mark.quote.is-target');
    await target.waitFor(POLL);
    const colours = await page.evaluate(() => {
      const parse = (value: string): [number, number, number] | null => {
        const m = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(value);
        if (!m || (m[4] !== undefined && Number(m[4]) === 0)) return null;
        return [Number(m[1]), Number(m[2]), Number(m[3])];
      };
      /** The first opaque background from the element up. */
      const backdrop = (el: Element | null): [number, number, number] => {
        for (let node = el; node; node = node.parentElement) {
          const colour = parse(getComputedStyle(node).backgroundColor);
          if (colour) return colour;
        }
        return [255, 255, 255];
      };
      const target = document.querySelector('main mark.quote.is-target')!;
      const other = document.querySelector('main mark.quote:not(.is-target)')!;
      const style = getComputedStyle(target);
      return {
        ring: parse(style.borderBottomColor)!,
        fill: parse(style.backgroundColor)!,
        text: parse(style.color)!,
        page: backdrop(target.closest('p')),
        other: parse(getComputedStyle(other).backgroundColor)!,
      };
    });
    // The ring is the heavier underline (arrival by link draws no focus ring around it).
    expect(colours.ring).not.toBeNull();
    expect(contrast(colours.ring, colours.page)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.ring, colours.other)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.ring, colours.fill)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.text, colours.fill)).toBeGreaterThanOrEqual(4.5);
  });
}

test('a quote in the other direction than its paragraph keeps its own order: an English quote in an Arabic paragraph ends with its full stop', async () => {
  // The Arabic fixture article, its document given one more paragraph: Arabic, quoting English.
  const sentence = 'The park is open every day.';
  const paragraph = `وقال رئيس البلدية: "${sentence}"`;
  const start = paragraph.indexOf(sentence);
  const context = await session.context.browser()!.newContext({ serviceWorkers: 'block' });
  try {
    await context.route(`**/data/articles/${RTL_ID}.json*`, async (route) => {
      const response = await route.fetch();
      const article = (await response.json()) as { paragraphs: string[]; quotes: unknown[] };
      const index = article.paragraphs.length;
      article.paragraphs.push(paragraph);
      article.quotes.push({
        anchor: `quote-${article.quotes.length + 1}`,
        text: sentence,
        speaker: null,
        speakerSlug: null,
        role: null,
        rule: 'none',
        quoteRule: 'quote.double-pair',
        speakerRule: 'speaker.none',
        spans: [{ paragraph: index, start, end: start + sentence.length }],
      });
      await route.fulfill({ response, json: article });
    });
    const tab = await context.newPage();
    await open(tab, '/');
    // Shown by the app from the (changed) document, not taken over from the pre-rendered page.
    await tab.evaluate((href) => {
      window.history.pushState(null, '', href);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, `/articles/${RTL_ID}`);
    const mark = tab.locator('main mark.quote').filter({ hasText: sentence });
    await mark.waitFor(POLL);
    // Where the quote's first word and its full stop are drawn: left to right, as written. In the
    // right-to-left paragraph the full stop had gone to the left end, before "The".
    const [first, last] = await mark.evaluate((element) => {
      const text = element.firstChild!;
      const at = (from: number, to: number) => {
        const range = document.createRange();
        range.setStart(text, from);
        range.setEnd(text, to);
        return range.getBoundingClientRect().left;
      };
      const length = text.textContent!.length;
      return [at(0, 3), at(length - 1, length)];
    });
    expect(last).toBeGreaterThan(first);
  } finally {
    await context.close();
  }
});
