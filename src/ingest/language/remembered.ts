/**
 * The value of `make(key)`, kept in `cache` for the next call with the same key: for pure
 * functions of a name or word, which the same articles ask again and again (speakers, sources and
 * bodies come back article after article). The cache is emptied when it passes `limit` entries,
 * so its memory stays bounded over a corpus of any size.
 */
export function remembered<V>(
  cache: Map<string, V>,
  key: string,
  make: (key: string) => V,
  limit = 20_000,
): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make(key);
    if (cache.size > limit) cache.clear();
    cache.set(key, value);
  }
  return value;
}
