/**
 * Whole mailboxes as mail clients export them, message by message: an `.mbox` file as Thunderbird
 * keeps its folders and Gmail Takeout exports "All mail" (`From ` separator lines, `>From `
 * escaping in bodies, LF or CRLF), or a folder of `.eml` files. Works on bytes line by line, so
 * a large mbox is read in chunks without building strings, and each message comes out as the
 * bytes src/lib/email/read-message.ts decodes.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { addressParser } from 'postal-mime';

const FROM_ = Buffer.from('From ');

/**
 * The separator line before each message: `From - Mon Jan 01 00:00:00 2024` (Thunderbird),
 * `From 1234567890@xxx Mon Jan 01 00:00:00 +0000 2024` (Gmail Takeout), `From a@b.c Mon …` —
 * a sender (or `-`) and a date with a time of day. A body line "From here on…" has no time.
 */
const SEPARATOR = /^From \S+ +.*\b\d{1,2}:\d{2}(?::\d{2})?\b/;

function startsWith(line: Uint8Array, prefix: Uint8Array, at = 0): boolean {
  if (line.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (line[at + i] !== prefix[i]) return false;
  return true;
}

/** A line of only a line ending: the blank line an mbox writer puts before each `From ` line. */
const isBlank = (line: Uint8Array) =>
  line.length === 0 ||
  (line.length === 1 && (line[0] === 0x0a || line[0] === 0x0d)) ||
  (line.length === 2 && line[0] === 0x0d && line[1] === 0x0a);

function isSeparator(line: Uint8Array): boolean {
  if (!startsWith(line, FROM_)) return false;
  const text = Buffer.from(line.buffer, line.byteOffset, Math.min(line.length, 200));
  return SEPARATOR.test(text.toString('latin1'));
}

/** How many `>` before `From `: mboxrd (and mboxo) writers add one to each such body line. */
function escapedFrom(line: Uint8Array): boolean {
  let i = 0;
  while (i < line.length && line[i] === 0x3e) i++;
  return i > 0 && startsWith(line, FROM_, i);
}

/**
 * Splits an mbox into messages as its bytes arrive: `push` each chunk, then `end`. Separator
 * lines are dropped, with the blank line before them; `>From ` and `>>From ` lose one `>`
 * (the mboxrd rule, which also undoes mboxo's escaping of `From `). Line endings are kept.
 * @example const reader = new MboxReader(); const messages = [...reader.push(bytes), ...reader.end()];
 */
export class MboxReader {
  /** The start of a line that continues in the next chunk. */
  private partial: Uint8Array[] = [];
  /** The current message's lines (views into the chunks, copied once when the message ends). */
  private lines: Uint8Array[] = [];
  private started = false;
  /** Lines before the first separator: not an mbox when there is anything but blank lines. */
  preamble = 0;

  push(chunk: Uint8Array): Buffer[] {
    const done: Buffer[] = [];
    let start = 0;
    for (;;) {
      const end = chunk.indexOf(0x0a, start);
      if (end < 0) break;
      let line = chunk.subarray(start, end + 1);
      if (this.partial.length) {
        line = Buffer.concat([...this.partial, line]);
        this.partial = [];
      }
      this.line(line, done);
      start = end + 1;
    }
    if (start < chunk.length) this.partial.push(chunk.subarray(start));
    return done;
  }

  end(): Buffer[] {
    const done: Buffer[] = [];
    if (this.partial.length) this.line(Buffer.concat(this.partial), done);
    this.partial = [];
    // The blank line mbox writers put after every message, the last one included.
    const last = this.lines.at(-1);
    if (last !== undefined && isBlank(last)) this.lines.pop();
    this.finish(done);
    return done;
  }

  private line(line: Uint8Array, done: Buffer[]): void {
    const previous = this.lines.at(-1);
    if ((!this.started || previous === undefined || isBlank(previous)) && isSeparator(line)) {
      if (this.started) {
        if (previous !== undefined) this.lines.pop();
        this.finish(done);
      }
      this.started = true;
      return;
    }
    if (!this.started) {
      if (!isBlank(line)) this.preamble++;
      return;
    }
    this.lines.push(escapedFrom(line) ? line.subarray(1) : line);
  }

  private finish(done: Buffer[]): void {
    if (this.started && this.lines.some((line) => !isBlank(line)))
      done.push(Buffer.concat(this.lines));
    this.lines = [];
  }
}

/**
 * Every message in an mbox held in memory (see {@link MboxReader}).
 * @example splitMbox(Buffer.from('From - Mon Jan  1 00:00:00 2024\nSubject: a\n\n>From me\n')) // [Buffer 'Subject: a\n\nFrom me\n']
 */
export function splitMbox(bytes: Uint8Array): Buffer[] {
  const reader = new MboxReader();
  return [...reader.push(bytes), ...reader.end()];
}

/** Whether a file's first bytes are an mbox's: a `From ` separator line first. */
export function isMbox(head: Uint8Array): boolean {
  const end = head.indexOf(0x0a);
  return isSeparator(end < 0 ? head : head.subarray(0, end));
}

export interface MailFolder {
  /** The `.eml` files, by name (numbers in names in numeric order). */
  messages: string[];
  /** Everything else in the folder, named so the author knows it was not read. */
  ignored: string[];
}

/**
 * The saved messages in a folder: its `.eml` files (any case), sorted as a file manager shows
 * them; other files and subfolders are listed as ignored rather than skipped silently.
 */
export function listMailFolder(folder: string): MailFolder {
  const names = readdirSync(folder).sort(
    new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare,
  );
  const messages: string[] = [];
  const ignored: string[] = [];
  for (const name of names) {
    const eml = /\.(eml|msg)$/i.test(name) && statSync(path.join(folder, name)).isFile();
    (eml ? messages : ignored).push(name);
  }
  return { messages, ignored };
}

/**
 * One header's value from a message's raw header block (unfolded, not decoded): for the ASCII
 * headers read-message.ts does not return, such as `References` or Gmail's `X-Gmail-Labels`.
 */
export function rawHeader(message: Uint8Array, name: string): string | undefined {
  const head = Buffer.from(message.buffer, message.byteOffset, Math.min(message.length, 64 * 1024))
    .toString('latin1')
    .split(/\r?\n\r?\n/, 1)[0]!
    .replace(/\r?\n(?=[ \t])/g, '');
  const wanted = name.toLowerCase();
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === wanted)
      return line.slice(colon + 1).trim();
  }
  return undefined;
}

