/**
 * Social preview images (Open Graph / Twitter cards): one 1200×630 JPEG per article, keynote and
 * quiz page in every locale, and one per locale for every other page. This module is the pure
 * part: where an image lives, what goes on it, how a long title is made to fit, and the key
 * that says whether a cached image is still right. Rendering is in social-image-render.ts.
 */
import { digestOf } from './cache-keys';

export const SOCIAL_IMAGE = { width: 1200, height: 630, type: 'image/jpeg' } as const;

/** Bump when the card's design changes, so every cached image is drawn again. */
export const TEMPLATE_VERSION = 3;

/** `OG_IMAGES=off` builds the site without social images (e.g. to compare build times). */
export function socialImagesEnabled(
  env: Record<string, string | undefined> = process.env,
): boolean {
  return !/^(off|0|false|no)$/i.test(env.OG_IMAGES ?? '');
}

export type CardKind = 'article' | 'keynote' | 'quiz' | 'site';

/** Everything drawn on one card; equal cards give equal images. */
export interface SocialCard {
  kind: CardKind;
  /** BCP 47 tag of the card's language (line breaking and glyph forms). */
  lang: string;
  /** Small line above the title: the kind of page, or the site's tagline on the site card. */
  eyebrow: string;
  title: string;
  name: string;
  /** The speaker's job title in the card's language. */
  line: string;
  /** The line at the top: the site's name, or its address on the site card (whose title is the name). */
  masthead: string;
}

/**
 * Where the image of the page at `pagePath` is served: `/og/<the page's path>.jpg`, so a page
 * and its image share their name. The site-wide image of a locale is `/og/<locale>/site.jpg`.
 * @example socialImagePath('/de/articles/erstkontakt/') // '/og/de/articles/erstkontakt.jpg'
 */
export function socialImagePath(pagePath: string): string {
  return `/og/${pagePath.replace(/^\/+|\/+$/g, '')}.jpg`;
}

export function siteImagePath(locale: string): string {
  return socialImagePath(`/${locale}/site/`);
}

/** The key a cached image is stored under: it changes whenever anything drawn on it changes. */
export function cardKey(card: SocialCard, assets: { font: string; portrait: string }): string {
  return digestOf({ card, assets, template: TEMPLATE_VERSION });
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/u;

/**
 * Width of a text in ems, estimated: CJK characters are one em, other characters about half
 * (capitals and wide letters a little more). Good enough to choose a size and to cut a title
 * before the renderer has to; it errs on the wide side so a title never overflows.
 */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) {
    if (WIDE.test(char)) width += 1;
    else if (/[A-ZMWmw@%&]/.test(char)) width += 0.68;
    else if (/[iljtf.,:;'!|()\s]/.test(char)) width += 0.3;
    else width += 0.56;
  }
  return width;
}

/** Words a line may break after: spaces and hyphens in alphabetic text, any CJK character. */
function breakUnits(text: string): string[] {
  return (
    text.match(
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60][，。、：；！？）》」』]?|[^\s\u2e80-\ua4cf\uac00-\ud7a3\uff00-\uff60-]+-?|-|\s+/gu,
    ) ?? []
  );
}

/** Greedy line breaking by estimated width: the lines a title takes at `fontSize` in `width` px. */
export function wrapLines(text: string, fontSize: number, width: number): string[] {
  const max = width / fontSize;
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(text)) {
    if (/^\s+$/.test(unit)) {
      if (line) line += ' ';
      continue;
    }
    if (line && textWidthEm(line + unit) > max) {
      lines.push(line.trimEnd());
      line = unit;
    } else line += unit;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export interface FittedTitle {
  text: string;
  fontSize: number;
}

/**
 * The largest of `sizes` at which `title` fits in `maxLines` lines of `width` px; a title too
 * long even at the smallest size is cut after the last whole word that fits, with an ellipsis.
 * @example fitTitle('Beyond handle time', { width: 700, maxLines: 3, sizes: [72, 60, 50] })
 */
export function fitTitle(
  title: string,
  { width, maxLines, sizes }: { width: number; maxLines: number; sizes: readonly number[] },
): FittedTitle {
  const text = title.replace(/\s+/g, ' ').trim();
  for (const fontSize of sizes) {
    if (wrapLines(text, fontSize, width).length <= maxLines) return { text, fontSize };
  }
  const fontSize = sizes[sizes.length - 1]!;
  const lines = wrapLines(text, fontSize, width).slice(0, maxLines);
  let last = lines.pop()!;
  while (last && textWidthEm(`${last}…`) > width / fontSize) {
    const units = breakUnits(last);
    units.pop();
    last = units.join('').trimEnd();
  }
  const kept = [...lines, last].join('').replace(/\s+/g, '').length;
  return { text: `${prefixOf(text, kept).replace(/[\s,.:;，。：；、–—-]+$/u, '')}…`, fontSize };
}

/** The start of `text` holding its first `count` non-space characters. */
function prefixOf(text: string, count: number): string {
  let seen = 0;
  let end = 0;
  for (const char of text) {
    if (seen === count) break;
    end += char.length;
    if (!/\s/.test(char)) seen += 1;
  }
  return text.slice(0, end);
}

/**
 * Chinese (or Japanese) text with no spaces, split into `count` lines of nearly equal length so
 * the last line is never one lonely character; a closing punctuation mark stays with the
 * character before it. Alphabetic text is left to the renderer's own line breaking (undefined).
 * @example balanceCjk('质检与辅导：你的质检项目真的改变了行为吗？', 3) // 3 lines of 7
 */
export function balanceCjk(text: string, count: number): string[] | undefined {
  if (count < 2 || /\s/.test(text) || !WIDE.test(text)) return undefined;
  const units = breakUnits(text);
  const total = units.reduce((sum, u) => sum + [...u].length, 0);
  const perLine = Math.ceil(total / count);
  const lines: string[] = [''];
  for (const unit of units) {
    if ([...lines.at(-1)!].length + [...unit].length > perLine && lines.length < count)
      lines.push('');
    lines[lines.length - 1] += unit;
  }
  return lines;
}
