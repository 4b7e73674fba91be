/**
 * Translation system: one i18next instance with every locale's dictionary,
 * English as fallback so a missing value never blanks a string, and a fixed
 * translator per locale.
 */
import i18next, { type TFunction } from 'i18next';
import { defaultLocale, localeKeys, site, type Locale } from '~/site.config';
import { dictionaries, type UIKey } from '~/i18n/dictionaries';
import type { PluralForms } from './plural';

export type Translate = (key: UIKey, options?: Record<string, unknown>) => string;

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(
    localeKeys.map((locale) => [locale, { translation: dictionaries[locale] }]),
  ),
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: localeKeys,
  initAsync: false,
  keySeparator: false,
  nsSeparator: false,
  returnEmptyString: false,
  interpolation: { escapeValue: false },
});

const translators = new Map<Locale, Translate>();

/**
 * A translator fixed to one locale.
 * @example useTranslations('de')('article.readingTime', { count: 4 }) // '4 Minuten Lesezeit'
 */
export function useTranslations(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    const fixed: TFunction = instance.getFixedT(locale);
    // Plural rules need the locale's full tag (zh → zh-CN); i18next picks them from `lng`.
    t = (key, options) => String(fixed(key, { lng: locale, ...options }));
    translators.set(locale, t);
  }
  return t;
}

/** Name of a language as written in that language (for the switcher and badges). */
export function languageName(locale: Locale): string {
  return site.locales[locale].label;
}

/** A piece of a formatted list: an item (by its index) or the separator text between items. */
export type ListPart = { item: number } | { separator: string };

/**
 * A list written the reader's way ("A, B und C", "A、B、C"), as parts, so each item can carry
 * its own markup (e.g. a language name with its own `lang`).
 * @example listParts(3, 'de') // [{item:0},{separator:', '},{item:1},{separator:' und '},{item:2}]
 */
export function listParts(count: number, lang: string): ListPart[] {
  // Private-use characters mark the items; no language writes them between list items.
  const marks = Array.from({ length: count }, (_, i) => `\uE000${i}\uE001`);
  const text = new Intl.ListFormat(lang, { type: 'conjunction', style: 'narrow' }).format(marks);
  return text
    .split(/\uE000(\d+)\uE001/)
    .flatMap((piece, i): ListPart[] =>
      i % 2 === 1 ? [{ item: Number(piece) }] : piece ? [{ separator: piece }] : [],
    );
}

/** The items as one list string in the reader's language ("keynote, workshop", "主题演讲、工作坊"). */
export function formatList(items: readonly string[], lang: string): string {
  return new Intl.ListFormat(lang, { type: 'conjunction', style: 'narrow' }).format(items);
}

/**
 * Every plural form of a counted string in one locale, `{count}` left for a script to fill with
 * {@link fillPlural}: the browser then needs no i18next, and no form is guessed by replacing a
 * sample number.
 * @example pluralForms('de', 'shortlist.count') // { one: 'Merkliste, {count} Vortrag', other: 'Merkliste, {count} Vorträge' }
 */
export function pluralForms(locale: Locale, key: UIKey): PluralForms {
  const t = useTranslations(locale);
  const rules = new Intl.PluralRules(site.locales[locale].lang);
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const category of rules.resolvedOptions().pluralCategories) {
    // i18next picks the form from `count`; `replace` puts the placeholder where the number goes.
    const sample = Array.from({ length: 200 }, (_, n) => n).find(
      (n) => rules.select(n) === category,
    );
    if (sample !== undefined)
      forms[category] = t(key, { count: sample, replace: { count: '{count}' } });
  }
  return { ...forms, other: forms.other ?? t(key, { count: 2, replace: { count: '{count}' } }) };
}
