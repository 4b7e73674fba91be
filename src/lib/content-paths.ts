/**
 * Where a content file lives tells which locale it is in and which piece it
 * translates: `articles/de/first-contact.mdx` is the German version of
 * `first-contact`. Astro's glob loader would otherwise use a frontmatter
 * `slug:` as the id and lose the locale folder, so ids are built from the path.
 */
import path from 'node:path';
import { isLocale, type Locale } from '~/site.config';
import type { CollectionKind } from './content-kinds';

export interface ContentPath {
  locale: Locale;
  /** The shared name of all translations of one piece. */
  name: string;
}

/** A file name (without `.mdx`) or a `slug:` must be a URL segment of this form. */
export const SEGMENT_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Splits an entry id or a path relative to a collection folder.
 * @example parseContentPath('de/first-contact.mdx') // { locale: 'de', name: 'first-contact' }
 */
export function parseContentPath(relative: string): ContentPath {
  const parts = relative
    .replace(/\\/g, '/')
    .replace(/\.mdx$/, '')
    .split('/');
  const [locale, name] = parts;
  if (parts.length !== 2 || !locale || !name || !isLocale(locale)) {
    throw new Error(`"${relative}" is not of the form <locale>/<name>`);
  }
  return { locale, name };
}

/** Id for Astro's glob loader: `<locale>/<name>`, unique per collection whatever the slug says. */
export function entryIdFromPath({ entry }: { entry: string }): string {
  return entry.replace(/\\/g, '/').replace(/\.mdx$/, '');
}

/** The folder of one kind in one locale: `content/articles/de`. */
export function localeFolder(contentDir: string, kind: CollectionKind, locale: Locale): string {
  return path.join(contentDir, kind, locale);
}

/**
 * Where one piece in one locale is written, e.g. by `npm run new` or the WordPress import.
 * @example contentFile('content', 'articles', 'de', 'first-contact') // 'content/articles/de/first-contact.mdx'
 */
export function contentFile(
  contentDir: string,
  kind: CollectionKind,
  locale: Locale,
  name: string,
): string {
  return path.join(localeFolder(contentDir, kind, locale), `${name}.mdx`);
}
