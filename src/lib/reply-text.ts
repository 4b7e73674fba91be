/**
 * What the taker wrote in a reply, without what they quoted: mail clients put
 * the earlier message (the quiz, or the author's graded reply) below the new
 * text, often without `>` (Outlook), so its numbered lines would otherwise be
 * read as answers. Pure; works on the decoded text body.
 */
import type { ReplyPatterns } from './reply-patterns';

/** A line that starts quoted history or a signature: everything from it on is not the taker's. */
const CUT_MARKERS: RegExp[] = [
  /^-{2,}\s*(?:original message|ursprüngliche nachricht|原始邮件)\s*-{2,}$/iu,
  /^-{2,}\s*(?:forwarded message|weitergeleitete nachricht|转发的邮件)\s*-{2,}$/iu,
  /^(?:begin forwarded message|anfang der weitergeleiteten nachricht)\s*:$/iu,
  /^--\s?$/u, // signature separator "-- " (some clients drop the trailing space)
  /^on\s.+\swrote:$/iu,
  /^am\s.+\sschrieb\s.*:$/iu,
  /^在\s?.+写道\s*[:：]$/u,
];

/** Outlook's header block: `From:` then `Sent:` a line or two below (en, de, zh clients). */
const HEADER_FROM = /^\*?(?:from|von|发件人)\*?\s*[:：]/iu;
const HEADER_SENT = /^\*?(?:sent|gesendet|发送时间|时间)\*?\s*[:：]/iu;

/** `On Mon, 3 Mar 2025 at 10:00, Morgan Reyes <morgan@…>` + `wrote:` on the next line. */
const WRAPPED_ATTRIBUTION: [RegExp, RegExp][] = [
  [/^on\s/iu, /(?:^|\s)wrote:$/iu],
  [/^am\s/iu, /(?:^|\s)schrieb\s?.*:$/iu],
];

export interface OwnText {
  /** The taker's own lines, `>`-quoted lines removed. */
  text: string;
  /** The line where quoted history or a signature began and everything after was ignored. */
  cutAt?: string;
}

/** The author's graded reply draft, recognised by its own lines (see reply-patterns.ts). */
export type DraftLines = Pick<ReplyPatterns, 'draftLines' | 'draftGreetings'>;

/**
 * Cuts quoted history (`>` lines, `-----Original Message-----`, `On … wrote:`,
 * `Am … schrieb …:`, Outlook `From:`/`Sent:` blocks, forwarded messages) and a
 * signature after `-- `, and the author's own graded reply when a retake quotes it with no header
 * at all: from its thanks, score or "1. a: right" lines (`draft`), and the greeting just above them.
 * @example ownText('1. a\n\nOn Mon, Morgan wrote:\n1. A contact centre…').text // '1. a\n'
 */
export function ownText(text: string, draft?: DraftLines): OwnText {
  const lines = text.split(/\r\n|\r|\n/);
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (/^\s*>/u.test(raw)) continue;
    const line = raw.trim();
    const next = (lines[i + 1] ?? '').trim();
    const cut =
      CUT_MARKERS.some((m) => m.test(line)) ||
      (HEADER_FROM.test(line) &&
        lines.slice(i + 1, i + 4).some((l) => HEADER_SENT.test(l.trim()))) ||
      WRAPPED_ATTRIBUTION.some(([start, end]) => start.test(line) && end.test(next));
    if (cut) return { text: kept.join('\n'), cutAt: line };
    const folded = line.normalize('NFKC');
    if (draft?.draftLines.some((d) => d.test(folded))) {
      let start = kept.length;
      while (start > 0 && !kept[start - 1]!.trim()) start--;
      const above = (kept[start - 1] ?? '').trim();
      const greeting = draft.draftGreetings.some((g) => g.test(above.normalize('NFKC')));
      if (greeting) start--;
      return { text: kept.slice(0, start).join('\n'), cutAt: greeting ? above : line };
    }
    kept.push(raw);
  }
  return { text: kept.join('\n') };
}
