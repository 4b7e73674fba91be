/**
 * How a quiz page looks and behaves on phones and desktops: question titles clear of the box's
 * border, statements aligned, the first question near the top, option text clickable, and one
 * truthful sentence about what the browser keeps.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useTranslations } from '~/lib/i18n';
import { localeKeys } from '~/site.config';
import { distFiles, urlPathOf } from '../support/dist';
import { hasBrowser, useSite } from '../support/browser';

const quizPages = distFiles('.html')
  .filter((f) => /^[a-z]+\/quizzes\/[^/]+\/index\.html$/.test(f))
  .map(urlPathOf);

/** Left edge of each line box of an element's text, top to bottom (Range.getClientRects). */
const lineStarts = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const lines = new Map<number, number>();
      for (const rect of range.getClientRects()) {
        if (rect.width === 0) continue;
        const top = Math.round(rect.top);
        lines.set(top, Math.min(lines.get(top) ?? Infinity, rect.left));
      }
      return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, left]) => left);
    }),
  );

describe.skipIf(!hasBrowser)('quiz page layout', () => {
  const s = useSite();

  it('finds the sample quizzes in every locale', () => {
    for (const locale of localeKeys)
      expect(quizPages.some((p) => p.startsWith(`/${locale}/`))).toBe(true);
  });

  it.each([320, 390, 1280])(
    'keeps every question title inside its box, clear of the top border, at %i px',
    async (width) => {
      const context = await s.newContext();
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 844 });
      for (const path of quizPages) {
        await page.goto(path);
        const crossings = await page.locator('fieldset.question').evaluateAll((sets) =>
          sets.flatMap((set) => {
            const box = set.getBoundingClientRect();
            const border = parseFloat(getComputedStyle(set).borderTopWidth);
            const legend = set.querySelector('legend')!.getBoundingClientRect();
            const lines = Math.round(legend.height / parseFloat(getComputedStyle(set).fontSize));
            return legend.top < box.top + border ? [`${set.id} (${lines} lines)`] : [];
          }),
        );
        expect(crossings, path).toEqual([]);
      }
      await context.close();
    },
  );

  it('starts every line of a numbered statement at the same left edge', async () => {
    const context = await s.newContext();
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 844 });
    let wrapped = 0;
    for (const path of quizPages) {
      await page.goto(path);
      for (const starts of await lineStarts(page, '.statements li > span:last-child')) {
        if (starts.length > 1) wrapped++;
        for (const left of starts) expect(Math.abs(left - starts[0]!), path).toBeLessThan(1);
      }
      // The numerals line up with each other too.
      const numerals = await lineStarts(page, '.statements .roman');
      for (const [left] of numerals) expect(Math.abs(left! - numerals[0]![0]!)).toBeLessThan(1);
    }
    expect(wrapped, 'statements long enough to wrap at 320 px').toBeGreaterThan(0);
    await context.close();
  });

  // The site header above <main> is its own component with its own phone layout (and test); what
  // this page puts before question 1 (title, intro, how-to, progress) must fit in 900 px. It was
  // about 1,580 px with the full how-to box open.
  it('shows question 1 within 900 px of the main content’s start on a 390 × 844 phone', async () => {
    const context = await s.newContext();
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of quizPages) {
      await page.goto(path);
      const { question, main } = await page.evaluate(() => ({
        question: document.querySelector('#question-1')!.getBoundingClientRect().top + scrollY,
        main: document.querySelector('main')!.getBoundingClientRect().top + scrollY,
      }));
      expect(question - main, path).toBeLessThanOrEqual(900);
    }
    await context.close();
  });

  it('chooses an option when its text is clicked, and names each radio by its text', async () => {
    const context = await s.newContext();
    const page = await context.newPage();
    await page.goto(quizPages.find((p) => p.startsWith('/en/'))!);
    // Where a reader's finger lands: on the words, not on the radio button.
    const tap = async (selector: string) => {
      await page.locator(selector).scrollIntoViewIfNeeded();
      const box = (await page.locator(selector).boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    };
    const text = page.locator('#q1-b-text');
    await tap('#q1-b-text');
    expect(await page.isChecked('#q1-b')).toBe(true);
    const name = (await text.textContent())!.replace(/\s+/g, ' ').trim();
    await expect.poll(() => page.getByRole('radio', { name, exact: true }).count()).toBe(1);
    await tap('#q2-c-text');
    expect(await page.isChecked('#q2-c')).toBe(true);
    await context.close();
  });

  it.each(localeKeys)(
    'says in %s exactly what the browser keeps: the answers until cleared, never the name',
    async (locale) => {
      const t = useTranslations(locale);
      const context = await s.newContext();
      const page = await context.newPage();
      const path = quizPages.find((p) => p.startsWith(`/${locale}/`))!;
      await page.goto(path);
      await page.locator('#q1-a-text').scrollIntoViewIfNeeded();
      const box = (await page.locator('#q1-a-text').boundingBox())!;
      await page.mouse.click(box.x + 4, box.y + box.height / 2);
      await page.locator('input[name="taker-name"]').fill('Dana');
      await page.locator('input[name="taker-name"]').blur();
      const kept = await page.evaluate(() => ({ ...localStorage }));
      const values = Object.values(kept).join('\n');
      expect(Object.keys(kept).some((k) => k.startsWith('quiz:'))).toBe(true);
      expect(values).not.toContain('Dana');
      const text = (await page.locator('main').textContent())!;
      expect(text).toContain(t('quiz.saved'));
      expect(text).toContain(t('quiz.privacy'));
      // The sample intros once claimed that nothing is stored at all.
      expect(text).not.toMatch(/nothing is stored|nichts gespeichert|不会保存任何信息/);
      await context.close();
    },
  );
});
