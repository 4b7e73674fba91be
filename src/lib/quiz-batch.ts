/**
 * Grading a whole mailbox of quiz replies: one row per taker (the From address), the latest
 * reply counted and earlier ones listed as superseded, every message that cannot be graded
 * listed with the reason (never dropped), and per-question statistics that show the author
 * which questions are too easy, too hard or misleading. Pure: the CLI reads the mailbox
 * (src/lib/email/mailbox.ts) and decodes each message (read-message.ts) first.
 */
import type { ContentReport } from './content-check';
import type { Envelope } from './email/mailbox';
import type { ReadOutcome } from './email/read-message';
import { gradeReply, type GradingQuiz, type QuestionResult } from './quiz-grader';
import type { QuizData } from './schemas';
import type { Locale } from '~/site.config';

export interface MailboxMessage {
  /** Where the message is, for the author: "message 3" of an mbox, or a file name. */
  source: string;
  outcome: ReadOutcome;
  /** The raw headers read-message.ts does not return (References, Gmail labels), and the sender of a message it cannot read. */
  envelope?: Envelope;
}

/**
 * `own`: a message the author sent (Gmail's "All mail" holds them); `other-quiz`: a reply to
 * another quiz in the same mailbox. Both are listed, neither is a problem.
 */
export type RowStatus = 'counted' | 'superseded' | 'problem' | 'own' | 'other-quiz';

export interface TakerRow {
  /** Position in the mailbox, from 1. */
  n: number;
  source: string;
  /** The From header's name, else the reply's `Name:` line. */
  name?: string;
  /** The From address, lowercased: the key that tells takers apart. */
  address?: string;
  /** The Date header as ISO 8601, when there is a readable one. */
  date?: string;
  subject?: string;
  messageId?: string;
  references?: string;
  status: RowStatus;
  /** Why a problem row is not counted, or which row counts instead of a superseded one. */
  note?: string;
  /** For a superseded row, the row that counts. */
  supersededBy?: number;
  locale?: Locale;
  score?: number;
  total?: number;
  /** Per question: what the taker gave and whether it is right (graded rows only). */
  results?: QuestionResult[];
}

export interface QuestionStats {
  question: number;
  correct: string;
  /** Counted takers (the denominator of `share`). */
  takers: number;
  right: number;
  /** right / takers, 0 when nobody is counted. */
  share: number;
  /** The wrong option chosen most often (the first in option order on a tie). */
  mostChosenWrong?: { option: string; count: number };
  blank: number;
  unreadable: number;
  /** "too easy?", "too hard?", "misleading?" for the author to look at. */
  flags: string[];
}

export interface MailboxResult {
  quiz: string;
  /** The quiz in each language a counted reply was graded in (for drafts). */
  versions: Partial<Record<Locale, GradingQuiz>>;
  questions: number;
  rows: TakerRow[];
  stats: QuestionStats[];
  /** Rows to look at: problems, and counted replies with an answer that could not be read. */
  problems: number;
}

/** Below this many counted takers the shares say too little for flags. */
export const MIN_TAKERS_FOR_FLAGS = 5;
export const TOO_EASY = 0.9;
export const TOO_HARD = 0.3;

const folded = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');

/** The words that name a quiz in a subject or body: its id, each title and each title's part before a colon. */
function quizNames(content: Pick<ContentReport, 'entries'>): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const entry of content.entries) {
    if (entry.kind !== 'quizzes') continue;
    const title = (entry.data as QuizData).title;
    const head = title.split(/[:：]/u)[0]!.trim();
    const list = names.get(entry.name) ?? [folded(entry.name)];
    list.push(folded(title));
    if (head.length >= 4 && head !== title) list.push(folded(head));
    names.set(entry.name, list);
  }
  return names;
}

/**
 * The other quiz a message is about, when it names another quiz and not this one (a mailbox
 * holds replies to every quiz); undefined when it names this one or none.
 */
function otherQuiz(text: string, quiz: string, names: Map<string, string[]>): string | undefined {
  const body = folded(text);
  const named = [...names].filter(([, words]) => words.some((w) => body.includes(w)));
  if (named.some(([name]) => name === quiz)) return undefined;
  return named[0]?.[0];
}

const time = (row: TakerRow) => (row.date ? Date.parse(row.date) : NaN);

/** Whether `b` is a later reply than `a`: by Date header when both have one, else by mailbox order. */
function later(a: TakerRow, b: TakerRow): boolean {
  const [ta, tb] = [time(a), time(b)];
  if (Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb) return tb > ta;
  return b.n > a.n;
}

