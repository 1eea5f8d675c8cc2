/**
 * Writes one names-dense, news-like seed of about a given size, the worst case for attribution:
 *   node --import tsx scripts/bench/generate-names-dense.ts OUT_FILE [BYTES] [SEED]
 * Many paragraphs of news prose, each with "Firstname Lastname said" attributions of distinct
 * people (invented from syllables, so there are tens of thousands of them), quotes in the common
 * patterns, surname-only and pronoun re-mentions, organisations and places; invented bodies (a
 * syllable name and a head noun, some defined with an acronym and re-mentioned by it), so the
 * stages that compare an article's organisations are exercised too. Deterministic.
 */
import { writeFileSync } from 'node:fs';
import { rng } from './generate-corpus.ts';

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'dar',
  'vel',
  'tho',
  'sa',
  'ni',
  'bor',
  'gan',
  'li',
  'mor',
  'te',
  'quin',
  'fa',
  'ros',
  'del',
  'ja',
  'win',
];
const ROLES = [
  'the finance minister',
  'a spokesperson for the ministry',
  'the chief executive',
  'a professor of economics',
  'the union leader',
  'the mayor',
  'a senior police officer',
];
const ORGS = [
  'United Nations',
  'European Union',
  'NATO',
  'World Health Organization',
  'International Monetary Fund',
  'Red Cross',
  'World Bank',
  'African Union',
  'Federal Reserve',
  'Greenpeace',
];
/** Heads for invented organisations, so an article can hold thousands of distinct bodies. */
const HEADS = ['Institute', 'Foundation', 'Council', 'Party', 'University', 'Agency', 'Bank', 'Commission'];
const PLACES = ['Baghdad', 'Brazil', 'Nairobi', 'Canada', 'Oslo', 'Jakarta', 'Peru', 'Geneva', 'Manila'];
const VERBS = ['said', 'told reporters', 'added', 'warned', 'explained'];
const QUOTES = [
  'We will keep working with all our partners until this is done',
  'This is an important step, but there is a great deal of work ahead',
  'Nobody expected the results to come this quickly',
  'Our priority is the safety of the people who live here',
  'The rules apply to everyone equally',
];

/** A names-dense seed text of at least `bytes` bytes (UTF-8), deterministic for `seed`. */
export function generateNamesDenseSeed(bytes: number, seed = 1): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const word = (n: number): string => {
    let w = '';
    for (let i = 0; i < n; i++) w += pick(SYLLABLES);
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const paragraphs: string[] = [
    `Officials from the ${pick(ORGS)} met in ${pick(PLACES)} on Tuesday to discuss the plan.`,
  ];
  let size = 40 + paragraphs[0]!.length;
  const people: string[] = [];
  const bodies: { name: string; acronym: string }[] = [];
  while (size < bytes) {
    const name = `${word(2)} ${word(2 + Math.floor(r() * 2))}`;
    people.push(name);
    const earlier = people[Math.floor(r() * people.length)]!;
    const surname = earlier.split(' ')[1]!;
    let p: string;
    switch (Math.floor(r() * 7)) {
      case 0:
        p = `“${pick(QUOTES)},” ${name}, ${pick(ROLES)}, ${pick(VERBS)}.`;
        break;
      case 1:
        p = `${name} of the ${pick(ORGS)} ${pick(VERBS)}: “${pick(QUOTES)}.” ${surname} did not agree.`;
        break;
      case 2:
        p = `“${pick(QUOTES)},” ${surname} ${pick(VERBS)}. “${pick(QUOTES)},” he added, speaking in ${pick(PLACES)}.`;
        break;
      case 3:
        p = `${name} said the ${pick(ORGS)} would meet ${earlier} in ${pick(PLACES)} next week, according to ${pick(ROLES)}.`;
        break;
      case 5: {
        const body = `${word(2)} ${pick(HEADS)}`;
        bodies.push({ name: body, acronym: '' });
        const other = bodies[Math.floor(r() * bodies.length)]!.name;
        p = `${name} of the ${body} said the ${other} would join the talks in ${pick(PLACES)}.`;
        break;
      }
      case 6: {
        const first = word(2);
        const head = pick(HEADS);
        const acronym = `${first.charAt(0)}${head.charAt(0)}${'ABCDEFGHJK'.charAt(bodies.length % 10)}`;
        const body = `${first} ${head} of ${word(2)}`;
        bodies.push({ name: body, acronym });
        const earlier = bodies[Math.floor(r() * bodies.length)]!;
        p = `The ${body} (${acronym}) ${pick(VERBS)} that the ${earlier.acronym || earlier.name} had agreed, ${name} said.`;
        break;
      }
      default:
        p = `The talks between the ${pick(ORGS)} and officials in ${pick(PLACES)} continued, ${name} said. “${pick(QUOTES)},” she said.`;
    }
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return `date 2024-05-01 Names Wire/ ${paragraphs.join('\n\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const [out, bytes = '1600000', seed = '1'] = process.argv.slice(2);
  if (!out) {
    process.stderr.write('usage: generate-names-dense.ts OUT_FILE [BYTES] [SEED]\n');
    process.exit(2);
  }
  const text = generateNamesDenseSeed(Number(bytes), Number(seed));
  writeFileSync(out, text);
  process.stdout.write(`wrote ${Buffer.byteLength(text)} bytes to ${out}\n`);
}
