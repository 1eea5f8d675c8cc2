import { expect, test } from 'vitest';
import { formatCitation } from '../../src/lib/citation.ts';

const parts = {
  text: 'The dialogue will continue next year.',
  speaker: 'Tom Goffus',
  role: 'envoy',
  source: 'Shafaq News',
  headline: 'NATO and Iraq',
  date: '2024-08-28',
  url: 'https://example.org/articles/x#quote-3',
};

test('a citation of an uncertain speaker says the attribution is uncertain', () => {
  expect(formatCitation({ ...parts, uncertain: true })).toBe(
    '“The dialogue will continue next year.” — Tom Goffus (attribution uncertain), envoy. Shafaq News, “NATO and Iraq”, 28 August 2024. https://example.org/articles/x#quote-3',
  );
  expect(formatCitation({ ...parts, uncertain: false })).not.toContain('uncertain');
  expect(formatCitation({ ...parts, speaker: null, uncertain: true })).toContain('— Unattributed. Shafaq');
});
