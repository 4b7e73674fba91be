/**
 * npm run grade -- <quiz-name> [email-file] [--locale de]
 * Grades a quiz reply (from the file, or standard input) against the answer
 * key in content/quiz-answers/ and prints the score, each answer, and a reply
 * draft in the quiz's language. All logic lives in src/lib/quiz-grader.ts.
 */
import { readFileSync } from 'node:fs';
import { EXIT, oneOf, runCli, UsageError, UserError } from '~/lib/cli';
import { checkContent } from '~/lib/content-check';
import { contentRoot } from '~/lib/content-root';
import { useTranslations } from '~/lib/i18n';
import { formatReport, gradeReply, replyDraft } from '~/lib/quiz-grader';
import { localeKeys, site } from '~/site.config';

const USAGE = `Usage: npm run grade -- <quiz-name> [email-file] [--locale ${localeKeys.join('|')}]

  <quiz-name>        the quiz's file name, as in content/quizzes/<locale>/<quiz-name>.mdx
  [email-file]       the reply saved as text; without it, the email is read from standard input
  --locale <locale>  grade against this language's version (default: the reply's language)`;

/** The email from the file (a missing one is reported by runCli), else from standard input. */
function readEmail(file: string | undefined): string {
  if (file) return readFileSync(file, 'utf8');
  if (process.stdin.isTTY)
    throw new UsageError(
      'give an email file, or pipe the email in: npm run grade -- <quiz-name> < email.txt',
    );
  return readFileSync(0, 'utf8');
}

await runCli({
  name: 'grade',
  usage: USAGE,
  problems:
    'the content has errors, the quiz does not exist, the email cannot be read or is empty, or an answer in it could not be read',
  options: { locale: { type: 'string' } },
  positionals: 2,
  main({ values, positionals: [name, file] }) {
    if (!name) throw new UsageError('give the name of the quiz to grade');
    const locale =
      values.locale === undefined ? undefined : oneOf('--locale', values.locale, localeKeys);
    const report = checkContent(contentRoot());
    if (report.errors.length)
      throw new UserError('The content has problems to fix first:', report.errors);
    const outcome = gradeReply(report, name, readEmail(file), locale);
    if (!outcome.ok) throw new UserError(outcome.problem);
    const { quiz, locale: replyLocale, reply, graded } = outcome.result;

    console.log(formatReport(quiz, replyLocale, graded, reply));
    console.log(`\n--- reply draft (${replyLocale}) ---\n`);
    console.log(
      replyDraft(useTranslations(replyLocale), quiz, graded, site.author.name, reply.name),
    );
    return reply.unreadable.length ? EXIT.problems : EXIT.ok;
  },
});
