/**
 * How a page of results with a quoted phrase is shown in groups (`ListResult.phrase`): the runs
 * of consecutive items that do, or do not, hold the exact phrase. Plain TS for the list page.
 */
export interface PhraseRun {
  exact: boolean;
  /** Whether the run is of fragments (`/quotes` lists them after the substantive quotes). */
  fragments: boolean;
  /** [from, to) indices into the page's items. */
  from: number;
  to: number;
}

/**
 * `fragmentsFrom`: the index on the page of its first fragment, if the page has fragments listed
 * after the substantive quotes: a run never spans the two parts, each part ordered exact first.
 */
export function phraseRuns(flags: readonly boolean[], fragmentsFrom = Infinity): PhraseRun[] {
  const runs: PhraseRun[] = [];
  flags.forEach((exact, i) => {
    const last = runs.at(-1);
    const fragments = i >= fragmentsFrom;
    if (last && last.exact === exact && last.fragments === fragments) last.to = i + 1;
    else runs.push({ exact, fragments, from: i, to: i + 1 });
  });
  return runs;
}

/** The phrases of a query as a reader would read them: “prime minister” and “security council”. */
export function phraseLabel(phrases: readonly (readonly string[])[]): string {
  const quoted = phrases.map((phrase) => `“${phrase.join(' ')}”`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)!}`;
}
