/**
 * UI strings (src/i18n/*.json, src/i18n/dictionaries.ts) and the translator built on them
 * (src/lib/i18n.ts).
 */
import type * as Dictionaries from '~/i18n/dictionaries';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dictionaries } from '~/i18n/dictionaries';
import { listParts, useTranslations } from '~/lib/i18n';
import { localeKeys, site } from '~/site.config';

const dir = path.resolve(import.meta.dirname, '../../src/i18n');
const PLURAL = /_(zero|one|two|few|many|other)$/;
const load = (locale: string) =>
  JSON.parse(readFileSync(path.join(dir, `${locale}.json`), 'utf8')) as Record<string, unknown>;
const localesOnDisk = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();
const base = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);

const english = load('en');
const englishBase = new Set(Object.keys(english).map(base));

describe('UI string files', () => {
  it('has one JSON file per configured locale, and each is wired into dictionaries.ts', () => {
    expect(localesOnDisk).toEqual([...localeKeys].sort());
    for (const locale of localesOnDisk)
      expect(dictionaries[locale as keyof typeof dictionaries]).toEqual(load(locale));
  });

  it('gives every locale exactly the keys English has (plural forms counted as their base key)', () => {
    const report: Record<string, { missing: string[]; extra: string[] }> = {};
    for (const locale of localesOnDisk) {
      const keys = new Set(Object.keys(load(locale)).map(base));
      const missing = [...englishBase].filter((k) => !keys.has(k)).sort();
      const extra = [...keys].filter((k) => !englishBase.has(k)).sort();
      if (missing.length || extra.length) report[locale] = { missing, extra };
    }
    const message = Object.entries(report)
      .map(
        ([locale, { missing, extra }]) =>
          `${locale}.json: missing [${missing.join(', ')}]; extra [${extra.join(', ')}]`,
      )
      .join('\n');
    expect(report, message).toEqual({});
  });

  it('leaves no value empty (or not text) in any locale', () => {
    const empty: Record<string, string[]> = {};
    for (const locale of localesOnDisk) {
      const keys = Object.entries(load(locale))
        .filter(([, v]) => typeof v !== 'string' || !v.trim())
        .map(([k]) => k);
      if (keys.length) empty[locale] = keys;
    }
    expect(
      empty,
      Object.entries(empty)
        .map(([l, k]) => `${l}.json: empty ${k.join(', ')}`)
        .join('\n'),
    ).toEqual({});
  });

  it('gives every plural string the forms its language needs (e.g. de: one and other, zh: other)', () => {
    const pluralBases = new Set(
      Object.keys(english)
        .filter((k) => PLURAL.test(k))
        .map(base),
    );
    const missing: string[] = [];
    for (const locale of localesOnDisk) {
      const dict = load(locale);
      const lang = site.locales[locale as keyof typeof site.locales].lang;
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const key of pluralBases)
        for (const category of categories)
          if (!(`${key}_${category}` in dict)) missing.push(`${locale}.json: ${key}_${category}`);
    }
    expect(missing, missing.join('\n')).toEqual([]);
  });

  it('uses in each translation the same {{placeholders}} as English', () => {
    const wrong: string[] = [];
    const englishPlaceholders = (key: string) =>
      new Set(
        Object.entries(english)
          .filter(([k]) => base(k) === key)
          .flatMap(([, v]) => placeholders(String(v))),
      );
    for (const locale of localesOnDisk.filter((l) => l !== 'en')) {
      const dict = load(locale);
      const byBase = new Map<string, Set<string>>();
      for (const [k, v] of Object.entries(dict))
        byBase.set(base(k), new Set([...(byBase.get(base(k)) ?? []), ...placeholders(String(v))]));
      for (const [key, used] of byBase) {
        const expected = englishPlaceholders(key);
        const unknown = [...used].filter((p) => !expected.has(p));
        const dropped = [...expected].filter((p) => !used.has(p));
        if (unknown.length || dropped.length)
          wrong.push(
            `${locale}.json ${key}: unknown {{${unknown.join(', ')}}}, dropped {{${dropped.join(', ')}}}`,
          );
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});

describe('useTranslations', () => {
  it('uses German singular for 1 minute and plural for 4 minutes', () => {
    const t = useTranslations('de');
    const one = t('article.readingTime', { count: 1 });
    const four = t('article.readingTime', { count: 4 });
    expect(one).toBe('1 Minute Lesezeit');
    expect(four).toBe('4 Minuten Lesezeit');
    expect(one.replace('1', '')).not.toBe(four.replace('4', ''));
  });

  it('uses English singular and plural for article counts', () => {
    const t = useTranslations('en');
    expect(t('articles.count', { count: 1 })).toBe('1 article');
    expect(t('articles.count', { count: 2 })).toBe('2 articles');
  });

  it('answers in Chinese for zh', () => {
    const t = useTranslations('zh');
    expect(t('article.readingTime', { count: 3 })).toBe('阅读约需 3 分钟');
    expect(t('nav.articles')).toMatch(/\p{Script=Han}/u);
    expect(t('nav.articles')).not.toBe(useTranslations('en')('nav.articles'));
  });

  it('fills in placeholders without HTML-escaping them', () => {
    expect(useTranslations('en')('article.by', { author: 'Tom & Jerry <3' })).toBe(
      'By Tom & Jerry <3',
    );
  });

  describe('when a translation lacks a string', () => {
    afterEach(() => {
      vi.doUnmock('../../src/i18n/dictionaries');
      vi.resetModules();
    });

    it('falls back to the English text instead of showing the key or nothing', async () => {
      vi.resetModules();
      vi.doMock('../../src/i18n/dictionaries', async (importOriginal) => {
        const original = await importOriginal<typeof Dictionaries>();
        const { ['nav.home']: _missing, ...de } = original.dictionaries.de;
        return {
          ...original,
          dictionaries: { ...original.dictionaries, de: { ...de, 'nav.about': '' } },
        };
      });
      const { useTranslations: fresh } = await import('~/lib/i18n');
      expect(english['nav.home']).not.toBe(load('de')['nav.home']); // the fallback is observable
      expect(fresh('de')('nav.home')).toBe(english['nav.home']);
      expect(fresh('de')('nav.about')).toBe(english['nav.about']);
      expect(fresh('de')('nav.articles')).toBe(load('de')['nav.articles']);
    });
  });
});

describe('lists in the reader’s language', () => {
  it('gives the items and the separators each language writes between them', () => {
    const text = (lang: string) =>
      listParts(3, lang)
        .map((part) => ('item' in part ? ['A', 'B', 'C'][part.item] : part.separator))
        .join('');
    expect(text('en')).toBe('A, B, C');
    expect(text('de')).toBe('A, B und C');
    expect(text('zh-CN')).toBe('A、B、C');
    expect(listParts(1, 'de')).toEqual([{ item: 0 }]);
  });
});
