/** Every built page on the narrowest phone still in use: nothing makes the page scroll sideways. */
import { describe, expect, it } from 'vitest';
import { distFiles, urlPathOf } from '../support/dist';
import { hasBrowser, useSite } from '../support/browser';

const WIDTH = 320;
/** Every page a reader can reach, all locales, from dist/ (the Pagefind UI and redirects aside). */
const pages = distFiles('.html')
  .filter((f) => !f.startsWith('pagefind/'))
  .map(urlPathOf);
/** Pages loaded at once, each in its own tab of one browser. */
const PARALLEL = 4;

describe.skipIf(!hasBrowser)('narrow screens', () => {
  const s = useSite();

  it(`lets no page scroll sideways at ${WIDTH} px (German compounds wrap, grids shrink)`, async () => {
    expect(pages.length).toBeGreaterThan(50);
    const context = await s.newContext();
    const wide: string[] = [];
    const queue = [...pages];
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        const page = await context.newPage();
        await page.setViewportSize({ width: WIDTH, height: 640 });
        for (let next = queue.shift(); next; next = queue.shift()) {
          await page.goto(next, { waitUntil: 'load' });
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > WIDTH) wide.push(`${next}: ${width} px`);
        }
        await page.close();
      }),
    );
    await context.close();
    expect(wide).toEqual([]);
  });
});
