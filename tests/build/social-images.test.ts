/**
 * Social previews in the built sample site: every article, keynote and quiz page names its own
 * 1200×630 JPEG in og:image and twitter:image, with alt text in the page's language; other pages
 * name their locale’s site card; and a Chinese title is drawn in Chinese glyphs, not as blanks
 * or boxes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pageCard } from '~/lib/social-cards';
import { fontsFor } from '~/lib/social-image-fonts';
import { cardPortrait, drawCard } from '~/lib/social-image-render';
import { site } from '~/site.config';
import { distFiles, page, resolvesToFile, urlPathOf } from '../support/dist';
import { distDir } from '../support/paths';

const pages = distFiles('.html').map(urlPathOf);
const ownImage = pages.filter((p) =>
  /^\/[a-z]+\/(articles|keynotes|quizzes)\/(?!page\/)[^/]+\/$/.test(p),
);
const meta = (urlPath: string, key: string) =>
  page(urlPath)
    .querySelector(`meta[property="${key}"], meta[name="${key}"]`)
    ?.getAttribute('content');
const localPath = (url: string) => new URL(url).pathname;

describe('social images', () => {
  it('covers every article, keynote and quiz page in every locale', () => {
    expect(ownImage.length).toBeGreaterThan(20);
    for (const locale of Object.keys(site.locales))
      expect(
        ownImage.some((p) => p.startsWith(`/${locale}/`)),
        locale,
      ).toBe(true);
  });

  it('gives each of those pages its own 1200×630 JPEG that exists in dist/', async () => {
    const images = new Set<string>();
    for (const urlPath of ownImage) {
      const image = meta(urlPath, 'og:image');
      expect(image, urlPath).toMatch(/^https:\/\/.+\.jpg$/);
      expect(meta(urlPath, 'twitter:image'), urlPath).toBe(image);
      expect(meta(urlPath, 'twitter:card'), urlPath).toBe('summary_large_image');
      expect(meta(urlPath, 'og:image:type'), urlPath).toBe('image/jpeg');
      expect([meta(urlPath, 'og:image:width'), meta(urlPath, 'og:image:height')]).toEqual([
        '1200',
        '630',
      ]);
      expect(meta(urlPath, 'og:image:alt')?.length, urlPath).toBeGreaterThan(10);
      const file = localPath(image!);
      expect(resolvesToFile(file), file).toBe(true);
      const { width, height, format } = await sharp(path.join(distDir, file)).metadata();
      expect({ width, height, format }, file).toEqual({ width: 1200, height: 630, format: 'jpeg' });
      images.add(file);
    }
    expect(images.size).toBe(ownImage.length);
  });

  it('writes the alt text in the page’s language, with the page’s title', () => {
    const zh = ownImage.find((p) => p.startsWith('/zh/articles/'))!;
    const de = ownImage.find((p) => p.startsWith('/de/articles/'))!;
    expect(meta(zh, 'og:image:alt')).toContain(page(zh).querySelector('h1')!.text.trim());
    expect(meta(zh, 'og:image:alt')).toMatch(/^文章：/u);
    expect(meta(de, 'og:image:alt')).toMatch(/^Artikel: .+, von /u);
  });

  it('gives home, list and about pages their locale’s site card', () => {
    for (const locale of Object.keys(site.locales)) {
      for (const urlPath of [`/${locale}/`, `/${locale}/articles/`, `/${locale}/about/`]) {
        expect(localPath(meta(urlPath, 'og:image')!), urlPath).toBe(`/og/${locale}/site.jpg`);
      }
      expect(resolvesToFile(`/og/${locale}/site.jpg`)).toBe(true);
    }
  });
});

/** Share of pixels in the title area that differ clearly between two drawings of the card. */
async function titleAreaDifference(a: Buffer, b: Buffer): Promise<number> {
  const area = { left: 64, top: 150, width: 700, height: 320 };
  const [x, y] = await Promise.all(
    [a, b].map((png) => sharp(png).extract(area).removeAlpha().raw().toBuffer()),
  );
  let differing = 0;
  for (let i = 0; i < x!.length; i += 3) {
    if (Math.max(...[0, 1, 2].map((c) => Math.abs(x![i + c]! - y![i + c]!))) > 48) differing += 1;
  }
  return differing / (area.width * area.height);
}

describe('a Chinese social image', () => {
  it('draws the title in Chinese glyphs, unlike a font without them or no title at all', async () => {
    const urlPath = ownImage.find((p) => p.startsWith('/zh/articles/'))!;
    const title = page(urlPath).querySelector('h1')!.text.trim();
    expect(title).toMatch(/\p{Script=Han}/u);
    const built = readFileSync(path.join(distDir, localPath(meta(urlPath, 'og:image')!)));
    const card = pageCard('zh', 'article', title);
    const portrait = await cardPortrait(path.resolve('content/images', site.author.portrait.image));
    const latinOnly = fontsFor('Latin only');
    const withoutHan = await drawCard(card, portrait?.png, latinOnly);
    const withoutTitle = await drawCard({ ...card, title: '' }, portrait?.png);
    // Strokes of bold 60–68 px glyphs cover well over 3 % of the title area.
    expect(await titleAreaDifference(built, withoutTitle)).toBeGreaterThan(0.03);
    expect(await titleAreaDifference(built, withoutHan)).toBeGreaterThan(0.03);
  });
});
