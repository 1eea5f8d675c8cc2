/**
 * Text made fit for one line of a title or a description: control characters dropped, runs of
 * white space one space, and cut at a word with "…" when longer than asked. Shared by the app's
 * titles and the pre-rendered pages' head (`src/prerender/page-head.ts`).
 */

/** C0 and C1 control characters other than tab and line ends: not allowed in HTML text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** `text` on one line of at most `limit` characters, cut at a word with "…". */
export function oneLine(text: string, limit: number): string {
  const line = text.replace(CONTROL_CHARACTERS, '').replace(/\s+/g, ' ').trim();
  if (line.length <= limit) return line;
  const cut = line.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
