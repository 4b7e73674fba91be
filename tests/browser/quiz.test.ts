/** Taking a quiz in Chromium: answers kept across reloads, the exact mailto URL, the no-JavaScript page. */
import { describe, expect, it } from 'vitest';
import { contentRoot } from '~/lib/content-root';
import { checkContent, type CheckedEntry } from '~/lib/content-check';
import type { QuizData } from '~/lib/schemas';
import { site } from '~/site.config';
import en from '~/i18n/en.json';
import { hasBrowser, useSite } from '../support/browser';

const quizzes = checkContent(contentRoot()).entries.filter(
  (e): e is CheckedEntry<QuizData> => e.kind === 'quizzes',
);
const quiz = quizzes.find(
  (q) => q.locale === 'en' && q.data.questions.some((question) => question.statements),
)!;
const quizPath = `/en/quizzes/${quiz?.slug}/`;

/** RFC 6068 encoding, written out here independently of src/lib/mailto.ts. */
const encode = (s: string) =>
  encodeURIComponent(s.replace(/\n/g, '\r\n')).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

describe.skipIf(!hasBrowser)('taking a quiz', () => {
  const s = useSite();

  it('keeps answers through a reload and a visit elsewhere, then emails them in the N. x form', async () => {
    expect(quiz, 'an English sample quiz with statements').toBeDefined();
    const total = quiz.data.questions.length;
    const context = await s.newContext();
    const page = await context.newPage();
    await page.goto(quizPath);

    const chosen = quiz.data.questions.map(
      (q, i) => Object.keys(q.options)[i % Object.keys(q.options).length]!,
    );
    // Answer every question but the last, by clicking the visible labels.
    for (let i = 0; i < total - 1; i++)
      await page.locator(`label[for="q${i + 1}-${chosen[i]}"]`).click();
    await expect
      .poll(() => page.locator('[data-progress-output]').textContent())
      .toBe(`${total - 1} of ${total} answered`);

    await page.reload();
    for (let i = 0; i < total - 1; i++)
      expect(await page.isChecked(`#q${i + 1}-${chosen[i]}`)).toBe(true);
    await page.goto('/en/');
    await page.goBack();
    await page.goto(quizPath);
    expect(await page.isChecked(`#q1-${chosen[0]}`)).toBe(true);
    expect(await page.locator('[data-progress-output]').textContent()).toBe(
      `${total - 1} of ${total} answered`,
    );

    const name = 'Ana x&cc=evil@example.org?bcc=evil@example.org#';
    await page.getByLabel(/Your name/).fill(name);
    await page.getByRole('button', { name: 'Email my answers' }).click();
    const warning = page.locator('[data-warning]');
    await expect.poll(() => warning.isVisible()).toBe(true);
    expect(await warning.textContent()).toContain(`Question ${total} has no answer yet.`);
    await page.getByRole('button', { name: /Send anyway/ }).click();

    const href = await page.locator('[data-mailto]').getAttribute('href');
    const body = [
      en['quiz.bodyHeading'].replace('{{title}}', quiz.data.title).replace('{{id}}', quiz.name),
      en['quiz.bodyName'].replace('{{name}}', name),
      '',
      ...chosen.map((letter, i) => `${i + 1}. ${i < total - 1 ? letter : '-'}`),
      '',
    ].join('\n');
    const subject = en['quiz.subject'].replace('{{title}}', quiz.data.title);
    expect(href).toBe(
      `mailto:${site.email.quizzes}?subject=${encode(subject)}&body=${encode(body)}`,
    );
    const url = new URL(href!);
    expect(url.pathname).toBe(site.email.quizzes);
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);

    // The fallback shows the same message as text.
    expect(await page.locator('[data-message]').textContent()).toBe(body);

    await page.getByRole('button', { name: 'Clear my answers' }).click();
    expect(await page.locator('input[type=radio]:checked').count()).toBe(0);
    await page.reload();
    expect(await page.locator('input[type=radio]:checked').count()).toBe(0);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await context.close();
  });

  it('shows every question and the by-hand instructions without JavaScript', async () => {
    const context = await s.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(quizPath);
    expect(await page.locator('fieldset.question').count()).toBe(quiz.data.questions.length);
    for (const [i, q] of quiz.data.questions.entries()) {
      const fieldset = page.locator(`#question-${i + 1}`);
      expect(await fieldset.locator('legend').textContent()).toContain(`${i + 1}.`);
      for (const letter of Object.keys(q.options)) {
        expect(await fieldset.getByLabel(new RegExp(`^${letter}\\.`)).count()).toBe(1);
      }
      if (q.statements)
        expect(await fieldset.locator('.statements li').first().textContent()).toMatch(/^I\./);
    }
    const howTo = page.locator('.quiz-how-to');
    expect(await howTo.isVisible()).toBe(true);
    expect(await howTo.textContent()).toContain(site.email.quizzes);
    expect(await howTo.locator('pre').textContent()).toBe('1. a\n2. d\n3. c');
    expect(await page.getByRole('button', { name: 'Email my answers' }).isVisible()).toBe(false);
    await context.close();
  });
});
