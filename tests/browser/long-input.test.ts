/**
 * The enquiry and the quiz email in Chromium with everything at its longest, in en, de and zh:
 * fields hold what their bound allows, the mail link stays within 2,000 characters, the page
 * says when the email was shortened and the copy box keeps every field in full; half an emoji
 * in a name does not break the send button.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dictionaries } from '~/i18n/dictionaries';
import { checkContent, type CheckedEntry } from '~/lib/content-check';
import { contentRoot } from '~/lib/content-root';
import { ENQUIRY_LIMITS } from '~/lib/enquiry';
import { MAX_NAME_LENGTH } from '~/lib/quiz-message';
import type { QuizData } from '~/lib/schemas';
import { localeKeys, site, type Locale } from '~/site.config';
import { hasBrowser, useSite } from '../support/browser';

const LIMIT = 2000;

/** RFC 6068 encoding, written out here independently of src/lib/mailto.ts. */
const encode = (s: string) =>
  encodeURIComponent(s.replace(/\n/g, '\r\n')).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** What an organiser might write in each language, with characters that mean something in a URL. */
const WORDS: Record<Locale, string[]> = {
  en: ['Customer', 'Experience', '&', 'Leadership', 'Summit?', '#1', '100%', '(day', '2)', '+'],
  de: ['Größe', '&', 'Qualität', '–', 'Führungskräfte', 'Kundenservice-Gipfel', 'Übersee', '#2'],
  zh: ['呼叫中心', '客户体验', '峰会', '😀', '领导力', '🎧', '质检', '🇨🇳', '排班'],
};

/** Text of exactly `units` UTF-16 code units (what maxlength counts), starting with a marker. */
function fill(locale: Locale, marker: string, units: number): string {
  const words = WORDS[locale];
  let out = `«${marker}»`;
  for (let i = 0; ; i++) {
    const next = `${out} ${words[i % words.length]}`;
    if (next.length > units) break;
    out = next;
  }
  return out.padEnd(units, locale === 'zh' ? '。' : '.');
}

const unescapeHtml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const quizzes = checkContent(contentRoot()).entries.filter(
  (e): e is CheckedEntry<QuizData> => e.kind === 'quizzes',
);

/** Collects uncaught errors on a page: a crash in a click handler surfaces here. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  return errors;
}

/** Fills a field with a value containing a lone surrogate, as a bad paste leaves it. */
async function pasteHalfAnEmoji(page: Page, selector: string, before: string) {
  const value = await page.locator(selector).evaluate((input: HTMLInputElement, text) => {
    // Built inside the page: the half emoji cannot be mended on its way through the protocol.
    input.value = text + String.fromCharCode(0xd83d);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return { value: input.value, lone: /[\uD800-\uDBFF]$/.test(input.value) };
  }, before);
  expect(value.lone, 'the field really holds half an emoji').toBe(true);
}

