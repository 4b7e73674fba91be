/**
 * The email a quiz taker sends: the quiz named by title and id, an optional
 * name, then one `N. x` line per question in question order (`N. -` when
 * unanswered). Used by the quiz page's script and by tests; no DOM, no Astro.
 */
import {
  boundLength,
  buildMailto,
  fitMailto,
  fitsMailClients,
  graphemes,
  largestFitting,
  shortener,
  wellFormed,
  type PreparedMail,
} from './mailto';
import type { Translate } from './i18n';

/** Words around the answers, already in the reader's language. */
export interface QuizMessageText {
  /** Subject line, e.g. "Quiz answers: Contact centre metrics". */
  subject: string;
  /** First body line, e.g. "Quiz: Contact centre metrics (contact-center-metrics)". */
  heading: string;
  /** Name line with `{name}` where the name goes, e.g. "Name: {name}". */
  nameLine: string;
}

/**
 * The words of a quiz email in one locale, from the dictionary keys the grader also reads
 * (`quiz.bodyName` gives it the name label): the page's form, its hand-written-email link and
 * the grader share this one definition.
 */
export function quizMessageText(t: Translate, title: string, id: string): QuizMessageText {
  return {
    subject: t('quiz.subject', { title }),
    heading: t('quiz.bodyHeading', { title, id }),
    nameLine: t('quiz.bodyName', { name: '{name}' }),
  };
}

/** Longest name kept, in UTF-16 code units (the name field's `maxlength`). */
export const MAX_NAME_LENGTH = 120;

/** Option letters are single lowercase letters (see the quiz schema); anything else is shown as "?". */
const LETTER = /^[a-z]$/;

/**
 * `1. a`, `2. -` … for answers by question index (undefined = unanswered).
 * @example answerLines(['a', undefined, 'c']) // ['1. a', '2. -', '3. c']
 */
export function answerLines(answers: readonly (string | undefined)[]): string[] {
  return answers.map(
    (letter, i) => `${i + 1}. ${letter === undefined ? '-' : LETTER.test(letter) ? letter : '?'}`,
  );
}

/**
 * A name as one line of plain text within {@link MAX_NAME_LENGTH}: line breaks and runs of
 * spaces become one space, so it cannot pose as an answer line.
 */
export function cleanName(name: string): string {
  return boundLength(wellFormed(name).replace(/\s+/g, ' ').trim(), MAX_NAME_LENGTH).trimEnd();
}

export function quizMessageBody(
  text: QuizMessageText,
  answers: readonly (string | undefined)[],
  name = '',
): string {
  const clean = cleanName(name);
  const lines = [text.heading];
  if (clean) lines.push(text.nameLine.replace('{name}', () => clean));
  return [...lines, '', ...answerLines(answers), ''].join('\n');
}

/**
 * The answers as a link and as full text. A link too long for mail programs gets a shortened
 * name ("…" where it is cut) so that every answer stays in; a quiz with too many questions
 * for even that has its body cut as a whole. The `text` is never cut.
 */
export function quizEmail(
  to: string,
  text: QuizMessageText,
  answers: readonly (string | undefined)[],
  name = '',
): PreparedMail {
  const clean = cleanName(name);
  const full = quizMessageBody(text, answers, clean);
  const cut = shortener(clean);
  const build = (kept: number) =>
    buildMailto({ to, subject: text.subject, body: quizMessageBody(text, answers, cut(kept)) });
  const length = graphemes(clean).length;
  if (fitsMailClients(build(length))) return { url: build(length), text: full, shortened: false };
  const kept = largestFitting(length, (n) => fitsMailClients(build(n)));
  if (kept < 0) return fitMailto({ to, subject: text.subject, body: full });
  return { url: build(kept), text: full, shortened: true };
}
