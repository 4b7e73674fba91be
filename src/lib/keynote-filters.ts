/**
 * Catalogue filters for conference organisers: topic, format, length band
 * and delivery language. Pure functions shared by the catalogue's script and
 * tests; the filter lives in the URL so a filtered view can be shared.
 */

export interface KeynoteFacts {
  name: string;
  title: string;
  topics: readonly string[];
  formats: readonly string[];
  /** Every length it can be booked at, in minutes of talk (Q&A not counted). */
  minutes: readonly number[];
  languages: readonly string[];
  featured: boolean;
}

/**
 * Length bands an organiser thinks in: a short slot, a full session, a workshop. A keynote is
 * in every band one of its lengths falls into.
 */
export const DURATION_BANDS = [
  { id: 'short', max: 30 },
  { id: 'medium', min: 31, max: 60 },
  { id: 'long', min: 61 },
] as const;
export type DurationBand = (typeof DURATION_BANDS)[number]['id'];

export function durationBand(minutes: number): DurationBand {
  return DURATION_BANDS.find(
    (band) =>
      minutes >= ('min' in band ? band.min : 0) && minutes <= ('max' in band ? band.max : Infinity),
  )!.id;
}

export interface KeynoteFilter {
  topic: string;
  format: string;
  duration: string;
  language: string;
}

export const NO_FILTER: KeynoteFilter = { topic: '', format: '', duration: '', language: '' };
const KEYS = Object.keys(NO_FILTER) as (keyof KeynoteFilter)[];

export function matchesFilter(keynote: KeynoteFacts, filter: KeynoteFilter): boolean {
  return (
    (!filter.topic || keynote.topics.includes(filter.topic)) &&
    (!filter.format || keynote.formats.includes(filter.format)) &&
    (!filter.duration || keynote.minutes.some((m) => durationBand(m) === filter.duration)) &&
    (!filter.language || keynote.languages.includes(filter.language))
  );
}

/** @example readFilter('?format=workshop&x=1') // { topic: '', format: 'workshop', duration: '', language: '' } */
export function readFilter(search: string): KeynoteFilter {
  const params = new URLSearchParams(search);
  return Object.fromEntries(
    KEYS.map((key) => [key, params.get(key) ?? '']),
  ) as unknown as KeynoteFilter;
}

export function writeFilter(filter: KeynoteFilter): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (filter[key]) params.set(key, filter[key]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Featured keynotes first, then by title in the reader's language. */
export function featuredFirst<T extends Pick<KeynoteFacts, 'featured' | 'title'>>(
  items: readonly T[],
  lang: string,
): T[] {
  return [...items].sort(
    (a, b) => Number(b.featured) - Number(a.featured) || a.title.localeCompare(b.title, lang),
  );
}

/** "45 min", "3 h" (whole hours from two hours on), in the reader's language. */
export function formatDuration(minutes: number, lang: string): string {
  const hours = minutes >= 120 && minutes % 60 === 0;
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: hours ? 'hour' : 'minute',
    unitDisplay: 'short',
  }).format(hours ? minutes / 60 : minutes);
}