describe.skipIf(!hasBrowser)('long and broken input', () => {
  const s = useSite();

  for (const locale of localeKeys) {
    const t = (key: string) => dictionaries[locale][key] ?? dictionaries.en[key]!;
    /** One line of the email as the locale writes it ("Label: value", in Chinese "Label：value"). */
    const line = (label: string, value: string) =>
      t('enquiry.line')
        .replace('{{label}}', () => label)
        .replace('{{value}}', () => value)
        .trimEnd();

    it(`sends an enquiry with every field at its maximum in ${locale}: link within ${LIMIT} characters, notice, full text to copy`, async () => {
      const context = await s.newContext();
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(`/${locale}/shortlist/`);
      const names = await page
        .locator('[data-shortlist-item]')
        .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.shortlistItem!));
      expect(names.length).toBeGreaterThan(0);
      await page.evaluate(
        (all) => localStorage.setItem('keynote-shortlist', JSON.stringify(all)),
        names,
      );
      await page.reload();
      const titles = await page
        .locator('[data-shortlist-item]:visible')
        .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.title!));
      expect(titles).toHaveLength(names.length);

      const form = page.locator('[data-enquiry] form');
      const bounded = await form
        .locator('input[maxlength], textarea[maxlength]')
        .evaluateAll((els) =>
          els.map((el) => ({
            name: el.getAttribute('name')!,
            max: Number(el.getAttribute('maxlength')),
          })),
        );
      // Every free-text field is bounded, with the bound the email code enforces.
      expect(bounded.map((b) => b.name).sort()).toEqual(
        [
          'name',
          'organisation',
          'event',
          'theme',
          'city',
          'audienceSize',
          'audienceProfile',
          'customisation',
          'message',
        ].sort(),
      );
      const typed: Record<string, string> = {};
      for (const { name, max } of bounded) {
        expect(max, name).toBe(ENQUIRY_LIMITS[name as keyof typeof ENQUIRY_LIMITS]);
        const field = form.locator(`[name="${name}"]`);
        const value =
          name === 'message'
            ? `${fill(locale, 'message, first paragraph', 1000)}\n\n${fill(locale, 'message, rest', max - 1002)}`
            : fill(locale, name, max);
        expect(value.length).toBe(max);
        // A paste over the bound is cut by the field; the full-length value is then kept whole.
        await field.fill(`${value}${value.slice(0, 20)}`);
        expect((await field.inputValue()).length, name).toBe(max);
        await field.fill(value);
        expect(await field.inputValue(), name).toBe(value);
        typed[name] = value;
      }
      await form.locator('[name="date"]').fill('2031-05-20');
      await form.locator('[name="dateFlexible"]').check();
      // Each choice at its longest option, each within the bound the email code enforces.
      const chosen = await form.locator('select').evaluateAll((selects) =>
        (selects as HTMLSelectElement[]).map((select) => {
          const longest = [...select.options]
            .filter((option) => option.value)
            .reduce((a, b) => (b.text.length > a.text.length ? b : a));
          select.value = longest.value;
          // The email writes every value on one line, a no-break space ("10.000 €") as a space.
          return { name: select.name, value: longest.text.replace(/\s+/g, ' ') };
        }),
      );
      for (const { name, value } of chosen) {
        expect(value.length, name).toBeLessThanOrEqual(ENQUIRY_LIMITS[name as 'slot']);
        typed[name] = value;
      }
      typed.dateFlexible = t('enquiry.yes');

      await page.getByRole('button', { name: t('enquiry.send') }).click();

      const href = (await page.locator('[data-mailto]').getAttribute('href'))!;
      expect(href.length).toBeLessThanOrEqual(LIMIT);
      const url = new URL(href);
      expect(url.pathname).toBe(site.email.bookings);
      expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);

      // The notice, right after the send button, names the cut and points to the full text.
      const notice = form.locator('[data-shortened-notice]');
      await expect.poll(() => notice.isVisible()).toBe(true);
      expect(await notice.getAttribute('role')).toBe('status');
      expect((await notice.textContent())!.replace(/\s+/g, ' ').trim()).toBe(
        `${t('mail.shortened')} ${t('mail.shortenedLink')}`,
      );
      expect(
        await form
          .locator('.buttons:has(button[type=submit]) + .mail-shortened [data-shortened-notice]')
          .count(),
      ).toBe(1);
      const link = notice.getByRole('link', { name: t('mail.shortenedLink') });
      await link.click();
      const target = (await link.getAttribute('href'))!;
      expect(await page.locator(target).textContent()).toBe(t('quiz.fallbackTitle'));

      // The copy box holds every field, every keynote and the message in full.
      const copy = (await page.locator('[data-message]').textContent())!;
      for (const title of titles) expect(copy).toContain(`\n- ${title}\n`);
      for (const [name, value] of Object.entries(typed)) {
        if (name === 'message')
          expect(copy).toContain(`\n${line(t('enquiry.message'), '')}\n${value}\n`);
        else expect(copy).toContain(`\n${line(t(`enquiry.${name}`), value)}\n`);
      }
      expect(copy).toContain(`\n${line(t('enquiry.date'), '2031-05-20')}\n`);
      // …and the link is what the notice says: a shortened version of it.
      expect(`mailto:${site.email.bookings}?body=${encode(copy)}`.length).toBeGreaterThan(LIMIT);
      expect(url.searchParams.get('body')).toContain('…');
      expect(errors).toEqual([]);
      await context.close();
    });

    it(`emails quiz answers with the name at its maximum in ${locale}, and says so when a long title forces a cut`, async () => {
      const quiz = quizzes.find((q) => q.locale === locale);
      expect(quiz, `a ${locale} sample quiz`).toBeDefined();
      const path = `/${locale}/quizzes/${quiz!.slug}/`;
      const context = await s.newContext();
      const page = await context.newPage();
      const errors = collectErrors(page);

      const send = async () => {
        const name = page.locator('input[name="taker-name"]');
        const max = Number(await name.getAttribute('maxlength'));
        expect(max).toBe(MAX_NAME_LENGTH);
        const value = fill(locale, 'name', max);
        await name.fill(value);
        expect(await name.inputValue()).toBe(value);
        for (let i = 1; i <= quiz!.data.questions.length; i++)
          await page.locator(`label[for="q${i}-b"]`).click();
        await page.getByRole('button', { name: t('quiz.email') }).click();
        const href = (await page.locator('[data-mailto]').getAttribute('href'))!;
        expect(href.length).toBeLessThanOrEqual(LIMIT);
        const copy = (await page.locator('[data-message]').textContent())!;
        expect(copy).toContain(`\n${t('quiz.bodyName').replace('{{name}}', value)}\n`);
        for (let i = 1; i <= quiz!.data.questions.length; i++)
          expect(copy).toContain(`\n${i}. b\n`);
        const subject = new URL(href).searchParams.get('subject')!;
        const whole = `mailto:${site.email.quizzes}?subject=${encode(subject)}&body=${encode(copy)}`;
        const notice = page.locator('[data-shortened-notice]');
        return { href, whole, notice };
      };

      // As published: a name at its maximum fits next to these titles, so nothing is cut or announced.
      await page.goto(path);
      const plain = await send();
      expect(plain.whole.length).toBeLessThanOrEqual(LIMIT);
      expect(plain.href).toBe(plain.whole);
      expect(await plain.notice.textContent()).toBe('');

      // A quiz whose title is long enough that the answers alone nearly fill a link: the name is cut, the page says so.
      await page.route(`**${path}`, async (route) => {
        const response = await route.fetch();
        const html = await response.text();
        const attribute = (name: string) =>
          unescapeHtml(new RegExp(`data-${name}="([^"]*)"`).exec(html)![1]!);
        const subject = attribute('subject');
        const heading = attribute('heading');
        const answers = quiz!.data.questions.map((_, i) => `${i + 1}. b`).join('\n');
        const withoutName = (h: string) =>
          `mailto:${site.email.quizzes}?subject=${encode(subject)}&body=${encode(`${h}\n\n${answers}\n`)}`
            .length;
        const more = Array.from(` ${heading}`.repeat(40));
        let longHeading = heading;
        for (const char of more) {
          if (withoutName(longHeading + char) > LIMIT - 120) break;
          longHeading += char;
        }
        await route.fulfill({
          response,
          body: html.replace(/data-heading="[^"]*"/, `data-heading="${escapeHtml(longHeading)}"`),
        });
      });
      await page.reload();
      const long = await send();
      expect(long.whole.length).toBeGreaterThan(LIMIT);
      await expect.poll(() => long.notice.isVisible()).toBe(true);
      expect((await long.notice.textContent())!.replace(/\s+/g, ' ').trim()).toBe(
        `${t('mail.shortened')} ${t('mail.shortenedLink')}`,
      );
      const body = new URL(long.href).searchParams.get('body')!;
      for (let i = 1; i <= quiz!.data.questions.length; i++)
        expect(body).toContain(`\r\n${i}. b\r\n`);
      expect(body).toMatch(
        new RegExp(`\\r\\n${t('quiz.bodyName').replace('{{name}}', '«name».*…')}\\r\\n`),
      );

      // Clearing the answers clears the notice too.
      await page.getByRole('button', { name: t('quiz.clear') }).click();
      expect(await long.notice.textContent()).toBe('');
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('sends an enquiry and quiz answers whose name holds half an emoji, without an error', async () => {
    const context = await s.newContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto('/en/shortlist/?add=early-warning-system');
    await page.getByLabel(/Your name/).fill('Dana');
    await pasteHalfAnEmoji(page, '#enquiry-name', 'Dana ');
    await page.getByLabel(/Organisation/).fill('Service Forum');
    await page.getByLabel(/Event name/).fill('CX Day');
    await pasteHalfAnEmoji(page, '#enquiry-event', 'CX Day ');
    await page.getByLabel(/Event date/).fill('2031-05-20');
    await page.getByLabel(/City/).fill('online');
    await page.getByRole('button', { name: 'Email my enquiry' }).click();
    await expect
      .poll(async () => ({ errors, shown: await page.locator('[data-fallback]').isVisible() }))
      .toEqual({ errors: [], shown: true });
    const href = (await page.locator('[data-mailto]').getAttribute('href'))!;
    expect(href).toContain('Dana%20%EF%BF%BD');
    expect(new URL(href).searchParams.get('subject')).toMatch(/CX Day \uFFFD$/);
    expect(await page.locator('[data-message]').textContent()).toContain(
      'Your name: Dana \uFFFD\n',
    );

    const quiz = quizzes.find((q) => q.locale === 'zh')!;
    await page.goto(`/zh/quizzes/${quiz.slug}/`);
    await pasteHalfAnEmoji(page, 'input[name="taker-name"]', '王');
    await page.getByRole('button', { name: dictionaries.zh['quiz.email']! }).click();
    await page.locator('[data-send-anyway]').click();
    await expect
      .poll(async () => ({ errors, shown: await page.locator('[data-fallback]').isVisible() }))
      .toEqual({ errors: [], shown: true });
    const quizHref = (await page.locator('[data-mailto]').getAttribute('href'))!;
    expect(new URL(quizHref).searchParams.get('body')).toContain('王\uFFFD\r\n');
    expect(errors).toEqual([]);
    await context.close();
  });
});
