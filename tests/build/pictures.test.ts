/**
 * Pictures in dist/: every cover of the sample content is a <picture> with AVIF and WebP in
 * several widths, an <img> with width, height and the frontmatter's alt, loaded first and at
 * once; every later picture of a page waits until it is near; every file a srcset names exists.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { checkContent } from '~/lib/content-check';
import { hasPages } from '~/lib/content-kinds';
import { contentRoot } from '~/lib/content-root';
import type { Cover } from '~/lib/schemas';
import { entryPath } from '~/lib/urls';
import { page, resolvesToFile } from '../support/dist';
import { distDir } from '../support/paths';

const entries = checkContent(contentRoot())
  .entries.filter(hasPages)
  .filter((entry) => !entry.draft);
const covered = entries.flatMap((entry) => {
  const cover = (entry.data as { cover?: Cover }).cover;
  return cover ? [{ ...entry, cover, path: entryPath(entry.kind, entry.locale, entry.slug) }] : [];
});

/** Every URL a <source> or <img> lets the browser choose. */
const candidates = (element: HTMLElement) =>
  [element.getAttribute('src'), element.getAttribute('srcset')]
    .filter((value): value is string => !!value)
    .flatMap((value) => value.split(','))
    .map((candidate) => candidate.trim().split(/\s+/)[0]!);

describe('covers', () => {
  it('the sample content has covers on every keynote and on at least four articles in every translation', () => {
    const keynotes = entries.filter((e) => e.kind === 'keynotes');
    expect(covered.filter((e) => e.kind === 'keynotes')).toHaveLength(keynotes.length);
    const articleNames = new Set(covered.filter((e) => e.kind === 'articles').map((e) => e.name));
    expect(articleNames.size).toBeGreaterThanOrEqual(4);
    for (const name of articleNames)
      for (const translation of entries.filter((e) => e.kind === 'articles' && e.name === name))
        expect(
          covered.some((e) => e.file === translation.file),
          translation.file,
        ).toBe(true);
  });

  it.each(covered.map((entry) => [entry.path, entry] as const))(
    '%s shows its cover first: AVIF and WebP in several widths, width and height, its alt, loaded at once',
    (_, { path: urlPath, cover }) => {
      const article = page(urlPath).querySelector('main article')!;
      const [first, ...later] = article.querySelectorAll('img');
      expect(first, 'a cover <img>').toBeDefined();
      expect(first!.getAttribute('alt')).toBe(cover.alt);
      expect(Number(first!.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(first!.getAttribute('height'))).toBeGreaterThan(0);
      expect(first!.getAttribute('loading')).toBe('eager');
      expect(first!.getAttribute('fetchpriority')).toBe('high');

      const picture = first!.parentNode!;
      expect(picture.tagName).toBe('PICTURE');
      const sources = picture.querySelectorAll('source');
      expect(sources.map((s) => s.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
      for (const source of sources) {
        expect(source.getAttribute('srcset')).toMatch(/ \d+w, .+ \d+w/);
        expect(source.getAttribute('sizes')).toBeTruthy();
      }
      for (const url of [first!, ...sources].flatMap(candidates))
        expect(resolvesToFile(url), url).toBe(true);

      for (const img of later) expect(img.getAttribute('loading'), img.toString()).toBe('lazy');
    },
  );
});

describe('pictures in the text', () => {
  const forecasting = '/en/articles/forecasting-and-scheduling-basics/';

  it('draws a <Figure> with its caption and a Markdown image through the pipeline, both lazy', () => {
    const prose = page(forecasting).querySelector('main article .prose')!;
    const figure = prose.querySelector('figure')!;
    expect(figure.querySelector('figcaption')!.text).toMatch(/morning peak/);
    const pictures = prose.querySelectorAll('picture');
    expect(pictures.length).toBeGreaterThanOrEqual(2);
    for (const picture of pictures) {
      const img = picture.querySelector('img')!;
      expect(img.getAttribute('alt')!.length).toBeGreaterThan(20);
      expect(img.getAttribute('loading')).toBe('lazy');
      expect(img.getAttribute('decoding')).toBe('async');
      expect(img.getAttribute('width')).toMatch(/^\d+$/);
      expect(picture.querySelector('source[type="image/avif"]')).not.toBeNull();
    }
    expect(pictures.map((p) => p.querySelector('img')!.getAttribute('src'))).toContainEqual(
      expect.stringMatching(/^\/_astro\/abandonment-vs-wait\./),
    );
  });

  it('sends no picture file wider than the column needs at 2×, nor any heavier than 150 KB', () => {
    const html = page(forecasting);
    const files = html.querySelectorAll('picture source, picture img').flatMap(candidates);
    for (const url of files) {
      const size = statSync(path.join(distDir, url)).size;
      expect(size, url).toBeLessThan(150_000);
    }
    const widths = html
      .querySelectorAll('picture source')
      .flatMap((s) => [...s.getAttribute('srcset')!.matchAll(/ (\d+)w/g)].map((m) => Number(m[1])));
    expect(Math.max(...widths)).toBeLessThanOrEqual(1344);
  });
});
