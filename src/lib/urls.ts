/**
 * Every URL the site links to is built here, so routes, the language switch,
 * hreflang, the sitemap and RSS can never disagree about where a page lives.
 * All paths end with a slash (the site is built as folders with index.html).
 */
import { site, type Locale } from '~/site.config';
import { contentKinds, type PagedKind } from './content-kinds';

/** `/de/` or `/de/topics/` for `localePath('de', 'topics')`. */
export function localePath(locale: Locale, ...segments: (string | number)[]): string {
  return `/${[locale, ...segments].join('/')}/`;
}

/** The page of one article, quiz or keynote: `/de/articles/erstloesung/`. */
export function entryPath(kind: PagedKind, locale: Locale, slug: string): string {
  return localePath(locale, contentKinds[kind].pages.segment, slug);
}

/** The list of a kind's pages in a locale: `/de/quizzes/`. */
export function listPath(kind: PagedKind, locale: Locale): string {
  return localePath(locale, contentKinds[kind].pages.segment);
}

/** Article list page `n` (page 1 is the list's own address). */
export function articleListPath(locale: Locale, page = 1): string {
  return page <= 1
    ? listPath('articles', locale)
    : localePath(locale, contentKinds.articles.pages.segment, 'page', page);
}

/** Topic hub page `n` (page 1 is the hub's own address). */
export function topicPath(locale: Locale, topic: string, page = 1): string {
  return page <= 1
    ? localePath(locale, 'topics', topic)
    : localePath(locale, 'topics', topic, 'page', page);
}

/** A locale's not-found page, where hosts that serve the nearest 404 page look for it. */
export function notFoundPath(locale: Locale): string {
  return `/${locale}/404.html`;
}

export function rssPath(locale: Locale): string {
  return `/${locale}/rss.xml`;
}

/** Absolute URL on the configured origin, for canonical links, Open Graph, JSON-LD and feeds. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url).href;
}

/**
 * A keynote's one-sheet PDF, beside its page and named for its slug, so a download keeps a
 * readable name: `/de/keynotes/fruehwarnsystem.pdf`.
 */
export function oneSheetPath(locale: Locale, slug: string): string {
  return `/${[locale, contentKinds.keynotes.pages.segment, `${slug}.pdf`].join('/')}`;
}

/** What the press kit offers for download from the portrait. */
export type DownloadKind = 'web' | 'print' | 'zip';

/**
 * The press kit's portrait downloads, named after the portrait's file so a link in an
 * organiser's e-mail keeps working after a new build.
 * @example portraitDownloadPaths('morgan-reyes-portrait.jpg').print // '/press/morgan-reyes-portrait-print.jpg'
 */
export function portraitDownloadPaths(portraitFile: string): Record<DownloadKind, string> {
  const base = portraitFile.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  return {
    web: `/press/${base}-web.jpg`,
    print: `/press/${base}-print.jpg`,
    zip: `/press/${base}-all.zip`,
  };
}
