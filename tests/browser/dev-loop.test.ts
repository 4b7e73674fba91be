/**
 * `npm run dev`: an edited content file shows on reload; a broken one shows
 * the build's one-line error in the terminal and in the browser's error
 * overlay, and the page comes back once the file is fixed.
 */
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath, hasBrowser } from '../support/browser';
import { projectRoot } from '../support/paths';
import { startAstro } from '../support/run';

const LINE = 'articles/de/queue-basics.mdx: date "2024-02-31" is not a real date';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** How long the dev server may take for anything (start, re-check, re-render) on a busy machine. */
const PATIENCE = { timeout: 90_000, interval: 250 };

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let output = '';
/** Waits until the terminal shows `text`; on timeout the error shows what it did print. */
const terminalShows = (text: string) =>
  vi.waitFor(() => {
    if (!output.includes(text))
      throw new Error(
        `the dev server never printed ${JSON.stringify(text)}:\n${output.slice(-3000)}`,
      );
  }, PATIENCE);

describe.skipIf(!hasBrowser)('the dev server', () => {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'dev-loop-'));
  const content = path.join(temp, 'content');
  let dev: ChildProcess;

  let origin = '';
  let browser: Browser;

  beforeAll(async () => {
    cpSync(path.join(projectRoot, 'tests/fixtures/valid'), content, { recursive: true });
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    dev = startAstro(['dev', '--host', '127.0.0.1', '--port', String(port)], {
      env: { CONTENT_DIR: content, CACHE_DIR: path.join(temp, 'cache') },
    });
    dev.stdout!.on('data', (chunk) => (output += chunk));
    dev.stderr!.on('data', (chunk) => (output += chunk));
    await vi.waitFor(async () => {
      const response = await fetch(`${origin}/en/`).catch(() => undefined);
      if (!response?.ok)
        throw new Error(`the dev server did not answer; it printed:\n${output.slice(-3000)}`);
    }, PATIENCE);
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
  });

  afterAll(async () => {
    await browser?.close();
    dev?.kill();
    rmSync(temp, { recursive: true, force: true });
  });

  it('shows an edited title on reload, and a broken file’s one-line error in terminal and overlay until it is fixed', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(PATIENCE.timeout);
    const en = path.join(content, 'articles/en/queue-basics.mdx');
    const de = path.join(content, 'articles/de/queue-basics.mdx');
    const heading = page.locator('h1');
    const overlay = page.locator('vite-error-overlay');

    await page.goto(`${origin}/en/articles/queue-basics/`);
    await expect(heading.innerText()).resolves.toBe('Queue basics');
    writeFileSync(
      en,
      readFileSync(en, 'utf8').replace('title: "Queue basics"', 'title: "Queue basics, revised"'),
    );
    // The reader reloads until the change is there: nothing tells the page when the file was read.
    await expect
      .poll(async () => {
        await page.reload();
        return heading.innerText();
      }, PATIENCE)
      .toBe('Queue basics, revised');

    const good = readFileSync(de, 'utf8');
    writeFileSync(de, good.replace('date: 2025-01-12', 'date: 2024-02-31'));
    await terminalShows(LINE);
    expect(output).toMatch(
      new RegExp(`Content check failed: 1 problem to fix\\.\\n\\s+\\S*${escape(LINE)}`),
    );
    // The check has failed, so a reload shows the overlay (Vite's client draws it once connected).
    await expect
      .poll(async () => {
        await page.reload();
        return (await overlay.locator('#message-content').innerText({ timeout: 15_000 })).trim();
      }, PATIENCE)
      .toMatch(new RegExp(`${escape(LINE)}$`));
    await expect(overlay.locator('#title').innerText()).resolves.toBe('Content check failed');

    writeFileSync(de, good);
    await terminalShows('Content check: no problems left.');
    await expect
      .poll(async () => {
        await page.reload();
        return { headings: await heading.count(), overlays: await overlay.count() };
      }, PATIENCE)
      .toEqual({ headings: 1, overlays: 0 });
    // A navigation can be cut short by the reload Vite sends after a content change
    // (net::ERR_ABORTED): expect.poll tries again rather than failing on it.
    await expect
      .poll(async () => {
        await page.goto(`${origin}/de/articles/warteschlangen/`);
        return heading.innerText({ timeout: 15_000 });
      }, PATIENCE)
      .toBe('Warteschlangen-Grundlagen');
  });
});
