/** The press kit in a browser: copy buttons copy the text shown, and without JavaScript no button shows. */
import { describe, expect, it } from 'vitest';
import { localeKeys } from '~/site.config';
import { hasBrowser, useSite } from '../support/browser';

describe.skipIf(!hasBrowser)('press kit copy buttons', () => {
  const s = useSite();

  it.each(localeKeys)(
    'copies each bio and the introduction as shown in %s, and says so',
    async (locale) => {
      const context = await s.newContext();
      await context.grantPermissions(['clipboard-write'], { origin: s.origin });
      // The site's Permissions-Policy forbids reading the clipboard (clipboard-read=()), so the test
      // records what the page hands to the clipboard, and lets the write go through.
      await context.addInitScript(() => {
        const clipboard = navigator.clipboard;
        const write = clipboard.writeText.bind(clipboard);
        (window as unknown as { copied: string[] }).copied = [];
        clipboard.writeText = async (text: string) => {
          await write(text);
          (window as unknown as { copied: string[] }).copied.push(text);
        };
      });
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
      });
      await page.goto(`/${locale}/press/`);
      const blocks = page.locator('.copyable');
      await expect.poll(() => blocks.count()).toBe(4);
      for (let i = 0; i < 4; i++) {
        const block = blocks.nth(i);
        const shown = await block
          .locator('.copyable-text p')
          .evaluateAll((ps) => ps.map((p) => p.textContent!.trim()).join('\n\n'));
        await block.getByRole('button').click();
        await expect.poll(() => block.getByRole('status').textContent()).not.toBe('');
        expect(
          await page.evaluate(() => (window as unknown as { copied: string[] }).copied.at(-1)),
        ).toBe(shown);
      }
      expect(violations).toEqual([]);
      await context.close();
    },
  );

  it('shows no copy button without JavaScript, and the texts are still there to select', async () => {
    const context = await s.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/de/press/');
    await expect.poll(() => page.locator('.copyable-text').count()).toBe(4);
    expect(await page.locator('.copyable button').count()).toBe(4);
    expect(await page.locator('.copyable button:visible').count()).toBe(0);
    expect(await page.locator('#bio50').textContent()).toMatch(/Morgan Reyes/);
    await context.close();
  });
});
