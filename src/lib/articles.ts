/**
 * Queries over articles that need no Astro: ordering, related pieces, topic
 * hubs and "not yet in your language" lists. Pages pass in plain objects.
 */
import type { Locale } from '~/site.config';

export interface ArticleLike {
  locale: Locale;
  name: string;
  date: Date;
  topics: readonly string[];
}

/** Newest first; ties keep a stable order by name. */
export function newestFirst<T extends ArticleLike>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => b.date.getTime() - a.date.getTime() || a.name.localeCompare(b.name),
  );
}

/** What related articles are found for: an article (which is then never its own relative) or a keynote. */
export interface RelatedTo {
  locale: Locale;
  topics: readonly string[];
  /** The article's own name, to leave it out. */
  name?: string;
}

/**
 * Articles in the same locale that share the most topics with `subject`,
 * newer ones first among equals; never the subject itself.
 */
export function relatedArticles<T extends ArticleLike>(
  subject: RelatedTo,
  candidates: readonly T[],
  limit = 3,
): T[] {
  const topics = new Set(subject.topics);
  return candidates
    .filter((other) => other.locale === subject.locale && other.name !== subject.name)
    .map((other) => ({ other, shared: other.topics.filter((t) => topics.has(t)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || b.other.date.getTime() - a.other.date.getTime())
    .slice(0, limit)
    .map(({ other }) => other);
}

/** Pieces that exist in other locales but not in `locale`, newest first, one per name (the newest version). */
export function missingIn<T extends ArticleLike>(locale: Locale, items: readonly T[]): T[] {
  const present = new Set(items.filter((i) => i.locale === locale).map((i) => i.name));
  const seen = new Set<string>();
  return newestFirst(items).filter((item) => {
    if (item.locale === locale || present.has(item.name) || seen.has(item.name)) return false;
    seen.add(item.name);
    return true;
  });
}

export function withTopic<T extends ArticleLike>(topic: string, items: readonly T[]): T[] {
  return items.filter((item) => item.topics.includes(topic));
}

/** A neighbouring article as its page links to it: only what the link shows, so a cache key can hold it. */
export interface ArticleLink {
  title: string;
  path: string;
}

/**
 * The articles on either side of `subject` in its locale's article list
 * (newest first, as `newestFirst` orders it): `newer` comes before it in the
 * list, `older` after it.
 * @example neighbours(article, articles) // { newer: { title, path }, older: undefined } for the oldest
 */
export function neighbours<T extends ArticleLike & ArticleLink>(
  subject: Pick<T, 'locale' | 'name'>,
  items: readonly T[],
): { newer?: ArticleLink; older?: ArticleLink } {
  const list = newestFirst(items.filter((item) => item.locale === subject.locale));
  const at = list.findIndex((item) => item.name === subject.name);
  const link = (item: T | undefined) => item && { title: item.title, path: item.path };
  return at < 0 ? {} : { newer: link(list[at - 1]), older: link(list[at + 1]) };
}
