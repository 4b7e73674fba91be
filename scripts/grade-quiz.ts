/**
 * npm run grade -- <quiz-name> [email-file] [--locale de]
 * Grades a quiz reply (from the file, or standard input) against the answer
 * key in content/quiz-answers/ and prints the score, each answer, and a reply
 * draft in the quiz's language. A saved email (.eml, or a whole message on
 * standard input) is decoded first by src/lib/email/read-message.ts; the
 * grading lives in src/lib/quiz-grader.ts.
 */
import { readFileSync } from 'node:fs';
import { EXIT, oneOf, runCli, UsageError, UserError } from '~/lib/cli';
import { checkContent } from '~/lib/content-check';
import { contentRoot } from '~/lib/content-root';
import { readMessage } from '~/lib/email/read-message';
import { useTranslations } from '~/lib/i18n';
import { formatReport, gradeReply, replyDraft } from '~/lib/quiz-grader';
import { localeKeys, site } from '~/site.config';

const USAGE = `Usage: npm run grade -- <quiz-name> [email-file] [--locale ${localeKeys.join('|')}]

  <quiz-name>        the quiz's file name, as in content/quizzes/<locale>/<quiz-name>.mdx
  [email-file]       the reply as a saved email (.eml: any encoding, charset, text or HTML) or as
                     plain text; without it, the email is read from standard input
  --locale <locale>  grade against this language's version (default: the reply's language)`;

/** The email's bytes from the file (a missing one is reported by runCli), else from standard input. */
function readEmail(file: string | undefined): Buffer {
  if (file) return readFileSync(file);
  if (process.stdin.isTTY)
    throw new UsageError(
      'give an email file, or pipe the email in: npm run grade -- <quiz-name> < email.txt',
    );
  return readFileSync(0);
}

await runCli({
  name: 'grade',
  usage: USAGE,
  problems:
    'the content has errors, the quiz does not exist, the email cannot be read or is empty, or an answer in it could not be read',
  options: { locale: { type: 'string' } },
  positionals: 2,
  async main({ values, positionals: [name, file] }) {
    if (!name) throw new UsageError('give the name of the quiz to grade');
    const locale =
      values.locale === undefined ? undefined : oneOf('--locale', values.locale, localeKeys);
    const report = checkContent(contentRoot());
    if (report.errors.length)
      throw new UserError('The content has problems to fix first:', report.errors);
    const read = await readMessage(readEmail(file));
    if (!read.ok) throw new UserError(read.problem);
    const { message } = read;
    const outcome = gradeReply(
      report,
      name,
      message.text,
      locale,
      message.language,
      message.subject,
    );
    if (!outcome.ok) throw new UserError(outcome.problem);
    const { quiz, locale: replyLocale, reply, graded } = outcome.result;
    // The From header names the taker more reliably than a "Name:" line in the body.
    const taker = message.from?.name || reply.name;

    if (message.from)
      console.log(
        `From: ${[message.from.name, `<${message.from.address}>`].filter(Boolean).join(' ')}`,
      );
    console.log(formatReport(quiz, replyLocale, graded, reply));
    console.log(`\n--- reply draft (${replyLocale}) ---\n`);
    console.log(replyDraft(useTranslations(replyLocale), quiz, graded, site.author.name, taker));
    return reply.unreadable.length ? EXIT.problems : EXIT.ok;
  },
});
