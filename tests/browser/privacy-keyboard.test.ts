/** Privacy: nothing leaves the origin, no cookies, nothing stored but what the reader chose. Keyboard-only forms. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, useSite } from '../support/browser';

const PAGES = [
  '/',
  '/en/',
  '/de/articles/',
  '/zh/articles/first-contact-resolution/',
  '/en/topics/',
  '/de/topics/leadership/',
  '/zh/about/',
  '/en/quizzes/',
  '/en/quizzes/contact-center-metrics/',
  '/de/keynotes/',
  '/en/keynotes/early-warning-system/',
  '/en/shortlist/',
  '/en/press/',
  '/de/keynotes/mehr-als-gespraechszeit/',
  '/en/search/?q=coaching',
  '/en/rss.xml',
  '/missing/',
];

/** Where focus is, and whether it is visibly marked. */
const focusState = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      id: el?.id ?? '',
      tag: el?.tagName ?? '',
      name: (el as HTMLInputElement | null)?.name ?? '',
      text: el?.textContent?.trim() ?? '',
      outline: style ? style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 : false,
    };
  });

async function tabTo(
  page: Page,
  match: (f: Awaited<ReturnType<typeof focusState>>) => boolean,
  max = 200,
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    if (match(state)) return state;
  }
  throw new Error('focus never reached the control');
}

describe.skipIf(!hasBrowser)('privacy', () => {
  const s = useSite();

  it('loads no video bytes before play and nothing from the video site before its link is clicked', async () => {
    const context = await s.newContext();
    // The click opens the platform in a new tab; answer it here, as the test machine is offline.
    await context.route('https://www.youtube.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Video site</title>' }),
    );
    const foreign: string[] = [];
    const videos: string[] = [];
    context.on('request', (r) => {
      if (!r.url().startsWith(s.origin)) foreign.push(r.url());
      else if (r.url().endsWith('.mp4')) videos.push(r.url());
    });

    const page = await context.newPage();
    await page.goto('/en/press/');
    await page.waitForLoadState('networkidle');
    const video = page.locator('.reel video');
    await video.scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    expect(await video.getAttribute('preload')).toBe('none');
    expect(videos).toEqual([]);
    await video.evaluate((v: HTMLVideoElement) => {
      v.muted = true;
      return v.play();
    });
    await expect.poll(() => videos.length).toBeGreaterThan(0);

    await page.goto('/de/keynotes/mehr-als-gespraechszeit/');
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    const link = page.getByRole('link', {
      name: /auf YouTube ansehen \(öffnet in einem neuen Tab\)/,
    });
    expect(await link.getAttribute('target')).toBe('_blank');
    const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await popup.waitForLoadState();
    // Only the reader's click reaches the platform, in its own tab.
    expect(new URL(popup.url()).hostname).toBe('www.youtube.com');
    expect(foreign.map((url) => new URL(url).hostname)).toEqual(['www.youtube.com']);
    expect(page.url()).toContain('/de/keynotes/mehr-als-gespraechszeit/');
    await context.close();
  });

  it('makes no request to another origin, sets no cookie and stores only the quiz answers and shortlist the reader chose', async () => {
    const context = await s.newContext();
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(s.origin) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    for (const path of PAGES) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    await page.goto('/en/quizzes/contact-center-metrics/');
    await page.locator('label[for="q1-a"]').click();
    await page.goto('/en/keynotes/early-warning-system/');
    await page.getByRole('button', { name: 'Add to shortlist' }).click();
    await page.goto('/en/search/?q=queue&all=1');
    await page.waitForLoadState('networkidle');

    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    const stored = await page.evaluate(async () => ({
      local: Object.keys(localStorage).sort(),
      session: Object.keys(sessionStorage),
      databases: (await indexedDB.databases()).map((d) => d.name),
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    expect(stored).toEqual({
      local: ['keynote-shortlist', 'quiz:contact-center-metrics'],
      session: [],
      databases: [],
      workers: 0,
    });
    await context.close();
  });
});

describe.skipIf(!hasBrowser)('keyboard only', () => {
  const s = useSite();

  it('answers the quiz and reaches "Email my answers" with the keyboard, focus always visible', async () => {
    const context = await s.newContext();
    const page = await context.newPage();
    await page.goto('/en/quizzes/quality-and-coaching/');
    let state = await tabTo(page, (f) => f.name === 'q1');
    expect(state.outline).toBe(true);
    await page.keyboard.press('Space');
    for (let q = 2; q <= 10; q++) {
      state = await tabTo(page, (f) => f.name === `q${q}`, 5);
      expect(state.outline, `question ${q}`).toBe(true);
      await page.keyboard.press('ArrowDown'); // moves to and selects option b
    }
    expect(await page.locator('input[type=radio]:checked').count()).toBe(10);
    await tabTo(page, (f) => f.name === 'taker-name', 5);
    await page.keyboard.type('Kim');
    state = await tabTo(page, (f) => f.text === 'Email my answers', 5);
    expect(state.outline).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-message]').textContent()).toContain('10. b');
    await context.close();
  });

  it('fills and sends the keynote enquiry with the keyboard, focus always visible', async () => {
    const context = await s.newContext();
    const page = await context.newPage();
    await page.goto('/en/shortlist/?add=beyond-handle-time');
    const values: Record<string, string> = {
      name: 'Kim Lee',
      organisation: 'Forum',
      event: 'Service Days',
      date: '2031-03-04',
      city: 'Berlin',
      audienceSize: '120',
      audienceProfile: 'Team leaders',
    };
    for (const [name, value] of Object.entries(values)) {
      const state = await tabTo(page, (f) => f.name === name);
      expect(state.outline, name).toBe(true);
      if (name === 'date') await page.keyboard.type('03042031');
      else await page.keyboard.type(value);
    }
    const button = await tabTo(page, (f) => f.text === 'Email my enquiry');
    expect(button.outline).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-message]').textContent())
      .toContain('Event date: 2031-03-04');
    await context.close();
  });
});
