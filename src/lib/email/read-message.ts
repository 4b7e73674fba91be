/**
 * Turning a saved email into the text its sender wrote. Mail clients send quiz replies as
 * quoted-printable, base64, Latin-1 8-bit, multipart/alternative or HTML only; read as raw text,
 * those score 0 or garble names. postal-mime decodes the transfer encoding and charset; this
 * module picks the text part (or turns the HTML part into text) and says plainly when a message
 * has neither. Outlook .msg files are read by read-outlook-msg.ts. Plain text pasted on standard
 * input is passed through as it is.
 */
import PostalMime from 'postal-mime';
import { isCompoundFile, readOutlookMsg } from './read-outlook-msg';

export interface ReadMessage {
  /** The sender from the From header; absent for plain text. */
  from?: { name: string; address: string };
  subject?: string;
  date?: string;
  messageId?: string;
  /** The Content-Language header, when the message declares one. */
  language?: string;
  /** What the sender wrote, decoded: the text/plain part, else the HTML part as text. */
  text: string;
}

export type ReadOutcome = { ok: true; message: ReadMessage } | { ok: false; problem: string };

/** Header names that mark the start of an RFC 822 message (not of pasted text). */
const MESSAGE_HEADERS =
  /^(?:from|to|cc|subject|date|message-id|mime-version|content-type|content-transfer-encoding|received|return-path|delivered-to|reply-to|in-reply-to|references|x-[\w-]+)$/i;

/**
 * Whether `bytes` is a whole RFC 822 message: header lines (`Name: value`, folded lines
 * allowed) up to the first blank line, at least one of them a message header such as `From:`,
 * `Subject:` or `MIME-Version:`. A pasted reply starting with "Name: Anna" is not one.
 */
export function isMessage(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 64 * 1024));
  const end = head.search(/\r?\n\r?\n/);
  if (end <= 0) return false;
  const lines = head.slice(0, end).split(/\r?\n/);
  if (/^From /.test(lines[0]!)) lines.shift(); // mbox "From " separator line
  let known = 0;
  for (const [i, line] of lines.entries()) {
    if (i > 0 && /^[ \t]/.test(line)) continue; // folded continuation
    const header = /^([!-9;-~]+):/.exec(line);
    if (!header) return false;
    if (MESSAGE_HEADERS.test(header[1]!)) known++;
  }
  return known > 0;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code =
        entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : +entity.slice(1);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/**
 * HTML as the reader saw it, line by line: `<br>`, `<p>`, `<div>`, `<li>`, headings and table
 * rows break lines, other tags go, entities are decoded, `<style>`/`<script>`/`<head>` dropped.
 * @example htmlToText('<p>1. a<br>2. b</p>') // '1. a\n2. b'
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(style|script|head|title)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/\s+/g, ' ')
      .replace(/<br\b[^>]*>/gi, '\n')
      .replace(/<\/?(?:p|div|li|ul|ol|tr|h[1-6]|blockquote|table|pre)\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Reads a reply from the bytes of a file or standard input. An Outlook .msg (a Compound File) is
 * read by its properties, a whole message (see {@link isMessage}) is decoded with postal-mime;
 * anything else is UTF-8 text as pasted.
 * Returns why there is nothing to grade instead of an empty text.
 */
export async function readMessage(bytes: Uint8Array): Promise<ReadOutcome> {
  if (isCompoundFile(bytes)) return readOutlookMsg(bytes, htmlToText);
  if (!isMessage(bytes)) return { ok: true, message: { text: new TextDecoder().decode(bytes) } };
  const email = await PostalMime.parse(bytes);
  let text = email.text ?? '';
  if (!text.trim() && email.html) text = htmlToText(email.html);
  if (!text.trim())
    return {
      ok: false,
      problem: email.html
        ? 'The message has no text: its text part and its HTML part are empty.'
        : 'No text part found in the message (neither text/plain nor text/html): nothing to grade.',
    };
  const from = email.from && 'address' in email.from && email.from.address ? email.from : undefined;
  const language = email.headers.find((h) => h.key === 'content-language')?.value.trim();
  return {
    ok: true,
    message: {
      ...(from && { from: { name: from.name, address: from.address! } }),
      ...(email.subject !== undefined && { subject: email.subject }),
      ...(email.date !== undefined && { date: email.date }),
      ...(email.messageId !== undefined && { messageId: email.messageId }),
      ...(language && { language }),
      text: text.replace(/\r\n?/g, '\n'),
    },
  };
}