/** A row for one message, graded when it can be. */
function rowFor(
  content: Pick<ContentReport, 'entries' | 'answerKeys'>,
  quiz: string,
  message: MailboxMessage,
  n: number,
  options: GradeMailboxOptions,
  names: Map<string, string[]>,
): { row: TakerRow; version?: GradingQuiz } {
  const row: TakerRow = { n, source: message.source, status: 'problem' };
  const envelope = message.envelope ?? {};
  if (!message.outcome.ok) {
    const date = Date.parse(envelope.date ?? '');
    return {
      row: {
        ...row,
        ...(envelope.from?.name && { name: envelope.from.name }),
        ...(envelope.from && { address: envelope.from.address.toLowerCase() }),
        ...(Number.isFinite(date) && { date: new Date(date).toISOString() }),
        note: message.outcome.problem,
      },
    };
  }
  const mail = message.outcome.message;
  if (mail.from?.name) row.name = mail.from.name;
  if (mail.from?.address) row.address = mail.from.address.toLowerCase();
  const date = mail.date ? Date.parse(mail.date) : NaN;
  if (Number.isFinite(date)) row.date = new Date(date).toISOString();
  if (mail.subject !== undefined) row.subject = mail.subject;
  if (mail.messageId) row.messageId = mail.messageId;
  if (envelope.references) row.references = envelope.references;

  const own = (options.ownAddresses ?? []).map((a) => a.toLowerCase());
  if (
    (row.address && own.includes(row.address)) ||
    /(?:^|,)\s*"?sent"?\s*(?:,|$)/i.test(envelope.labels ?? '')
  )
    return {
      row: {
        ...row,
        status: 'own',
        note: 'sent by you (from the site address or labelled Sent), not a reply',
      },
    };
  const other = otherQuiz(`${mail.subject ?? ''}\n${mail.text}`, quiz, names);
  if (other)
    return {
      row: { ...row, status: 'other-quiz', note: `a reply to another quiz: ${other}` },
    };

  const outcome = gradeReply(content, quiz, mail.text, options.locale, mail.language, mail.subject);
  if (!outcome.ok) return { row: { ...row, note: outcome.problem } };
  const { quiz: version, locale, reply, graded } = outcome.result;
  row.name ||= reply.name;
  if (!row.name) delete row.name;
  Object.assign(row, { locale, score: graded.score, total: graded.total, results: graded.results });
  if (!row.address)
    return { row: { ...row, note: 'no From address: nobody to count it for or reply to' } };
  return { row: { ...row, status: 'counted' }, version };
}

export interface GradeMailboxOptions {
  /** Grade every reply against this language's version (default: each reply's own language). */
  locale?: Locale;
  /** The site's own addresses: messages from them are the author's, not replies. */
  ownAddresses?: readonly string[];
}

/**
 * Grades every message of a mailbox against the quiz called `quiz`: the same taker twice →
 * the latest counts (by Date header, else mailbox order) and the earlier rows say which row
 * superseded them. Returns why it cannot (an unknown quiz) instead of a table of problems.
 */
export function gradeMailbox(
  content: Pick<ContentReport, 'entries' | 'answerKeys'>,
  quiz: string,
  messages: readonly MailboxMessage[],
  options: GradeMailboxOptions = {},
): { ok: true; result: MailboxResult } | { ok: false; problem: string } {
  const quizzes = content.entries.filter((e) => e.kind === 'quizzes');
  const first = quizzes.find((e) => e.name === quiz);
  if (!first) {
    const known = [...new Set(quizzes.map((e) => e.name))].sort();
    return {
      ok: false,
      problem: `No quiz named "${quiz}". Known quizzes: ${known.join(', ') || '(none)'}`,
    };
  }
  const names = quizNames(content);
  const versions: MailboxResult['versions'] = {};
  const rows: TakerRow[] = [];
  const latest = new Map<string, TakerRow>();
  for (const [i, message] of messages.entries()) {
    const { row, version } = rowFor(content, quiz, message, i + 1, options, names);
    rows.push(row);
    if (row.status !== 'counted') continue;
    versions[row.locale!] ??= version;
    const before = latest.get(row.address!);
    if (!before) latest.set(row.address!, row);
    else if (later(before, row)) latest.set(row.address!, row);
  }
  for (const row of rows) {
    const counted = row.address !== undefined && latest.get(row.address);
    if (row.status === 'counted' && counted && counted !== row)
      Object.assign(row, {
        status: 'superseded',
        supersededBy: counted.n,
        note: `superseded by the later reply in row ${counted.n}`,
      });
  }
  const questions = (first.data as QuizData).questions.length;
  const key = content.answerKeys[quiz] ?? {};
  const counted = rows.filter((r) => r.status === 'counted');
  return {
    ok: true,
    result: {
      quiz,
      versions,
      questions,
      rows,
      stats: questionStats(counted, questions, key),
      problems: rows.filter(
        (r) =>
          r.status === 'problem' ||
          (r.status === 'counted' && r.results!.some((q) => q.status === 'unreadable')),
      ).length,
    },
  };
}

/**
 * For each question, over the counted takers: how many got it right, the wrong option most
 * chosen, how many left it blank or wrote something unreadable, and flags for the author.
 */
export function questionStats(
  counted: readonly Pick<TakerRow, 'results'>[],
  questions: number,
  key: Record<number, string>,
): QuestionStats[] {
  return Array.from({ length: questions }, (_, i): QuestionStats => {
    const question = i + 1;
    const results = counted.map((r) => r.results![i]!);
    const right = results.filter((r) => r.status === 'right').length;
    const wrong = new Map<string, number>();
    for (const r of results)
      if (r.status === 'wrong') wrong.set(r.given!, (wrong.get(r.given!) ?? 0) + 1);
    const [top] = [...wrong].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const takers = results.length;
    const share = takers ? right / takers : 0;
    const flags: string[] = [];
    if (takers >= MIN_TAKERS_FOR_FLAGS) {
      if (share >= TOO_EASY) flags.push('too easy?');
      if (share <= TOO_HARD) flags.push('too hard?');
      if (top && top[1] > right) flags.push('misleading?');
    }
    return {
      question,
      correct: key[question] ?? '',
      takers,
      right,
      share,
      ...(top && { mostChosenWrong: { option: top[0], count: top[1] } }),
      blank: results.filter((r) => r.status === 'unanswered').length,
      unreadable: results.filter((r) => r.status === 'unreadable').length,
      flags,
    };
  });
}
