import { describe, expect, it } from 'vitest';
import { formatDate, isoDay, parseIsoDay } from '~/lib/dates';
import { site } from '~/site.config';

describe('parseIsoDay', () => {
  it('accepts 2024-02-29 because 2024 is a leap year', () => {
    const result = parseIsoDay('2024-02-29');
    expect(result.ok).toBe(true);
    expect(result.ok && result.date.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('rejects 2023-02-29 as not a real date (2023 is not a leap year)', () => {
    expect(parseIsoDay('2023-02-29')).toEqual({ ok: false, reason: 'is not a real date' });
  });

  it('rejects 2024-02-31 as not a real date instead of rolling over into March', () => {
    expect(parseIsoDay('2024-02-31')).toEqual({ ok: false, reason: 'is not a real date' });
  });

  it('rejects month 13 and month 00 as not real dates', () => {
    expect(parseIsoDay('2024-13-01')).toEqual({ ok: false, reason: 'is not a real date' });
    expect(parseIsoDay('2024-00-10')).toEqual({ ok: false, reason: 'is not a real date' });
  });

  it('rejects the 31st of a 30-day month and day 00', () => {
    expect(parseIsoDay('2025-04-31')).toEqual({ ok: false, reason: 'is not a real date' });
    expect(parseIsoDay('2025-04-00')).toEqual({ ok: false, reason: 'is not a real date' });
  });

  it('says "2024-2-3" is not written as YYYY-MM-DD', () => {
    expect(parseIsoDay('2024-2-3')).toEqual({ ok: false, reason: 'is not written as YYYY-MM-DD' });
  });

  it.each(['03.02.2024', '2024/02/03', '2024-02-03T10:00:00Z', ' 2024-02-03', '2024-02-03 ', ''])(
    'says %j is not written as YYYY-MM-DD',
    (text) => {
      expect(parseIsoDay(text)).toEqual({ ok: false, reason: 'is not written as YYYY-MM-DD' });
    },
  );

  it('gives midnight UTC for a real date, whatever the machine time zone', () => {
    const result = parseIsoDay('2025-12-31');
    expect(
      result.ok && [
        result.date.getUTCFullYear(),
        result.date.getUTCMonth(),
        result.date.getUTCDate(),
        result.date.getUTCHours(),
      ],
    ).toEqual([2025, 11, 31, 0]);
  });
});

describe('isoDay', () => {
  it('writes a date back as YYYY-MM-DD in UTC', () => {
    expect(isoDay(new Date(Date.UTC(2025, 0, 5)))).toBe('2025-01-05');
    expect(isoDay(new Date(Date.UTC(2025, 0, 5, 23, 59)))).toBe('2025-01-05');
  });
});

describe('formatDate', () => {
  const day = new Date(Date.UTC(2025, 2, 14));

  it('writes an English date with the day, the month name and the year', () => {
    const text = formatDate(day, site.locales.en.lang);
    expect(text).toMatch(/\b14\b/);
    expect(text).toContain('March');
    expect(text).toContain('2025');
    expect(text).not.toMatch(/\d+\/\d+/);
    expect(formatDate(day, 'en')).toBe('March 14, 2025');
  });

  it('writes British English as "14 March 2025"', () => {
    expect(formatDate(day, 'en-GB')).toBe('14 March 2025');
  });

  it('writes German with the German month name "März"', () => {
    const text = formatDate(day, site.locales.de.lang);
    expect(text).toContain('März');
    expect(text).toBe('14. März 2025');
  });

  it('writes Chinese as 2025年3月14日', () => {
    expect(formatDate(day, site.locales.zh.lang)).toContain('2025年3月14日');
  });

  it('does not move a content date to the previous day (formats in UTC)', () => {
    const newYear = new Date(Date.UTC(2025, 0, 1));
    expect(formatDate(newYear, 'en-GB')).toBe('1 January 2025');
  });
});
