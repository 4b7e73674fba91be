/** Line spacing per writing system: loose for Chinese running text, never for headings. */
import { describe, expect, it } from 'vitest';
import { hasBrowser, useSite } from '../support/browser';

describe.skipIf(!hasBrowser)('line spacing', () => {
  const s = useSite();

  it('keeps headings tight on Chinese pages (English titles too) while Chinese body text gets 1.8', async () => {
    const context = await s.newContext();
    const page = await context.newPage();
    await page.goto('/zh/');
    /** Computed line-height as a multiple of the font size, for every match. */
    const ratios = (selector: string) =>
      page.locator(selector).evaluateAll((els) =>
        els.map((el) => {
          const style = getComputedStyle(el);
          return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
        }),
      );
    const headings = [
      ...(await ratios('h1')),
      ...(await ratios('h2')),
      ...(await ratios('.card-title')),
    ];
    const englishTitles = await ratios('.card-title:has(a[lang="en"]), .card-title a[lang="en"]');
    const body = await ratios('main p:not([lang])');
    expect(headings.length).toBeGreaterThan(3);
    expect(englishTitles.length, 'an English title on the Chinese home page').toBeGreaterThan(0);
    for (const ratio of [...headings, ...englishTitles]) expect(ratio).toBeCloseTo(1.25, 2);
    expect(body.length).toBeGreaterThan(0);
    for (const ratio of body) expect(ratio).toBeCloseTo(1.8, 2);
    await context.close();
  });
});
