/** What dist/ holds for conference organisers: catalogue and keynote pages per locale, JSON-LD, hubs and home. */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { checkContent, type CheckedEntry } from '~/lib/content-check';
import { contentRoot } from '~/lib/content-root';
import type { KeynoteData } from '~/lib/schemas';
import { groupTranslations, translationPaths } from '~/lib/translations';
import { localeKeys, site } from '~/site.config';
import { page, readDist, resolvesToFile, htmlFileFor } from '../support/dist';
import { searchPaths } from '../support/pagefind-node';

const keynotes = checkContent(contentRoot()).entries.filter(
  (e): e is CheckedEntry<KeynoteData> => e.kind === 'keynotes',
);
const groups = groupTranslations(keynotes);
const pathOf = (k: CheckedEntry) => `/${k.locale}/keynotes/${k.slug}/`;

/** Bytes of JavaScript a page runs before any interaction: inline and external scripts, JSON-LD excluded. */
function scriptBytes(urlPath: string): number {
  return parse(readDist(htmlFileFor(urlPath)))
    .querySelectorAll('script')
    .filter((s) => s.getAttribute('type') !== 'application/ld+json')
    .reduce(
      (sum, s) =>
        sum +
        Buffer.byteLength(
          s.getAttribute('src') ? readDist(s.getAttribute('src')!.slice(1)) : s.textContent,
        ),
      0,
    );
}

describe('keynote catalogue', () => {
  it('has sample keynotes: at least five in English, four of them in German, one featured', () => {
    expect(keynotes.filter((k) => k.locale === 'en').length).toBeGreaterThanOrEqual(5);
    expect(keynotes.filter((k) => k.locale === 'de').length).toBeGreaterThanOrEqual(4);
    expect(keynotes.filter((k) => k.data.featured).map((k) => k.name)).toContain(
      'early-warning-system',
    );
  });

  it.each(localeKeys)(
    'lists every keynote in %s, featured first, each with its facts',
    (locale) => {
      const cards = page(`/${locale}/keynotes/`).querySelectorAll('.keynote-card');
      const names = new Set(keynotes.map((k) => k.name));
      expect(cards.map((c) => c.getAttribute('data-name')).sort()).toEqual([...names].sort());
      expect(cards[0]!.querySelector('.featured-badge')).not.toBeNull();
      for (const card of cards) {
        expect(card.getAttribute('data-formats')).toBeTruthy();
        const minutes = card.getAttribute('data-minutes')!.split(' ').map(Number);
        expect(minutes.every((m) => m > 0)).toBe(true);
        expect(card.getAttribute('data-languages')).toBeTruthy();
        const own = keynotes.find(
          (k) => k.name === card.getAttribute('data-name') && k.locale === locale,
        );
        if (!own)
          expect(
            card.querySelector('.language-badge'),
            'a keynote not in this language is badged',
          ).not.toBeNull();
      }
    },
  );

  it('builds every keynote page, linked to its translations with hreflang', () => {
    for (const keynote of keynotes) {
      expect(resolvesToFile(pathOf(keynote)), keynote.file).toBe(true);
      const paths = translationPaths(keynote, groups);
      const hreflang = page(pathOf(keynote))
        .querySelectorAll('link[rel=alternate][hreflang]')
        .map((l) => new URL(l.getAttribute('href')!).pathname)
        .sort();
      expect(hreflang, keynote.file).toEqual(
        Object.keys(paths).length > 1 ? Object.values(paths).sort() : [],
      );
    }
  });

  it('describes the speaker and the offered talks in JSON-LD that parses', () => {
    for (const path of ['/en/keynotes/', ...keynotes.map(pathOf)]) {
      const data = [
        JSON.parse(page(path).querySelector('script[type="application/ld+json"]')!.textContent),
      ]
        .flat()
        .find((d: { '@type': string }) => d['@type'] === 'Person');
      expect(data, path).toBeDefined();
      expect(data.name).toBe(site.author.name);
      expect(data.makesOffer.length).toBeGreaterThan(0);
      expect(data.makesOffer[0].itemOffered.name).toBeTruthy();
    }
  });

  it('puts keynotes on topic hubs and the home page', () => {
    const featured = keynotes.find((k) => k.data.featured && k.locale === 'en')!;
    expect(
      page('/en/')
        .querySelectorAll('.keynote-card')
        .map((c) => c.getAttribute('data-name')),
    ).toContain(featured.name);
    expect(
      page(`/en/topics/${featured.data.topics[0]}/`)
        .querySelectorAll('.keynote-card')
        .map((c) => c.getAttribute('data-name')),
    ).toContain(featured.name);
  });

  it('loads at most 3 KB of JavaScript on keynote and list pages', () => {
    for (const path of [
      ...keynotes.map(pathOf),
      '/en/keynotes/',
      '/de/articles/',
      '/en/quizzes/',
      '/zh/topics/leadership/',
    ]) {
      expect(scriptBytes(path), path).toBeLessThanOrEqual(3 * 1024);
    }
  });

  it('finds a keynote by its title in search', async () => {
    const en = keynotes.find((k) => k.locale === 'en' && k.name === 'early-warning-system')!;
    expect((await searchPaths('en', (en.data as KeynoteData).title)).map((r) => r.url)[0]).toBe(
      pathOf(en),
    );
    const results = await searchPaths('en', 'workshop', { type: 'keynote' });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.url.startsWith('/en/keynotes/'))).toBe(true);
  });
});
