/**
 * Translation pairing: files with the same name under two locale folders are
 * translations of one another. Pages, hreflang, the language switch and the
 * sitemap all ask this module, so a page never links to a translation that
 * does not exist.
 */
import type { Locale } from '~/site.config';
import {
  contentKinds,
  hasPages,
  pagedKinds,
  type CollectionKind,
  type PagedKind,
} from './content-kinds';
import { entryPath, listPath, localePath } from './urls';

export interface Translatable {
  kind: CollectionKind;
  locale: Locale;
  name: string;
  slug: string;
}

export type LocalePaths = Partial<Record<Locale, string>>;

/** Groups a collection by shared name: `articles:first-contact` → { en: …, de: … }. */
export function groupTranslations<T extends Translatable>(
  items: readonly T[],
): Map<string, Partial<Record<Locale, T>>> {
  const groups = new Map<string, Partial<Record<Locale, T>>>();
  for (const item of items) {
    const key = `${item.kind}:${item.name}`;
    const group = groups.get(key) ?? {};
    group[item.locale] = item;
    groups.set(key, group);
  }
  return groups;
}

/**
 * The page of every existing translation of `item` (itself included), by
 * locale; none for a kind without pages.
 * @example translationPaths(deArticle, groups) // { en: '/en/articles/first-contact/', de: '/de/articles/erstloesung/' }
 */
export function translationPaths<T extends Translatable>(
  item: T,
  groups: Map<string, Partial<Record<Locale, T>>>,
): LocalePaths {
  const group = groups.get(`${item.kind}:${item.name}`) ?? { [item.locale]: item };
  const paths: LocalePaths = {};
  for (const [locale, other] of Object.entries(group) as [Locale, T][]) {
    if (hasPages(other)) paths[locale] = entryPath(other.kind, locale, other.slug);
  }
  return paths;
}

/** Paths of a page that exists in every listed locale at the same place, e.g. `/de/topics/` ↔ `/en/topics/`. */
export function sameRouteIn(
  locales: readonly Locale[],
  build: (locale: Locale) => string,
): LocalePaths {
  return Object.fromEntries(locales.map((locale) => [locale, build(locale)]));
}

/**
 * One version of each piece: the one in `locale` when it exists, otherwise
 * the first other version (so a piece not yet translated still shows, badged).
 */
export function onePerName<T extends Pick<Translatable, 'locale' | 'name'>>(
  items: readonly T[],
  locale: Locale,
): T[] {
  const byName = new Map<string, T>();
  for (const item of items)
    if (!byName.has(item.name) || item.locale === locale) byName.set(item.name, item);
  return [...byName.values()];
}

/** The section a page belongs to, as far as the language switch is concerned. */
export type Section = PagedKind | 'topics' | 'home';

/**
 * Where the language switch sends a reader who wants `path` in `to` when the
 * page has no translation: the first page of the same section there (the
 * article list, the keynote catalogue, the quiz list, the topic list), or
 * that language's home page for anything else.
 * @example sectionFallback('/de/articles/nur-deutsch/', 'en') // { section: 'articles', path: '/en/articles/' }
 */
export function sectionFallback(path: string, to: Locale): { section: Section; path: string } {
  const segment = path.split('/')[2] ?? '';
  const kind = pagedKinds.find((k) => contentKinds[k].pages.segment === segment);
  if (kind) return { section: kind, path: listPath(kind, to) };
  if (segment === 'topics') return { section: 'topics', path: localePath(to, 'topics') };
  return { section: 'home', path: localePath(to) };
}
