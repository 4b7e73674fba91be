/**
 * Translation system: one i18next instance with every locale's dictionary,
 * English as fallback so a missing value never blanks a string, and a fixed
 * translator per locale.
 */
import i18next, { type TFunction } from 'i18next';
import { defaultLocale, localeKeys, site, type Locale } from '~/site.config';
import { dictionaries, type UIKey } from '~/i18n/dictionaries';

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
