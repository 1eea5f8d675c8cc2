/**
 * `node --import tsx scripts/bench/trace-warm.ts DIST [--steps N] [--cpu RATE]`: where a warm
 * search's time goes. Serves DIST with Vite's preview server, loads `/` in Chromium, waits for the
 * facet counts, then submits searches as bench:reader's warm session does (the same words, in the
 * same order) and, for each step, splits the time from the submit to the new result count (the
 * page's clock) at the app's marks (src/lib/trace-marks.ts, turned on for this page): until the
 * page receives the engine's answer for the list (with any fetch it needed) and from there to the
 * DOM commit (the loader's end, React's render of the new page). `--cpu RATE` slows the page's CPU as Lighthouse does
 * (4 for its mobile figure). Prints one line per step and the medians; a diagnostic, not a
 * benchmark (one session, figures vary with the machine's load). For each step it also gives the
 * main thread's work from the submit until `--settle MS` later (default 700: the facet counts and
 * the timeline that follow the results included), and the layout and script parts of it, from
 * Chromium's Performance metrics (TaskDuration, LayoutDuration, RecalcStyleDuration,
 * ScriptDuration). `--components` records React's commits (`react-commits.ts`) and prints, per
 * step, the commits up to the new results and after them, and which components rendered in each
 * part (with render times on a build made with `scripts/bench/vite-profile.config.ts`).
 * `--json FILE` writes every step (its commits included); `--trace FILE` records a Chromium trace
 * (timeline categories, for DevTools' Performance panel) of the steps after the first words, or
 * from step `--trace-from N` (0: the first words too; `--profile` starts there as well).
 * `--requests` prints, under each step, the requests of the page and its worker that finished
 * before the next step: path, response body bytes (as sent, so compressed), and when each
 * started and ended after the submit (ms, by the node clock, so within a few ms).
 * `--page` turns pages instead: each step focuses and clicks "Next page" (in the page, so from
 * the click's dispatch; back to `/` after the last page) and is timed to the new result count, the same
 * split and main-thread figures per step; its "layout" column is how the focus's forced layout was
 * found (decision 013, "Next page: the heading's focus after the paint"). A trace (`--trace`)
 * carries the JavaScript stack of each forced layout.
 * `--speaker` times bench:reader's speaker step instead: on `/quotes`, each step clicks the
 * Speakers facet's first speaker not chosen, or "All speakers" when one is chosen, so every step
 * changes the results.
 * `--block-sw` keeps the app's service worker out (every data request then goes straight to the
 * network), to see what its interception costs.
 * `--https` serves over TLS (a certificate made for the run, `tls.ts`), so Chromium speaks HTTP/2.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import type { Locator } from 'playwright-core';
import { chromiumLaunchOptions } from '../../tests/e2e/chromium.ts';
import { serveBuild } from './serve-build.ts';
import { selfSignedCertificate, trustFlag } from './tls.ts';
import { COMMIT_RECORDER } from './react-commits.ts';
import type { CommitRecord } from './react-commits.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    steps: { type: 'string', default: '24' },
    cpu: { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
    settle: { type: 'string', default: '700' },
    components: { type: 'boolean', default: false },
    json: { type: 'string' },
    trace: { type: 'string' },
    style: { type: 'string' },
    requests: { type: 'boolean', default: false },
    page: { type: 'boolean', default: false },
    speaker: { type: 'boolean', default: false },
    https: { type: 'boolean', default: false },
    'trace-from': { type: 'string' },
    'block-sw': { type: 'boolean', default: false },
  },
});
const dist = positionals[0];
if (!dist) throw new Error('usage: trace-warm.ts DIST [--steps N] [--cpu RATE]');
const steps = Number(values.steps);
const cpuRate = Number(values.cpu);
/** bench:reader's words: the cold query first, then the warm ones. */
const WORDS = ['government', 'police', 'election', 'minister', 'court', 'president', 'football'];
/** The step `--trace` and `--profile` start at (default: the first word asked again). */
const traceFrom = Number(values['trace-from'] ?? WORDS.length);

