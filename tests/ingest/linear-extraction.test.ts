/**
 * Extraction time grows linearly with the article: a names-dense seed doubled three times
 * (50 → 100 → 200 → 400 KB) must take less than three times as long per doubling.
 *
 * Why time ratios and not a count of some instrumented operation: a counter sees only the loops
 * someone thought to count, while the quadratic stages this guards against were scans nobody had
 * marked (each mention against all earlier people, per-paragraph filters over the whole article).
 * Why these bounds: a linear stage doubles its time (ratio 2), a quadratic one quadruples it
 * (ratio 4); 3 sits between. Ratios, not thresholds, so a slow or busy machine slows every size
 * alike; each size is measured in CPU time (the process's user time, so other work on a shared
 * machine does not count), best-of-5 after a warm-up, so a descheduled run or a garbage collection
 * landing in one measurement cannot fail it (best-of-3 failed once in a few runs on a loaded machine),
 * and a doubling past the bound is measured twice more before it fails.
 * Before the fix the ratios were 1.7, 2.3 and 4.0 (the last doubling fails); after it about 2.
 */
import { expect, test, vi } from 'vitest';
import { generateNamesDenseSeed } from '../../scripts/bench/generate-names-dense.ts';
import { processSeedBytes } from '../../src/ingest/pipeline/process-file.ts';

vi.setConfig({ testTimeout: 120_000 });

const NO_LIMITS = { maxFileBytes: Infinity, timeBudgetMs: Infinity };

function bestOf5(bytes: Uint8Array): number {
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const started = process.cpuUsage().user;
    const r = processSeedBytes('seeds/names-dense.txt', bytes, NO_LIMITS);
    best = Math.min(best, (process.cpuUsage().user - started) / 1000);
    expect(r.article).not.toBeNull();
  }
  return best;
}

/** Doublings measured again before a ratio counts as growth: noise does not repeat, a square does. */
const RETRIES = 2;

function doublingRatios(seeds: Uint8Array[]): { ratios: number[]; times: number[] } {
  bestOf5(seeds[1]!); // warm-up: the first runs compile the code
  const times = seeds.map(bestOf5);
  const ratio = (i: number) => times[i + 1]! / times[i]!;
  for (let i = 0; i + 1 < times.length; i++) {
    // A doubling at or past the bound is measured again (both sizes, each keeping its best): a
    // busy moment of a shared machine can land in one size's five runs (3.2 once at a load of
    // 17, 1.7-2.5 on every rerun), while a stage that grows with the square stays past it.
    for (let retry = 0; retry < RETRIES && ratio(i) >= 3; retry++) {
      times[i] = Math.min(times[i]!, bestOf5(seeds[i]!));
      times[i + 1] = Math.min(times[i + 1]!, bestOf5(seeds[i + 1]!));
    }
  }
  return { ratios: times.slice(1).map((_, i) => ratio(i)), times };
}

test('extraction time per doubling of a names-dense article grows less than threefold', () => {
  const seeds = [50_000, 100_000, 200_000, 400_000].map((n) =>
    new TextEncoder().encode(generateNamesDenseSeed(n)),
  );
  const { ratios, times } = doublingRatios(seeds);
  for (const ratio of ratios)
    expect(ratio, `CPU times ${times.map((t) => t.toFixed(0)).join(', ')} ms`).toBeLessThan(3);
});

// The same text as one long paragraph: the rules that look up candidates of their own paragraph
// (and a pairwise merge of the article's organisations) grew with its square before long
// paragraphs were scanned in windows and organisations merged through maps; the square dominated
// only past a few hundred KB (from 0.8 to 1.6 MB the time went up 4.4 times, resolving
// organisations alone 1.9 s → 11.1 s), so at these sizes this guards against a much steeper
// regression, and `npm run bench:large-seed` shows the large sizes.
test('extraction time per doubling of one long names-dense paragraph grows less than threefold', () => {
  const seeds = [50_000, 100_000, 200_000, 400_000].map((n) => {
    const [head, ...rest] = generateNamesDenseSeed(n).split('\n\n');
    return new TextEncoder().encode(`${head!}\n\n${rest.join(' ')}`);
  });
  const { ratios, times } = doublingRatios(seeds);
  for (const ratio of ratios)
    expect(ratio, `CPU times ${times.map((t) => t.toFixed(0)).join(', ')} ms`).toBeLessThan(3);
});
