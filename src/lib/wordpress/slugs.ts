/**
 * Turns a WordPress slug into a URL segment the site accepts (lowercase a–z,
 * digits, single hyphens): umlauts are spelled out (ä → ae, ß → ss), accents
 * dropped, everything else becomes a hyphen. Chinese or other non-Latin slugs
 * leave nothing usable; the caller then falls back to `post-<id>`.
 */
import { SEGMENT_PATTERN } from '~/lib/content-paths';

const SPELLED_OUT: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  å: 'aa',
  ł: 'l',
  đ: 'd',
  þ: 'th',
};

/**
 * @example segmentFromSlug('rückrufe-in-der-warteschlange') // 'rueckrufe-in-der-warteschlange'
 * @example segmentFromSlug('如何辅导') // undefined
 */
export function segmentFromSlug(slug: string): string | undefined {
  const segment = slug
    .toLowerCase()
    .replace(/[äöüßæœøåłđþ]/g, (char) => SPELLED_OUT[char] ?? char)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return SEGMENT_PATTERN.test(segment) ? segment : undefined;
}
