/**
 * The first visit's JavaScript stays within the budget committed in `first-visit-budget.json`:
 * the gzipped bytes of the entry, of the query engine's worker, and of everything `/`, an article
 * and `/quotes` load on a first visit (the entry, the route's chunks, the worker). Read from the
 * build the browser tests serve (global-setup.ts, with Vite's manifest), without a browser:
 * `scripts/bench/first-visit-chunks.ts` derives what a page loads from the manifest, the same set
 * `scripts/bench/js-chunks.ts` sees in Chromium. Gzip's output is deterministic, so this is no
 * timed test. To let the first visit grow on purpose, raise the figure in the JSON file in the
 * same commit, with the reason (decision 003).
 */
import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import { firstVisitScripts } from '../../scripts/bench/first-visit-chunks.ts';

interface Budget {
  entry: number;
  worker: number;
  pages: Record<string, number>;
}

const budget = JSON.parse(
  readFileSync(new URL('first-visit-budget.json', import.meta.url), 'utf8'),
) as Budget;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test("each page's first-visit JavaScript, its entry and its worker are within the committed budget", () => {
  const pages = firstVisitScripts(inject('distDir'));
  const over: string[] = [];
  const check = (what: string, bytes: number, limit: number | undefined) => {
    if (limit === undefined) over.push(`${what}: no budget in first-visit-budget.json`);
    else if (bytes > limit)
      over.push(`${what}: ${bytes} bytes gz (${kb(bytes)}), budget ${limit} (${kb(limit)})`);
  };
  const lines: string[] = [];
  let entry = 0;
  let worker = 0;
  for (const [page, scripts] of pages) {
    const total = scripts.reduce((sum, script) => sum + script.gz, 0);
    lines.push(
      `${page}: ${scripts.length} scripts, ${total} bytes gz (${kb(total)}), budget ${budget.pages[page]}`,
    );
    for (const script of scripts)
      lines.push(`  ${String(script.gz).padStart(7)}  ${script.name} (${script.kind})`);
    check(page, total, budget.pages[page]);
    // A page whose worker or entry was not found would pass its budgets by leaving them out.
    for (const kind of ['entry', 'worker'] as const)
      if (!scripts.some((script) => script.kind === kind))
        over.push(`${page}: no ${kind} found in the build`);
    entry = Math.max(entry, ...scripts.filter((s) => s.kind === 'entry').map((s) => s.gz));
    worker = Math.max(worker, ...scripts.filter((s) => s.kind === 'worker').map((s) => s.gz));
  }
  lines.push(
    `entry: ${entry} bytes gz, budget ${budget.entry}`,
    `worker: ${worker} bytes gz, budget ${budget.worker}`,
  );
  check('the entry', entry, budget.entry);
  check("the engine's worker", worker, budget.worker);
  console.log(`First-visit JavaScript (gzip):\n${lines.join('\n')}`);
  expect(
    over,
    `over the first-visit budget (tests/e2e/first-visit-budget.json):\n${over.join('\n')}`,
  ).toEqual([]);
});
