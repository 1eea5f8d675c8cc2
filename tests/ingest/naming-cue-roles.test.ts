// A title right before "named", "called" or "identified as" and a person's name is that person's
// role, where the name is first given and at a later quote (issue #12, h12-round3). Sentences
// written for this test, not corpus text.
import { expect, test } from 'vitest';
import { speakersAndRoles } from './speakers-of.ts';

test('"a <title> named <Name>" gives the speaker the title', () => {
  expect(
    speakersAndRoles('A ferry mechanic named Ostrowski said, "The engine had never failed before."'),
  ).toEqual([['Ostrowski', 'ferry mechanic']]);
  expect(speakersAndRoles('A lifeguard called Tomas Reyes said, "We saw the wave first."')).toEqual([
    ['Tomas Reyes', 'lifeguard'],
  ]);
});

test('"<title>, identified as <age> <Name>" carries the title to a later quote', () => {
  expect(
    speakersAndRoles(
      'The fire injured another warden, identified as 52-year-old Hilda Marsh, on the stairs.',
      'Hilda Marsh later told reporters, "The smoke came up the stairs in seconds."',
    ),
  ).toEqual([['Hilda Marsh', 'warden']]);
});

test('a name or a verb before the cue titles no one', () => {
  expect(
    speakersAndRoles('Mayor Ruth Lane called Dale Voss "a friend," and Dale Voss said, "Thank you."'),
  ).toEqual([
    ['Ruth Lane', 'Mayor'],
    ['Dale Voss', null],
  ]);
  expect(
    speakersAndRoles('The driver was identified as Pavel Brisk. Pavel Brisk had said, "The road was icy."'),
  ).toEqual([['Pavel Brisk', null]]);
});
