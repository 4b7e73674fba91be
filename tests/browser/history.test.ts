/** Back undoes a filter or a search, step by step, instead of leaving the page; long result lists come in batches. */
import { describe, expect, it } from 'vitest';
import { hasBrowser, useSite } from '../support/browser';

describe.skipIf(!hasBrowser)('history and more results', () => {
  const s = useSite();

  it('returns to the previous keynote filter with Back', async () => {
    const context = await s.newContext();
    const page = await context.newPage();
    await page.goto('/en/');
    await page.goto('/en/keynotes/');
    const shown = () =>
      page
        .locator('[data-keynote]:visible .keynote-card')
        .evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.name).join(' '));
    const everything = await shown();
    const topic = page.getByRole('combobox', { name: 'Topic', exact: true });
    await topic.selectOption('leadership');
    await expect.poll(() => page.url()).toContain('topic=leadership');
    const filterA = await shown();
    // A length band that narrows the leadership talks (read from the cards, not assumed).
    const band = await page.locator('[data-keynote]:visible .keynote-card').evaluateAll((cards) => {
      const bands = { short: [0, 30], medium: [31, 60], long: [61, Infinity] } as const;
      const minutes = cards.map((c) =>
        ((c as HTMLElement).dataset.minutes ?? '').split(' ').map(Number),
      );
      return Object.entries(bands).find(([, [lo, hi]]) => {
        const fits = minutes.filter((m) => m.some((n) => n >= lo && n <= hi)).length;
        return fits > 0 && fits < minutes.length;
      })?.[0];
    });
    expect(band, 'a length band that narrows the leadership talks').toBeDefined();
    await page.getByRole('combobox', { name: 'Length', exact: true }).selectOption(band!);
    await expect.poll(() => page.url()).toContain(`duration=${band}`);
    expect(await shown()).not.toBe(filterA);

    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?topic=leadership');
    await expect.poll(shown).toBe(filterA);
    expect(await page.getByRole('combobox', { name: 'Length', exact: true }).inputValue()).toBe('');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/en/keynotes/');
    await expect.poll(shown).toBe(everything);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/en/');
    await context.close();
  });

  it('returns to the previous search with Back', async () => {
    const context = await s.newContext();
    const page = await context.newPage();
    await page.goto('/en/search/');
    const box = page.locator('[data-search-input]');
    const status = page.locator('[data-status]');
    await box.fill('coaching');
    await box.press('Enter');
    await expect.poll(() => status.textContent()).toMatch(/for “coaching”/);
    const first = await page.locator('[data-results] a').first().getAttribute('href');
    await box.fill('forecasting');
    await box.press('Enter');
    await expect.poll(() => status.textContent()).toMatch(/for “forecasting”/);

    await page.goBack();
    await expect.poll(() => status.textContent()).toMatch(/for “coaching”/);
    expect(await box.inputValue()).toBe('coaching');
    expect(new URL(page.url()).searchParams.get('q')).toBe('coaching');
    expect(await page.locator('[data-results] a').first().getAttribute('href')).toBe(first);
    await context.close();
  });

  it('shows a batch of results, then the next batch with “More results”', async () => {
    const context = await s.newContext();
    const page = await context.newPage();
    await page.goto('/en/search/');
    // A batch of 3 stands in for the page's 20, so the sample site's results fill several batches.
    await page
      .locator('site-search')
      .evaluate((el) => ((el as HTMLElement).dataset.pageSize = '3'));
    await page.locator('[data-search-input]').fill('contact');
    await page.locator('[data-search-input]').press('Enter');
    const status = page.locator('[data-status]');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ results for/);
    const total = Number((await status.textContent())!.match(/^\d+/)![0]);
    expect(total, 'results for “contact”').toBeGreaterThan(3);
    const results = page.locator('[data-results] > li');
    await expect.poll(() => results.count()).toBe(3);
    const more = page.getByRole('button', { name: 'More results' });
    await more.click();
    await expect.poll(() => results.count()).toBe(Math.min(6, total));
    const hrefs = await page
      .locator('[data-results] h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    for (let shown = Math.min(6, total); shown < total;) {
      await more.click();
      shown = Math.min(shown + 3, total);
      await expect.poll(() => results.count()).toBe(shown);
    }
    await expect.poll(() => more.isVisible()).toBe(false);
    await context.close();
  });
});
