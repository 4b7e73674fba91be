/**
 * Which social card each page gets and its alt text: an article, keynote or quiz its own card
 * (its title, the speaker, the kind of page), every other page its locale's site card. Shared
 * by the image endpoint (src/pages/og/) and the meta tags (SeoHead), so both name the same file.
 */
import { useTranslations } from './i18n';
import {
  siteImagePath,
  socialImagePath,
  socialImagesEnabled,
  type CardKind,
  type SocialCard,
} from './social-image';
import { site, speakerIn, type Locale } from '~/site.config';

export interface PageImage {
  /** Root-relative path of the JPEG. */
  path: string;
  /** Alt text in the page's language. */
  alt: string;
}

/** The card of an article, keynote or quiz page. */
export function pageCard(
  locale: Locale,
  kind: Exclude<CardKind, 'site'>,
  title: string,
): SocialCard {
  const speaker = speakerIn(locale);
  return {
    kind,
    lang: site.locales[locale].lang,
    eyebrow: useTranslations(locale)(`og.kind.${kind}`),
    title,
    name: speaker.name,
    line: speaker.jobTitle,
    masthead: site.name,
  };
}

/** The card every other page of a locale shows: the site's name, the speaker and their tagline. */
export function siteCard(locale: Locale): SocialCard {
  const speaker = speakerIn(locale);
  return {
    kind: 'site',
    lang: site.locales[locale].lang,
    eyebrow: speaker.tagline,
    title: site.name,
    name: speaker.name,
    line: speaker.jobTitle,
    masthead: new URL(site.url).host,
  };
}

/** The image and alt text of the page at `pagePath`, or undefined when social images are off. */
export function pageImage(
  locale: Locale,
  page?: { kind: Exclude<CardKind, 'site'>; title: string; path: string },
): PageImage | undefined {
  if (!socialImagesEnabled()) return undefined;
  const t = useTranslations(locale);
  const speaker = speakerIn(locale);
  if (!page) {
    return {
      path: siteImagePath(locale),
      alt: t('og.siteAlt', { site: site.name, name: speaker.name, jobTitle: speaker.jobTitle }),
    };
  }
  return {
    path: socialImagePath(page.path),
    alt: t('og.alt', {
      kind: t(`og.kind.${page.kind}`),
      title: page.title,
      name: speaker.name,
      site: site.name,
    }),
  };
}
