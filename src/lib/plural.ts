/**
 * Counted strings filled in the browser: the page hands a script every plural form its language
 * has (from i18next, `{count}` where the number goes), and the script picks one with the same
 * Unicode plural rules i18next uses. Pure and tiny, so any script can afford it.
 */

/** One string per plural category of a language; `other` always exists. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The form for `count` in language `lang`, with the number filled in.
 * @example fillPlural({ one: '{count} talk', other: '{count} talks' }, 'en', 2) // '2 talks'
 */
export function fillPlural(forms: PluralForms, lang: string, count: number): string {
  const form = forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
  return form.replace('{count}', String(count));
}
