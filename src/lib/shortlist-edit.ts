/** Changes to the keynote shortlist (see `./shortlist`), each announced to the page. */
import { readShortlist, SHORTLIST_CHANGE, SHORTLIST_KEY, type Store } from './shortlist';

/** Stores the list, and tells `events` (the page's `window`) that it changed. */
export function writeShortlist(store: Store, names: readonly string[], events?: EventTarget): void {
  const unique = [...new Set(names)];
  if (unique.length) store.setItem(SHORTLIST_KEY, JSON.stringify(unique));
  else store.removeItem(SHORTLIST_KEY);
  events?.dispatchEvent(new Event(SHORTLIST_CHANGE));
}

/** Adds the name if absent, removes it if present; returns the new list. */
export function toggleInShortlist(store: Store, name: string, events?: EventTarget): string[] {
  const current = readShortlist(store);
  const next = current.includes(name) ? current.filter((n) => n !== name) : [...current, name];
  writeShortlist(store, next, events);
  return next;
}
