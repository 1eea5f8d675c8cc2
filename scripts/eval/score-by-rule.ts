/**
 * Scores extraction per rule: for every quote rule, speaker sieve and organisation rule the
 * `extract` command records, how many results it gave, how many of those the gold annotation
 * confirms, and its precision. Matching follows `../shared/eval/score.mjs` (the project's scorer of
 * record) so the per-rule true positives add up to its totals: quotes pair one to one, best token
 * overlap first (≥ 0.9); a speaker is right when it names the gold speaker (same surname, or an
 * organisation under any of its gold names); an organisation is right when one of its names
 * equals one of a gold organisation's, optional organisations and the article's source count
 * neither way, and a second hit on one gold organisation is a false positive.
 */

export interface GoldArticle {
  file: string;
  quotes?: { text: string; speaker: string | null; role?: string | null }[];
  organisations?: { name: string; aliases?: string[] }[];
  optional_organisations?: { name: string; aliases?: string[] }[];
}

export interface PredictedArticle {
  file: string;
  source?: string;
  quotes?: {
    text: string;
    speaker: string | null;
    role?: string | null;
    rule?: string;
    quoteRule?: string;
    speakerRule?: string;
  }[];
  organisations?: { name: string; aliases?: string[]; rule?: string }[];
}

/** One rule's record: results it produced that were scored, and how many were right. */
export interface RuleScore {
  rule: string;
  count: number;
  correct: number;
  precision: number;
}

export interface ByRuleReport {
  /** Predicted quotes by the rule that found their marks: correct = matches a gold quote. */
  quotes: RuleScore[];
  /** Matched quotes by the sieve that named the speaker: correct = the gold speaker. */
  speakers: RuleScore[];
  /** Matched quotes by attribution class (`rule` in the output): correct = the gold speaker. */
  attributions: RuleScore[];
  /** Scored organisations by recognition rule: correct = a gold organisation. */
  organisations: RuleScore[];
}

const UNKNOWN = '(no rule)';

const fold = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-');

const tokens = (s: string | null | undefined): string[] =>
  fold(s).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];

/** How many words two lists have in common, each word counted as often as both lists hold it. */
function commonWords(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  return common;
}

function tokenOverlap(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  return commonWords(ta, tb) / Math.max(ta.length, tb.length);
}

