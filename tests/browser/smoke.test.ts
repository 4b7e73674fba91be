/** Smoke test in Debian's Chromium: each locale's home loads and the language switch works. */
import { describe, expect, it } from 'vitest';
import { localeKeys, site } from '~/site.config';
import { hasBrowser, useSite } from '../support/browser';

describe.skipIf(!hasBrowser)('home pages in a real browser', () => {
  const s = useSite();

  it.each(localeKeys)(
    'loads the %s home page and follows the language switch to every other locale',
    async (locale) => {
      const context = await s.newContext();
      const page = await context.newPage();
      const response = await page.goto(`/${locale}/`);
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(site.locales[locale].lang);
      await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();

      for (const other of localeKeys.filter((l) => l !== locale)) {
        await page.goto(`/${locale}/`);
        await page
          .getByRole('navigation', { name: /Language|Sprache|语言/ })
          .getByRole('link', { name: site.locales[other].label })
          .click();
        await page.waitForURL(`**/${other}/`);
        expect(await page.getAttribute('html', 'lang')).toBe(site.locales[other].lang);
      }
      await context.close();
    },
  );

  it('sends a visitor of / to the language the browser prefers, or shows a list without JavaScript', async () => {
    const german = await s.newContext({ locale: 'de-DE' });
    const page = await german.newPage();
    await page.goto('/');
    await page.waitForURL('**/de/');
    await german.close();

    const noJs = await s.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
    const plain = await noJs.newPage();
    await plain.goto('/');
    for (const locale of localeKeys) {
      expect(
        await plain.getByRole('link', { name: site.locales[locale].label }).getAttribute('href'),
      ).toBe(`/${locale}/`);
    }
    await noJs.close();
  });

  it('answers an unknown address outside the locales with the 404 page that links every home page', async () => {
    const context = await s.newContext();
    const page = await context.newPage();
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    for (const locale of localeKeys)
      expect(await page.locator(`a[href="/${locale}/"]`).count()).toBe(1);
    await context.close();
  });
});
