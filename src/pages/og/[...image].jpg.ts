/**
 * Social preview images, one JPEG per article, keynote and quiz page and one site card per
 * locale (src/lib/social-cards.ts), drawn at build time. A card drawn by an earlier build with
 * the same content is taken from the cache folder (src/lib/social-image-render.ts). None are
 * built with OG_IMAGES=off.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArticles, loadKeynotes, loadQuizzes } from '~/lib/collections';
import { pageCard, siteCard } from '~/lib/social-cards';
import { cardKey, socialImagePath, socialImagesEnabled, type SocialCard } from '~/lib/social-image';
import { fontVersion } from '~/lib/social-image-fonts';
import { socialImage } from '~/lib/social-image-render';
import { localeKeys, site } from '~/site.config';

const portraitFile = () => path.resolve('content/images', site.author.portrait.image);

export const getStaticPaths = (async () => {
  if (!socialImagesEnabled()) return [];
  const portrait = createHash('sha256').update(readFileSync(portraitFile())).digest('base64url');
  const [articles, keynotes, quizzes] = await Promise.all([
    loadArticles(),
    loadKeynotes(),
    loadQuizzes(),
  ]);
  const pages = [
    ...articles.map((a) => ({ kind: 'article' as const, page: a })),
    ...keynotes.map((k) => ({ kind: 'keynote' as const, page: k })),
    ...quizzes.map((q) => ({ kind: 'quiz' as const, page: q })),
  ];
  const cards: [string, SocialCard][] = [
    ...localeKeys.map((locale) => [`/${locale}/site/`, siteCard(locale)] as [string, SocialCard]),
    ...pages.map(
      ({ kind, page }) =>
        [page.path, pageCard(page.locale, kind, page.title)] as [string, SocialCard],
    ),
  ];
  return cards.map(([pagePath, card]) => ({
    params: { image: socialImagePath(pagePath).slice('/og/'.length, -'.jpg'.length) },
    props: { card },
    // The image shows nothing but its card, the portrait and the font: the same key as its cache file.
    cacheKey: cardKey(card, { font: fontVersion, portrait }),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) => {
  const jpeg = await socialImage(props.card, portraitFile());
  return new Response(new Uint8Array(jpeg), { headers: { 'Content-Type': 'image/jpeg' } });
};