/** What a step's timer returns: page clock times, ms. */
interface StepTiming {
  start: number;
  end: number;
  total: number;
  data: number | null;
  render: number | null;
}
interface StepTimerGlobal {
  __newsreaderTimeStep: (act: () => void) => Promise<StepTiming>;
}
/**
 * Installed in the page: runs `act` (a submit, a click) and times it until the result count
 * changes, split where the page receives the engine's answer for the list (the data; the
 * loader's "loader done" mark when there is no such answer) and after it (the render).
 * A string, as COMMIT_RECORDER is: a function from this file would carry tsx's name helpers.
 */
const STEP_TIMER = `globalThis.__newsreaderTimeStep = async (act) => {
  const status = 'p[role=status].result-count';
  const before = document.querySelector(status)?.textContent;
  const shown = new Promise((done) => {
    const observer = new MutationObserver(() => {
      if (document.querySelector(status)?.textContent !== before) {
        observer.disconnect();
        done(performance.now());
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const start = performance.now();
  act();
  const end = await shown;
  // The page's receipt of the engine's answer for the list (the view lane's listArticles or
  // listQuotes), the last one before the new count; else the loader's end.
  const answered = performance
    .getEntriesByType('mark')
    .filter((mark) => /^answer query-engine list(Articles|Quotes) /.test(mark.name))
    .map((mark) => mark.startTime)
    .filter((at) => at >= start && at <= end)
    .pop();
  const loaded =
    answered ??
    performance
      .getEntriesByName('loader done', 'mark')
      .map((mark) => mark.startTime)
      .filter((at) => at <= end)
      .pop();
  return {
    start,
    end,
    total: end - start,
    data: loaded === undefined ? null : loaded - start,
    render: loaded === undefined ? null : end - loaded,
  };
};`;

