/**
 * Article-wide lookups the attribution rules make for every quote: the people the article gives a
 * title, the organisations of a kind, earlier spokespeople. Built once per article, each answer
 * then costs a map lookup and a bisection instead of a pass over the whole article, which made
 * attribution grow with the square of the article.
 */
import type { ArticleAnalysis, Person } from './article-analysis.ts';
import { position } from './article-analysis.ts';
import syntaxWords from '../data/quotes/syntax-words.json' with { type: 'json' };

const SUBORDINATE_TITLE_WORDS: ReadonlySet<string> = new Set(syntaxWords.subordinateTitleWords);

/** Does `role` name `head` as a subordinate office ("Vice President", "deputy minister", "Deputy Prime Minister")? */
function subordinateTitle(role: string | null, head: string): boolean {
  if (role === null) return false;
  const words = role.toLowerCase().split(/[\s-]+/);
  const at = words.indexOf(head);
  // "Deputy Prime Minister": the subordinate word may stand before a word of the title itself.
  return (
    at > 0 &&
    (SUBORDINATE_TITLE_WORDS.has(words[at - 1]!) || (at > 1 && SUBORDINATE_TITLE_WORDS.has(words[at - 2]!)))
  );
}

interface OrgsOfKind {
  /** Reading positions of the organisations with the word, in the article's order. */
  pos: number[];
  /** After each of them, the name named most often so far (the latest on a tie). */
  best: string[];
}

/** Lookups over one analysed article; see `articleIndex`. */
class ArticleIndex {
  private readonly peopleInOrder: boolean;
  /** People with a role, by each word of it: their indices, ascending. */
  private readonly roleWords = new Map<string, number[]>();
  private readonly roleWordSets: (ReadonlySet<string> | null)[];
  private readonly personNames: ReadonlySet<string>;
  private readonly orgsInOrder: boolean;
  private readonly orgWords = new Map<string, number[]>();
  private readonly orgsOfKind = new Map<string, OrgsOfKind>();
  /** Nominal mentions naming an organisation ("an Interpol spokesperson"), by head, in reading order. */
  private readonly spokes = new Map<string, { pos: number; org: string }[]>();
  /** Bodies named by a head and "of" ("the government of Samoa"), by head, in reading order. */
  private readonly namedBodies = new Map<string, { pos: number; org: string }[]>();

  constructor(private readonly doc: ArticleAnalysis) {
    const { people, orgs } = doc;
    this.peopleInOrder = people.every((p, i) => i === 0 || people[i - 1]!.pos <= p.pos);
    this.roleWordSets = people.map((person, i) => {
      if (person.role === null) return null;
      const words = new Set(person.role.toLowerCase().split(/[\s-]+/));
      for (const w of words) push(this.roleWords, w, i);
      return words;
    });
    this.personNames = new Set(people.map((p) => p.name));
    this.orgsInOrder = orgs.every((o, i) => i === 0 || orgs[i - 1]!.pos <= o.pos);
    orgs.forEach((org, i) => {
      for (const w of new Set(org.name.toLowerCase().split(/\s+/))) push(this.orgWords, w, i);
    });
    doc.paragraphs.forEach((para, p) => {
      for (const n of para.mentions.list) {
        const body = n.kind === 'nominal' && n.head !== null ? ofName(n.head, n.role) : null;
        if (body !== null) push(this.namedBodies, n.head!, { pos: position(p, n.from), org: body });
        if (n.kind !== 'nominal' || n.head === null || n.org === null) continue;
        push(this.spokes, n.head, { pos: position(p, n.from), org: n.org });
      }
    });
  }

  /** Is `name` the full name of one of the article's people? */
  isPersonName(name: string): boolean {
    return this.personNames.has(name);
  }

