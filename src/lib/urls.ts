/**
 * Every URL the site links to is built here, so routes, the language switch,
 * hreflang, the sitemap and RSS can never disagree about where a page lives.
 * All paths end with a slash (the site is built as folders with index.html).
 */
import { site, type Locale } from '~/site.config';

export type CollectionKind = 'articles' | 'quizzes' | 'keynotes';

/** `/de/` or `/de/topics/` for `localePath('de', 'topics')`. */
export function localePath(locale: Locale, ...segments: (string | number)[]): string {
  return `/${[locale, ...segments].join('/')}/`;
}

/** The page of one article, quiz or keynote. */
export function entryPath(kind: CollectionKind, locale: Locale, slug: string): string {
  return localePath(locale, kind, slug);
}

/** Article list page `n` (page 1 is the list's own address). */
export function articleListPath(locale: Locale, page = 1): string {
  return page <= 1 ? localePath(locale, 'articles') : localePath(locale, 'articles', 'page', page);
}

/** Topic hub page `n` (page 1 is the hub's own address). */
export function topicPath(locale: Locale, topic: string, page = 1): string {
  return page <= 1
    ? localePath(locale, 'topics', topic)
    : localePath(locale, 'topics', topic, 'page', page);
}

export function rssPath(locale: Locale): string {
  return `/${locale}/rss.xml`;
}

/** Absolute URL on the configured origin, for canonical links, Open Graph, JSON-LD and feeds. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url).href;
}
