/**
 * The shortlist as the page's scripts share it: saving tells every part of this page that shows
 * it (the header count, the toggles, the shortlist page); another tab hears the browser's
 * `storage` event. The list itself is `~/lib/shortlist`.
 */
import { readShortlist, SHORTLIST_KEY } from '~/lib/shortlist';

const CHANGE = 'shortlist-change';

/**
 * Changes the stored list and tells this page's listeners.
 * @example changeShortlist((store) => toggleInShortlist(store, 'early-warning-system'))
 */
export function changeShortlist(change: (store: Storage) => unknown): void {
  change(localStorage);
  dispatchEvent(new Event(CHANGE));
}

/** Calls `render` with the list now and after every change, in this tab or another. */
export function watchShortlist(render: (names: string[]) => void): void {
  const update = () => render(readShortlist(localStorage));
  addEventListener(CHANGE, update);
  addEventListener('storage', (event) => {
    if (event.key === SHORTLIST_KEY || event.key === null) update();
  });
  update();
}
