/**
 * The email a quiz taker sends: the quiz named by title and id, an optional
 * name, then one `N. x` line per question in question order (`N. -` when
 * unanswered). Used by the quiz page's script and by tests; no DOM, no Astro.
 */
import { buildMailto, encodeMailtoPart, MAILTO_MAX_LENGTH, truncateForMailto } from './mailto';

/** Words around the answers, already in the reader's language. */
export interface QuizMessageText {
  /** Subject line, e.g. "Quiz answers: Contact centre metrics". */
  subject: string;
  /** First body line, e.g. "Quiz: Contact centre metrics (contact-center-metrics)". */
  heading: string;
  /** Name line with `{name}` where the name goes, e.g. "Name: {name}". */
  nameLine: string;
}

/** Longest name kept; anything longer is cut and marked with "…". */
export const MAX_NAME_LENGTH = 120;

/**
 * `1. a`, `2. -` … for answers by question index (undefined = unanswered).
 * @example answerLines(['a', undefined, 'c']) // ['1. a', '2. -', '3. c']
 */
export function answerLines(answers: readonly (string | undefined)[]): string[] {
  return answers.map((letter, i) => `${i + 1}. ${letter ?? '-'}`);
}

/** A name as one line of plain text: line breaks and runs of spaces become one space, so it cannot pose as an answer line. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

export function quizMessageBody(
  text: QuizMessageText,
  answers: readonly (string | undefined)[],
  name = '',
): string {
  const clean = cleanName(name);
  const lines = [text.heading];
  if (clean) lines.push(text.nameLine.replace('{name}', clean));
  return [...lines, '', ...answerLines(answers), ''].join('\n');
}

/**
 * The complete mailto URL, within {@link MAILTO_MAX_LENGTH}: a very long name is
 * shortened rather than letting mail programs cut the answers off.
 */
export function quizMailto(
  to: string,
  text: QuizMessageText,
  answers: readonly (string | undefined)[],
  name = '',
): string {
  let clean = cleanName(name);
  if (Array.from(clean).length > MAX_NAME_LENGTH)
    clean = Array.from(clean).slice(0, MAX_NAME_LENGTH).join('') + '…';
  const withoutName = buildMailto({
    to,
    subject: text.subject,
    body: quizMessageBody(text, answers),
  });
  const room =
    MAILTO_MAX_LENGTH -
    withoutName.length -
    encodeMailtoPart(`${text.nameLine.replace('{name}', '')}\n`).length;
  if (clean && encodeMailtoPart(clean).length > room)
    clean = truncateForMailto(clean, Math.max(0, room));
  return buildMailto({ to, subject: text.subject, body: quizMessageBody(text, answers, clean) });
}
