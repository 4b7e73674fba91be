/**
 * What grading a mailbox gives the author: a table for the terminal (takers, superseded and
 * ungradable messages, per-question statistics with flags), a CSV for a spreadsheet, and one
 * reply draft per counted taker. Pure: returns text; the CLI writes files.
 */
import { composeDraft, type Mailbox } from './email/draft-message';
import type { Translate } from './i18n';
import {
  MIN_TAKERS_FOR_FLAGS,
  TOO_EASY,
  TOO_HARD,
  type MailboxResult,
  type TakerRow,
} from './quiz-batch';
import { replyDraft } from './quiz-grader';
import type { Locale } from '~/site.config';

/** Han, kana, Hangul and full-width forms take two columns in a terminal. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Columns a text takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

function fit(text: string, width: number): string {
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > width - (displayWidth(text) > width ? 1 : 0)) break;
    out += char;
  }
  if (out !== text) out += '…';
  return out + ' '.repeat(Math.max(0, width - displayWidth(out)));
}

/** Rows of cells as aligned columns, each column as wide as its widest cell (up to `max`). */
function columns(rows: string[][], max = 28): string[] {
  const last = rows[0]!.length - 1;
  const widths = rows[0]!.map((_, i) =>
    Math.min(i === last ? Infinity : max, Math.max(...rows.map((r) => displayWidth(r[i] ?? '')))),
  );
  return rows.map((r) =>
    r
      .map((cell, i) => fit(cell, widths[i]!))
      .join('  ')
      .trimEnd(),
  );
}

const shortDate = (iso?: string) => (iso ? iso.slice(0, 16).replace('T', ' ') : '');
const percent = (share: number) => `${Math.round(share * 100)} %`;

/** One letter per question: the answer, `-` for blank, `?` for unreadable. */
function givenLetters(row: TakerRow): string[] {
  return (row.results ?? []).map((r) =>
    r.status === 'unanswered' ? '-' : r.status === 'unreadable' ? '?' : r.given!,
  );
}

function takerTable(rows: readonly TakerRow[]): string[] {
  return columns([
    ['#', 'Name', 'Address', 'Date (UTC)', 'Lang', 'Score', 'Note'],
    ...rows.map((r) => [
      String(r.n),
      r.name ?? '',
      r.address ?? '',
      shortDate(r.date),
      r.locale ?? '',
      r.score === undefined ? '' : `${r.score}/${r.total}`,
      r.status === 'counted'
        ? r.results!.some((q) => q.status === 'unreadable')
          ? 'an answer could not be read: check by hand'
          : ''
        : r.status === 'superseded'
          ? `superseded by #${r.supersededBy}`
          : '',
    ]),
  ]);
}

/**
 * The author's view of a graded mailbox: counted takers, superseded replies, messages that
 * could not be graded (each with its reason), then one line per question.
 */
