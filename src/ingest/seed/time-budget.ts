/**
 * A per-file time budget for extraction. The rules are pure synchronous code, so the budget is
 * cooperative: the stages call `checkBudget()` in their loops, and past the deadline it throws
 * `BudgetExceeded`, which `process-file.ts` turns into a diagnostic for that file alone.
 */

/** Thrown by `checkBudget` once the current file has used up its time. */
export class BudgetExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(`extraction took longer than the per-file time budget of ${budgetMs} ms`);
    this.name = 'BudgetExceeded';
  }
}

let deadline = Infinity;
let budget = 0;
let ticks = 0;

/** Runs `work` with `ms` milliseconds to spare (Infinity: no limit); `checkBudget` enforces it. */
export function withBudget<T>(ms: number, work: () => T): T {
  const saved = [deadline, budget, ticks] as const;
  deadline = performance.now() + ms;
  budget = ms;
  ticks = 0;
  try {
    return work();
  } finally {
    [deadline, budget, ticks] = saved;
  }
}

/**
 * Throws `BudgetExceeded` when the running file is past its deadline. Cheap enough for inner
 * loops: it reads the clock on every 64th call only.
 */
export function checkBudget(): void {
  if (deadline === Infinity || (++ticks & 63) !== 0) return;
  if (performance.now() > deadline) throw new BudgetExceeded(budget);
}
