/**
 * Build-output tests on the sample site (built once by the global setup):
 * what dist/ must contain for readers, search engines and feed readers.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { contentRoot } from '~/lib/content-root';
import { checkContent } from '~/lib/content-check';
import { groupTranslations, translationPaths } from '~/lib/translations';
import { localeKeys, site } from '~/site.config';
import {
  distFiles,
  htmlFileFor,
  page,
  readDist,
  resolvesToFile,
  scriptBytes,
  urlPathOf,
} from '../support/dist';

const report = checkContent(contentRoot());
const articles = report.entries.filter((e) => e.kind === 'articles');
const published = articles.filter((e) => !e.draft);
const groups = groupTranslations(published);
const htmlFiles = distFiles('.html');
const drafts = articles.filter((e) => e.draft);
const pathOf = (e: (typeof articles)[number]) => `/${e.locale}/articles/${e.slug}/`;

describe('sample content', () => {
  it('passes the content check', () => {
    expect(report.errors).toEqual([]);
  });

  it('has published articles in every locale (so the checks below check something)', () => {
    expect(localeKeys.filter((l) => !published.some((e) => e.locale === l))).toEqual([]);
    expect(htmlFiles.length).toBeGreaterThan(50);
  });
});

describe('pages per locale', () => {
  it.each(localeKeys)('builds home, article list, topics, about and RSS in %s', (locale) => {
    for (const p of [
      `/${locale}/`,
      `/${locale}/articles/`,
      `/${locale}/topics/`,
      `/${locale}/about/`,
    ]) {
      expect(resolvesToFile(p), p).toBe(true);
    }
    expect(resolvesToFile(`/${locale}/rss.xml`)).toBe(true);
    for (const topic of Object.keys(report.topics)) {
      expect(resolvesToFile(`/${locale}/topics/${topic}/`), topic).toBe(true);
    }
  });

  it('builds a page for every published article at its localized slug, and none for drafts', () => {
    for (const entry of published) expect(resolvesToFile(pathOf(entry)), entry.file).toBe(true);
    expect(drafts.length, 'a sample draft').toBeGreaterThan(0);
    for (const entry of drafts) expect(resolvesToFile(pathOf(entry)), entry.file).toBe(false);
  });

  it('sets <html lang> to the language of each page', () => {
    const checked = new Map<string, number>();
    for (const file of htmlFiles) {
      const locale = file.split('/')[0]!;
      if (!localeKeys.includes(locale as never)) continue;
      const lang = parse(readDist(file)).querySelector('html')?.getAttribute('lang');
      expect(lang, file).toBe(site.locales[locale as keyof typeof site.locales].lang);
      checked.set(locale, (checked.get(locale) ?? 0) + 1);
    }
    expect(localeKeys.filter((l) => (checked.get(l) ?? 0) < 10)).toEqual([]);
  });

  it('writes publication dates the way each language writes them', () => {
    const expected = {
      en: /^\d{1,2} [A-Z][a-z]+ \d{4}$/,
      de: /^\d{1,2}\. [A-ZÄÖÜ][a-zäöü]+ \d{4}$/,
      zh: /^\d{4}年\d{1,2}月\d{1,2}日$/,
    };
    for (const entry of published) {
      const time = parse(readDist(htmlFileFor(pathOf(entry)))).querySelector('.article time');
      expect(time?.text.trim(), entry.file).toMatch(
        expected[entry.locale as keyof typeof expected],
      );
    }
  });

  it('lists a locale’s articles newest first on its article list, and only that locale’s', () => {
    for (const locale of localeKeys) {
      const links = page(`/${locale}/articles/`)
        .querySelectorAll('.card-list .card-title a')
        .map((a) => a.getAttribute('href'));
      const expected = published
        .filter((e) => e.locale === locale)
        .sort(
          (a, b) =>
            (b.data as { date: Date }).date.getTime() - (a.data as { date: Date }).date.getTime(),
        )
        .slice(0, site.pageSize)
        .map(pathOf);
      expect(links.length, locale).toBeGreaterThan(0);
      expect(links).toEqual(expected);
    }
  });
});

describe('translations and hreflang', () => {
  const pairs = published.filter((e) => Object.keys(translationPaths(e, groups)).length > 1);
  const loners = published.filter((e) => Object.keys(translationPaths(e, groups)).length === 1);

  it('has translated sample articles and articles in one language only', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(8);
    expect(loners.length).toBeGreaterThan(0);
  });

  it('links every translated article to each existing translation with hreflang, and to nothing else', () => {
    for (const entry of pairs) {
      const expected = Object.entries(translationPaths(entry, groups))
        .map(
          ([l, p]) =>
            `${site.locales[l as keyof typeof site.locales].lang} ${new URL(p, site.url).href}`,
        )
        .sort();
      const actual = page(pathOf(entry))
        .querySelectorAll('link[rel=alternate][hreflang]')
        .map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`)
        .sort();
      expect(actual, entry.file).toEqual(expected);
    }
  });

  it('gives an article without translations no hreflang alternates', () => {
    for (const entry of loners) {
      expect(
        page(pathOf(entry)).querySelectorAll('link[rel=alternate][hreflang]'),
        entry.file,
      ).toHaveLength(0);
    }
  });

  it('links the article with a localized slug to its original, both ways', () => {
    const localized = pairs.find((e) => e.slug !== e.name);
    expect(localized, 'a translated sample article with its own slug').toBeDefined();
    const paths = translationPaths(localized!, groups);
    for (const [locale, p] of Object.entries(paths)) {
      const switcher = page(p).querySelectorAll('.language-select a');
      for (const [other, otherPath] of Object.entries(paths)) {
        const lang = site.locales[other as keyof typeof site.locales].lang;
        expect(
          switcher.find((a) => a.getAttribute('hreflang') === lang)?.getAttribute('href'),
          `${locale} → ${other}`,
        ).toBe(otherPath);
      }
    }
  });

  it('sends the language switch of an untranslated article to the other locale’s article list', () => {
    for (const entry of loners) {
      const links = page(pathOf(entry)).querySelectorAll('.language-select a');
      for (const locale of localeKeys.filter((l) => l !== entry.locale)) {
        const link = links.find((a) => a.getAttribute('hreflang') === site.locales[locale].lang);
        expect(link?.getAttribute('href'), entry.file).toBe(`/${locale}/articles/`);
        expect(link?.classList.contains('untranslated')).toBe(true);
        // The language's name in its own language, marked so; the note in the page's language.
        const name = link!.querySelector('span[lang]')!;
        expect(name.getAttribute('lang')).toBe(site.locales[locale].lang);
        expect(name.textContent).toBe(site.locales[locale].label);
        expect(link!.getAttribute('title')).not.toContain(site.locales[locale].label);
      }
    }
  });

  it('never links to a page that was not built (switcher, hreflang, canonical)', () => {
    let checked = 0;
    for (const file of htmlFiles) {
      const root = parse(readDist(file));
      const hrefs = [
        ...root.querySelectorAll('.language-select a').map((a) => a.getAttribute('href')!),
        ...root
          .querySelectorAll('link[rel=alternate][hreflang], link[rel=canonical]')
          .map((l) => new URL(l.getAttribute('href')!).pathname),
      ];
      for (const href of hrefs) expect(resolvesToFile(href), `${file} → ${href}`).toBe(true);
      checked += hrefs.length;
    }
    expect(checked).toBeGreaterThan(htmlFiles.length * 2);
  });
});

describe('metadata for search engines and link previews', () => {
  it('gives every locale page a canonical URL on the site origin and Open Graph tags', () => {
    for (const file of htmlFiles.filter((f) => f !== '404.html')) {
      const root = parse(readDist(file));
      expect(root.querySelector('link[rel=canonical]')?.getAttribute('href'), file).toBe(
        new URL(urlPathOf(file), site.url).href,
      );
      if (file === 'index.html') continue;
      for (const property of ['og:title', 'og:description', 'og:url', 'og:locale', 'og:type']) {
        expect(
          root.querySelector(`meta[property="${property}"]`)?.getAttribute('content'),
          `${file} ${property}`,
        ).toBeTruthy();
      }
    }
  });

  it('describes each article page with parseable JSON-LD of type Article in its language', () => {
    for (const entry of published) {
      const scripts = page(pathOf(entry)).querySelectorAll('script[type="application/ld+json"]');
      const data = [JSON.parse(scripts[0]!.textContent)]
        .flat()
        .find((d: { '@type': string }) => d['@type'] === 'Article');
      expect(data, entry.file).toBeDefined();
      expect(data.inLanguage).toBe(site.locales[entry.locale].lang);
      expect(data.headline).toBe((entry.data as { title: string }).title);
    }
  });

  it('writes a sitemap whose localized-slug pages carry their language alternates', () => {
    const xml = readDist('sitemap-0.xml');
    const localized = published.find(
      (e) => e.slug !== e.name && Object.keys(translationPaths(e, groups)).length > 1,
    )!;
    const url = new URL(pathOf(localized), site.url).href;
    const block = xml.split('<url>').find((u) => u.includes(`<loc>${url}</loc>`));
    expect(block, url).toBeDefined();
    for (const p of Object.values(translationPaths(localized, groups))) {
      expect(block).toContain(`href="${new URL(p, site.url).href}"`);
    }
    for (const entry of published)
      expect(xml, entry.file).toContain(`<loc>${new URL(pathOf(entry), site.url).href}</loc>`);
  });

  it('publishes one RSS feed per locale with only that locale’s articles', () => {
    for (const locale of localeKeys) {
      const feed = readDist(`${locale}/rss.xml`);
      const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)]
        .map((m) => new URL(m[1]!).pathname)
        .sort();
      const expected = published
        .filter((e) => e.locale === locale)
        .map(pathOf)
        .sort();
      expect(links.length, locale).toBeGreaterThan(0);
      expect(links, locale).toEqual(expected);
      expect(feed).toContain(`<language>${site.locales[locale].lang}</language>`);
    }
  });
});

describe('weight and privacy', () => {
  it('loads at most 3 KB of JavaScript on article pages', () => {
    for (const entry of published)
      expect(scriptBytes(pathOf(entry)), entry.file).toBeLessThanOrEqual(3 * 1024);
  });

  it('shows articles fully without JavaScript: the body is in the HTML', () => {
    for (const entry of published) {
      const prose = page(pathOf(entry)).querySelector('.prose');
      expect(prose?.textContent.trim().length ?? 0, entry.file).toBeGreaterThan(200);
    }
  });

  it('references nothing on another origin (scripts, styles, images, fonts, frames)', () => {
    const origin = new URL(site.url).origin;
    const offenders: string[] = [];
    for (const file of [...htmlFiles, ...distFiles('.css')]) {
      const text = readDist(file);
      const urls = [
        ...text.matchAll(/\b(?:src|srcset|poster|data|action|formaction)=["']?([^"'\s>]+)/gi),
        ...text.matchAll(/<link\b[^>]*\bhref=["']?([^"'\s>]+)/gi),
        ...text.matchAll(/url\(\s*["']?([^"')]+)/gi),
        ...text.matchAll(/@import\s+["']([^"']+)/gi),
      ].map((m) => m[1]!);
      for (const url of urls) {
        if (/^(https?:)?\/\//i.test(url) && new URL(url, origin).origin !== origin)
          offenders.push(`${file}: ${url}`);
      }
      if (/<iframe\b/i.test(text)) offenders.push(`${file}: iframe`);
    }
    expect(offenders).toEqual([]);
  });
});
