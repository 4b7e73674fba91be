/** The pure parts of the social images: paths, title fitting, CJK line balance, cache keys, font subsets. */
import { describe, expect, it } from 'vitest';
import {
  balanceCjk,
  cardKey,
  fitTitle,
  siteImagePath,
  socialImagePath,
  socialImagesEnabled,
  textWidthEm,
  wrapLines,
  type SocialCard,
} from '~/lib/social-image';
import { parseUnicodeRange, subsetsFor, subsetTable } from '~/lib/social-image-fonts';

const room = { width: 700, maxLines: 3, sizes: [68, 60, 52] };

describe('socialImagePath', () => {
  it('names the image after its page', () => {
    expect(socialImagePath('/de/articles/erstloesungsquote/')).toBe(
      '/og/de/articles/erstloesungsquote.jpg',
    );
    expect(siteImagePath('zh')).toBe('/og/zh/site.jpg');
  });
});

describe('socialImagesEnabled', () => {
  it('is on unless OG_IMAGES says off', () => {
    expect(socialImagesEnabled({})).toBe(true);
    expect(socialImagesEnabled({ OG_IMAGES: 'on' })).toBe(true);
    for (const off of ['off', 'OFF', '0', 'false', 'no'])
      expect(socialImagesEnabled({ OG_IMAGES: off })).toBe(false);
  });
});

describe('fitTitle', () => {
  it('keeps a short title whole at the largest size', () => {
    expect(fitTitle('First contact resolution', room)).toEqual({
      text: 'First contact resolution',
      fontSize: 68,
    });
  });

  it('shrinks a long German title until it fits in three lines, without cutting it', () => {
    const title = 'Betriebsrat, Mithören und Gesprächsaufzeichnung im deutschen Contact Center';
    const fitted = fitTitle(title, room);
    expect(fitted.text).toBe(title);
    expect(fitted.fontSize).toBeLessThan(68);
    expect(wrapLines(title, fitted.fontSize, room.width).length).toBeLessThanOrEqual(3);
  });

  it('cuts a title too long for any size after a whole word, with an ellipsis', () => {
    const title = 'Kennzahlen, die zeigen, was Kunden wirklich erleben, '.repeat(4).trim();
    const fitted = fitTitle(title, room);
    expect(fitted.fontSize).toBe(52);
    expect(fitted.text.endsWith('…')).toBe(true);
    expect(title.startsWith(fitted.text.slice(0, -1))).toBe(true);
    expect(fitted.text).not.toMatch(/[\s,]…$/);
    expect(title.split(/[\s,]+/)).toContain(fitted.text.slice(0, -1).split(' ').at(-1));
    expect(wrapLines(fitted.text, 52, room.width).length).toBeLessThanOrEqual(3);
  });

  it('cuts a long Chinese title without inserting spaces', () => {
    const title = '首次解决率：为什么它比你想的更难衡量，以及如何改进一线团队的工作方式'.repeat(2);
    const fitted = fitTitle(title, room);
    expect(fitted.text).toMatch(/^首次解决率：.*…$/u);
    expect(fitted.text).not.toMatch(/\s/);
    expect(title.startsWith(fitted.text.slice(0, -1))).toBe(true);
  });
});

describe('textWidthEm', () => {
  it('counts a Chinese character as twice as wide as a Latin letter', () => {
    expect(textWidthEm('中文')).toBe(2);
    expect(textWidthEm('ab')).toBeCloseTo(1.12);
  });
});

describe('balanceCjk', () => {
  it('splits a Chinese title into lines of nearly equal length, punctuation kept with its character', () => {
    const lines = balanceCjk('质检与辅导：你的质检项目真的改变了行为吗？', 3)!;
    expect(lines.join('')).toBe('质检与辅导：你的质检项目真的改变了行为吗？');
    expect(lines.map((l) => [...l].length)).toEqual([7, 7, 7]);
    expect(lines.some((l) => /^[，。：？]/u.test(l))).toBe(false);
  });

  it('leaves alphabetic titles and one-line titles to the renderer', () => {
    expect(balanceCjk('First contact resolution', 2)).toBeUndefined();
    expect(balanceCjk('早期预警', 1)).toBeUndefined();
  });
});

describe('cardKey', () => {
  const card: SocialCard = {
    kind: 'article',
    lang: 'en',
    eyebrow: 'Article',
    title: 'First contact resolution',
    name: 'Morgan Reyes',
    line: 'Consultant',
    masthead: 'Contact Centre Compass',
  };
  const assets = { font: '@fontsource/noto-sans-sc@5.3.0', portrait: 'abc' };

  it('is the same for the same card and changes with anything drawn on it', () => {
    const key = cardKey(card, assets);
    expect(cardKey({ ...card }, { ...assets })).toBe(key);
    const variants = [
      cardKey({ ...card, title: 'First contact resolution!' }, assets),
      cardKey({ ...card, lang: 'de' }, assets),
      cardKey({ ...card, name: 'M. Reyes' }, assets),
      cardKey({ ...card, line: 'Berater' }, assets),
      cardKey(card, { ...assets, font: '@fontsource/noto-sans-sc@5.4.0' }),
      cardKey(card, { ...assets, portrait: 'def' }),
    ];
    expect(new Set([key, ...variants]).size).toBe(variants.length + 1);
  });
});

describe('font subsets', () => {
  it('reads a CSS unicode-range', () => {
    expect(parseUnicodeRange('U+0-ff,U+131, U+2000-206f')).toEqual([
      [0, 255],
      [305, 305],
      [0x2000, 0x206f],
    ]);
  });

  it('loads only the Latin files for English and German text', () => {
    expect(subsetsFor('Gesprächsaufzeichnung – Morgan Reyes', subsetTable)).toEqual(['latin']);
  });

  it('finds a file for every character of a Chinese title', () => {
    const title = '呼叫中心：企业的早期预警系统';
    const chosen = subsetsFor(title, subsetTable);
    expect(chosen.length).toBeGreaterThan(1);
    for (const char of title) {
      const code = char.codePointAt(0)!;
      const covered = chosen.some((name) =>
        subsetTable.get(name)!.some(([lo, hi]) => code >= lo && code <= hi),
      );
      expect(covered, char).toBe(true);
    }
  });
});
