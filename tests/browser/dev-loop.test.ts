/**
 * `npm run dev`: an edited content file shows on reload; a broken one shows
 * the build's one-line error in the terminal and in the browser's error
 * overlay, and the page comes back once the file is fixed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath, hasBrowser } from '../support/browser';
import { projectRoot } from '../support/paths';

const LINE = 'articles/de/queue-basics.mdx: date "2024-02-31" is not a real date';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let output = '';

/** The environment as a terminal would have it: Vitest's NODE_ENV=test and VITEST* variables make the dev server hang. */
function outsideVitest(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  );
}
async function until<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  ms = 30_000,
): Promise<T> {
  const end = Date.now() + ms;
  let failure = '';
  for (;;) {
    // A reload can be cut short by the reload Vite itself sends after a content change
    // (net::ERR_ABORTED): that is a try that did not see the page yet, not a failure.
    const value = await Promise.resolve()
      .then(probe)
      .catch((error: Error) => void (failure = `\nlast try: ${error.message.split('\n')[0]}`));
    if (value) return value;
    if (Date.now() > end)
      throw new Error(
        `timed out waiting for ${what}${failure}; the dev server printed:\n${output.slice(-3000)}`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}

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
    dev = spawn(
      process.execPath,
      [
        path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
        'dev',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
      ],
      {
        cwd: projectRoot,
        env: {
          ...outsideVitest(),
          ASTRO_TELEMETRY_DISABLED: '1',
          ASTRO_DISABLE_UPDATE_CHECK: 'true',
          CONTENT_DIR: content,
          CACHE_DIR: path.join(temp, 'cache'),
        },
      },
    );
    dev.stdout!.on('data', (chunk) => (output += chunk));
    dev.stderr!.on('data', (chunk) => (output += chunk));
    await until(
      'the dev server',
      async () => (await fetch(`${origin}/en/`).catch(() => undefined))?.ok,
      60_000,
    );
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    dev?.kill();
    rmSync(temp, { recursive: true, force: true });
  });

  it('shows an edited title on reload, and a broken file’s one-line error in terminal and overlay until it is fixed', async () => {
    const page = await browser.newPage();
    const en = path.join(content, 'articles/en/queue-basics.mdx');
    const de = path.join(content, 'articles/de/queue-basics.mdx');

    await page.goto(`${origin}/en/articles/queue-basics/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Queue basics');
    writeFileSync(
      en,
      readFileSync(en, 'utf8').replace('title: "Queue basics"', 'title: "Queue basics, revised"'),
    );
    await until('the new title', async () => {
      await page.reload();
      return (await page.locator('h1').innerText()) === 'Queue basics, revised';
    });

    const good = readFileSync(de, 'utf8');
    writeFileSync(de, good.replace('date: 2025-01-12', 'date: 2024-02-31'));
    await until('the terminal line', () => output.includes(LINE));
    expect(output).toMatch(
      new RegExp(
        `Content check failed: 1 problem to fix\\.\\n\\s+\\S*${LINE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
      ),
    );
    const message = await until('the overlay', async () => {
      await page.reload();
      // Vite's client draws the overlay once its websocket connects.
      const overlay = page.locator('vite-error-overlay #message-content');
      const shown = await overlay.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      );
      return shown ? overlay.innerText() : undefined;
    });
    expect(message.trim()).toMatch(new RegExp(`${LINE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.locator('vite-error-overlay #title').innerText()).resolves.toBe(
      'Content check failed',
    );

    writeFileSync(de, good);
    await until('the page to come back', async () => {
      await page.reload();
      return (
        (await page.locator('vite-error-overlay').count()) === 0 &&
        (await page.locator('h1').count()) === 1
      );
    });
    await until('the German page', async () => {
      await page.goto(`${origin}/de/articles/warteschlangen/`);
      return (await page.locator('h1').innerText()) === 'Warteschlangen-Grundlagen';
    });
    expect(output).toContain('Content check: no problems left.');
  }, 90_000);
});
