/**
 * UI strings, one flat JSON file per locale. English is complete and is the
 * fallback; a test fails when another locale lacks a key English has.
 * Adding a locale: add its JSON file and one line here (see README.md).
 */
import type { Locale } from '~/site.config';
import en from './en.json';
import de from './de.json';
import zh from './zh.json';

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type StripPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;

/** Every UI string key; plural forms (`_one`, `_other`) are asked for by their base key with `count`. */
export type UIKey = StripPlural<keyof typeof en & string>;
export type Dictionary = Partial<Record<keyof typeof en, string>> & Record<string, string>;

export const dictionaries: Record<Locale, Dictionary> = { en, de, zh };
