/**
 * Forms that line up: the keynote filters, the shortlist's enquiry, the search page's one box,
 * and the keynote cards' facts, at a desktop and a phone width.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, useSite } from '../support/browser';

const widths = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        left: r.left,
        top: r.top,
        width: r.width,
        bottom: r.bottom,
        middle: r.top + r.height / 2,
      };
    }),
  );

describe.skipIf(!hasBrowser)('forms that line up', () => {
  const s = useSite();

  it('gives the four keynote filters equal widths, buttons together, at 1280 px; stacked full width at 390 px', async () => {
    const context = await s.newContext();
    const page = await context.newPage();
    for (const locale of ['en', 'de', 'zh']) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${locale}/keynotes/`);
      const selects = await widths(page, '.keynote-filters select');
      expect(selects).toHaveLength(4);
      for (const box of selects) expect(Math.abs(box.width - selects[0]!.width)).toBeLessThan(2);
      for (const box of selects) expect(Math.abs(box.top - selects[0]!.top)).toBeLessThan(2);
      const buttons = await widths(page, '.keynote-filters button');
      expect(buttons).toHaveLength(2);
      expect(
        Math.abs(buttons[0]!.top - buttons[1]!.top),
        `${locale}: buttons on one row`,
      ).toBeLessThan(2);
      expect(buttons[0]!.left).toBeCloseTo(selects[0]!.left, 0);

      await page.setViewportSize({ width: 390, height: 844 });
      const form = (await widths(page, '.keynote-filters'))[0]!;
      const stacked = await widths(page, '.keynote-filters select');
      for (const [i, box] of stacked.entries()) {
        expect(Math.abs(box.width - form.width), `${locale}: select ${i} full width`).toBeLessThan(
          2,
        );
        if (i > 0) expect(box.top).toBeGreaterThan(stacked[i - 1]!.bottom);
      }
    }
    await context.close();
  });

  it('writes each keynote card’s facts with one separator, “·”, between them', async () => {
    const context = await s.newContext();
    const page = await context.newPage();
    for (const locale of ['en', 'de', 'zh']) {
      await page.goto(`/${locale}/keynotes/`);
      const metas = await page
        .locator('.keynote-card .keynote-meta')
        .evaluateAll((els) =>
          els.map((el) =>
            [...el.children]
              .filter((child) => !child.classList.contains('badge'))
              .map((child) => (child as HTMLElement).innerText.trim()),
          ),
        );
      expect(metas.length).toBeGreaterThan(3);
      for (const parts of metas) {
        // fact · fact · fact: separators alternate with facts, and no fact holds a separator.
        parts.forEach((part, i) => {
          if (i % 2 === 1) expect(part).toBe('·');
          else expect(part).not.toMatch(/[·•|]/);
        });
        expect(parts.length % 2).toBe(1);
      }
    }
    await context.close();
  });

  it.each([1280, 390])(
    'lines up the enquiry’s fields and keeps remove buttons off the dividers at %i px',
    async (width) => {
      const context = await s.newContext();
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      for (const name of ['early-warning-system', 'beyond-handle-time'])
        await page.goto(`/en/shortlist/?add=${name}`);
      await expect.poll(() => page.locator('[data-shortlist-item]:visible').count()).toBe(2);
      const fields = await widths(
        page,
        ".enquiry .field input:not([type='checkbox']), .enquiry .field select, .enquiry .field textarea",
      );
      expect(fields.length).toBeGreaterThan(5);
      for (const box of fields) expect(Math.abs(box.width - fields[0]!.width)).toBeLessThan(2);

      const gaps = await page.locator('[data-shortlist-item]:visible').evaluateAll((items) =>
        items.slice(0, -1).map((item, i) => {
          const button = item.querySelector('[data-remove]')!.getBoundingClientRect();
          // The next shortlisted keynote's top border is the divider.
          const divider = items[i + 1]!.getBoundingClientRect().top;
          return divider - button.bottom;
        }),
      );
      expect(gaps.length).toBeGreaterThan(0);
      for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(8);
      await context.close();
    },
  );

  it.each([
    { width: 1280, touch: false, tip: true },
    { width: 390, touch: false, tip: false },
    { width: 1280, touch: true, tip: false },
  ])(
    'shows one search box on the search page, and the “press /” tip only with a keyboard ($width px, touch $touch)',
    async ({ width, touch, tip }) => {
      const context = await s.browser.newContext({
        baseURL: s.origin,
        viewport: { width, height: 900 },
        hasTouch: touch,
        isMobile: touch,
      });
      const page = await context.newPage();
      await page.goto('/de/search/');
      await expect.poll(() => page.locator('input[type="search"]:visible').count()).toBe(1);
      expect(await page.locator('#search-hint').isVisible()).toBe(tip);
      await context.close();
    },
  );
});
