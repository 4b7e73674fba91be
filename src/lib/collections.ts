/**
 * The site's content as pages need it: published entries with locale, name,
 * slug and URL resolved once. The only module here that talks to astro:content.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { localeKeys, site, type Locale } from '../site.config';
import { parseContentPath } from './content-paths';
import { newestFirst } from './articles';
import { groupTranslations, translationPaths, type LocalePaths } from './translations';
import { entryPath } from './urls';

export interface Article {
  kind: 'articles';
  id: string;
  locale: Locale;
  name: string;
  slug: string;
  path: string;
  title: string;
  description: string;
  date: Date;
  updated?: Date;
  topics: string[];
  author: string;
  entry: CollectionEntry<'articles'>;
}

let articlesPromise: Promise<Article[]> | undefined;

/** Every published article in every locale, newest first. Drafts are never built. */
export function loadArticles(): Promise<Article[]> {
  articlesPromise ??= getCollection('articles', ({ data }) => !data.draft).then((entries) =>
    newestFirst(
      entries.map((entry) => {
        const { locale, name } = parseContentPath(entry.id);
        const slug = entry.data.slug ?? name;
        return {
          kind: 'articles' as const,
          id: entry.id,
          locale,
          name,
          slug,
          path: entryPath('articles', locale, slug),
          title: entry.data.title,
          description: entry.data.description,
          date: entry.data.date,
          updated: entry.data.updated,
          topics: entry.data.topics,
          author: entry.data.author ?? site.author.name,
          entry,
        };
      }),
    ),
  );
  return articlesPromise;
}

/** Paths of all translations of each article, keyed by article id. */
export async function articleTranslations(): Promise<Map<string, LocalePaths>> {
  const articles = await loadArticles();
  const groups = groupTranslations(articles);
  return new Map(articles.map((a) => [a.id, translationPaths(a, groups)]));
}

export type TopicLabels = Record<string, Record<Locale, string>>;

/** Topic labels per locale, in the order of content/topics.yaml. */
export async function loadTopics(): Promise<TopicLabels> {
  const entries = await getCollection('topics');
  return Object.fromEntries(entries.map((e) => [e.id, e.data as Record<Locale, string>]));
}

/** `[{ params: { locale } }]` for every configured locale. */
export function localeParams() {
  return localeKeys.map((locale) => ({ params: { locale }, props: { locale } }));
}