const tls = values.https ? selfSignedCertificate() : undefined;
const server = await serveBuild(dist, tls);
const base = server.base;
const launch = await chromiumLaunchOptions();
const browser = await chromium.launch(
  tls ? { ...launch, args: [...(launch.args ?? []), trustFlag(tls)] } : launch,
);
type Step = {
  word: string;
  total: number;
  data: number | null;
  render: number | null;
  requests: number;
  /** Main-thread time over the step and its settling, and the layout, style and script parts, ms. */
  busy: number;
  layout: number;
  style: number;
  script: number;
  /** React's commits up to the new results (included) and after them, until settled. */
  commits?: { upTo: CommitRecord[]; after: CommitRecord[] };
  /** With `--requests`: path, body bytes, start and end after the submit (ms). */
  fetched?: { path: string; bytes: number | null; start: number; end: number }[];
};
const METRICS = ['TaskDuration', 'LayoutDuration', 'RecalcStyleDuration', 'ScriptDuration'] as const;
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    bypassCSP: values.style !== undefined,
    ...(values['block-sw'] && { serviceWorkers: 'block' as const }),
  });
  await context.addInitScript(() => {
    globalThis.__newsreaderTrace = true;
  });
  await context.addInitScript({ content: STEP_TIMER });
  if (values.components) await context.addInitScript({ content: COMMIT_RECORDER });
  const page = await context.newPage();
  let requests = 0;
  page.on('request', () => {
    requests += 1;
  });
  let submittedAt = 0;
  let fetched: NonNullable<Step['fetched']> = [];
  if (values.requests)
    page.on('requestfinished', (request) => {
      const timing = request.timing();
      void request.sizes().then((sizes) => {
        fetched.push({
          path: new URL(request.url()).pathname,
          // Playwright gives the body as Chromium's encoded length minus the headers' size: below 0
          // when Chromium counted no bytes off the wire (as for a response from the HTTP cache).
          bytes: sizes.responseBodySize >= 0 ? sizes.responseBodySize : null,
          start: timing.startTime - submittedAt,
          end: timing.startTime + timing.responseEnd - submittedAt,
        });
      });
    });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return METRICS.map((name) => (list.find((m) => m.name === name)?.value ?? 0) * 1000);
  };
  if (cpuRate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  const startPath = values.speaker ? '/quotes' : '/';
  await page.goto(`${base}${startPath}`);
  await page.locator('[data-list-item]').first().waitFor();
  // A pre-rendered list shows before the app has taken it over; a submit before that is the browser's.
  await page.locator('html[data-started]').waitFor({ state: 'attached' });
  if (values.style) await page.addStyleTag({ content: values.style });
  await page
    .locator('.facet-pending')
    .waitFor({ state: 'detached', timeout: 30_000 })
    .catch(() => undefined);
  const box = page.getByRole('search').getByRole('searchbox');
  const nextPage = page
    .getByRole('navigation', { name: 'Result pages' })
    .getByRole('link', { name: /Next page/ });
  const rows: Step[] = [];
  /**
   * Clicks `link` in the page and times it as a search step is timed (no submit: the click's
   * dispatch). `focus`: focus it first, as a mouse press on a link does in Chromium; the page turn
   * moves focus away from it, and without this skips the layout that change forces (decision 013).
   */
  const clickTimed = (link: Locator, focus: boolean) =>
    link.evaluate((a, focusFirst) => {
      performance.clearMarks();
      if (focusFirst) (a as HTMLAnchorElement).focus();
      return (globalThis as unknown as StepTimerGlobal).__newsreaderTimeStep(() => {
        (a as HTMLAnchorElement).click();
      });
    }, focus);
  const turnPage = () => clickTimed(nextPage, true);
  // bench:reader's speaker step: the Speakers facet's first speaker not chosen, or "All speakers"
  // when one is chosen, so every step changes the results.
  const speakers = page.getByRole('group', { name: 'Speakers' });
  const otherSpeaker = speakers.locator('ul.facet-list a:not([aria-current="true"])').first();
  const chosenSpeaker = speakers.locator('ul.facet-list a[aria-current="true"]');
  const allSpeakers = speakers.getByRole('link', { name: 'All speakers' });
  const chooseSpeaker = async () =>
    clickTimed((await chosenSpeaker.count()) > 0 ? allSpeakers : otherSpeaker, false);
  for (let i = 0; i < steps; i++) {
    const word = values.page ? `page ${i}` : values.speaker ? `speaker ${i}` : WORDS[i % WORDS.length]!;
    if (values.page && (await nextPage.count()) === 0) {
      await page.goto(`${base}/`);
      await page.locator('[data-list-item]').first().waitFor();
      await page.locator('html[data-started]').waitFor({ state: 'attached' });
    }
    if (values.trace && i === traceFrom)
      await browser.startTracing(page, {
        path: values.trace,
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'blink.user_timing',
          'v8.execute',
          // Which script forced a style recalculation or a layout, on those events.
          'disabled-by-default-devtools.timeline.stack',
          // Every task of the renderer (RunTask), with its thread time: a step's wall time against
          // the CPU its thread had (the machine's other work takes the rest).
          'toplevel',
          // The JavaScript samples (DevTools' bottom-up view) of the same span.
          'disabled-by-default-v8.cpu_profiler',
        ],
      });
    if (values.profile && i === traceFrom) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    requests = 0;
    fetched = [];
    const before = await metrics();
    submittedAt = Date.now();
    const step = values.page
      ? await turnPage()
      : values.speaker
        ? await chooseSpeaker()
        : await box.evaluate((input, value) => {
            performance.clearMarks();
            const form = (input as HTMLInputElement).form!;
            // Typing changes no result count; the timer watches from before the submit, so a list
            // answered from the cache is shown within it.
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            return (globalThis as unknown as StepTimerGlobal).__newsreaderTimeStep(() => {
              form.requestSubmit();
            });
          }, word);
    await page.waitForTimeout(Number(values.settle));
    const after = await metrics();
    const [busy, layout, style, script] = METRICS.map((_, k) => after[k]! - before[k]!) as [
      number,
      number,
      number,
      number,
    ];
    const { start, end, ...times } = step;
    let commits: Step['commits'];
    if (values.components) {
      const all = await page.evaluate(
        () => (globalThis as { __reactCommits?: CommitRecord[] }).__reactCommits?.splice(0) ?? [],
      );
      const ofStep = all.filter((c) => c.at >= start);
      commits = { upTo: ofStep.filter((c) => c.at <= end), after: ofStep.filter((c) => c.at > end) };
    }
    rows.push({ word, ...times, requests, busy, layout, style, script, commits, fetched });
  }
  if (values.profile) printProfile((await cdp.send('Profiler.stop')).profile);
  if (values.trace) await browser.stopTracing();
  if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 1));
  const ms = (n: number | null) => (n === null ? '    …' : n.toFixed(1).padStart(6));
  console.log(
    `step  word        total    data  render  requests    busy  layout   style  script${values.components ? '  commits' : ''}   (ms, CPU ×${cpuRate})`,
  );
  rows.forEach((row, i) => {
    const commits = row.commits ? `  ${row.commits.upTo.length} + ${row.commits.after.length}` : '';
    console.log(
      `${String(i).padStart(4)}  ${row.word.padEnd(10)} ${ms(row.total)}  ${ms(row.data)}  ${ms(row.render)}  ${String(row.requests).padStart(4)}    ${ms(row.busy)}  ${ms(row.layout)}  ${ms(row.style)}  ${ms(row.script)}${commits}`,
    );
    for (const request of (row.fetched ?? []).toSorted((a, b) => a.start - b.start))
      console.log(
        `        ${ms(request.start)} → ${ms(request.end)}  ${request.bytes === null ? ' no bytes ' : `${String(request.bytes).padStart(8)} B`}  ${request.path}`,
      );
  });
  const median = (list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  const seen = rows.slice(WORDS.length);
  const pick = (key: 'total' | 'data' | 'render' | 'busy' | 'layout' | 'style' | 'script') =>
    seen.map((row) => row[key]).filter((n): n is number => n !== null);
  console.log(
    `${values.page ? 'page turns' : values.speaker ? 'speaker steps' : 'words seen before'} (steps ${WORDS.length}+): median total ${median(pick('total')).toFixed(1)}, data ${median(pick('data')).toFixed(1)}, render ${median(pick('render')).toFixed(1)} ms`,
  );
  console.log(
    `  main thread per step until settled: median busy ${median(pick('busy')).toFixed(1)}, layout ${median(pick('layout')).toFixed(1)}, style ${median(pick('style')).toFixed(1)}, script ${median(pick('script')).toFixed(1)} ms`,
  );
  if (values.components) printComponents(seen);
} finally {
  await browser.close();
  server.close();
}

