/**
 * npm run grade -- <quiz-name> [email-file] [--locale de]
 * Grades a quiz reply (from the file, or standard input) against the answer
 * key in content/quiz-answers/ and prints the score, each answer, and a reply
 * draft in the quiz's language. All logic lives in src/lib/quiz-grader.ts.
 */
import { readFileSync } from 'node:fs';
import { checkContent, type CheckedEntry } from '~/lib/content-check';
import { contentRoot } from '~/lib/content-root';
import { useTranslations } from '~/lib/i18n';
import {
  detectReplyLocale,
  formatReport,
  grade,
  parseReply,
  replyDraft,
  type GradingQuiz,
} from '~/lib/quiz-grader';
import type { QuizData } from '~/lib/schemas';
import { isLocale, localeKeys, site } from '~/site.config';

class UsageError extends Error {}

function readInput(file: string | undefined): string {
  if (file) {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      throw new UsageError(`Cannot read the email file "${file}".`);
    }
  }
  if (process.stdin.isTTY)
    throw new UsageError(
      'Give an email file, or pipe the email in: npm run grade -- <quiz-name> < email.txt',
    );
  return readFileSync(0, 'utf8');
}

function main(argv: string[]): void {
  const localeFlag = argv.indexOf('--locale');
  const forced = localeFlag >= 0 ? argv[localeFlag + 1] : undefined;
  const positional =
    localeFlag >= 0 ? argv.filter((_, i) => i !== localeFlag && i !== localeFlag + 1) : argv;
  const [name, file] = positional;
  if (!name)
    throw new UsageError('Usage: npm run grade -- <quiz-name> [email-file] [--locale en|de|zh]');
  if (forced !== undefined && !isLocale(forced))
    throw new UsageError(`--locale must be one of ${localeKeys.join(', ')}`);

  const report = checkContent(contentRoot());
  if (report.errors.length)
    throw new UsageError(
      `The content has problems to fix first:\n${report.errors.map((e) => `  ${e}`).join('\n')}`,
    );
  const versions = report.entries.filter(
    (e): e is CheckedEntry<QuizData> => e.kind === 'quizzes' && e.name === name,
  );
  if (versions.length === 0) {
    const known = [
      ...new Set(report.entries.filter((e) => e.kind === 'quizzes').map((e) => e.name)),
    ].sort();
    throw new UsageError(`No quiz named "${name}". Known quizzes: ${known.join(', ') || '(none)'}`);
  }
  const text = readInput(file);
  if (!text.trim()) throw new UsageError('The email is empty: nothing to grade.');

  const available = localeKeys.filter((l) => versions.some((v) => v.locale === l));
  const locale = forced && available.includes(forced) ? forced : detectReplyLocale(text, available);
  const version = versions.find((v) => v.locale === locale)!;
  const quiz: GradingQuiz = {
    name,
    title: version.data.title,
    options: version.data.questions.map((q) => Object.keys(q.options)),
  };
  const reply = parseReply(text, quiz);
  const graded = grade(quiz, report.answerKeys[name]!, reply);

  console.log(formatReport(quiz, locale, graded, reply));
  console.log(`\n--- reply draft (${locale}) ---\n`);
  console.log(replyDraft(useTranslations(locale), quiz, graded, site.author.name, reply.name));
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
