/** Search in Chromium: header search on every locale, filters, all languages, nothing leaves the origin. */
import { describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { hasBrowser, useSite } from '../support/browser';

describe.skipIf(!hasBrowser)('search in a real browser', () => {
  const s = useSite();

  async function open(path: string) {
    const context = await s.newContext();
    const page = await context.newPage();
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    await page.goto(path);
    return { context, page, requests };
  }

  const titles = (page: Page) =>
    page
      .locator('[data-results] .card-title a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));

  it.each([
    ['en', 'first contact resolution', '/en/articles/first-contact-resolution/'],
    ['de', 'Erstlösungsquote', '/de/articles/erstloesungsquote/'],
    ['zh', '呼叫中心 领导', '/zh/articles/'],
  ])(
    'finds results from the header search on the %s home page',
    async (locale, query, expected) => {
      const { context, page, requests } = await open(`/${locale}/`);
      const before = requests.length;
      const started = performance.now();
      await page.locator('#header-search-q').fill(query);
      await page.locator('#header-search-q').press('Enter');
      await page.waitForURL(`**/${locale}/search/?q=*`);
      await page.locator('[data-results] li').first().waitFor();
      const elapsed = performance.now() - started;
      const hrefs = await titles(page);
      expect(hrefs.slice(0, 2).some((h) => h!.startsWith(expected))).toBe(true);
      expect(hrefs.every((h) => h!.startsWith(`/${locale}/`))).toBe(true);
      expect(await page.locator('[data-results] mark').count()).toBeGreaterThan(0);
      const origin = new URL(s.origin).origin;
      expect(
        requests.map((r) => r.url()).filter((u) => !u.startsWith(origin) && !u.startsWith('data:')),
      ).toEqual([]);
      const searchRequests = requests.slice(before).filter((r) => r.url().includes('/pagefind/'));
      let bytes = 0;
      for (const r of searchRequests) bytes += (await (await r.response())?.body())?.length ?? 0;
      console.log(
        `[measure] ${locale} "${query}": ${searchRequests.length} search requests, ${bytes} bytes, ${Math.round(elapsed)} ms from submit to first result`,
      );
      await context.close();
    },
  );

  it('loads no search code on pages where nobody searched', async () => {
    const { context, page, requests } = await open('/en/articles/first-contact-resolution/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((r) => r.url().includes('/pagefind/'))).toEqual([]);
    await context.close();
  });

  it('focuses the search field with the / key', async () => {
    const { context, page } = await open('/de/articles/erstloesungsquote/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-q');
    await context.close();
  });

  it('narrows results with the type and topic filters and keeps them in the URL', async () => {
    const { context, page } = await open('/en/search/?q=contact');
    await page.locator('[data-results] li').first().waitFor();
    const unfiltered = (await titles(page)).length;
    await page.getByLabel('Type').selectOption('quiz');
    await expect
      .poll(async () => (await titles(page)).every((h) => h!.startsWith('/en/quizzes/')))
      .toBe(true);
    expect((await titles(page)).length).toBeLessThan(unfiltered);
    expect(page.url()).toContain('type=quiz');
    await page.getByLabel('Type').selectOption('');
    await page.getByLabel('Topic').selectOption('leadership');
    await expect.poll(() => page.url()).toContain('topic=leadership');
    await expect.poll(async () => (await titles(page)).length).toBeLessThan(unfiltered);
    await context.close();
  });

  it('says so in the reader’s language when nothing matches', async () => {
    const { context, page } = await open('/de/search/?q=xylophonequartz');
    await expect
      .poll(() => page.locator('[data-status]').textContent())
      .toContain('Keine Treffer für „xylophonequartz“');
    await context.close();
  });

  it('widens a search to all languages with each result’s language labelled', async () => {
    const { context, page } = await open('/en/search/?q=Betriebsrat');
    await expect
      .poll(() => page.locator('[data-status]').textContent())
      .toMatch(/results? for|No results/);
    expect((await titles(page)).some((h) => h!.startsWith('/de/'))).toBe(false);
    await page.getByLabel('Include all languages').check();
    await expect.poll(async () => (await titles(page))[0]).toMatch(/^\/de\/articles\//);
    const first = page.locator('[data-results] li').first();
    expect(await first.locator('.card-title a').getAttribute('href')).toMatch(/^\/de\/articles\//);
    expect(await first.locator('.language-badge').textContent()).toBe('Deutsch');
    expect(page.url()).toContain('all=1');
    await context.close();
  });
});
