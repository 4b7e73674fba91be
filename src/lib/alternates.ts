/**
 * Language alternates for the sitemap. @astrojs/sitemap pairs pages only by
 * identical paths, which misses localized slugs (`/en/articles/first-contact/`
 * ↔ `/de/articles/erstloesung/`); this answers from the content itself.
 */
import { localeKeys, site, type Locale } from '~/site.config';
import type { CheckedEntry } from './content-check';
import { hasPages } from './content-kinds';
import { groupTranslations, translationPaths } from './translations';

export interface Alternate {
  lang: string;
  url: string;
}

/**
 * Builds a lookup from page path to its alternates. Content pages pair by
 * name; every other page pairs with the same path in the other locales, if
 * that page was built (`exists`).
 */
export function createAlternatesLookup(
  entries: readonly CheckedEntry[],
  exists: (pathname: string) => boolean,
) {
  const published = entries.filter((entry) => !entry.draft).filter(hasPages);
  const groups = groupTranslations(published);
  const byPath = new Map<string, Partial<Record<Locale, string>>>();
  for (const entry of published) {
    const paths = translationPaths(entry, groups);
    byPath.set(paths[entry.locale]!, paths);
  }

  const sameRouteElsewhere = (pathname: string): Partial<Record<Locale, string>> => {
    const match = /^\/([^/]+)(\/.*)$/.exec(pathname);
    if (!match || !localeKeys.includes(match[1] as Locale)) return {};
    return Object.fromEntries(
      localeKeys.map((other) => [other, `/${other}${match[2]}`]).filter(([, p]) => exists(p!)),
    );
  };

  return (pathname: string): Alternate[] => {
    const paths = byPath.get(pathname) ?? sameRouteElsewhere(pathname);
    const entries = Object.entries(paths) as [Locale, string][];
    if (entries.length < 2) return [];
    return entries.map(([locale, p]) => ({
      lang: site.locales[locale].lang,
      url: new URL(p, site.url).href,
    }));
  };
}
