/** One page of a list; page numbers start at 1. */
export interface Page<T> {
  items: T[];
  current: number;
  last: number;
  total: number;
}

/**
 * Splits a list into pages of `size`. An empty list still has one (empty) page,
 * so a locale with no articles yet gets a list page that says so.
 */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const last = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: last }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    current: i + 1,
    last,
    total: items.length,
  }));
}
