/**
 * The reading features in Chromium: the timeline brushed with the keyboard and the pointer, the
 * article list's speaker filter, the speaker page, related articles and corroborated quotes.
 */
import { expect, test } from 'vitest';
import {
  fetchIndex,
  fetchQuotes,
  open,
  pageNotFound,
  ORIGINAL_SEED_ID,
  ORIGINAL_SEED_SPEAKER,
  pagePerTest,
  POLL,
  resultCount,
  searchParams,
  waitForSearch,
} from './support.ts';

const session = pagePerTest({ expectNoErrors: true });

test('the timeline’s sliders move with the keyboard and set from/to in the URL', async () => {
  const { page } = session;
  const index = await fetchIndex();
  await open(page, '/');
  const start = page.getByRole('slider', { name: 'Start of the date range' });
  const end = page.getByRole('slider', { name: 'End of the date range' });
  await start.waitFor();
  expect(await start.getAttribute('aria-valuenow')).toBe('0');
  const before = await resultCount(page).textContent();
  await start.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  // Both steps count, even while the URL catches up with the first one (polled: on a loaded
  // machine the second step's render can land a moment after the key).
  await expect.poll(() => start.getAttribute('aria-valuenow'), POLL).toBe('2');
  await waitForSearch(page, (params) => params.get('from') !== null);
  // Every article from that day on, and no other. The URL may show the first step for a moment
  // before the second lands, so wait until no navigation is under way and the list matches it.
  const fromCount = (from: string) => index.articles.filter((article) => article.date >= from).length;
  await expect
    .poll(async () => {
      const count = await resultCount(page).textContent();
      const busy = await page.locator('main').getAttribute('aria-busy');
      const from = searchParams(page).get('from');
      return (
        busy === 'false' && from !== null && count !== before && count!.includes(String(fromCount(from)))
      );
    }, POLL)
    .toBe(true);
  expect(await start.getAttribute('aria-valuenow')).toBe('2');
  // The slider names its date and count; the status says what the range holds.
  expect(await start.getAttribute('aria-valuetext')).toMatch(/\d+ articles?$/);
  await expect
    .poll(() => page.locator('.timeline-summary').textContent(), POLL)
    .toMatch(/ to .*: \d+ articles?\./);
  await end.focus();
  await page.keyboard.press('ArrowLeft');
  await waitForSearch(page, (params) => params.get('to') !== null);
  // Focus stays on the slider through the navigation, so the next key moves it again.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
    'End of the date range',
  );
  await page.getByRole('button', { name: 'Show all dates' }).click();
  await waitForSearch(page, (params) => params.get('from') === null && params.get('to') === null);
});

