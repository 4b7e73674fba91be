/**
 * Browser tests: playwright-core driving Debian's Chromium against dist/
 * served on 127.0.0.1 by the server of `npm start` (src/lib/static-server.ts),
 * security headers included. `useSite()` starts both once per test file.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { serveDir, type RunningServer } from '~/lib/static-server';
import { distDir } from './paths';

export const chromiumPath = inject('chromiumPath');
export const hasBrowser = chromiumPath !== '';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * How long a page, locator or action may take before a browser test fails. Generous, because a
 * busy machine can be slow and nothing in these tests waits a fixed time: they wait for what the
 * reader would see, so passing tests never wait this long.
 */
export const WAIT_MS = 60_000;

export interface Site {
  origin: string;
  browser: Browser;
  /** A fresh context (own storage), with JavaScript on unless told otherwise. */
  newContext: (options?: {
    javaScriptEnabled?: boolean;
    locale?: string;
    viewport?: { width: number; height: number };
    colorScheme?: 'light' | 'dark';
  }) => Promise<BrowserContext>;
}

export function useSite(): Site {
  const site = {} as Site;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await serveDir(distDir);
    site.origin = server.origin;
    site.browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
    site.newContext = async (options) => {
      const context = await site.browser.newContext({ baseURL: server!.origin, ...options });
      context.setDefaultTimeout(WAIT_MS);
      return context;
    };
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
