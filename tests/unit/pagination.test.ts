import { describe, expect, it } from 'vitest';
import { paginate } from '~/lib/pagination';

describe('paginate', () => {
  const items = Array.from({ length: 23 }, (_, i) => `item-${i + 1}`);

  it('splits 23 items into pages of 10, 10 and 3', () => {
    expect(paginate(items, 10).map((page) => page.items.length)).toEqual([10, 10, 3]);
  });

  it('numbers pages from 1 and tells each page the last page and the total', () => {
    expect(
      paginate(items, 10).map(({ current, last, total }) => ({ current, last, total })),
    ).toEqual([
      { current: 1, last: 3, total: 23 },
      { current: 2, last: 3, total: 23 },
      { current: 3, last: 3, total: 23 },
    ]);
  });

  it('keeps the order: page 2 starts with item 11 and page 3 ends with item 23', () => {
    const pages = paginate(items, 10);
    expect(pages[1]!.items[0]).toBe('item-11');
    expect(pages[2]!.items).toEqual(['item-21', 'item-22', 'item-23']);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 10)).toEqual([{ items: [], current: 1, last: 1, total: 0 }]);
  });

  it('adds no empty trailing page when the list fills the pages exactly', () => {
    const pages = paginate(items.slice(0, 20), 10);
    expect(pages).toHaveLength(2);
    expect(pages[1]).toMatchObject({ current: 2, last: 2, total: 20 });
  });

  it('puts a short list on a single page', () => {
    expect(paginate(['a', 'b'], 10)).toEqual([
      { items: ['a', 'b'], current: 1, last: 1, total: 2 },
    ]);
  });

  it('does not change the list it is given', () => {
    const copy = [...items];
    paginate(items, 7);
    expect(items).toEqual(copy);
  });
});
