/**
 * Strict calendar dates. `new Date('2024-02-31')` and `z.coerce.date()` roll
 * over into March without a word; an author who typed a wrong day must be told.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses `YYYY-MM-DD` into a UTC midnight Date, or returns a reason it is not one.
 * @example parseIsoDay('2024-02-29') // { ok: true, date: 2024-02-29T00:00:00Z }
 * @example parseIsoDay('2024-02-31') // { ok: false, reason: 'is not a real date' }
 */
export function parseIsoDay(
  text: string,
): { ok: true; date: Date } | { ok: false; reason: string } {
  const match = ISO_DAY.exec(text);
  if (!match) return { ok: false, reason: 'is not written as YYYY-MM-DD' };
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, reason: 'is not a real date' };
  }
  return { ok: true, date };
}

/** `YYYY-MM-DD` of a Date, in UTC (content dates carry no time of day). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A date as readers of that language write it, e.g. "14 March 2025",
 * "14. März 2025", "2025年3月14日".
 */
export function formatDate(date: Date, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
