/**
 * Polylang translation groups. Every post of a group carries the same
 * `post_translations` term (`pll_…`), whose description maps language → post
 * id as a PHP-serialized array: `a:2:{s:2:"en";i:12;s:2:"de";i:15;}`.
 * Either half is enough to pair posts; both are used.
 */
import { unserializePhp } from './php-serialize';
import type { WxrItem, WxrTerm } from './wxr';

/** Language → post id from one `post_translations` description. */
export function parseTranslationGroup(description: string): Map<string, number> {
  const data = unserializePhp(description);
  const group = new Map<string, number>();
  if (!data || typeof data !== 'object') return group;
  for (const [language, id] of Object.entries(data)) {
    const number = typeof id === 'number' ? id : Number(id);
    if (Number.isInteger(number) && number > 0) group.set(language, number);
  }
  return group;
}

export interface TranslationGroups {
  /** Post id → the ids of every post in its group (itself included). */
  members: Map<number, number[]>;
  /** Post id → the language code its group lists it under (used when the post has no language term). */
  languageHint: Map<number, string>;
}

export function translationGroups(items: WxrItem[], terms: WxrTerm[]): TranslationGroups {
  const byKey = new Map<string, Set<number>>();
  const languageHint = new Map<number, string>();
  const add = (key: string, id: number) => byKey.set(key, (byKey.get(key) ?? new Set()).add(id));
  for (const term of terms) {
    if (term.taxonomy !== 'post_translations') continue;
    for (const [language, id] of parseTranslationGroup(term.description)) {
      add(term.slug, id);
      languageHint.set(id, language);
    }
  }
  for (const item of items) {
    for (const term of item.terms)
      if (term.domain === 'post_translations') add(term.nicename, item.id);
  }
  const members = new Map<number, number[]>();
  for (const ids of byKey.values()) {
    const sorted = [...ids].sort((a, b) => a - b);
    for (const id of sorted)
      members.set(
        id,
        [...new Set([...(members.get(id) ?? []), ...sorted])].sort((a, b) => a - b),
      );
  }
  return { members, languageHint };
}
