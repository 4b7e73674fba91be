/**
 * The site's content as pages need it: published entries with locale, name,
 * slug and URL resolved once. The only module here that talks to astro:content.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { localeKeys, site, type Locale } from '~/site.config';
import { parseContentPath } from './content-paths';
import { newestFirst } from './articles';
import type { KeynoteFormat, QuizQuestion } from './schemas';
import {
  groupTranslations,
  translationPaths,
  type LocalePaths,
  type Translatable,
} from './translations';
import { entryPath, type CollectionKind } from './urls';

/** What every published piece (article, quiz, keynote) has once its file path is resolved. */
interface Piece<K extends CollectionKind> {
  kind: K;
  id: string;
  locale: Locale;
  name: string;
  slug: string;
  path: string;
  title: string;
  date: Date;
  topics: string[];
}

export interface Article extends Piece<'articles'> {
  description: string;
  updated?: Date;
  author: string;
  entry: CollectionEntry<'articles'>;
}

export interface Quiz extends Piece<'quizzes'> {
  description: string;
  questions: QuizQuestion[];
  entry: CollectionEntry<'quizzes'>;
}

function locate<K extends CollectionKind>(kind: K, id: string, slug: string | undefined) {
  const { locale, name } = parseContentPath(id);
  const resolved = slug ?? name;
  return { kind, id, locale, name, slug: resolved, path: entryPath(kind, locale, resolved) };
}

export interface Keynote extends Omit<Piece<'keynotes'>, 'date'> {
  summary: string;
  formats: KeynoteFormat[];
  duration: number;
  audience?: string;
  /** Locales it can be delivered in (defaults to the locale it is written in). */
  languages: Locale[];
  featured: boolean;
  since?: number;
  entry: CollectionEntry<'keynotes'>;
}

let keynotesPromise: Promise<Keynote[]> | undefined;

/** Every keynote topic in every locale, featured first, then by title. */
export function loadKeynotes(): Promise<Keynote[]> {
  keynotesPromise ??= getCollection('keynotes').then((entries) =>
    entries
      .map((entry) => {
        const located = locate('keynotes', entry.id, entry.data.slug);
        return {
          ...located,
          title: entry.data.title,
          summary: entry.data.summary,
          topics: entry.data.topics,
          formats: entry.data.formats,
          duration: entry.data.duration,
          audience: entry.data.audience,
          languages: entry.data.languages ?? [located.locale],
          featured: entry.data.featured,
          since: entry.data.since,
          entry,
        };
      })
      .sort((a, b) => Number(b.featured) - Number(a.featured) || a.title.localeCompare(b.title)),
  );
  return keynotesPromise;
}

let articlesPromise: Promise<Article[]> | undefined;
let quizzesPromise: Promise<Quiz[]> | undefined;

/** Every published article in every locale, newest first. Drafts are never built. */
export function loadArticles(): Promise<Article[]> {
  articlesPromise ??= getCollection('articles', ({ data }) => !data.draft).then((entries) =>
    newestFirst(
      entries.map((entry) => ({
        ...locate('articles', entry.id, entry.data.slug),
        title: entry.data.title,
        description: entry.data.description,
        date: entry.data.date,
        updated: entry.data.updated,
        topics: entry.data.topics,
        author: entry.data.author ?? site.author.name,
        entry,
      })),
    ),
  );
  return articlesPromise;
}

/** Every quiz in every locale, newest first (questions only: answer keys are not content). */
export function loadQuizzes(): Promise<Quiz[]> {
  quizzesPromise ??= getCollection('quizzes').then((entries) =>
    newestFirst(
      entries.map((entry) => ({
        ...locate('quizzes', entry.id, entry.data.slug),
        title: entry.data.title,
        description: entry.data.description,
        date: entry.data.date,
        topics: entry.data.topics,
        questions: entry.data.questions,
        entry,
      })),
    ),
  );
  return quizzesPromise;
}

/** Paths of all translations of each piece, keyed by id. */
export function translationsById<T extends Translatable & { id: string }>(
  items: readonly T[],
): Map<string, LocalePaths> {
  const groups = groupTranslations(items);
  return new Map(items.map((item) => [item.id, translationPaths(item, groups)]));
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
