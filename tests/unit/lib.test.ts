import { describe, expect, it } from 'vitest';
import { formatDate, parseIsoDay } from '~/lib/dates';
import { readingMinutes } from '~/lib/reading-time';
import { paginate } from '~/lib/pagination';
import { absoluteUrl, articleListPath, entryPath, localePath, topicPath } from '~/lib/urls';
import { parseContentPath, SEGMENT_PATTERN } from '~/lib/content-paths';
import { missingIn, newestFirst, relatedArticles } from '~/lib/articles';
import { createAlternatesLookup } from '~/lib/alternates';
import { buildMailto } from '~/lib/mailto';
import type { CheckedEntry } from '~/lib/content-check';

describe('dates', () => {
  it('accepts real days and rejects days that do not exist', () => {
    expect(parseIsoDay('2024-02-29')).toMatchObject({ ok: true });
    expect(parseIsoDay('2023-02-29')).toEqual({ ok: false, reason: 'is not a real date' });
    expect(parseIsoDay('2024-02-31')).toEqual({ ok: false, reason: 'is not a real date' });
    expect(parseIsoDay('2024-13-01')).toEqual({ ok: false, reason: 'is not a real date' });
    expect(parseIsoDay('2024-2-3')).toEqual({ ok: false, reason: 'is not written as YYYY-MM-DD' });
  });

  it('formats dates the way each language writes them', () => {
    const day = new Date(Date.UTC(2025, 2, 14));
    expect(formatDate(day, 'en')).toBe('March 14, 2025');
    expect(formatDate(day, 'en-GB')).toBe('14 March 2025');
    expect(formatDate(day, 'de')).toBe('14. März 2025');
    expect(formatDate(day, 'zh-CN')).toBe('2025年3月14日');
  });
});

describe('reading time', () => {
  const words = { unit: 'words', perMinute: 230 } as const;
  const chars = { unit: 'characters', perMinute: 400 } as const;

  it('counts words for English and German', () => {
    expect(readingMinutes('word '.repeat(460), words)).toBe(2);
    expect(readingMinutes('kurz', words)).toBe(1);
  });

  it('counts Chinese by characters, not by spaces', () => {
    const chinese = '呼叫中心的领导需要关注客户体验和排班质量'.repeat(60); // 1200 characters, no spaces
    expect(readingMinutes(chinese, chars)).toBe(3);
  });

  it('does not count code, link targets or MDX imports', () => {
    const source = `import X from './x.astro'\n\n[two words](https://example.com/a/very/long/path/with/many/segments)\n\n\`\`\`\n${'code '.repeat(1000)}\n\`\`\``;
    expect(readingMinutes(source, words)).toBe(1);
  });
});

describe('pagination', () => {
  it('splits 23 items into pages of 10, 10 and 3', () => {
    const pages = paginate(
      Array.from({ length: 23 }, (_, i) => i),
      10,
    );
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 3]);
    expect(pages[2]).toMatchObject({ current: 3, last: 3, total: 23 });
  });
  it('gives an empty list one empty page', () => {
    expect(paginate([], 10)).toEqual([{ items: [], current: 1, last: 1, total: 0 }]);
  });
});

describe('URLs', () => {
  it('prefixes every page with its locale', () => {
    expect(localePath('de', 'topics')).toBe('/de/topics/');
    expect(entryPath('articles', 'de', 'erstloesungsquote')).toBe(
      '/de/articles/erstloesungsquote/',
    );
    expect(articleListPath('en')).toBe('/en/articles/');
    expect(articleListPath('en', 2)).toBe('/en/articles/page/2/');
    expect(topicPath('zh', 'leadership')).toBe('/zh/topics/leadership/');
    expect(absoluteUrl('/en/')).toBe('https://www.example.com/en/');
  });
});

describe('content paths', () => {
  it('derives locale and name from the file path', () => {
    expect(parseContentPath('de/first-contact.mdx')).toEqual({
      locale: 'de',
      name: 'first-contact',
    });
    expect(() => parseContentPath('fr/x.mdx')).toThrow();
    expect(() => parseContentPath('x.mdx')).toThrow();
  });
  it('allows only lowercase hyphenated URL segments', () => {
    expect(['first-contact', 'fcr2'].every((s) => SEGMENT_PATTERN.test(s))).toBe(true);
    expect(['First', 'a--b', '-a', 'ä', 'a_b'].some((s) => SEGMENT_PATTERN.test(s))).toBe(false);
  });
});

describe('article queries', () => {
  const a = (locale: 'en' | 'de', name: string, day: number, topics: string[]) => ({
    locale,
    name,
    date: new Date(Date.UTC(2025, 0, day)),
    topics,
  });
  const all = [
    a('en', 'one', 1, ['x', 'y']),
    a('en', 'two', 5, ['x']),
    a('en', 'three', 3, ['y', 'x']),
    a('de', 'one', 2, ['x']),
    a('de', 'only-de', 9, ['x']),
  ];

  it('sorts newest first', () =>
    expect(newestFirst(all).map((i) => `${i.locale}/${i.name}`)).toEqual([
      'de/only-de',
      'en/two',
      'en/three',
      'de/one',
      'en/one',
    ]));
  it('relates articles in the same locale by shared topics, never itself', () => {
    expect(relatedArticles(all[0]!, all).map((i) => i.name)).toEqual(['three', 'two']);
  });
  it('lists what exists only in other languages', () => {
    expect(missingIn('en', all).map((i) => `${i.locale}/${i.name}`)).toEqual(['de/only-de']);
    expect(missingIn('de', all).map((i) => `${i.locale}/${i.name}`)).toEqual([
      'en/two',
      'en/three',
    ]);
  });
});

describe('sitemap alternates', () => {
  const entry = (locale: 'en' | 'de', name: string, slug: string, draft = false) =>
    ({ kind: 'articles', locale, name, slug, draft, file: '', data: {} }) as CheckedEntry;
  const lookup = createAlternatesLookup(
    [
      entry('en', 'fcr', 'fcr'),
      entry('de', 'fcr', 'erstloesung'),
      entry('en', 'alone', 'alone'),
      entry('de', 'hidden', 'hidden', true),
      entry('en', 'hidden', 'hidden'),
    ],
    (p) => p !== '/zh/articles/page/2/' && !p.startsWith('/zh/articles/page'),
  );

  it('pairs a localized slug with its original', () => {
    expect(lookup('/de/articles/erstloesung/').map((l) => l.url)).toEqual([
      'https://www.example.com/en/articles/fcr/',
      'https://www.example.com/de/articles/erstloesung/',
    ]);
  });
  it('gives a lone article or one whose translation is a draft no alternates', () => {
    expect(lookup('/en/articles/alone/')).toEqual([]);
    expect(lookup('/en/articles/hidden/')).toEqual([]);
  });
  it('pairs other pages only with pages that were built', () => {
    expect(lookup('/en/articles/page/2/').map((l) => l.lang)).toEqual(['en', 'de']);
  });
});

describe('reply by email', () => {
  it('never lets a title add a recipient', () => {
    const url = new URL(
      buildMailto({
        to: 'hello@example.com',
        subject: 'About: a&cc=x@y.z',
        body: 'line\nBcc: x@y.z',
      }),
    );
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(() => buildMailto({ to: 'a@b.c,evil@x.y', subject: '', body: '' })).toThrow();
  });
});