export function formatMailbox(result: MailboxResult, notes: readonly string[] = []): string {
  const counted = result.rows.filter((r) => r.status === 'counted');
  const superseded = result.rows.filter((r) => r.status === 'superseded');
  const problems = result.rows.filter((r) => r.status === 'problem');
  const own = result.rows.filter((r) => r.status === 'own');
  const others = result.rows.filter((r) => r.status === 'other-quiz');
  const lines = [
    `Quiz: ${result.quiz} — ${result.rows.length} messages: ${counted.length} takers counted, ${superseded.length} earlier ${superseded.length === 1 ? 'reply' : 'replies'} superseded, ${problems.length} not graded${others.length ? `, ${others.length} for other quizzes` : ''}${own.length ? `, ${own.length} sent by you` : ''}`,
    ...notes.map((n) => `Note: ${n}`),
    '',
    ...takerTable(counted),
  ];
  if (superseded.length)
    lines.push(
      '',
      'Earlier replies (a later reply from the same taker counts):',
      ...takerTable(superseded),
    );
  if (problems.length) {
    lines.push('', 'Not graded (look at these):');
    for (const r of problems) {
      const who =
        [r.name, r.address && `<${r.address}>`].filter(Boolean).join(' ') || '(no sender)';
      lines.push(`  #${r.n} ${r.source}: ${who}${r.date ? `, ${shortDate(r.date)}` : ''}`);
      lines.push(`     ${r.note}`);
    }
  }
  if (others.length) {
    const byQuiz = Map.groupBy(others, (r) => r.note!);
    lines.push('', 'Replies to other quizzes (not graded here):');
    for (const [note, rows] of byQuiz)
      lines.push(`  ${note.replace(/^.*: /, '')}: ${rows.map((r) => `#${r.n}`).join(', ')}`);
  }
  if (own.length)
    lines.push(
      '',
      'Sent by you (not replies):',
      ...own.map((r) => `  #${r.n} ${r.source}: to the taker, ${shortDate(r.date)}`),
    );
  lines.push(
    '',
    `Questions (${counted.length} takers counted; flags from ${MIN_TAKERS_FOR_FLAGS} takers: ≥${TOO_EASY * 100} % right "too easy?", ≤${TOO_HARD * 100} % "too hard?", a wrong option chosen more than the right one "misleading?"):`,
    ...columns([
      ['Q', 'Answer', 'Right', 'Most chosen wrong', 'Blank', 'Unreadable', 'Flags'],
      ...result.stats.map((s) => [
        String(s.question),
        s.correct,
        `${s.right}/${s.takers} ${percent(s.share)}`,
        s.mostChosenWrong ? `${s.mostChosenWrong.option} (${s.mostChosenWrong.count})` : '–',
        String(s.blank),
        String(s.unreadable),
        s.flags.join(' '),
      ]),
    ]).map((l) => `  ${l}`),
  );
  return lines.join('\n');
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a leading =, +, -, @ made inert for spreadsheets. */
function csvField(value: string): string {
  const safe = /^(?:[=+@\t\r]|-[^\d])/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as RFC 4180 CSV with CRLF line ends and a UTF-8 byte-order mark, so Excel reads umlauts and Chinese. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Every row of a graded mailbox as CSV: name, address, date, locale, score, total, q1…qN, status. */
export function mailboxCsv(result: MailboxResult): string {
  const questions = Array.from({ length: result.questions }, (_, i) => `q${i + 1}`);
  return toCsv([
    ['name', 'address', 'date', 'locale', 'score', 'total', ...questions, 'status'],
    ...result.rows.map((r) => {
      const letters = givenLetters(r);
      return [
        r.name ?? '',
        r.address ?? '',
        r.date ?? '',
        r.locale ?? '',
        r.score === undefined ? '' : String(r.score),
        r.total === undefined ? '' : String(r.total),
        ...questions.map((_, i) => letters[i] ?? ''),
        r.status === 'counted' ? 'counted' : `${r.status}: ${r.note}`,
      ];
    }),
  ]);
}

/** A file name from a taker's name (or address) that every file system takes: `zoe-muller`. */
export function fileSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

export interface DraftFile {
  /** `001-zoe-muller.eml`: the row number keeps names unique and in mailbox order. */
  file: string;
  row: TakerRow;
  text: string;
}

export interface DraftOptions {
  /** The address replies come from (the site's quiz address) and the author's name. */
  from: Mailbox;
  /** A translator per locale: the draft is written in the language the taker was graded in. */
  translate: (locale: Locale) => Translate;
  date: Date;
}

/** One unsent reply per counted taker, threaded under their message, in their language. */
export function replyDrafts(result: MailboxResult, options: DraftOptions): DraftFile[] {
  const digits = Math.max(3, String(result.rows.length).length);
  return result.rows
    .filter((r) => r.status === 'counted')
    .map((row) => {
      const quiz = result.versions[row.locale!]!;
      const graded = { score: row.score!, total: row.total!, results: row.results! };
      const body = replyDraft(
        options.translate(row.locale!),
        quiz,
        graded,
        options.from.name ?? '',
        row.name,
      );
      const slug = fileSlug(row.name ?? '') || fileSlug(row.address!.split('@')[0]!) || 'taker';
      return {
        file: `${String(row.n).padStart(digits, '0')}-${slug}.eml`,
        row,
        text: composeDraft({
          from: options.from,
          to: { ...(row.name && { name: row.name }), address: row.address! },
          repliedSubject: row.subject?.trim() || quiz.title,
          ...(row.messageId && { inReplyTo: row.messageId }),
          ...(row.references && { references: row.references }),
          date: options.date,
          body,
        }),
      };
    });
}
