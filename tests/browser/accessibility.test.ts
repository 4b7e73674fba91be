/** axe-core in Chromium on one page of every kind in every locale: zero violations. */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { localeKeys } from '~/site.config';
import { hasBrowser, useSite } from '../support/browser';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
/**
 * Loads axe-core into the page through the DevTools protocol: the pages' Content-Security-Policy
 * (rightly) blocks a `<script>` added to them, as addScriptTag would add it.
 */
const injectAxe = (page: Page) => page.evaluate(axeSource);

const kinds = (locale: string) => ({
  home: `/${locale}/`,
  'article list': `/${locale}/articles/`,
  article: {
    en: '/en/articles/first-contact-resolution/',
    de: '/de/articles/erstloesungsquote/',
    zh: '/zh/articles/first-contact-resolution/',
  }[locale]!,
  topics: `/${locale}/topics/`,
  'topic hub': `/${locale}/topics/leadership/`,
  about: `/${locale}/about/`,
  'press kit': `/${locale}/press/`,
  quizzes: `/${locale}/quizzes/`,
  quiz: {
    en: '/en/quizzes/contact-center-metrics/',
    de: '/de/quizzes/kennzahlen-im-kundenservice/',
    zh: '/zh/quizzes/quality-and-coaching/',
  }[locale]!,
  'keynote catalogue': `/${locale}/keynotes/`,
  keynote: {
    en: '/en/keynotes/early-warning-system/',
    de: '/de/keynotes/mehr-als-gespraechszeit/',
    zh: '/zh/keynotes/early-warning-system/',
  }[locale]!,
  shortlist: `/${locale}/shortlist/`,
  'not found': `/${locale}/404.html`,
  search: `/${locale}/search/?q=${encodeURIComponent({ en: 'team', de: 'Team', zh: '领导' }[locale]!)}`,
});

describe.skipIf(!hasBrowser)('accessibility (axe-core)', () => {
  const s = useSite();

  for (const [locale, viewport] of [
    ...localeKeys.map((l) => [l, undefined] as const),
    // On a phone, with the header menu open.
    ['de', { width: 390, height: 844 }] as const,
  ]) {
    it(`finds no violations on any page kind in ${locale}${viewport ? ' on a phone' : ''}`, async () => {
      const context = await s.newContext({ viewport });
      const page = await context.newPage();
      // A shortlisted keynote and a started quiz, so the interactive parts are on screen too.
      await page.goto(`/${locale}/`);
      await page.evaluate(() =>
        localStorage.setItem('keynote-shortlist', JSON.stringify(['early-warning-system'])),
      );
      const violations: string[] = [];
      for (const [kind, path] of Object.entries(kinds(locale))) {
        await page.goto(path);
        if (kind === 'search') await page.locator('[data-results] li').first().waitFor();
        if (viewport) await page.locator('summary.menu-toggle').click();
        await injectAxe(page);
        const result = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run: (
                  c: Document,
                  o: object,
                ) => Promise<{
                  passes: unknown[];
                  violations: { id: string; nodes: { target: string[] }[] }[];
                }>;
              };
            }
          ).axe;
          return axe.run(document, {
            runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
          });
        });
        expect(result.passes.length, `axe ran on ${path}`).toBeGreaterThan(10);
        for (const v of result.violations)
          violations.push(
            `${kind} ${path}: ${v.id} at ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
          );
      }
      expect(violations).toEqual([]);
      await context.close();
    });
  }

  it('finds no violations on the language picker and the 404 page', async () => {
    const context = await s.newContext({ javaScriptEnabled: true, locale: 'fr-FR' });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const path of ['/', '/no-such-page/']) {
      await page.goto(path);
      await injectAxe(page);
      const result = await page.evaluate(async () =>
        (
          window as unknown as {
            axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string }[] }> };
          }
        ).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }),
      );
      violations.push(...result.violations.map((v) => `${path}: ${v.id}`));
    }
    expect(violations).toEqual([]);
    await context.close();
  });
});
