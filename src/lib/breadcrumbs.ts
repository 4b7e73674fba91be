/**
 * The trail above an article, keynote or quiz page: Home › its list › the page.
 * One definition for the visible breadcrumbs and their BreadcrumbList JSON-LD.
 */
import type { Locale } from '~/site.config';
import type { PagedKind } from './content-kinds';
import { useTranslations } from './i18n';
import { listPath, localePath } from './urls';

export interface TrailStep {
  name: string;
  /** Site path, e.g. `/de/articles/`. */
  path: string;
}

/**
 * @example entryTrail('articles', 'de', 'Erstlösungsquote', '/de/articles/erstloesungsquote/')
 * // Start /de/ › Artikel /de/articles/ › Erstlösungsquote
 */
export function entryTrail(
  kind: PagedKind,
  locale: Locale,
  title: string,
  path: string,
): TrailStep[] {
  const t = useTranslations(locale);
  return [
    { name: t('nav.home'), path: localePath(locale) },
    { name: t(`nav.${kind}`), path: listPath(kind, locale) },
    { name: title, path },
  ];
}