test('dragging across the timeline selects a range', async () => {
  const { page } = session;
  await open(page, '/');
  const bars = page.locator('.timeline-bars');
  await bars.waitFor();
  const box = (await bars.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await waitForSearch(page, (params) => params.get('from') !== null && params.get('to') !== null);
  expect(searchParams(page).get('from')! <= searchParams(page).get('to')!).toBe(true);
});

test('a click on the low bar of a labelled year selects that year, not the label under it', async () => {
  // App hunt 8: the axis labels' text rises a few pixels above their own box, over the bottom of
  // the bars, and took the pointer there: a click on a bar of one or two articles (a bar two pixels
  // tall, at the very bottom) above a label did nothing.
  const { page } = session;
  await open(page, '/');
  const bars = page.locator('.timeline-bars');
  await bars.waitFor();
  const box = (await bars.boundingBox())!;
  const count = await page.locator('.timeline-bar').count();
  const labelled = await page
    .locator('.timeline-tick:visible')
    .evaluateAll((ticks) => ticks.map((tick) => tick.textContent));
  expect(labelled.length).toBeGreaterThan(0);
  // Each labelled bar's column, a pixel above the bottom of the bars: the bars' own.
  const titles = await page.locator('.timeline-bar title').allTextContents();
  for (const label of labelled) {
    const index = titles.findIndex((title) => title.startsWith(`${label},`));
    expect(index, `the bar labelled ${label}`).toBeGreaterThanOrEqual(0);
    const x = box.x + (box.width * (index + 0.5)) / count;
    const inBars = await page.evaluate(
      ([px, py]) => document.elementFromPoint(px!, py!)?.closest('.timeline-bars') !== null,
      [x, box.y + box.height - 1],
    );
    expect(inBars, `the bottom of the bar labelled ${label}`).toBe(true);
  }
  const label = labelled[0]!;
  const index = titles.findIndex((title) => title.startsWith(`${label},`));
  await page.mouse.click(box.x + (box.width * (index + 0.5)) / count, box.y + box.height - 1);
  await waitForSearch(page, (params) => params.get('to') !== null);
  expect(searchParams(page).get('to')).toBe(`${label}-12-31`);
});

test('a year clicked on the timeline of years opens its months, a month its days, each count the list’s', async () => {
  // App hunt 8: a year chosen filtered the list, and nothing then offered its months.
  const { page } = session;
  await open(page, '/');
  await expect
    .poll(() => page.locator('.timeline-brush .hint').first().textContent(), POLL)
    .toMatch(/ by year, /);
  /** Clicks the tallest bar; its from/to are then in the URL and the status counts what the list does. */
  const clickTallest = async () => {
    const titles = await page.locator('.timeline-bar title').allTextContents();
    const counts = titles.map((title) => Number(/, ([\d,]+) articles?$/.exec(title)![1]!.replace(/,/g, '')));
    const index = counts.indexOf(Math.max(...counts));
    const box = (await page.locator('.timeline-bars').boundingBox())!;
    const before = page.url();
    await page.mouse.click(box.x + (box.width * (index + 0.5)) / titles.length, box.y + box.height / 2);
    await expect.poll(() => page.url(), POLL).not.toBe(before);
    return counts[index]!;
  };
  for (const unit of ['month', 'day']) {
    const count = await clickTallest();
    await expect
      .poll(() => page.locator('.timeline-brush .hint').first().textContent(), POLL)
      .toMatch(new RegExp(` by ${unit}, `));
    await expect
      .poll(() => page.locator('.timeline-summary').textContent(), POLL)
      .toMatch(new RegExp(`: ${count} articles?\\.$`));
    await expect
      .poll(() => resultCount(page).textContent(), POLL)
      .toMatch(new RegExp(`\\b${count} articles?`));
  }
  await page.getByRole('button', { name: /^Zoom out: .* by month$/ }).click();
  await expect
    .poll(() => page.locator('.timeline-brush .hint').first().textContent(), POLL)
    .toMatch(/ by month, /);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
    'Start of the date range',
  );
});

test('a range outside the corpus says so and offers every date back', async () => {
  const { page } = session;
  await open(page, '/?from=1990-01-01&to=1990-12-31');
  await expect
    .poll(() => page.locator('.timeline-summary').textContent(), POLL)
    .toMatch(/^No article is dated between 1 January 1990 and 31 December 1990: this collection runs from/);
  expect(await resultCount(page).textContent()).toBe('No articles match.');
  await page.getByRole('button', { name: 'Show all dates' }).click();
  await waitForSearch(page, (params) => params.get('from') === null);
});

test('speaker= on the article list keeps the articles quoting that speaker', async () => {
  const { page } = session;
  const quotes = await fetchQuotes();
  const quoting = new Set(
    quotes.filter((q) => q.speakerSlug === ORIGINAL_SEED_SPEAKER).map((q) => q.articleId),
  );
  await open(page, `/?speaker=${ORIGINAL_SEED_SPEAKER}`);
  await expect.poll(() => resultCount(page).textContent(), POLL).toContain(String(quoting.size));
  // The speaker facet shows the choice as its current row, a link that keeps it.
  const current = page.getByRole('group', { name: 'Speakers' }).locator('a[aria-current="true"]');
  await expect.poll(() => current.textContent(), POLL).toContain('Tom Goffus');
  expect(await current.getAttribute('href')).toContain(`speaker=${ORIGINAL_SEED_SPEAKER}`);
});

