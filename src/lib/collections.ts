/**
 * The site's content as pages need it: published entries with locale, name,
 * slug and URL resolved once. The only module here that talks to astro:content.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { localeKeys, site, type Locale } from '~/site.config';
import { parseContentPath } from './content-paths';
import { newestFirst } from './articles';
import { engagementsNewestFirst, type Engagement, type Testimonial } from './organisers';
import { isDraft, type PagedKind } from './content-kinds';
import {
  groupTranslations,
  translationPaths,
  type LocalePaths,
  type Translatable,
} from './translations';
import type { PressData } from './press';
import { entryPath } from './urls';

/**
 * A published piece: its frontmatter as its schema returned it, with where it
 * lives resolved from its file path (`slug` is the URL segment, never missing).
 */
export type Piece<K extends PagedKind> = Omit<CollectionEntry<K>['data'], 'slug'> & {
  kind: K;
  id: string;
  locale: Locale;
  /** The shared name of all translations of this piece. */
  name: string;
  slug: string;
  path: string;
  entry: CollectionEntry<K>;
};

export interface Article extends Piece<'articles'> {
  /** Defaults to the site author. */
  author: string;
}

export type Quiz = Piece<'quizzes'>;

export interface Keynote extends Piece<'keynotes'> {
  /** Locales it can be delivered in (defaults to the locale it is written in). */
  languages: Locale[];
}

function toPiece<K extends PagedKind>(kind: K, entry: CollectionEntry<K>): Piece<K> {
  const data = entry.data as Record<string, unknown>;
  const { locale, name } = parseContentPath(entry.id);
  const slug = typeof data.slug === 'string' ? data.slug : name;
  const path = entryPath(kind, locale, slug);
  // TypeScript cannot follow a generic kind into its schema's output; the spread is the same for every kind.
  return { ...data, kind, id: entry.id, locale, name, slug, path, entry } as Piece<K>;
}

const loaded = new Map<PagedKind, Promise<unknown>>();

/** Every published piece of a kind in every locale, in no particular order. Drafts are never built. */
export function loadPieces<K extends PagedKind>(kind: K): Promise<Piece<K>[]> {
  if (!loaded.has(kind))
    loaded.set(
      kind,
      getCollection(kind, ({ data }) => !isDraft(kind, data)).then((entries) =>
        entries.map((entry) => toPiece(kind, entry)),
      ),
    );
  return loaded.get(kind) as Promise<Piece<K>[]>;
}

let articlesPromise: Promise<Article[]> | undefined;
let quizzesPromise: Promise<Quiz[]> | undefined;
let keynotesPromise: Promise<Keynote[]> | undefined;

/** Every published article in every locale, newest first. */
export function loadArticles(): Promise<Article[]> {
  articlesPromise ??= loadPieces('articles').then((articles) =>
    newestFirst(articles.map((a) => ({ ...a, author: a.author ?? site.author.name }))),
  );
  return articlesPromise;
}

/** Every quiz in every locale, newest first (questions only: answer keys are not content). */
export function loadQuizzes(): Promise<Quiz[]> {
  quizzesPromise ??= loadPieces('quizzes').then(newestFirst);
  return quizzesPromise;
}

/** Every keynote topic in every locale, featured first, then by title. */
export function loadKeynotes(): Promise<Keynote[]> {
  keynotesPromise ??= loadPieces('keynotes').then((keynotes) =>
    keynotes
      .map((k) => ({ ...k, languages: k.languages ?? [k.locale] }))
      .sort((a, b) => Number(b.featured) - Number(a.featured) || a.title.localeCompare(b.title)),
  );
  return keynotesPromise;
}

let testimonialsPromise: Promise<Testimonial[]> | undefined;
let engagementsPromise: Promise<Engagement[]> | undefined;

/** Every testimonial, in the language of its locale folder (see organisers.ts for who shows which). */
export function loadTestimonials(): Promise<Testimonial[]> {
  testimonialsPromise ??= getCollection('testimonials').then((entries) =>
    entries.map((entry) => {
      const { locale } = parseContentPath(entry.id);
      return { ...entry.data, id: entry.id, locale };
    }),
  );
  return testimonialsPromise;
}

/** Every past engagement from content/engagements.yaml, newest first. */
export function loadEngagements(): Promise<Engagement[]> {
  engagementsPromise ??= getCollection('engagements').then((entries) =>
    engagementsNewestFirst(entries.map((entry) => ({ ...entry.data, id: entry.id }))),
  );
  return engagementsPromise;
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

/** The press kit of each locale that has one (content/press/<locale>/press-kit.mdx). */
export async function loadPressKits(): Promise<Partial<Record<Locale, PressData>>> {
  const entries = await getCollection('press');
  return Object.fromEntries(
    entries.map((entry) => [parseContentPath(entry.id).locale, entry.data as PressData]),
  );
}
