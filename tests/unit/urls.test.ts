import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  articleListPath,
  entryPath,
  localePath,
  rssPath,
  topicPath,
} from '~/lib/urls';
import { site } from '~/site.config';

describe('URLs', () => {
  it('gives a locale home page as /de/', () => {
    expect(localePath('de')).toBe('/de/');
  });

  it('joins segments under the locale and ends with a slash', () => {
    expect(localePath('de', 'topics')).toBe('/de/topics/');
    expect(localePath('zh', 'articles', 'page', 3)).toBe('/zh/articles/page/3/');
  });

  it('puts an article, a quiz and a keynote under their own folder', () => {
    expect(entryPath('articles', 'de', 'erstloesung')).toBe('/de/articles/erstloesung/');
    expect(entryPath('quizzes', 'en', 'queue-quiz')).toBe('/en/quizzes/queue-quiz/');
    expect(entryPath('keynotes', 'zh', 'service-level')).toBe('/zh/keynotes/service-level/');
  });

  it('gives page 1 of the article list the list’s own address', () => {
    expect(articleListPath('en')).toBe('/en/articles/');
    expect(articleListPath('en', 1)).toBe('/en/articles/');
  });

  it('gives later article list pages /page/<n>/', () => {
    expect(articleListPath('en', 2)).toBe('/en/articles/page/2/');
    expect(articleListPath('de', 12)).toBe('/de/articles/page/12/');
  });

  it('puts topic hubs under /<locale>/topics/<id>/, later pages under page/N/', () => {
    expect(topicPath('zh', 'leadership')).toBe('/zh/topics/leadership/');
    expect(topicPath('zh', 'leadership', 1)).toBe('/zh/topics/leadership/');
    expect(topicPath('de', 'operations', 3)).toBe('/de/topics/operations/page/3/');
  });

  it('gives each locale its own RSS feed file', () => {
    expect(rssPath('de')).toBe('/de/rss.xml');
    expect(rssPath('en')).toBe('/en/rss.xml');
  });

  it('makes absolute URLs on the configured site origin', () => {
    expect(absoluteUrl('/de/articles/erstloesung/')).toBe(
      'https://www.example.com/de/articles/erstloesung/',
    );
    expect(absoluteUrl('/en/rss.xml').startsWith(new URL(site.url).origin + '/')).toBe(true);
    expect(absoluteUrl(articleListPath('en', 2))).toBe(
      `${new URL(site.url).origin}/en/articles/page/2/`,
    );
  });
});
