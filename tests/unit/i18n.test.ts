import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeKeys } from '~/site.config';
import { useTranslations } from '~/lib/i18n';

const dir = path.resolve(import.meta.dirname, '../../src/i18n');
const load = (locale: string) =>
  JSON.parse(readFileSync(path.join(dir, `${locale}.json`), 'utf8')) as Record<string, string>;
const baseKeys = (dict: Record<string, string>) =>
  new Set(Object.keys(dict).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));

describe('UI strings', () => {
  const english = baseKeys(load('en'));

  it('has one dictionary per configured locale and no other', () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.replace('.json', ''))
        .sort(),
    ).toEqual([...localeKeys].sort());
  });

  it.each(localeKeys.filter((l) => l !== 'en'))(
    'gives %s every key English has, and no key English lacks',
    (locale) => {
      const keys = baseKeys(load(locale));
      const missing = [...english].filter((k) => !keys.has(k));
      const extra = [...keys].filter((k) => !english.has(k));
      expect({ locale, missing, extra }).toEqual({ locale, missing: [], extra: [] });
    },
  );

  it.each(localeKeys)('leaves no value empty in %s', (locale) => {
    expect(
      Object.entries(load(locale))
        .filter(([, v]) => !v.trim())
        .map(([k]) => k),
    ).toEqual([]);
  });

  it('uses each language’s plural rules', () => {
    expect(useTranslations('de')('article.readingTime', { count: 1 })).toBe('1 Minute Lesezeit');
    expect(useTranslations('de')('article.readingTime', { count: 4 })).toBe('4 Minuten Lesezeit');
    expect(useTranslations('en')('articles.count', { count: 1 })).toBe('1 article');
    expect(useTranslations('zh')('article.readingTime', { count: 3 })).toBe('阅读约需 3 分钟');
  });
});
