/**
 * Which site locale a WordPress post is in: Polylang's `language` term first,
 * then WPML's `_wpml_language` post meta when an export carries it, then the
 * locale given on the command line. Codes like `en_GB`, `de-DE`, `zh-cn` or
 * `zh_CN` map onto the site's locale folders (en, de, zh).
 */
import { isLocale, site, type Locale } from '~/site.config';
import { unserializePhp } from './php-serialize';
import type { WxrItem, WxrTerm } from './wxr';

/** Traditional Chinese is not the site's `zh` (Simplified, zh-CN). */
const TRADITIONAL_CHINESE = /^zh-(?:tw|hk|mo|hant)\b/;

/**
 * @example siteLocaleFor('de_DE') // 'de'
 * @example siteLocaleFor('zh-cn') // 'zh'
 * @example siteLocaleFor('fr') // undefined
 */
export function siteLocaleFor(code: string): Locale | undefined {
  const tag = code.trim().toLowerCase().replace(/_/g, '-');
  if (!tag) return undefined;
  if (isLocale(tag)) return tag;
  for (const [key, config] of Object.entries(site.locales)) {
    if (config.lang.toLowerCase() === tag && isLocale(key)) return key;
  }
  if (TRADITIONAL_CHINESE.test(tag)) return undefined;
  const primary = tag.split('-')[0]!;
  return isLocale(primary) ? primary : undefined;
}

export type LanguageResult =
  | { ok: true; locale: Locale; source: 'polylang' | 'wpml' | 'default' }
  | { ok: false; code: string };

/** Polylang language slug → its WordPress locale (`en` → `en_GB`), from the `language` terms. */
export function polylangLocales(terms: WxrTerm[]): Map<string, string> {
  const locales = new Map<string, string>();
  for (const term of terms) {
    if (term.taxonomy !== 'language') continue;
    const data = unserializePhp(term.description);
    const locale = data && typeof data === 'object' ? data.locale : undefined;
    if (typeof locale === 'string') locales.set(term.slug, locale);
  }
  return locales;
}

/**
 * The post's language. `hint` is the code its Polylang translation group
 * lists it under; `fallback` is used when the export says nothing (a site
 * without Polylang, or WPML, which does not export languages).
 */
export function postLanguage(
  item: WxrItem,
  polylang: Map<string, string>,
  fallback: Locale,
  hint?: string,
): LanguageResult {
  const polylangCode = item.terms.find((t) => t.domain === 'language')?.nicename ?? hint;
  const wpmlCode = (item.meta._wpml_language ?? item.meta.wpml_language)?.trim();
  if (polylangCode) {
    const wpLocale = polylang.get(polylangCode);
    const locale = siteLocaleFor(polylangCode) ?? siteLocaleFor(wpLocale ?? '');
    if (locale) return { ok: true, locale, source: 'polylang' };
    return {
      ok: false,
      code: wpLocale && wpLocale !== polylangCode ? `${polylangCode} (${wpLocale})` : polylangCode,
    };
  }
  if (wpmlCode) {
    const locale = siteLocaleFor(wpmlCode);
    return locale ? { ok: true, locale, source: 'wpml' } : { ok: false, code: wpmlCode };
  }
  return { ok: true, locale: fallback, source: 'default' };
}
