import { describe, expect, it } from 'vitest';
import { createAlternatesLookup } from '~/lib/alternates';
import type { CheckedEntry } from '~/lib/content-check';
import { site } from '~/site.config';

const entry = (
  locale: CheckedEntry['locale'],
  name: string,
  slug = name,
  draft = false,
  kind: CheckedEntry['kind'] = 'articles',
): CheckedEntry => ({
  kind,
  locale,
  name,
  slug,
  draft,
  file: `content/${kind}/${locale}/${name}.mdx`,
  data: {},
});

const abs = (p: string) => new URL(p, site.url).href;

const entries = [
  entry('en', 'first-contact'),
  entry('de', 'first-contact', 'erstloesung'),
  entry('zh', 'first-contact', 'shouci-jiejue'),
  entry('en', 'alone'),
  entry('en', 'half-done'),
  entry('de', 'half-done', 'halb-fertig', true),
  entry('en', 'queue-quiz', 'queue-quiz', false, 'quizzes'),
  entry('de', 'queue-quiz', 'warteschlangen-quiz', false, 'quizzes'),
];

const built = new Set([
  '/en/topics/',
  '/de/topics/',
  '/en/articles/page/2/',
  '/de/articles/page/2/',
  '/zh/articles/page/2/',
  '/en/about/',
]);
const lookup = createAlternatesLookup(entries, (p) => built.has(p));

describe('sitemap alternates', () => {
  it('pairs an article with its translations under their localized slugs, with each locale’s hreflang', () => {
    const expected = [
      { lang: site.locales.en.lang, url: abs('/en/articles/first-contact/') },
      { lang: site.locales.de.lang, url: abs('/de/articles/erstloesung/') },
      { lang: site.locales.zh.lang, url: abs('/zh/articles/shouci-jiejue/') },
    ];
    expect(lookup('/en/articles/first-contact/')).toEqual(expected);
    expect(lookup('/de/articles/erstloesung/')).toEqual(expected);
    expect(lookup('/zh/articles/shouci-jiejue/')).toEqual(expected);
  });

  it('uses the BCP 47 tag, e.g. zh-CN, and absolute URLs on the site origin', () => {
    const zh = lookup('/en/articles/first-contact/').find((a) => a.url.includes('/zh/'));
    expect(zh).toEqual({
      lang: 'zh-CN',
      url: 'https://www.example.com/zh/articles/shouci-jiejue/',
    });
  });

  it('does not pair a German localized-slug page with the English page of the same slug', () => {
    expect(lookup('/en/articles/erstloesung/')).toEqual([]);
  });

  it('gives an article without translation no alternates', () => {
    expect(lookup('/en/articles/alone/')).toEqual([]);
  });

  it('leaves drafts out: an article whose only translation is a draft has no alternates', () => {
    expect(lookup('/en/articles/half-done/')).toEqual([]);
    const everyUrl = entries
      .flatMap((e) => lookup(`/${e.locale}/${e.kind}/${e.slug}/`))
      .map((a) => a.url);
    expect(everyUrl.some((u) => u.includes('halb-fertig'))).toBe(false);
  });

  it('pairs quizzes by name too', () => {
    expect(lookup('/de/quizzes/warteschlangen-quiz/').map((a) => a.url)).toEqual([
      abs('/en/quizzes/queue-quiz/'),
      abs('/de/quizzes/warteschlangen-quiz/'),
    ]);
  });

  it('pairs other pages only with the locales whose page was built', () => {
    expect(lookup('/en/topics/')).toEqual([
      { lang: 'en', url: abs('/en/topics/') },
      { lang: 'de', url: abs('/de/topics/') },
    ]);
    expect(lookup('/de/articles/page/2/').map((a) => a.lang)).toEqual(['en', 'de', 'zh-CN']);
  });

  it('gives a page built in one locale only no alternates', () => {
    expect(lookup('/en/about/')).toEqual([]);
  });

  it('gives pages outside the locale folders no alternates', () => {
    expect(lookup('/')).toEqual([]);
    expect(lookup('/pagefind/')).toEqual([]);
  });
});
