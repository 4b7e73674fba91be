/**
 * The keynote shortlist, kept only in the organiser's own browser: a list of
 * keynote names under one localStorage key. Nothing else is stored.
 */

export const SHORTLIST_KEY = 'keynote-shortlist';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readShortlist(store: Store): string[] {
  try {
    const value: unknown = JSON.parse(store.getItem(SHORTLIST_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function writeShortlist(store: Store, names: readonly string[]): void {
  const unique = [...new Set(names)];
  if (unique.length) store.setItem(SHORTLIST_KEY, JSON.stringify(unique));
  else store.removeItem(SHORTLIST_KEY);
}

/** Adds the name if absent, removes it if present; returns the new list. */
export function toggleInShortlist(store: Store, name: string): string[] {
  const current = readShortlist(store);
  const next = current.includes(name) ? current.filter((n) => n !== name) : [...current, name];
  writeShortlist(store, next);
  return next;
}