export interface Envelope {
  /** The first From address, its name decoded from RFC 2047 words. */
  from?: { name: string; address: string };
  date?: string;
  references?: string;
  /** Gmail Takeout's X-Gmail-Labels. */
  labels?: string;
}

/**
 * What the raw headers say about a message, without decoding its body: who sent it and when
 * (for a message whose body cannot be read), its References (for threading a reply) and
 * Gmail's labels (Takeout marks the author's own messages "Sent").
 */
export function envelope(message: Uint8Array): Envelope {
  const from = rawHeader(message, 'from');
  const sender = from ? addressParser(from, { flatten: true })[0] : undefined;
  const result: Envelope = {};
  if (sender?.address) result.from = { name: sender.name, address: sender.address };
  for (const key of ['date', 'references'] as const) {
    const value = rawHeader(message, key);
    if (value) result[key] = value;
  }
  const labels = rawHeader(message, 'x-gmail-labels');
  if (labels) result.labels = labels;
  return result;
}

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const pad = (n: number, width = 2, fill = '0') => String(n).padStart(width, fill);

/** The separator line each client writes: Thunderbird's `From - Tue Mar  3 08:14:22 2026`, Takeout's `From 1234@xxx Tue Mar 03 08:14:22 +0000 2026`. */
function separatorLine(style: MboxStyle, date: Date, n: number): string {
  const day = `${DAY_NAMES[date.getUTCDay()]} ${MONTH_NAMES[date.getUTCMonth()]}`;
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return style === 'thunderbird'
    ? `From - ${day} ${pad(date.getUTCDate(), 2, ' ')} ${time} ${date.getUTCFullYear()}`
    : `From ${1_790_000_000_000_000_000n + BigInt(n)}@xxx ${day} ${pad(date.getUTCDate())} ${time} +0000 ${date.getUTCFullYear()}`;
}

export type MboxStyle = 'thunderbird' | 'takeout';

/**
 * Messages as one mbox, the way Thunderbird or Gmail Takeout writes it: a separator line
 * before each, `>` added to body lines starting with (`>`…) `From ` (mboxrd), a blank line
 * after each, in the message's own line endings. The inverse of {@link splitMbox}; sample
 * mailboxes and the grader benchmark are built with it.
 */
export function joinMbox(
  messages: readonly { bytes: Uint8Array; date: Date }[],
  style: MboxStyle,
): Buffer {
  const parts: Buffer[] = [];
  for (const [i, { bytes, date }] of messages.entries()) {
    const crlf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes('\r\n');
    const eol = crlf ? '\r\n' : '\n';
    parts.push(Buffer.from(separatorLine(style, date, i + 1) + eol));
    let start = 0;
    while (start < bytes.length) {
      const end = bytes.indexOf(0x0a, start);
      const line = bytes.subarray(start, end < 0 ? bytes.length : end + 1);
      if (escapedFrom(line) || startsWith(line, FROM_)) parts.push(Buffer.from('>'));
      parts.push(Buffer.from(line.buffer, line.byteOffset, line.length));
      start = end < 0 ? bytes.length : end + 1;
    }
    if (bytes.length && bytes[bytes.length - 1] !== 0x0a) parts.push(Buffer.from(eol));
    parts.push(Buffer.from(eol));
  }
  return Buffer.concat(parts);
}
