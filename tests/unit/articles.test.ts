import { describe, expect, it } from 'vitest';
import {
  missingIn,
  newestFirst,
  relatedArticles,
  withTopic,
  type ArticleLike,
} from '~/lib/articles';

type Item = ArticleLike & { id: string };
const item = (
  locale: ArticleLike['locale'],
  name: string,
  day: number,
  topics: string[],
): Item => ({
  id: `${locale}/${name}`,
  locale,
  name,
  date: new Date(Date.UTC(2025, 0, day)),
  topics,
});
const ids = (items: Item[]) => items.map((i) => i.id);

describe('newestFirst', () => {
  it('puts the newest article first', () => {
    const items = [item('en', 'old', 1, []), item('en', 'new', 20, []), item('en', 'mid', 10, [])];
    expect(ids(newestFirst(items))).toEqual(['en/new', 'en/mid', 'en/old']);
  });

  it('orders articles of the same day by name', () => {
    const items = [
      item('en', 'zebra', 5, []),
      item('en', 'alpha', 5, []),
      item('en', 'mango', 5, []),
    ];
    expect(ids(newestFirst(items))).toEqual(['en/alpha', 'en/mango', 'en/zebra']);
  });

  it('does not reorder the list it was given', () => {
    const items = [item('en', 'old', 1, []), item('en', 'new', 20, [])];
    newestFirst(items);
    expect(ids(items)).toEqual(['en/old', 'en/new']);
  });
});

describe('relatedArticles', () => {
  const self = item('en', 'self', 10, ['a', 'b', 'c']);
  const candidates = [
    self,
    item('en', 'one-shared-newest', 30, ['a']),
    item('en', 'two-shared-old', 2, ['a', 'b']),
    item('en', 'three-shared', 1, ['c', 'b', 'a', 'z']),
    item('en', 'two-shared-new', 20, ['b', 'c']),
    item('en', 'nothing-shared', 31, ['z']),
    item('de', 'german-all-shared', 25, ['a', 'b', 'c']),
    item('de', 'self', 25, ['a', 'b', 'c']),
  ];

  it('ranks by shared topics, newer first among equals, and limits to three by default', () => {
    expect(ids(relatedArticles(self, candidates))).toEqual([
      'en/three-shared',
      'en/two-shared-new',
      'en/two-shared-old',
    ]);
  });

  it('honours a larger limit and still leaves out articles that share nothing', () => {
    expect(ids(relatedArticles(self, candidates, 10))).toEqual([
      'en/three-shared',
      'en/two-shared-new',
      'en/two-shared-old',
      'en/one-shared-newest',
    ]);
  });

  it('honours a smaller limit', () => {
    expect(ids(relatedArticles(self, candidates, 1))).toEqual(['en/three-shared']);
  });

  it('never suggests the article itself or articles in another language', () => {
    const related = relatedArticles(self, candidates, 10);
    expect(related.some((r) => r.name === 'self')).toBe(false);
    expect(related.some((r) => r.locale !== 'en')).toBe(false);
  });

  it('gives an article whose topics no other article shares nothing', () => {
    expect(relatedArticles(item('en', 'lonely', 1, ['unique']), candidates)).toEqual([]);
  });
});

describe('missingIn', () => {
  const items = [
    item('en', 'both', 3, ['x']),
    item('de', 'both', 4, ['x']),
    item('de', 'de-and-zh', 5, ['x']),
    item('zh', 'de-and-zh', 9, ['x']),
    item('de', 'only-de', 7, ['x']),
    item('zh', 'only-zh', 1, ['x']),
    item('en', 'only-en', 8, ['x']),
  ];

  it('lists pieces that exist only in other languages, newest first, one per name (its newest version)', () => {
    expect(ids(missingIn('en', items))).toEqual(['zh/de-and-zh', 'de/only-de', 'zh/only-zh']);
  });

  it('lists nothing that already exists in the reader’s language', () => {
    expect(ids(missingIn('de', items))).toEqual(['en/only-en', 'zh/only-zh']);
  });

  it('lists nothing when everything is translated', () => {
    expect(missingIn('en', [item('en', 'a', 1, []), item('de', 'a', 2, [])])).toEqual([]);
  });
});

describe('withTopic', () => {
  it('keeps exactly the articles tagged with the topic, in their order', () => {
    const items = [
      item('en', 'a', 1, ['ops', 'qa']),
      item('en', 'b', 2, ['lead']),
      item('de', 'c', 3, ['ops']),
    ];
    expect(ids(withTopic('ops', items))).toEqual(['en/a', 'de/c']);
    expect(withTopic('missing', items)).toEqual([]);
  });

  it('does not match a topic id that is only part of another id', () => {
    expect(withTopic('ops', [item('en', 'a', 1, ['devops'])])).toEqual([]);
  });
});
