import { describe, expect, it } from 'vitest';
import { neighbours } from '~/lib/articles';
import { entryTrail } from '~/lib/breadcrumbs';
import { breadcrumbJsonLd } from '~/lib/structured-data';
import { tableOfContents } from '~/lib/toc';
import { sectionFallback } from '~/lib/translations';
import type { Locale } from '~/site.config';

const article = (locale: Locale, name: string, day: number) => ({
  locale,
  name,
  date: new Date(Date.UTC(2025, 0, day)),
  topics: [],
  title: `${name} title`,
  path: `/${locale}/articles/${name}/`,
});

describe('neighbours', () => {
  const items = [
    article('en', 'middle', 10),
    article('en', 'newest', 20),
    article('de', 'german-between', 15),
    article('en', 'oldest', 1),
  ];

  it('links the articles before and after in the list order (newest first), same locale only', () => {
    expect(neighbours(items[0]!, items)).toEqual({
      newer: { title: 'newest title', path: '/en/articles/newest/' },
      older: { title: 'oldest title', path: '/en/articles/oldest/' },
    });
  });

  it('has no newer article for the newest and no older one for the oldest', () => {
    expect(neighbours(items[1]!, items).newer).toBeUndefined();
    expect(neighbours(items[3]!, items).older).toBeUndefined();
    expect(neighbours(items[2]!, items)).toEqual({ newer: undefined, older: undefined });
  });
});

describe('tableOfContents', () => {
  const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

  it('lists the h2 sections by id once there are three', () => {
    expect(tableOfContents([h(2, 'a'), h(3, 'a-1'), h(2, 'b'), h(2, 'c')])).toEqual([
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
      { id: 'c', text: 'C' },
    ]);
  });

  it('gives a body with two sections (and any number of h3s) none', () => {
    expect(tableOfContents([h(2, 'a'), h(3, 'x'), h(3, 'y'), h(2, 'b')])).toEqual([]);
  });
});

describe('sectionFallback', () => {
  it.each([
    ['/de/articles/nur-deutsch/', 'en', 'articles', '/en/articles/'],
    ['/en/keynotes/talk/', 'zh', 'keynotes', '/zh/keynotes/'],
    ['/zh/quizzes/quiz/', 'de', 'quizzes', '/de/quizzes/'],
    ['/de/topics/betrieb/', 'en', 'topics', '/en/topics/'],
    ['/en/shortlist/', 'de', 'home', '/de/'],
  ] as const)('sends %s in %s to the %s section', (path, to, section, target) => {
    expect(sectionFallback(path, to)).toEqual({ section, path: target });
  });
});

describe('breadcrumbs', () => {
  it('leads from the home page through the list to the page, in the page’s language', () => {
    expect(entryTrail('keynotes', 'de', 'Frühwarnsystem', '/de/keynotes/fruehwarnsystem/')).toEqual(
      [
        { name: 'Start', path: '/de/' },
        { name: 'Vorträge', path: '/de/keynotes/' },
        { name: 'Frühwarnsystem', path: '/de/keynotes/fruehwarnsystem/' },
      ],
    );
  });

  it('numbers the BreadcrumbList items from 1', () => {
    const list = breadcrumbJsonLd([
      { name: 'Home', url: 'https://x.test/en/' },
      { name: 'Articles', url: 'https://x.test/en/articles/' },
    ]);
    expect(list['@type']).toBe('BreadcrumbList');
    expect(list.itemListElement.map((i) => [i.position, i.name, i.item])).toEqual([
      [1, 'Home', 'https://x.test/en/'],
      [2, 'Articles', 'https://x.test/en/articles/'],
    ]);
  });
});