test('a speaker page shows their quotes, roles and organisations; an unknown one says so', async () => {
  const { page } = session;
  await open(page, `/speakers/${ORIGINAL_SEED_SPEAKER}`);
  await page.getByRole('heading', { level: 1, name: 'Tom Goffus' }).waitFor();
  await page.getByRole('table', { name: /Roles as the articles give them/ }).waitFor();
  await page.getByRole('link', { name: /All quotes by Tom Goffus/ }).waitFor();
  await page.getByRole('slider', { name: 'Start of the date range' }).waitFor();
  await open(page, '/speakers/no-such-speaker');
  await page.getByRole('heading', { level: 1, name: 'Speaker not found' }).waitFor();
  expect(await page.getByRole('note').textContent()).toContain('No speaker is called “no-such-speaker”');
  // The server answers an unknown speaker with 404, which Chromium logs; nothing else may be logged.
  const notFound = pageNotFound('/speakers/no-such-speaker');
  session.errors.messages = session.errors.messages.filter((line) => !notFound.test(line));
});

test('an article lists related articles, each with the reason', async () => {
  const { page } = session;
  await open(page, `/articles/${ORIGINAL_SEED_ID}`);
  const related = page.getByRole('region', { name: 'Related articles' });
  await related.waitFor();
  const reasons = await related.locator('.related-reason').allTextContents();
  expect(reasons.length).toBeGreaterThan(0);
  for (const reason of reasons) expect(reason).toMatch(/^(Shares .+|Close in time)$/);
  await related.getByRole('link').first().click();
  await page.waitForURL(/\/articles\//);
});

test('/quotes shows a quotation repeated in several articles once, with its sources; its later places fold into it', async () => {
  const { page } = session;
  const quotes = await fetchQuotes();
  // The oracle: a quotation whose exact text stands in two or more articles.
  const byText = new Map<string, typeof quotes>();
  for (const quote of quotes) byText.set(quote.text, [...(byText.get(quote.text) ?? []), quote]);
  const repeated = [...byText.values()].find(
    (same) => same[0]!.text.split(' ').length >= 8 && new Set(same.map((q) => q.articleId)).size >= 2,
  )!;
  expect(repeated).toBeDefined();
  const query = repeated[0]!.text.split(' ').slice(0, 8).join(' ');
  await open(page, `/quotes?q=${encodeURIComponent(query)}&sort=newest`);
  const cards = page.locator('main ol.quote-list > li');
  await expect.poll(() => page.locator('main .quote-sources').count(), POLL).toBe(1);
  const shown = page.locator('main li:has(.quote-sources)');
  // The first place names the other articles, each a link with its source and date.
  const sourceLinks = await shown.locator('.quote-sources li a').allTextContents();
  const others = repeated.filter((q) => q.articleId !== repeated[0]!.articleId);
  expect(sourceLinks.length).toBeGreaterThan(0);
  expect(sourceLinks.every((text) => repeated.some((q) => q.headline === text))).toBe(true);
  expect(others.length).toBeGreaterThan(0);
  // Every later place links back to it by its number in the list.
  const folded = page.locator('main li.folded');
  expect(await folded.count()).toBe(repeated.length - 1);
  const firstId = await shown.getAttribute('id');
  const link = folded.first().getByRole('link', { name: /^number \d+$/ });
  expect(await link.getAttribute('href')).toMatch(new RegExp(`#${firstId}$`));
  // The count stays the list's own; the note gives the distinct number too.
  const total = await cards.count();
  expect(await page.locator('main .grouping-note').textContent()).toMatch(
    new RegExp(`^${total} quotes?, ${total - repeated.length + 1} distinct`),
  );
});
