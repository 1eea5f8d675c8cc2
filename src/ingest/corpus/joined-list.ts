/**
 * Lists the build cache keeps as one newline-joined string (an entry's search terms, the content
 * keys and pairs of a kept index, the ids of an output state): a string serialises and loads much
 * faster than an array of thousands of short strings. `""` holds no item.
 */
export function splitList(joined: string): string[] {
  return joined === '' ? [] : joined.split('\n');
}
