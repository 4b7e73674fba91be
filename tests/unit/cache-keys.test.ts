import { describe, expect, it } from 'vitest';
import { digestOf, sharedKey, stableJson, withCacheKeys } from '~/lib/cache-keys';

/** A stand-in for what `getCollection()` returns for one file. */
const entry = (id: string, title: string, digest: string, body = 'Body text.') => ({
  id,
  collection: 'articles',
  data: { title, date: new Date('2025-03-14T00:00:00Z') },
  body,
  digest,
  filePath: `content/articles/${id}.mdx`,
});

const article = (name: string, title: string, digest = `digest-${name}`) => ({
  name,
  title,
  path: `/en/articles/${name}/`,
  entry: entry(`en/${name}`, title, digest),
});

describe('stableJson', () => {
  it('writes equal data the same way whatever the order of object keys', () => {
    expect(stableJson({ b: 1, a: { d: [1, 2], c: 'x' } })).toBe(
      stableJson({ a: { c: 'x', d: [1, 2] }, b: 1 }),
    );
  });

  it('tells apart arrays in another order and dates a day apart', () => {
    expect(stableJson([1, 2])).not.toBe(stableJson([2, 1]));
    expect(stableJson(new Date('2025-03-14'))).not.toBe(stableJson(new Date('2025-03-15')));
  });

  it('leaves out fields that are undefined, as the page does not show them', () => {
    expect(stableJson({ title: 'A', updated: undefined })).toBe(stableJson({ title: 'A' }));
  });

  it('keys a content entry by its digest and data, not by copying its body', () => {
    const json = stableJson(entry('en/a', 'A', 'abc', 'x'.repeat(10_000)));
    expect(json).toContain('"abc"');
    expect(json.length).toBeLessThan(200);
    expect(stableJson(entry('en/a', 'A', 'abc'))).not.toBe(stableJson(entry('en/a', 'A', 'abd')));
    expect(stableJson(entry('en/a', 'A', 'abc'))).not.toBe(stableJson(entry('en/a', 'B', 'abc')));
  });

  it('uses the body of an entry that has no digest', () => {
    const { digest: _, ...withoutDigest } = entry('en/a', 'A', 'abc', 'one');
    expect(stableJson(withoutDigest)).not.toBe(stableJson({ ...withoutDigest, body: 'two' }));
  });

  it('refuses what it cannot key instead of leaving it out', () => {
    expect(() => stableJson({ pathOf: (n: number) => `/page/${n}/` })).toThrow(/function/);
    expect(() => stableJson({ seen: new Set([1]) })).toThrow(/Set/);
    expect(() => stableJson(new Map())).toThrow(/Map/);
  });
});

describe('sharedKey', () => {
  const labels = { operations: { en: 'Operations', de: 'Betrieb', zh: '运营' } };
  const march = new Date('2025-03-01T00:00:00Z');

  it('stays the same within a year for the same topic labels', () => {
    expect(sharedKey(labels, march)).toBe(sharedKey(labels, new Date('2025-12-31T23:00:00Z')));
  });

  it('changes with a topic label, since every topic chip shows one', () => {
    const renamed = { operations: { ...labels.operations, de: 'Betriebsführung' } };
    expect(sharedKey(renamed, march)).not.toBe(sharedKey(labels, march));
  });

  it('changes with the new year, since the footer shows the year', () => {
    expect(sharedKey(labels, new Date('2026-01-01T00:00:00Z'))).not.toBe(sharedKey(labels, march));
  });
});

describe('withCacheKeys', () => {
  const pages = (relatedTitle: string) => [
    {
      params: { slug: 'a' },
      props: { article: article('a', 'A'), related: [article('b', relatedTitle)] },
    },
    { params: { slug: 'c' }, props: { article: article('c', 'C'), related: [] } },
  ];

  it('keeps params and props and adds a different key to each page', () => {
    const keyed = withCacheKeys(pages('B'), 'shared');
    expect(keyed.map((p) => p.params)).toEqual([{ slug: 'a' }, { slug: 'c' }]);
    expect(keyed[0]!.props).toEqual(pages('B')[0]!.props);
    expect(keyed[0]!.cacheKey).not.toBe(keyed[1]!.cacheKey);
  });

  it('changes the key of a page whose related article was renamed, and only that page', () => {
    const before = withCacheKeys(pages('B'), 'shared');
    const after = withCacheKeys(pages('B, renamed'), 'shared');
    expect(after[0]!.cacheKey).not.toBe(before[0]!.cacheKey);
    expect(after[1]!.cacheKey).toBe(before[1]!.cacheKey);
  });

  it('changes every key when the shared part changes', () => {
    const before = withCacheKeys(pages('B'), 'shared');
    const after = withCacheKeys(pages('B'), 'shared, other dictionaries');
    expect(after.map((p) => p.cacheKey)).not.toContain(before[0]!.cacheKey);
    expect(after.map((p) => p.cacheKey)).not.toContain(before[1]!.cacheKey);
  });

  it('gives the same key for the same data in the next build', () => {
    expect(withCacheKeys(pages('B'), 'shared')).toEqual(withCacheKeys(pages('B'), 'shared'));
    expect(digestOf({ a: 1 })).toMatch(/^[\w-]{43}$/);
  });
});
