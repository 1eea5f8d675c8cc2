/**
 * Writes a synthetic corpus of seed files for scale tests and benchmarks:
 *   node --import tsx scripts/bench/generate-corpus.ts OUT_DIR [COUNT] [SEED]
 * Articles have realistic lengths (150–900 words), about three quotes in the common attribution
 * patterns, and a handful of organisations, people and places each. Deterministic for a seed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FIRST = [
  'Maria',
  'James',
  'Aisha',
  'Chen',
  'Olga',
  'Pedro',
  'Fatima',
  'Liam',
  'Yuki',
  'Ahmed',
  'Sofia',
  'David',
  'Amara',
  'Lars',
  'Priya',
  'Tom',
];
const LAST = [
  'Santos',
  'Okafor',
  'Lindqvist',
  'Haddad',
  'Novak',
  'Tanaka',
  'Brennan',
  'Rahman',
  'Costa',
  'Fischer',
  'Mbeki',
  'Iyer',
  'Goffus',
  'al-Araji',
  'Moreau',
  'Kowalski',
];
const ROLES = [
  'Minister of Finance',
  'spokesperson for the ministry',
  'chief executive',
  'Secretary General',
  'professor of economics',
  'union leader',
  'mayor',
  'National Security Advisor',
  'police commissioner',
  'head of research',
];
const ORGS = [
  ['United Nations', 'UN'],
  ['European Union', 'EU'],
  ['NATO', ''],
  ['World Health Organization', 'WHO'],
  ['International Monetary Fund', 'IMF'],
  ['Ministry of Defence', ''],
  ['Red Cross', ''],
  ['Central Bank of Brazil', ''],
  ['Labour Party', ''],
  ['University of Toronto', ''],
  ['Reuters', ''],
  ['Greenpeace', ''],
  ['World Bank', ''],
  ['Federal Reserve', 'Fed'],
  ['African Union', 'AU'],
  ['Acme Holdings Inc.', ''],
];
const PLACES = [
  'Baghdad',
  'Brazil',
  'Nairobi',
  'Canada',
  'Oslo',
  'Jakarta',
  'Peru',
  'Geneva',
  'Texas',
  'Manila',
];
const SOURCES = ['Wire Service', 'Shafaq News', 'Daily Courier', 'Metro Times', 'Global Report'];
const VERBS = ['said', 'told reporters', 'added', 'explained', 'warned', 'stated'];
const FILLER = [
  'The talks are expected to continue next week as both sides review the proposals in detail.',
  'Officials did not give a timetable for the next steps, but analysts expect a decision before the end of the year.',
  'The announcement comes after months of negotiations between the parties involved.',
  'Critics have questioned whether the plan goes far enough to address the underlying problems.',
  'Figures released on Monday showed a modest improvement compared with the same period last year.',
  'Local residents said they had seen little change so far, though many remained hopeful.',
  'The measure still has to be approved by parliament, where the governing coalition holds a narrow majority.',
  'Observers noted that similar efforts in the past had stalled because of disagreements over funding.',
];
const QUOTES = [
  'We will continue to work with all our partners to make sure this commitment is honoured in full',
  'This is an important step, but there is still a great deal of work ahead of us',
  'Nobody expected the results to come this quickly, and we are very encouraged by them',
  'Our priority is the safety of the people who live and work in the region',
  'We have been clear from the start that the rules apply to everyone equally',
  'It is too early to say what the long-term effects will be',
];

/** A small deterministic xorshift generator of numbers in [0, 1): the generators' only randomness. */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** Generates one synthetic article in the seed format. */
export function generateArticle(n: number, seed = 1): string {
  const r = rng(seed * 1_000_003 + n);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const person = (): { name: string; role: string } => ({
    name: `${pick(FIRST)} ${pick(LAST)}`,
    role: pick(ROLES),
  });
  const org = pick(ORGS);
  const org2 = pick(ORGS);
  const place = pick(PLACES);
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(r() * 3650) * 86_400_000).toISOString().slice(0, 10);
  const speakers = [person(), person(), person()];
  const paragraphs: string[] = [];
  paragraphs.push(
    `On Tuesday, the ${org[0]}${org[1] ? ` (${org[1]})` : ''} announced a new agreement with officials in ${place} after talks with the ${org2[0]}.`,
  );
  const targetWords = 150 + Math.floor(r() * 750);
  let words = paragraphs[0]!.split(' ').length;
  let q = 0;
  const introduced = new Set<string>();
  while (words < targetWords) {
    let p: string;
    const s = speakers[q % speakers.length]!;
    const quote = pick(QUOTES);
    // About one paragraph in five carries a quote: ~3 quotes an article, as in the Wikinews corpus.
    switch (Math.floor(r() * 16)) {
      case 0:
        p = `“${quote},” ${s.name}, the ${s.role}, ${pick(VERBS)}.`;
        q++;
        break;
      case 1:
        p = `${s.name}, ${s.role} at the ${pick(ORGS)[0]}, ${pick(VERBS)}: “${quote}.”`;
        q++;
        break;
      case 2:
        // Surname-only attribution, as papers do once a person has been introduced.
        p = `“${quote},” ${introduced.has(s.name) ? s.name.split(' ')[1] : s.name} ${pick(VERBS)}. “${pick(QUOTES)}.”`;
        q++;
        break;
      default:
        p = `${pick(FILLER)} ${pick(FILLER)} The ${pick(ORGS)[0]} and representatives from ${pick(PLACES)} are due to meet again.`;
    }
    introduced.add(s.name);
    paragraphs.push(p);
    words += p.split(' ').length;
  }
  return `date ${day} ${pick(SOURCES)}/ ${paragraphs.join('\n\n')}\n`;
}

/** Writes `count` articles into `dir`, spread over subfolders of 1,000 files. */
export function generateCorpus(dir: string, count: number, seed = 1): void {
  for (let i = 0; i < count; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `syn-${String(i).padStart(6, '0')}.txt`), generateArticle(i, seed));
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const [out, count = '1000', seed = '1'] = process.argv.slice(2);
  if (!out) {
    process.stderr.write('usage: generate-corpus.ts OUT_DIR [COUNT] [SEED]\n');
    process.exit(2);
  }
  generateCorpus(out, Number(count), Number(seed));
  process.stdout.write(`wrote ${count} articles to ${out}\n`);
}
