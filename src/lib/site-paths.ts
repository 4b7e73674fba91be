/**
 * Every address the build writes, worked out from the checked content alone, so
 * the content check can tell a dead internal link before anything is built (as
 * Docusaurus does). The pages under src/pages decide these addresses; a build
 * test compares this set with the files in `dist/`, so the two cannot drift apart.
 */
import { localeKeys, site, type Locale } from '~/site.config';
import { pagedKinds, type CollectionKind } from './content-kinds';
import { paginate } from './pagination';
import {
  articleListPath,
  entryPath,
  listPath,
  localePath,
  notFoundPath,
  oneSheetPath,
  portraitDownloadPaths,
  rssPath,
  topicPath,
} from './urls';

/** What the set is computed from: each checked piece, and the topic ids of topics.yaml. */
export interface SitePiece {
  kind: CollectionKind;
  locale: Locale;
  slug: string;
  draft: boolean;
  data: unknown;
}

/** Pages of every locale that do not depend on content (src/pages/[locale]/…). */
const LOCALE_PAGES = ['about', 'press', 'search', 'shortlist', 'topics'] as const;
/** Files the build writes at the root besides the pages (404.astro, @astrojs/sitemap). */
const ROOT_FILES = ['/', '/404.html', '/sitemap-index.xml', '/sitemap-0.xml'];

/**
 * The path of every page, feed and one-sheet PDF the build writes: `/en/articles/queue-basics/`,
 * `/de/topics/operations/page/2/`, `/zh/rss.xml`, `/de/keynotes/fruehwarnsystem.pdf` … Drafts have no page.
 */
export function sitePaths(pieces: readonly SitePiece[], topicIds: readonly string[]): Set<string> {
  const paths = new Set([
    ...ROOT_FILES,
    // The press kit's portrait downloads (src/pages/press/[file].ts).
    ...Object.values(portraitDownloadPaths(site.author.portrait.image)),
  ]);
  const published = pieces.filter((piece) => !piece.draft);
  for (const locale of localeKeys) {
    paths.add(localePath(locale));
    paths.add(rssPath(locale));
    paths.add(notFoundPath(locale));
    for (const page of LOCALE_PAGES) paths.add(localePath(locale, page));
    for (const kind of pagedKinds) {
      paths.add(listPath(kind, locale));
      for (const piece of published)
        if (piece.kind === kind && piece.locale === locale)
          paths.add(entryPath(kind, locale, piece.slug));
    }
    // Each keynote's one-sheet PDF (src/pages/[locale]/keynotes/[slug].pdf.ts).
    for (const piece of published)
      if (piece.kind === 'keynotes' && piece.locale === locale)
        paths.add(oneSheetPath(locale, piece.slug));
    const articles = published.filter((p) => p.kind === 'articles' && p.locale === locale);
    for (const page of paginate(articles, site.pageSize))
      paths.add(articleListPath(locale, page.current));
    for (const topic of topicIds) {
      const onTopic = articles.filter((a) => topicsOf(a).includes(topic));
      for (const page of paginate(onTopic, site.pageSize))
        paths.add(topicPath(locale, topic, page.current));
    }
  }
  return paths;
}

function topicsOf(piece: SitePiece): unknown[] {
  const topics = (piece.data as { topics?: unknown }).topics;
  return Array.isArray(topics) ? topics : [];
}
