/**
 * Records which components render on each React commit, for tests that hold a view to rendering
 * only what changed: the same stand-in for React DevTools' global hook that `trace-warm.ts
 * --components` puts in a page (`scripts/bench/react-commits.ts`), installed before React DOM
 * loads (the first of the app project's setup files). `takeCommits()` returns the commits since the
 * last call, each with the names of the components React called in it.
 */
import { COMMIT_RECORDER } from '../../scripts/bench/react-commits.ts';
import type { CommitRecord } from '../../scripts/bench/react-commits.ts';

// The recorder is page script kept as a string (see its module); here it runs in jsdom's global.
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- our own code, not input
const install = new Function(COMMIT_RECORDER) as () => void;
install();

/** The commits recorded since the last call (and forgets them). */
export function takeCommits(): CommitRecord[] {
  return (globalThis as { __reactCommits?: CommitRecord[] }).__reactCommits?.splice(0) ?? [];
}

/** The names of the components rendered in any of `commits`. */
export function componentsIn(commits: readonly CommitRecord[]): Set<string> {
  return new Set(commits.flatMap((commit) => Object.keys(commit.rendered)));
}
