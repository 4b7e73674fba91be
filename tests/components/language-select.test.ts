import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import LanguageSelect from '~/components/LanguageSelect.astro';
import Pagination from '~/components/Pagination.astro';
import TranslationLinks from '~/components/TranslationLinks.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('LanguageSelect', () => {
  it('links to existing translations and marks the current language', async () => {
    const html = await container.renderToString(LanguageSelect, {
      props: {
        locale: 'de',
        alternates: { en: '/en/articles/first-contact/', de: '/de/articles/erstloesung/' },
        path: '/de/articles/erstloesung/',
      },
    });
    const links = parse(html).querySelectorAll('a');
    const byLang = Object.fromEntries(links.map((a) => [a.getAttribute('hreflang'), a]));
    expect(byLang.en!.getAttribute('href')).toBe('/en/articles/first-contact/');
    expect(byLang.de!.getAttribute('aria-current')).toBe('page');
    expect(byLang.de!.getAttribute('href')).toBe('/de/articles/erstloesung/');
  });

  it('sends a language without a translation to the same section there and says so', async () => {
    const html = await container.renderToString(LanguageSelect, {
      props: {
        locale: 'de',
        alternates: { en: '/en/articles/first-contact/', de: '/de/articles/erstloesung/' },
        path: '/de/articles/erstloesung/',
      },
    });
    const zh = parse(html).querySelector('a[hreflang="zh-CN"]')!;
    expect(zh.getAttribute('href')).toBe('/zh/articles/');
    expect(zh.classList.contains('untranslated')).toBe(true);
    expect(zh.textContent).toContain('Dieser Artikel ist nicht übersetzt');
    expect(zh.getAttribute('title')).toBe(
      'Dieser Artikel ist nicht übersetzt; der Link öffnet die Artikelliste',
    );
    // The language's own name, in its own language, never inside the German sentence.
    expect(zh.querySelector('span[lang="zh-CN"]')?.textContent).toBe('中文');
  });

  it.each([
    ['/en/keynotes/only-english/', '/de/keynotes/', 'keynote catalogue'],
    ['/en/quizzes/only-english/', '/de/quizzes/', 'quiz list'],
    ['/en/shortlist/', '/de/', 'home page'],
  ])('sends %s without a German version to %s', async (path, href, words) => {
    const html = await container.renderToString(LanguageSelect, {
      props: { locale: 'en', alternates: { en: path }, path },
    });
    const de = parse(html).querySelector('a[hreflang="de"]')!;
    expect(de.getAttribute('href')).toBe(href);
    // The note is in the page's language (English) and names where the link goes.
    expect(de.getAttribute('title')).toMatch(
      new RegExp(`not translated; the link opens the ${words}$`),
    );
    expect(de.querySelector('span[lang="de"]')?.textContent).toBe('Deutsch');
  });
});

describe('TranslationLinks', () => {
  it('lists only the other languages that exist', async () => {
    const html = await container.renderToString(TranslationLinks, {
      props: { locale: 'en', alternates: { en: '/en/articles/a/', zh: '/zh/articles/a/' } },
    });
    const links = parse(html).querySelectorAll('a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/zh/articles/a/']);
    expect(links[0]!.textContent.trim()).toBe('中文'); // the dev-mode compiler keeps template whitespace
  });

  it('renders nothing for a piece with no translation', async () => {
    const html = await container.renderToString(TranslationLinks, {
      props: { locale: 'en', alternates: { en: '/en/articles/a/' } },
    });
    expect(html.trim()).toBe('');
  });
});

describe('Pagination', () => {
  it('shows newer/older links and the page status in the reader’s language', async () => {
    const html = await container.renderToString(Pagination, {
      props: {
        locale: 'de',
        current: 2,
        last: 3,
        pathOf: (n: number) => `/de/articles/page/${n}/`,
      },
    });
    const root = parse(html);
    expect(root.querySelector('a[rel=prev]')?.getAttribute('href')).toBe('/de/articles/page/1/');
    expect(root.querySelector('a[rel=next]')?.getAttribute('href')).toBe('/de/articles/page/3/');
    expect(root.textContent).toContain('Seite 2 von 3');
  });

  it('renders nothing when everything fits on one page', async () => {
    const html = await container.renderToString(Pagination, {
      props: { locale: 'en', current: 1, last: 1, pathOf: () => '/' },
    });
    expect(html.trim()).toBe('');
  });
});
