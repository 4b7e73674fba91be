/**
 * Every saved email in tests/fixtures/emails, read and graded as the CLI does (readMessage, then
 * gradeReply): one row per fixture with the score the author must see and how many answers must
 * be left to read by hand. A fixture added to the folder without a row fails the first test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/content-check';
import { readMessage } from '~/lib/email/read-message';
import { gradeReply } from '~/lib/quiz-grader';
import { projectRoot } from '../support/paths';

const fixtures = path.join(projectRoot, 'tests/fixtures/emails');
const content = checkContent(path.join(projectRoot, 'content'));
const metrics = 'contact-center-metrics';
const coaching = 'quality-and-coaching';

interface Row {
  quiz: string;
  /** What the author is shown: the score and the reply language, or why there is nothing to grade. */
  score?: number;
  locale?: 'en' | 'de' | 'zh';
  unreadable?: number;
  problem?: RegExp;
}

/** fixture → expected score (out of 10), reply language and unreadable answers. */
const expected: Record<string, Row> = {
  'apple-mail-alternative-en.eml': { quiz: coaching, score: 10, locale: 'en', unreadable: 0 },
  'attachment-only.eml': { quiz: metrics, problem: /no text part found/i },
  'exchange-base64-von-gesendet-de.eml': { quiz: metrics, score: 9, locale: 'de', unreadable: 0 },
  'gmail-base64-zh.eml': { quiz: coaching, score: 9, locale: 'zh', unreadable: 0 },
  'old-client-latin1-de.eml': { quiz: metrics, score: 6, locale: 'de', unreadable: 0 },
  'outlook-html-only-en.eml': { quiz: metrics, score: 7, locale: 'en', unreadable: 0 },
  'outlook-original-message-quiz-en.eml': { quiz: metrics, score: 9, locale: 'en', unreadable: 0 },
  'outlook-unicode-en.msg': { quiz: metrics, score: 9, locale: 'en', unreadable: 0 },
  'prefix-one-line-de.eml': { quiz: metrics, score: 9, locale: 'de', unreadable: 0 },
  'retake-apple-mail-words-en.eml': { quiz: coaching, score: 9, locale: 'en', unreadable: 1 },
  'retake-gmail-base64-zh.eml': { quiz: coaching, score: 9, locale: 'zh', unreadable: 0 },
  'retake-no-header-de.eml': { quiz: metrics, score: 10, locale: 'de', unreadable: 0 },
  'retake-no-header-en.eml': { quiz: metrics, score: 9, locale: 'en', unreadable: 0 },
  'retake-no-header-zh.eml': { quiz: coaching, score: 10, locale: 'zh', unreadable: 0 },
  'retake-outlook-fajianren-zh.eml': { quiz: coaching, score: 10, locale: 'zh', unreadable: 0 },
  'retake-outlook-original-message-en.eml': {
    quiz: metrics,
    score: 10,
    locale: 'en',
    unreadable: 0,
  },
  'retake-outlook-von-gesendet-de.eml': { quiz: metrics, score: 9, locale: 'de', unreadable: 0 },
  'table-en.eml': { quiz: coaching, score: 9, locale: 'en', unreadable: 0 },
  'thunderbird-quoted-printable-de.eml': { quiz: metrics, score: 8, locale: 'de', unreadable: 0 },
  'words-foxmail-gb2312-zh.eml': { quiz: coaching, score: 9, locale: 'zh', unreadable: 0 },
  'words-thunderbird-de.eml': { quiz: metrics, score: 9, locale: 'de', unreadable: 1 },
  'yahoo-alternative-qp-en.eml': { quiz: metrics, score: 8, locale: 'en', unreadable: 0 },
};

/** The fixture graded as the CLI grades it: the score line, or the problem it stops with. */
async function gradeFixture(file: string, quiz: string) {
  const read = await readMessage(readFileSync(path.join(fixtures, file)));
  if (!read.ok) return { problem: read.problem };
  const { text, language, subject } = read.message;
  const outcome = gradeReply(content, quiz, text, undefined, language, subject);
  if (!outcome.ok) return { problem: outcome.problem };
  const { graded, reply, locale } = outcome.result;
  return { score: graded.score, locale, unreadable: reply.unreadable.length };
}

describe('every saved email fixture', () => {
  it('has a row in the expected table', () => {
    const files = readdirSync(fixtures).filter((f) => /\.(eml|msg)$/u.test(f));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  const rows = Object.entries(expected).map(([file, row]) => {
    const outcome = row.problem
      ? `stops: ${row.problem.source}`
      : `${row.score}/10 in ${row.locale}, ${row.unreadable} unreadable`;
    return [file, outcome, row] as const;
  });

  it.each(rows)('%s → %s', async (file, _, row) => {
    const got = await gradeFixture(file, row.quiz);
    if (row.problem) expect(got.problem).toMatch(row.problem);
    else expect(got).toEqual({ score: row.score, locale: row.locale, unreadable: row.unreadable });
  });
});
