/**
 * How readers move around in the built site: tables of contents, the newer and older article,
 * breadcrumbs (and their JSON-LD) and each locale's not-found page.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { localeKeys, site } from '~/site.config';
import { useTranslations } from '~/lib/i18n';
import { distFiles, page, readDist, resolvesToFile, urlPathOf } from '../support/dist';
import { parse } from 'node-html-parser';

const pagesOf = (segment: string) =>
  distFiles('.html')
    .filter((f) => new RegExp(`^[a-z]+/${segment}/(?!page/)[^/]+/index\\.html$`).test(f))
    .map(urlPathOf);
const articles = pagesOf('articles');
const keynotes = pagesOf('keynotes');
const quizzes = pagesOf('quizzes');

function jsonLd(root: HTMLElement): Record<string, unknown>[] {
  return root
    .querySelectorAll('script[type="application/ld+json"]')
    .flatMap((s) => [JSON.parse(s.textContent) as unknown])
    .flat() as Record<string, unknown>[];
}

describe('table of contents', () => {
  it('lists the sections of every article with three or more, linked to their headings', () => {
    let withToc = 0;
    for (const path of articles) {
      const root = page(path);
      const sections = root.querySelectorAll('.prose h2');
      const links = root.querySelectorAll('.toc a');
      if (sections.length < 3) {
        expect(links, path).toHaveLength(0);
        continue;
      }
      withToc++;
      expect(
        links.map((a) => a.getAttribute('href')),
        path,
      ).toEqual(sections.map((h) => `#${h.id}`));
      expect(links.map((a) => a.textContent.trim())).toEqual(
        sections.map((h) => h.textContent.trim()),
      );
    }
    expect(withToc, 'sample articles with a table of contents').toBeGreaterThan(3);
  });
});

describe('newer and older article', () => {
  const linksOf = (path: string) => {
    const nav = page(path).querySelector('nav.neighbours');
    return {
      newer: nav?.querySelector('a[rel=prev]')?.getAttribute('href'),
      older: nav?.querySelector('a[rel=next]')?.getAttribute('href'),
    };
  };

  it('links each article to its neighbours in the same locale, both ways, in list order', () => {
    for (const locale of localeKeys) {
      const list = page(`/${locale}/articles/`)
        .querySelectorAll('.card-title a')
        .map((a) => a.getAttribute('href')!)
        .filter((href) => href.startsWith(`/${locale}/`));
      expect(list.length, locale).toBeGreaterThan(1);
      list.forEach((path, i) => {
        expect(linksOf(path), path).toEqual({ newer: list[i - 1], older: list[i + 1] });
      });
    }
  });

  it('shows the neighbour’s title on the link', () => {
    const [first, second] = page('/en/articles/').querySelectorAll('.card-title a');
    const older = page(first!.getAttribute('href')!).querySelector('.neighbours a[rel=next]')!;
    expect(older.textContent).toContain(second!.textContent.trim());
  });
});

describe('breadcrumbs', () => {
  it.each([
    ['article', articles, 'nav.articles'],
    ['keynote', keynotes, 'nav.keynotes'],
    ['quiz', quizzes, 'nav.quizzes'],
  ] as const)(
    'lead from home through the list to each %s page, also as BreadcrumbList JSON-LD',
    (_, paths, listKey) => {
      expect(paths.length).toBeGreaterThan(2);
      for (const path of paths) {
        const root = page(path);
        const locale = path.split('/')[1] as (typeof localeKeys)[number];
        const t = useTranslations(locale);
        const title = root.querySelector('main h1')!.textContent.trim();
        const crumbs = root.querySelectorAll('nav.breadcrumbs li');
        expect(
          crumbs.map((li) => li.textContent.trim()),
          path,
        ).toEqual([t('nav.home'), t(listKey), title]);
        expect(crumbs[2]!.querySelector('[aria-current=page]')).not.toBeNull();

        const lists = jsonLd(root).filter((d) => d['@type'] === 'BreadcrumbList');
        expect(lists, path).toHaveLength(1);
        const items = lists[0]!.itemListElement as {
          '@type': string;
          position: number;
          name: string;
          item: string;
        }[];
        expect(items.map((i) => [i['@type'], i.position, i.name])).toEqual([
          ['ListItem', 1, t('nav.home')],
          ['ListItem', 2, t(listKey)],
          ['ListItem', 3, title],
        ]);
        for (const item of items) {
          const url = new URL(item.item);
          expect(url.origin).toBe(new URL(site.url).origin);
          expect(resolvesToFile(url.pathname), item.item).toBe(true);
        }
        expect(items[2]!.item).toBe(
          root.querySelector('link[rel=canonical]')!.getAttribute('href'),
        );
      }
    },
  );
});

describe('not-found page of each locale', () => {
  it.each(localeKeys)(
    'is /%s/404.html, in its language, with navigation and a search box',
    (locale) => {
      const t = useTranslations(locale);
      const root = parse(readDist(`${locale}/404.html`));
      expect(root.querySelector('html')!.getAttribute('lang')).toBe(site.locales[locale].lang);
      expect(root.querySelector('main h1')!.textContent.trim()).toBe(t('notFound.title'));
      expect(root.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
      const nav = root.querySelector(`nav[aria-label="${t('site.mainNav')}"]`)!;
      expect(nav.querySelectorAll('a').map((a) => a.textContent.trim())).toContain(
        t('nav.articles'),
      );
      const search = root.querySelector('main form[role=search]')!;
      expect(search.getAttribute('action')).toBe(`/${locale}/search/`);
      expect(search.querySelector('input[name=q]')).not.toBeNull();
      expect(resolvesToFile(`/${locale}/404/`)).toBe(false);
    },
  );

  it('leaves the root 404 page multilingual', () => {
    const root = parse(readDist('404.html'));
    const langs = root.querySelectorAll('main section[lang]').map((s) => s.getAttribute('lang'));
    expect(langs).toEqual(localeKeys.map((l) => site.locales[l].lang));
  });
});