type Profile = {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples?: number[];
  timeDeltas?: number[];
};

/** Self time by function over the profiled steps (the page's main thread), the 25 largest. */
function printProfile(profile: Profile): void {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byNode.get(id);
    const delta = (profile.timeDeltas?.[i] ?? 0) / 1000;
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') return;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\//, '')}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + delta);
    total += delta;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byNode.get(at)!;
      // Components (capitalised names) and hooks: where a render's time goes, callees included.
      if (!/^(?:[A-Z]|use[A-Z])/.test(f.functionName)) continue;
      const name = `${f.functionName} ${f.url.replace(/^.*\//, '')}`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + delta);
    }
  });
  console.log(`profile: ${total.toFixed(0)} ms of samples outside idle; self time by function:`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
  console.log('components and hooks, time with their callees:');
  for (const [key, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
}

/**
 * Per step seen before (mean over those steps): each component's renders and render time, up to
 * and including the commit that showed the new results, and after it until the step settled.
 */
function printComponents(seen: Step[]): void {
  const n = seen.length;
  for (const part of ['upTo', 'after'] as const) {
    const byName = new Map<string, { count: number; ms: number }>();
    let commits = 0;
    for (const row of seen)
      for (const commit of row.commits?.[part] ?? []) {
        commits += 1;
        for (const [name, { count, ms }] of Object.entries(commit.rendered)) {
          const entry = byName.get(name) ?? { count: 0, ms: 0 };
          entry.count += count;
          entry.ms += ms;
          byName.set(name, entry);
        }
      }
    const total = [...byName.values()].reduce((sum, e) => sum + e.ms, 0);
    console.log(
      `components ${part === 'upTo' ? 'up to the new results' : 'after them (settling)'}: ${(commits / n).toFixed(1)} commits, ${(total / n).toFixed(1)} ms render per step; renders / ms per step:`,
    );
    for (const [name, e] of [...byName]
      .sort((a, b) => b[1].ms - a[1].ms || b[1].count - a[1].count)
      .slice(0, 40))
      console.log(`  ${(e.count / n).toFixed(1).padStart(6)}  ${(e.ms / n).toFixed(2).padStart(7)}  ${name}`);
  }
}
