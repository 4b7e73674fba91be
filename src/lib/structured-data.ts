/**
 * JSON-LD for search engines and link previews: the author as a Person, each
 * article as an Article with its translations, the talks the speaker offers
 * and the events they were given at.
 */
import { isoDay } from './dates';
import { placeIn, type Engagement } from './organisers';
import { site, speakerIn, type Locale } from '~/site.config';

/** One node for the speaker, which every page's Person and every Event's performer name. */
export const PERSON_ID = new URL('/#person', site.url).href;

/**
 * The author's profile links for `sameAs`. PROFILES: `site.author.profiles` comes from the
 * speaker settings (another branch); until it exists this reads nothing. It accepts a list of
 * URLs, a list of `{ url }` or a record of name → URL.
 */
export function authorProfiles(author: unknown = site.author): string[] {
  const profiles = (author as { profiles?: unknown }).profiles;
  const values = Array.isArray(profiles)
    ? profiles
    : profiles && typeof profiles === 'object'
      ? Object.values(profiles)
      : [];
  return values
    .map((value) => (typeof value === 'string' ? value : (value as { url?: unknown } | null)?.url))
    .filter((url): url is string => typeof url === 'string' && /^https:\/\//.test(url));
}

export interface PersonOptions {
  /** Languages the speaker can be booked in, as BCP 47 tags (`knowsLanguage`). */
  languages?: readonly string[];
  /** Events the speaker has performed at (`performerIn`). */
  events?: readonly object[];
}

/** The speaker as a Person, described in `locale` (job title and bio), with their profiles as `sameAs`. */
export function personJsonLd(locale: Locale, { languages = [], events = [] }: PersonOptions = {}) {
  const speaker = speakerIn(locale);
  const sameAs = authorProfiles();
  return {
    '@type': 'Person',
    '@id': PERSON_ID,
    name: speaker.name,
    jobTitle: speaker.jobTitle,
    description: speaker.bio,
    email: `mailto:${site.email.articles}`,
    url: new URL('/', site.url).href,
    ...(languages.length ? { knowsLanguage: [...new Set(languages)] } : {}),
    ...(sameAs.length ? { sameAs } : {}),
    ...(events.length ? { performerIn: events } : {}),
  };
}

const ATTENDANCE = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  virtual: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

/**
 * A past engagement as a schema.org Event: its day, where it took place (a Place with the
 * city and country, or a VirtualLocation), the speaker as performer and, when known, the talk.
 * @example engagementJsonLd(engagement, 'de', { name: 'Frühwarnsystem', url: 'https://…' })
 */
export function engagementJsonLd(
  engagement: Engagement,
  locale: Locale,
  talk?: { name: string; url: string },
) {
  const city = placeIn(engagement.city, locale);
  return {
    '@type': 'Event',
    name: engagement.event,
    startDate: isoDay(engagement.date),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: ATTENDANCE[engagement.delivery],
    location:
      engagement.delivery === 'virtual'
        ? { '@type': 'VirtualLocation', name: 'Online' }
        : {
            '@type': 'Place',
            name: city,
            address: {
              '@type': 'PostalAddress',
              addressLocality: city,
              addressCountry: engagement.country,
            },
          },
    ...(engagement.audience ? { maximumAttendeeCapacity: engagement.audience } : {}),
    performer: { '@type': 'Person', '@id': PERSON_ID, name: site.author.name },
    ...(talk ? { workPerformed: { '@type': 'CreativeWork', name: talk.name, url: talk.url } } : {}),
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
  /** Its lengths; the shortest is the time it requires. */
  lengths: readonly { minutes: number }[];
  languages: readonly string[];
}

/**
 * The speaker as a Person offering talks: one Offer per keynote topic, the languages they can
 * be given in (`knowsLanguage`) and, when given, the events the speaker performed at.
 */
export function speakerJsonLd(
  locale: Locale,
  talks: readonly TalkFacts[],
  events: readonly object[] = [],
) {
  const languages = talks.flatMap((talk) =>
    talk.languages.map((l) => (site.locales as Record<string, { lang: string }>)[l]?.lang ?? l),
  );
  return {
    '@context': 'https://schema.org',
    ...personJsonLd(locale, { languages, events }),
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
        timeRequired: `PT${Math.min(...talk.lengths.map((l) => l.minutes))}M`,
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
