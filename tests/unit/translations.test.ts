import { describe, expect, it } from 'vitest';
import {
  groupTranslations,
  onePerName,
  sameRouteIn,
  translationPaths,
  type Translatable,
} from '~/lib/translations';
import { localePath } from '~/lib/urls';

const piece = (
  locale: Translatable['locale'],
  name: string,
  slug = name,
  kind: Translatable['kind'] = 'articles',
): Translatable => ({ kind, locale, name, slug });

const enFcr = piece('en', 'first-contact');
const deFcr = piece('de', 'first-contact', 'erstloesung');
const enAlone = piece('en', 'alone');
const enQuiz = piece('en', 'first-contact', 'first-contact', 'quizzes');
const all = [enFcr, deFcr, enAlone, enQuiz];

describe('groupTranslations', () => {
  it('groups files with the same name in different locale folders as one piece', () => {
    const groups = groupTranslations(all);
    expect(groups.get('articles:first-contact')).toEqual({ en: enFcr, de: deFcr });
  });

  it('keeps an article and a quiz with the same name apart', () => {
    const groups = groupTranslations(all);
    expect(groups.get('quizzes:first-contact')).toEqual({ en: enQuiz });
    expect(groups.size).toBe(3);
  });
});

describe('translationPaths', () => {
  const groups = groupTranslations(all);

  it('pairs an English article with its German translation that has a localized slug', () => {
    const expected = { en: '/en/articles/first-contact/', de: '/de/articles/erstloesung/' };
    expect(translationPaths(enFcr, groups)).toEqual(expected);
    expect(translationPaths(deFcr, groups)).toEqual(expected);
  });

  it('gives an article without translation only its own page', () => {
    expect(translationPaths(enAlone, groups)).toEqual({ en: '/en/articles/alone/' });
  });

  it('gives a piece that is not in the groups only its own page', () => {
    expect(translationPaths(piece('zh', 'new-piece', 'xin'), groups)).toEqual({
      zh: '/zh/articles/xin/',
    });
  });

  it('never pairs a quiz with the article of the same name', () => {
    expect(translationPaths(enQuiz, groups)).toEqual({ en: '/en/quizzes/first-contact/' });
  });
});

describe('sameRouteIn', () => {
  it('gives a page that exists in every locale at the same place', () => {
    expect(sameRouteIn(['en', 'de', 'zh'], (l) => localePath(l, 'topics'))).toEqual({
      en: '/en/topics/',
      de: '/de/topics/',
      zh: '/zh/topics/',
    });
  });

  it('lists only the locales it is given', () => {
    expect(Object.keys(sameRouteIn(['de'], (l) => localePath(l)))).toEqual(['de']);
  });
});

describe('onePerName', () => {
  it('keeps the reader’s version of each piece, or another version when there is none', () => {
    const items = [
      { locale: 'en' as const, name: 'a' },
      { locale: 'de' as const, name: 'a' },
      { locale: 'en' as const, name: 'b' },
    ];
    expect(onePerName(items, 'de')).toEqual([
      { locale: 'de', name: 'a' },
      { locale: 'en', name: 'b' },
    ]);
  });
});
