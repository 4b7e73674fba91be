/**
 * Short pieces that sit side by side in a template (byline, card facts, keynote facts, search
 * result details) read with spaces as Chromium renders them (innerText), never like
 * "14 March 20253 minute read". Astro 7 drops whitespace between elements
 * (`compressHTML: 'jsx'`), so the separation has to come from the markup or the CSS.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, useSite } from '../support/browser';

const SPOTS: [what: string, path: string, selector: string][] = [
  ['the English article byline', '/en/articles/first-contact-resolution/', '.article-meta'],
  ['the German article byline', '/de/articles/erstloesungsquote/', '.article-meta'],
  ['the Chinese article byline', '/zh/articles/first-contact-resolution/', '.article-meta'],
  ['the facts on keynote cards', '/en/keynotes/', '.keynote-card .card-meta'],
  ['the facts on a keynote page', '/en/keynotes/early-warning-system/', '.facts > div'],
  ['the cards on a topic hub (badges and dates)', '/de/topics/leadership/', '.card-meta'],
  ['the details of search results', '/en/search/?q=coaching&all=1', '[data-results] .card-meta'],
];

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** For each element: its rendered text, and the rendered text of each child element. */
const rendered = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => ({
      whole: (element as HTMLElement).innerText,
      parts: [...element.children].map((child) => (child as HTMLElement).innerText),
    })),
  );

describe.skipIf(!hasBrowser)('inline neighbours as the reader sees them', () => {
  const s = useSite();

  it.each(SPOTS)('keeps the pieces of %s apart', async (_, path, selector) => {
    const context = await s.newContext();
    const page = await context.newPage();
    await page.goto(path);
    await page.locator(selector).first().waitFor();
    const spots = await rendered(page, selector);
    expect(
      spots.some((spot) => spot.parts.length > 1),
      'a spot with several pieces',
    ).toBe(true);
    for (const { whole, parts } of spots)
      expect(normalise(whole)).toBe(parts.map(normalise).filter(Boolean).join(' '));
    await context.close();
  });

  it('reads the English byline and keynote card facts as sentences with spaces', async () => {
    const context = await s.newContext();
    const page = await context.newPage();
    await page.goto('/en/articles/first-contact-resolution/');
    expect(normalise(await page.locator('.article-meta').innerText())).toMatch(
      /^By \S.* Published \d{1,2} [A-Z][a-z]+ \d{4} \d+ minutes? read$/,
    );
    await page.goto('/en/keynotes/');
    const card = normalise(await page.locator('.keynote-card .card-meta').first().innerText());
    expect(card).toMatch(/ \d+ (min|h)\b/);
    expect(card).toMatch(/ Delivered in: [A-Z]/);
    await context.close();
  });
});
