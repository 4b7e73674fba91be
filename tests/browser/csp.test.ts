/**
 * The Content-Security-Policy in Chromium, enforced: every built page in every locale, and the
 * quiz, shortlist, enquiry, search and keynote filters used as a reader would, served with the
 * headers of `npm start` (the same server), without a single `securitypolicyviolation` event or
 * console message about a policy.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { securityHeaders } from '~/lib/security-headers';
import { localeKeys } from '~/site.config';
import { hasBrowser, useSite } from '../support/browser';
import { distFiles, urlPathOf } from '../support/dist';

const htmlFiles = distFiles('.html');
/** Built pages by the folder they are in: each locale, and the root pages (404.html). */
const groups = [...localeKeys, 'root'].map((group) => [
  group,
  htmlFiles.filter((f) =>
    group === 'root' ? !f.includes('/') && f !== 'index.html' : f.startsWith(`${group}/`),
  ),
]) as [string, string[]][];

const queries: Record<string, string> = { en: 'team', de: 'Team', zh: '领导' };

declare global {
  interface Window {
    reportPolicyProblem: (text: string) => void;
  }
}

describe.skipIf(!hasBrowser)('Content-Security-Policy in Chromium', () => {
  const s = useSite();

  /**
   * A context whose pages report, from before their first script runs, every policy violation
   * (and every console message about a policy, which Chromium prints even when the page is gone
   * before the event reaches it) into `problems`.
   */
  async function watched(options: { javaScriptEnabled?: boolean } = {}) {
    const context = await s.newContext(options);
    const problems: string[] = [];
    await context.exposeBinding('reportPolicyProblem', ({ page }, text: string) => {
      problems.push(`${new URL(page.url()).pathname}: ${text}`);
    });
    await context.addInitScript(() => {
      addEventListener(
        'securitypolicyviolation',
        (e) =>
          window.reportPolicyProblem(
            `${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber} ${e.sample})`,
          ),
        true,
      );
    });
    context.on('console', (message) => {
      if (/Content.Security.Policy|Permissions.Policy|Refused to/i.test(message.text()))
        problems.push(`console ${message.type()}: ${message.text()}`);
    });
    context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`));
    return { context, problems };
  }

  const open = async (context: BrowserContext, path: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(path);
    return page;
  };

  it('sends the security headers of npm start with every response', async () => {
    const context = await s.newContext();
    const page = await context.newPage();
    const responses = [
      await page.goto('/en/'),
      await page.goto('/de/no-such-page/'),
      await page.request.get('/favicon.svg'),
    ];
    for (const response of responses)
      for (const [name, value] of Object.entries(securityHeaders))
        expect(response!.headers()[name.toLowerCase()], `${name} on ${response!.url()}`).toBe(
          value,
        );
    await context.close();
  });

  it('enforces the policy: an inline script added to a page is blocked and reported', async () => {
    const { context, problems } = await watched();
    const page = await open(context, '/en/');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "ran"';
      document.body.append(script);
      return document.body.dataset.injected ?? 'blocked';
    });
    expect(ran).toBe('blocked');
    await expect.poll(() => problems.join('\n')).toMatch(/script-src-elem blocked inline/);
    await context.close();
  });

  it('lets no other site frame a page', async () => {
    // Another site (another origin, without this site's policy) whose page frames the home page.
    const elsewhere = createServer((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><title>Elsewhere</title><iframe src="${s.origin}/en/"></iframe>`),
    );
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const { port } = elsewhere.address() as AddressInfo;
    const context = await s.newContext();
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (m) => messages.push(m.text()));
    await page.goto(`http://127.0.0.1:${port}/`);
    await expect.poll(() => messages.join('\n')).toMatch(/Framing .*frame-ancestors 'none'/);
    expect(page.frames()[1]?.url()).not.toBe(`${s.origin}/en/`);
    await context.close();
    await new Promise((resolve) => elsewhere.close(resolve));
  });

  it.each(groups)('loads every built page in %s without a violation', async (group, files) => {
    expect(files.length, `pages in ${group}`).toBeGreaterThan(0);
    const { context, problems } = await watched();
    const page = await context.newPage();
    for (const file of files) {
      const response = await page.goto(urlPathOf(file), { waitUntil: 'load' });
      expect(response?.ok(), file).toBe(true);
    }
    if (group !== 'root') expect((await page.goto(`/${group}/no-such-page/`))?.status()).toBe(404);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('loads every page without JavaScript without a violation', async () => {
    const { context, problems } = await watched({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const locale of localeKeys)
      for (const path of [`/${locale}/keynotes/`, `/${locale}/search/`, `/${locale}/shortlist/`])
        await page.goto(path, { waitUntil: 'load' });
    await page.goto('/', { waitUntil: 'load' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each(localeKeys)(
    'searches, filters and widens to all languages in %s without a violation',
    async (locale) => {
      const { context, problems } = await watched();
      const page = await open(context, `/${locale}/`);
      await page.locator('#header-search-q').fill(queries[locale]!);
      await page.locator('#header-search-q').press('Enter');
      await page.waitForURL(`**/${locale}/search/?q=*`);
      const results = page.locator('[data-results] li');
      await results.first().waitFor();
      await page.locator('select[name="type"]').selectOption({ index: 1 });
      await expect.poll(() => page.url()).toContain('type=');
      await page.locator('select[name="type"]').selectOption('');
      await page.locator('select[name="topic"]').selectOption({ index: 1 });
      await expect.poll(() => page.url()).toContain('topic=');
      await page.locator('select[name="topic"]').selectOption('');
      await page.locator('input[name="all"]').check();
      await expect.poll(() => page.url()).toContain('all=1');
      await results.first().waitFor();
      await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/\d/);
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  /** Where the cards of a list page link to: the pieces a reader of that locale is offered. */
  const cardLinks = (page: Page) =>
    page.locator('.card-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));

  it.each(localeKeys)(
    'answers every quiz offered in %s and composes the email without a violation',
    async (locale) => {
      const { context, problems } = await watched();
      const page = await open(context, `/${locale}/quizzes/`);
      const quizzes = await cardLinks(page);
      expect(quizzes.length, `quizzes listed in ${locale}`).toBeGreaterThan(0);
      for (const path of quizzes) {
        await page.goto(path);
        const questions = page.locator('quiz-form fieldset.question');
        const count = await questions.count();
        for (let i = 0; i < count; i++) await questions.nth(i).locator('label').first().click();
        await expect
          .poll(() => page.locator('[data-progress-output]').textContent())
          .toContain(String(count));
        await page.locator('quiz-form button[type="submit"]').click();
        await expect
          .poll(() => page.locator('quiz-form [data-mailto]').getAttribute('href'))
          .toMatch(/^mailto:/);
        await page.locator('quiz-form [data-clear]').click();
      }
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it.each(localeKeys)(
    'filters keynotes, shortlists and removes them and composes the enquiry in %s without a violation',
    async (locale) => {
      const { context, problems } = await watched();
      const page = await open(context, `/${locale}/keynotes/`);
      const keynotes = await cardLinks(page);
      expect(keynotes.length, `keynotes listed in ${locale}`).toBeGreaterThan(1);
      const visible = page.locator('[data-keynote]:visible');
      const all = await visible.count();
      await page.locator('select[name="format"]').selectOption({ index: 1 });
      await expect.poll(() => page.url()).toContain('format=');
      await page.locator('.keynote-filters button[type="reset"]').click();
      await expect.poll(() => visible.count()).toBe(all);

      for (const path of keynotes.slice(0, 2)) {
        await page.goto(path);
        const toggle = page.locator('shortlist-toggle button');
        await toggle.click();
        await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
      }
      await page.goto(`/${locale}/shortlist/`);
      const items = page.locator('[data-shortlist-item]:visible');
      await expect.poll(() => items.count()).toBe(2);
      await items.first().locator('[data-remove]').click();
      await expect.poll(() => items.count()).toBe(1);

      await page.locator('#enquiry-name').fill('Dana Organiser');
      await page.locator('#enquiry-organisation').fill('Service Forum');
      await page.locator('#enquiry-event').fill('CX Summit');
      await page.locator('#enquiry-date').fill('2031-05-20');
      await page.locator('#enquiry-city').fill('Berlin');
      await page.locator('[data-enquiry] button[type="submit"]').click();
      await expect
        .poll(() => page.locator('[data-enquiry] [data-mailto]').getAttribute('href'))
        .toMatch(/^mailto:/);
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it('sends a visitor of / on to a language without a violation', async () => {
    const { context, problems } = await watched();
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL('**/en/');
    expect(problems).toEqual([]);
    await context.close();
  });
});