const orgKey = (s: string | null | undefined): string =>
  tokens((s ?? '').replace(/['\u2019]s\b/g, ''))
    .filter((t, i) => !(i === 0 && t === 'the'))
    .join(' ');

const orgVariants = (o: { name?: string; aliases?: string[] }): Set<string> =>
  new Set([o.name, ...(o.aliases ?? [])].map(orgKey).filter(Boolean));

const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'president',
  'prime',
  'minister',
  'gen',
  'general',
  'sen',
  'senator',
  'rep',
  'prof',
  'professor',
  'jr',
  'sr',
]);

function surname(name: string): string | null {
  const t = tokens(name).filter((x) => !TITLES.has(x));
  const last = t.at(-1);
  return last === undefined ? null : last.replace(/^(al|el)-/, '');
}

function sameSpeaker(gold: string | null, pred: string | null, orgSets: readonly Set<string>[]): boolean {
  const g = gold === null || gold === '' ? null : gold;
  const p = pred === null || pred === '' ? null : pred;
  if (g === null || p === null) return g === p;
  const orgOfGold = orgSets.find((set) => set.has(orgKey(g)));
  if (orgOfGold?.has(orgKey(p))) return true;
  const gs = surname(g);
  const ps = surname(p);
  if (!gs || !ps) return false;
  if (gs === ps) return true;
  const pt = tokens(p).map((x) => x.replace(/^(al|el)-/, ''));
  const gt = tokens(g).map((x) => x.replace(/^(al|el)-/, ''));
  return pt.includes(gs) || gt.includes(ps);
}

const baseName = (file: string): string => file.slice(file.lastIndexOf('/') + 1);

class Tally {
  private readonly rows = new Map<string, { count: number; correct: number }>();
  add(rule: string | undefined, correct: boolean): void {
    const key = rule ?? UNKNOWN;
    const row = this.rows.get(key) ?? { count: 0, correct: 0 };
    row.count++;
    if (correct) row.correct++;
    this.rows.set(key, row);
  }
  /** Rows with the most results first, then by name. */
  scores(): RuleScore[] {
    return [...this.rows]
      .map(([rule, { count, correct }]) => ({
        rule,
        count,
        correct,
        precision: count === 0 ? 1 : correct / count,
      }))
      .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
  }
}

/**
 * The shared scorer's quote matching: each predicted quote's gold quote (by index), pairs of token
 * overlap ≥ 0.9 taken best first, one to one.
 */
function matchQuotes(gq: readonly { text: string }[], pq: readonly { text: string }[]): Map<number, number> {
  const pairs: { gi: number; pi: number; ov: number }[] = [];
  gq.forEach((q, gi) => {
    pq.forEach((r, pi) => {
      const ov = fold(q.text).trim() === fold(r.text).trim() ? 1 : tokenOverlap(q.text, r.text);
      if (ov >= 0.9) pairs.push({ gi, pi, ov });
    });
  });
  pairs.sort((a, b) => b.ov - a.ov);
  const usedG = new Set<number>();
  const matchOf = new Map<number, number>();
  for (const { gi, pi } of pairs) {
    if (usedG.has(gi) || matchOf.has(pi)) continue;
    usedG.add(gi);
    matchOf.set(pi, gi);
  }
  return matchOf;
}

/** A gold article's organisations under all their names, for speakers that are organisations. */
const speakerOrgSetsOf = (g: GoldArticle): Set<string>[] =>
  [...(g.organisations ?? []), ...(g.optional_organisations ?? [])].map(orgVariants);

/** Scores the predictions of the gold articles per rule (articles missing from `predictions` are skipped). */
export function scoreByRule(
  gold: readonly GoldArticle[],
  predictions: readonly PredictedArticle[],
): ByRuleReport {
  const byFile = new Map(predictions.map((p) => [baseName(p.file), p]));
  const quotes = new Tally();
  const speakers = new Tally();
  const attributions = new Tally();
  const organisations = new Tally();
  for (const g of gold) {
    const p = byFile.get(baseName(g.file));
    if (!p) continue;
    const gq = g.quotes ?? [];
    const pq = p.quotes ?? [];
    const gOrgs = g.organisations ?? [];
    const speakerOrgSets = speakerOrgSetsOf(g);
    const matchOf = matchQuotes(gq, pq);
    pq.forEach((q, pi) => {
      const gi = matchOf.get(pi);
      quotes.add(q.quoteRule, gi !== undefined);
      if (gi === undefined) return;
      const right = sameSpeaker(gq[gi]!.speaker, q.speaker, speakerOrgSets);
      speakers.add(q.speakerRule, right);
      attributions.add(q.rule, right);
    });

    const goldSets = gOrgs.map(orgVariants);
    const optSets = (g.optional_organisations ?? []).map(orgVariants);
    if (p.source) optSets.push(orgVariants({ name: p.source }));
    const matchedGold = new Set<number>();
    for (const o of p.organisations ?? []) {
      const v = [...orgVariants(o)];
      const hit = goldSets.findIndex((s, i) => !matchedGold.has(i) && v.some((x) => s.has(x)));
      if (hit >= 0) {
        matchedGold.add(hit);
        organisations.add(o.rule, true);
      } else if (goldSets.some((s) => v.some((x) => s.has(x)))) organisations.add(o.rule, false);
      else if (!optSets.some((s) => v.some((x) => s.has(x)))) organisations.add(o.rule, false);
    }
  }
  return {
    quotes: quotes.scores(),
    speakers: speakers.scores(),
    attributions: attributions.scores(),
    organisations: organisations.scores(),
  };
}

/** The report as aligned text tables, one per family. */
export function formatByRule(report: ByRuleReport): string {
  const section = (title: string, correctLabel: string, rows: readonly RuleScore[]): string[] => {
    const width = Math.max(24, ...rows.map((r) => r.rule.length));
    const lines = [title, `  ${'rule'.padEnd(width)}  count  ${correctLabel.padStart(7)}  precision`];
    for (const r of rows)
      lines.push(
        `  ${r.rule.padEnd(width)}  ${String(r.count).padStart(5)}  ${String(r.correct).padStart(7)}  ${r.precision.toFixed(3).padStart(9)}`,
      );
    return lines;
  };
  return [
    ...section('quotes (predicted quotes; right = matches a gold quote)', 'right', report.quotes),
    '',
    ...section('speakers by sieve (matched quotes; right = gold speaker)', 'right', report.speakers),
    '',
    ...section('speakers by attribution class (`rule`)', 'right', report.attributions),
    '',
    ...section('organisations (scored; right = a gold organisation)', 'right', report.organisations),
  ].join('\n');
}

/**
 * How the roles shown beside speakers (`quotes[].role`) agree with the gold's, over the quotes
 * matched to a gold quote whose speaker is right (the gold guidelines keep roles for display checks;
 * the shared scorer does not score them). Both roles are compared as folded words without
 * articles: `exact` when the words are the same, `close` when their word F1 is at least 0.5,
 * `wrong` below that; `missing` when only the gold gives a role, `extra` when only the
 * prediction does, `bothNone` when neither does.
 */
export interface RoleReport {
  quotes: number;
  exact: number;
  close: number;
  wrong: number;
  missing: number;
  extra: number;
  bothNone: number;
}

const ROLE_FILLER = new Set(['the', 'a', 'an']);
const roleWords = (role: string | null | undefined): string[] =>
  tokens(role).filter((t) => !ROLE_FILLER.has(t));

/** Word F1 of two roles' folded words (multisets). */
export function roleOverlap(gold: string, predicted: string): number {
  const g = roleWords(gold);
  const p = roleWords(predicted);
  if (g.length === 0 || p.length === 0) return g.length === p.length ? 1 : 0;
  return (2 * commonWords(g, p)) / (g.length + p.length);
}

export function scoreRoles(
  gold: readonly GoldArticle[],
  predictions: readonly PredictedArticle[],
): RoleReport {
  const byFile = new Map(predictions.map((p) => [baseName(p.file), p]));
  const report: RoleReport = { quotes: 0, exact: 0, close: 0, wrong: 0, missing: 0, extra: 0, bothNone: 0 };
  for (const g of gold) {
    const p = byFile.get(baseName(g.file));
    if (!p) continue;
    const gq = g.quotes ?? [];
    const pq = p.quotes ?? [];
    const orgSets = speakerOrgSetsOf(g);
    for (const [pi, gi] of matchQuotes(gq, pq)) {
      const goldQuote = gq[gi]!;
      const predicted = pq[pi]!;
      if (!sameSpeaker(goldQuote.speaker, predicted.speaker, orgSets)) continue;
      report.quotes++;
      const goldRole = roleWords(goldQuote.role).length > 0 ? goldQuote.role! : null;
      const predictedRole = roleWords(predicted.role).length > 0 ? predicted.role! : null;
      if (goldRole === null && predictedRole === null) report.bothNone++;
      else if (predictedRole === null) report.missing++;
      else if (goldRole === null) report.extra++;
      else {
        const overlap = roleOverlap(goldRole, predictedRole);
        if (overlap === 1) report.exact++;
        else if (overlap >= 0.5) report.close++;
        else report.wrong++;
      }
    }
  }
  return report;
}

/** The role report as text: counts and shares of the quotes with the right speaker. */
export function formatRoles(report: RoleReport): string {
  const share = (n: number) => (report.quotes === 0 ? '–' : (n / report.quotes).toFixed(3));
  const rows: [string, number][] = [
    ['the same role', report.exact],
    ['a close role (word F1 ≥ 0.5)', report.close],
    ['another role', report.wrong],
    ['no role in either', report.bothNone],
    ['missing (only the gold gives one)', report.missing],
    ['extra (only the extractor gives one)', report.extra],
    ['agree (the same role, or none in either)', report.exact + report.bothNone],
    ['… or a close role', report.exact + report.bothNone + report.close],
  ];
  return [
    `roles (quotes with the right speaker: ${report.quotes}; the shared scorer does not score roles)`,
    `  ${''.padEnd(42)}  count   share`,
    ...rows.map(([label, n]) => `  ${label.padEnd(42)}  ${String(n).padStart(5)}  ${share(n).padStart(6)}`),
  ].join('\n');
}
