import { describe, expect, it } from 'vitest';
import { pluralForms } from '~/lib/i18n';
import { fillPlural } from '~/lib/plural';

describe('counted strings filled in the browser', () => {
  it('names the shortlist count with the right plural in English, German and Chinese', () => {
    const say = (locale: 'en' | 'de' | 'zh', lang: string, count: number) =>
      fillPlural(pluralForms(locale, 'shortlist.count'), lang, count);
    expect(say('en', 'en', 1)).toBe('Shortlist, 1 talk');
    expect(say('en', 'en', 2)).toBe('Shortlist, 2 talks');
    expect(say('en', 'en', 0)).toBe('Shortlist, 0 talks');
    expect(say('de', 'de', 1)).toBe('Merkliste, 1 Vortrag');
    expect(say('de', 'de', 3)).toBe('Merkliste, 3 Vorträge');
    expect(say('zh', 'zh-CN', 2)).toBe('候选清单，2 个演讲');
  });

  it('hands the browser one form per plural category of the language, none guessed', () => {
    expect(Object.keys(pluralForms('de', 'shortlist.count')).sort()).toEqual(['one', 'other']);
    expect(pluralForms('zh', 'shortlist.count')).toEqual({ other: '候选清单，{count} 个演讲' });
  });
});
