/**
 * The keynote shortlist, kept only in the organiser's own browser: a list of
 * keynote names under one localStorage key. Nothing else is stored. Every
 * part of a page that shows it (the header count, the toggles, the shortlist
 * page) hears a change made on the page through one event, and one made in
 * another tab through the browser's `storage` event. Changing it is
 * `./shortlist-edit` (kept apart so that pages which only show the count,
 * every page through the header, load only this).
 */

export const SHORTLIST_KEY = 'keynote-shortlist';
/** Fired on the page (`window`) after it changed the shortlist. */
export const SHORTLIST_CHANGE = 'shortlist-change';

export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readShortlist(store: Store): string[] {
  try {
    const value: unknown = JSON.parse(store.getItem(SHORTLIST_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Calls `render` with the list now and after every change, made on this page or in another tab.
 * @example watchShortlist(localStorage, window, (names) => (badge.textContent = String(names.length)))
 */
export function watchShortlist(
  store: Store,
  events: EventTarget,
  render: (names: string[]) => void,
): void {
  const update = () => render(readShortlist(store));
  events.addEventListener(SHORTLIST_CHANGE, update);
  // Any key: reading the list again is cheap, and a cleared storage names no key.
  events.addEventListener('storage', update);
  update();
}
