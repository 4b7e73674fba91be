/**
 * The layout in Chromium: a compact header on phones whose menu works by keyboard and without
 * JavaScript, the page's title near the top on every page kind, the same header height in every
 * language, table-of-contents links, the language switch of an untranslated page, and the
 * nearest not-found page.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { localeKeys, site, type Locale } from '~/site.config';
import { useTranslations } from '~/lib/i18n';
import { distFiles, readDist, urlPathOf } from '../support/dist';
import { hasBrowser, useSite } from '../support/browser';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** The first built page of a kind in a locale, e.g. its first article. */
const firstOf = (locale: Locale, segment: string) =>
  urlPathOf(
    distFiles('.html').find((f) =>
      new RegExp(`^${locale}/${segment}/(?!page/)[^/]+/index\\.html$`).test(f),
    )!,
  );

const pageKinds = (locale: Locale) => ({
  home: `/${locale}/`,
  'article list': `/${locale}/articles/`,
  article: firstOf(locale, 'articles'),
  'keynote catalogue': `/${locale}/keynotes/`,
  keynote: firstOf(locale, 'keynotes'),
  'quiz list': `/${locale}/quizzes/`,
  quiz: firstOf(locale, 'quizzes'),
});

const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: Math.round(r.top), height: Math.round(r.height) };
    });

describe.skipIf(!hasBrowser)('layout', () => {
  const s = useSite();

  it('starts every page kind’s content within the top 180 px of a 390×844 phone, in every locale', async () => {
    const context = await s.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const tooLow: string[] = [];
    for (const locale of localeKeys) {
      for (const [kind, path] of Object.entries(pageKinds(locale))) {
        await page.goto(path);
        const { top } = await box(page, 'main h1');
        if (top > 180) tooLow.push(`${kind} ${path}: h1 at ${top} px`);
      }
    }
    expect(tooLow).toEqual([]);
    await context.close();
  });

  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('gives the header the same height in every language on a %s', async (_, viewport) => {
    const context = await s.newContext({ viewport });
    const page = await context.newPage();
    const heights: Record<string, number> = {};
    for (const locale of localeKeys) {
      for (const [kind, path] of Object.entries(pageKinds(locale))) {
        await page.goto(path);
        heights[`${locale} ${kind}`] = (await box(page, '.site-header')).height;
      }
    }
    const first = Object.values(heights)[0]!;
    expect(first).toBeLessThanOrEqual(viewport === PHONE ? 72 : 80);
    expect(heights).toEqual(Object.fromEntries(Object.keys(heights).map((k) => [k, first])));
    await context.close();
  });

  it('opens the phone menu from the keyboard, with search and languages in it', async () => {
    const context = await s.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto('/de/');
    const t = useTranslations('de');
    const nav = page.getByRole('navigation', { name: t('site.mainNav') });
    expect(await nav.isVisible()).toBe(false);
    // Skip link, brand, then the menu button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    await nav.waitFor();
    expect(await page.locator('#header-search-q').isVisible()).toBe(true);
    expect(
      await page
        .getByRole('navigation', { name: t('language.label') })
        .getByRole('link')
        .count(),
    ).toBe(localeKeys.length);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/de/articles/');
    await context.close();
  });

  it('opens the phone menu without JavaScript, and its links and search work', async () => {
    const context = await s.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    const t = useTranslations('en');
    await page.goto('/en/');
    // Its name is the word "Menu", read out though only the icon shows on a narrow phone.
    expect(await page.locator('summary.menu-toggle').textContent()).toContain(t('nav.menu'));
    await page.locator('summary.menu-toggle').click();
    await page
      .getByRole('navigation', { name: t('site.mainNav') })
      .getByRole('link', { name: t('nav.keynotes') })
      .click();
    await page.waitForURL('**/en/keynotes/');

    await page.locator('summary.menu-toggle').click();
    await page.locator('#header-search-q').fill('coaching');
    await page.locator('#header-search-q').press('Enter');
    await page.waitForURL('**/en/search/?q=coaching');

    await page.goto('/en/');
    await page.locator('summary.menu-toggle').click();
    await page
      .getByRole('navigation', { name: t('language.label') })
      .getByRole('link', { name: site.locales.zh.label })
      .click();
    await page.waitForURL('**/zh/');
    await context.close();
  });

  it('shows navigation, search and languages in the header without a menu button on a desktop', async () => {
    const context = await s.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto('/en/articles/');
    expect(await page.locator('summary.menu-toggle').isVisible()).toBe(false);
    const t = useTranslations('en');
    expect(await page.getByRole('navigation', { name: t('site.mainNav') }).isVisible()).toBe(true);
    expect(await page.locator('#header-search-q').isVisible()).toBe(true);
    // Two cards side by side.
    const [a, b] = await page
      .locator('main .card')
      .evaluateAll((cards) => cards.slice(0, 2).map((c) => c.getBoundingClientRect().top));
    expect(a).toBe(b);
    await context.close();
  });

  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('jumps to a section from the table of contents on a %s', async (_, viewport) => {
    const withToc = distFiles('.html').find(
      (f) => /^en\/articles\/[^/]+\/index\.html$/.test(f) && readDist(f).includes('class="toc"'),
    )!;
    const target = parse(readDist(withToc)).querySelectorAll('.toc a')[2]!.getAttribute('href')!;
    const context = await s.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(urlPathOf(withToc));
    if (viewport === PHONE) await page.locator('.toc summary').click();
    await page.locator(`.toc a[href="${target}"]`).click();
    await page.waitForURL(`**${target}`);
    await expect
      .poll(() => box(page, target).then((b) => b.top), { timeout: 10_000 })
      .toBeLessThan(viewport.height / 2);
    expect((await box(page, target)).top).toBeGreaterThanOrEqual(0);
    await context.close();
  });

  it('sends the language switch of an untranslated page to the same section in the other language', async () => {
    const untranslated = distFiles('.html')
      .filter((f) => /^[a-z]+\/(articles|keynotes|quizzes)\/[^/]+\/index\.html$/.test(f))
      .flatMap((f) =>
        parse(readDist(f))
          .querySelectorAll('.language-select a.untranslated')
          .map((a) => ({ from: urlPathOf(f), lang: a.getAttribute('hreflang')! })),
      );
    const kinds = new Set(untranslated.map((u) => u.from.split('/')[2]));
    expect(kinds.size, 'untranslated sample pages of several kinds').toBeGreaterThan(1);
    const context = await s.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    for (const kind of kinds) {
      const { from, lang } = untranslated.find((u) => u.from.split('/')[2] === kind)!;
      const to = localeKeys.find((l) => site.locales[l].lang === lang)!;
      await page.goto(from);
      await page.locator(`.language-select a[hreflang="${lang}"]`).click();
      await page.waitForURL(`**/${to}/${kind}/`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
    }
    await context.close();
  });

  it('answers an unknown address under /de/ with the German not-found page', async () => {
    const context = await s.newContext();
    const page = await context.newPage();
    const response = await page.goto('/de/gibt-es-nicht/');
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.locator('main h1').textContent()).toBe(
      useTranslations('de')('notFound.title'),
    );
    await context.close();
  });
});