  /**
   * The latest person (in the article's list) mentioned before `pos` whose role has `head` and
   * every one of `narrowing` among its words ("the minister" → "Foreign Minister X").
   */
  titled(head: string, pos: number, narrowing: readonly string[]): Person | null {
    const list = this.roleWords.get(head);
    if (list === undefined) return null;
    const { people } = this.doc;
    let k = list.length;
    if (this.peopleInOrder) k = countBelow(list.length, (m) => people[list[m]!]!.pos < pos);
    for (let m = k - 1; m >= 0; m--) {
      const i = list[m]!;
      const person = people[i]!;
      if (person.pos >= pos) continue;
      const words = this.roleWordSets[i]!;
      if (!narrowing.every((w) => words.has(w))) continue;
      // "the president" is not the vice president: a subordinate title word right before the
      // head makes another office, unless the nominal says it too.
      if (subordinateTitle(person.role, head) && !narrowing.some((w) => SUBORDINATE_TITLE_WORDS.has(w)))
        continue;
      return person;
    }
    return null;
  }

  /**
   * The organisation whose name has `head` among its words that the article named most often
   * before `pos`; the latest of those on a tie.
   */
  orgOfKind(head: string, pos: number): string | null {
    const kind = this.kind(head);
    if (kind === null) return null;
    if (!this.orgsInOrder) {
      // Not in reading order (never, as `analyseArticle` lists them): count the slow way.
      const counts = new Map<string, number>();
      let best: string | null = null;
      let bestCount = 0;
      for (const i of this.orgWords.get(head) ?? []) {
        const org = this.doc.orgs[i]!;
        if (org.pos >= pos) continue;
        const n = (counts.get(org.name) ?? 0) + 1;
        counts.set(org.name, n);
        if (n >= bestCount) [best, bestCount] = [org.name, n];
      }
      return best;
    }
    const k = countBelow(kind.pos.length, (m) => kind.pos[m]! < pos);
    return k === 0 ? null : kind.best[k - 1]!;
  }

  private kind(head: string): OrgsOfKind | null {
    let kind = this.orgsOfKind.get(head);
    if (kind === undefined) {
      const list = this.orgWords.get(head);
      if (list === undefined) return null;
      kind = { pos: [], best: [] };
      const counts = new Map<string, number>();
      let best = '';
      let bestCount = 0;
      for (const i of list) {
        const org = this.doc.orgs[i]!;
        const n = (counts.get(org.name) ?? 0) + 1;
        counts.set(org.name, n);
        if (n >= bestCount) [best, bestCount] = [org.name, n];
        kind.pos.push(org.pos);
        kind.best.push(best);
      }
      this.orgsOfKind.set(head, kind);
    }
    return kind;
  }

  /**
   * "the government" after "the government of Samoa": the body the latest "<head> of <Name>"
   * before `pos` named ("Government of Samoa").
   */
  namedBody(head: string, pos: number): string | null {
    return latestBefore(this.namedBodies.get(head), pos);
  }

  /** The organisation the latest nominal with this head before `pos` named ("an Interpol spokesperson"). */
  spokesOrg(head: string, pos: number): string | null {
    return latestBefore(this.spokes.get(head), pos);
  }
}

/** The organisation of the last mention before `pos` in a list in reading order, if any. */
function latestBefore(list: readonly { pos: number; org: string }[] | undefined, pos: number): string | null {
  if (list === undefined) return null;
  const k = countBelow(list.length, (m) => list[m]!.pos < pos);
  return k === 0 ? null : list[k - 1]!.org;
}

/** "government of American Samoa" → "Government of American Samoa"; null unless the role is just that. */
export function ofName(head: string, role: string | null): string | null {
  const m =
    role === null ? null : /^(\p{Ll}+) of ((?:the )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*)$/u.exec(role);
  if (!m || m[1] !== head) return null;
  return head[0]!.toUpperCase() + head.slice(1) + ' of ' + m[2]!;
}

function push<V>(map: Map<string, V[]>, key: string, i: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [i]);
  else list.push(i);
}

/** How many of the first `n` items satisfy `below`, given it holds for a prefix of them. */
function countBelow(n: number, below: (m: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const indexes = new WeakMap<ArticleAnalysis, ArticleIndex>();

/** The lookups of an analysed article, built on first use (an analysis is not changed afterwards). */
export function articleIndex(doc: ArticleAnalysis): ArticleIndex {
  let index = indexes.get(doc);
  if (index === undefined) {
    index = new ArticleIndex(doc);
    indexes.set(doc, index);
  }
  return index;
}
