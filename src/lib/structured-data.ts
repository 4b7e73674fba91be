/**
 * JSON-LD for search engines and link previews: the author as a Person, each
 * article as an Article with its translations.
 */
import { site, speakerIn, type Locale } from '~/site.config';

/** The speaker as a Person, described in `locale` (job title and bio), with their profiles as `sameAs`. */
export function personJsonLd(locale: Locale) {
  const speaker = speakerIn(locale);
  return {
    '@type': 'Person',
    name: speaker.name,
    jobTitle: speaker.jobTitle,
    description: speaker.bio,
    email: `mailto:${site.email.articles}`,
    url: new URL('/', site.url).href,
    ...(site.author.profiles.length > 0 && { sameAs: site.author.profiles.map((p) => p.url) }),
  };
}

export interface ArticleFacts {
  url: string;
  lang: string;
  title: string;
  description: string;
  date: Date;
  updated?: Date;
  author: string;
  keywords: string[];
  translations: { lang: string; url: string }[];
}

export function articleJsonLd(a: ArticleFacts) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    mainEntityOfPage: a.url,
    url: a.url,
    inLanguage: a.lang,
    headline: a.title,
    description: a.description,
    datePublished: a.date.toISOString(),
    dateModified: (a.updated ?? a.date).toISOString(),
    author: { '@type': 'Person', name: a.author },
    publisher: { '@type': 'Person', name: site.author.name },
    keywords: a.keywords.join(', '),
    workTranslation: a.translations.map((t) => ({
      '@type': 'Article',
      inLanguage: t.lang,
      url: t.url,
    })),
  };
}

/** Serialises JSON-LD so that no text inside it can close the script element. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export interface TalkFacts {
  title: string;
  summary: string;
  path: string;
  formats: readonly string[];
  duration: number;
  languages: readonly string[];
}

/** The speaker as a Person offering talks: one Offer per keynote topic. */
export function speakerJsonLd(locale: Locale, talks: readonly TalkFacts[]) {
  return {
    '@context': 'https://schema.org',
    ...personJsonLd(locale),
    email: `mailto:${site.email.bookings}`,
    makesOffer: talks.map((talk) => ({
      '@type': 'Offer',
      itemOffered: {
        '@type': 'Service',
        name: talk.title,
        description: talk.summary,
        serviceType: talk.formats.join(', '),
        url: new URL(talk.path, site.url).href,
        availableLanguage: talk.languages,
        timeRequired: `PT${talk.duration}M`,
      },
    })),
  };
}

export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

/**
 * The trail Home › Section › Page as a schema.org BreadcrumbList, which search
 * engines show instead of the bare URL.
 * @example breadcrumbJsonLd([{ name: 'Home', url: 'https://…/en/' }, { name: 'Articles', url: 'https://…/en/articles/' }])
 */
export function breadcrumbJsonLd(crumbs: readonly Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}
