/**
 * A speaker's roles as the speaker page lists them. The data tallies each role as written, so
 * "Prime Minister" and "prime minister" came as two rows; here they are one: counts added, dates
 * spanned, written as most of its quotes write it. Other spellings ("PM") stay apart: only
 * capitals are folded.
 */
export interface RoleRow {
  role: string;
  count: number;
  /** ISO dates of the first and last quote with this role. */
  first: string;
  last: string;
}

/**
 * Folds roles that differ only in capitals. `roles` come most frequent first (then most recent);
 * merged rows take their place by that order again. Without anything to merge, `roles` itself.
 */
export function foldRoles<T extends RoleRow>(roles: readonly T[]): readonly T[] {
  const byKey = new Map<string, T>();
  for (const row of roles) {
    const key = row.role.toLocaleLowerCase('en');
    const kept = byKey.get(key);
    // The first row of a key has the most quotes: its spelling names the merged row.
    if (!kept) byKey.set(key, row);
    else
      byKey.set(key, {
        ...kept,
        count: kept.count + row.count,
        first: row.first < kept.first ? row.first : kept.first,
        last: row.last > kept.last ? row.last : kept.last,
      });
  }
  if (byKey.size === roles.length) return roles;
  return [...byKey.values()].sort(
    (a, b) => b.count - a.count || (a.last === b.last ? 0 : a.last < b.last ? 1 : -1),
  );
}
