/**
 * What conference organisers weigh besides the abstract: who said what about a
 * talk (testimonials), where it has been given (past engagements) and the
 * lengths it can be booked at. Plain functions over plain data, so the keynote
 * pages, the catalogue, the about page and a press kit or PDF one-sheet built
 * from the content check's report all choose and order the same way.
 */
import { defaultLocale, site, type Locale } from '~/site.config';
import type { CheckedEntry, ContentReport } from './content-check';
import { formatDuration } from './keynote-filters';
import type { EngagementData, KeynoteLength, TestimonialData } from './schemas';

/** A testimonial with where it came from: `locale` is the language the quote is in. */
export type Testimonial = TestimonialData & {
  /** `<locale>/<file name>`, unique. */
  id: string;
  locale: Locale;
};

/** A past engagement with its id from content/engagements.yaml. */
export type Engagement = EngagementData & { id: string };

/** The testimonials and engagements a content check found, for tools that run without Astro. */
export function organiserData(report: Pick<ContentReport, 'entries' | 'engagements'>): {
  testimonials: Testimonial[];
  engagements: Engagement[];
} {
  const testimonials = report.entries
    .filter((e): e is CheckedEntry<TestimonialData> => e.kind === 'testimonials')
    .map((e) => ({ ...e.data, id: `${e.locale}/${e.name}`, locale: e.locale }));
  const engagements = Object.entries(report.engagements).map(([id, e]) => ({ ...e, id }));
  return { testimonials, engagements };
}

/**
 * The testimonials about one talk, as a page in `locale` shows them: quotes in the page's
 * language first, then the newest, then by id so the order never depends on file order.
 * @example testimonialsFor(all, 'early-warning-system', 'de')[0] // a German quote, if there is one
 */
export function testimonialsFor<T extends Testimonial>(
  testimonials: readonly T[],
  keynoteName: string,
  locale: Locale,
): T[] {
  return testimonials
    .filter((t) => t.talks.includes(keynoteName))
    .sort(
      (a, b) =>
        Number(b.locale === locale) - Number(a.locale === locale) ||
        b.year - a.year ||
        a.id.localeCompare(b.id),
    );
}

/** The one testimonial a catalogue card has room for, chosen as {@link testimonialsFor} orders them. */
export function cardTestimonial<T extends Testimonial>(
  testimonials: readonly T[],
  keynoteName: string,
  locale: Locale,
): T | undefined {
  return testimonialsFor(testimonials, keynoteName, locale)[0];
}

/** Newest first; on the same day, by id. The about page and the press kit list them so. */
export function engagementsNewestFirst<T extends Engagement>(engagements: readonly T[]): T[] {
  return [...engagements].sort(
    (a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id),
  );
}

/** Where one talk has been given, newest first: its track record. */
export function engagementsFor<T extends Engagement>(
  engagements: readonly T[],
  keynoteName: string,
): T[] {
  return engagementsNewestFirst(engagements.filter((e) => e.talk === keynoteName));
}

/**
 * A keynote's lengths from short to long (a longer Q&A after a shorter one), as the facts,
 * the catalogue filter and a one-sheet list them.
 * @example keynoteLengths({ lengths: [{ minutes: 45 }, { minutes: 30, qa: 10 }] }) // 30 + 10, then 45
 */
export function keynoteLengths(data: { lengths: readonly KeynoteLength[] }): KeynoteLength[] {
  return [...data.lengths].sort((a, b) => a.minutes - b.minutes || (a.qa ?? 0) - (b.qa ?? 0));
}

/** The talk lengths alone, in minutes, without duplicates: what the catalogue filters on. */
export function talkMinutes(data: { lengths: readonly KeynoteLength[] }): number[] {
  return [...new Set(keynoteLengths(data).map((l) => l.minutes))];
}

/** A city's name for a locale: its own text, else the default locale's, else any. */
export function placeIn(
  name: string | Record<string, string> | undefined,
  locale: Locale,
): string | undefined {
  if (name === undefined || typeof name === 'string') return name;
  return name[locale] ?? name[defaultLocale] ?? Object.values(name)[0];
}

/** A country code (`DE`) as the reader's language names it ("Deutschland", "德国"). */
export function countryIn(code: string, locale: Locale): string {
  return new Intl.DisplayNames([site.locales[locale].lang], { type: 'region' }).of(code) ?? code;
}

/**
 * One length as an organiser reads it: "30 min + 10 min Q&A", "45 min". `withQa` is the
 * locale's "{{talk}} + {{qa}} Q&A" string.
 * @example lengthLabel({ minutes: 30, qa: 10 }, 'en', (talk, qa) => `${talk} + ${qa} Q&A`)
 */
export function lengthLabel(
  length: KeynoteLength,
  lang: string,
  withQa: (talk: string, qa: string) => string,
): string {
  const talk = formatDuration(length.minutes, lang);
  return length.qa ? withQa(talk, formatDuration(length.qa, lang)) : talk;
}
