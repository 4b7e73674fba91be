/**
 * A reply as an unsent `.eml` the author opens in a mail client, checks and sends: RFC 5322
 * headers with non-ASCII names and subjects as RFC 2047 encoded words, a UTF-8 text body in
 * quoted-printable (base64 for text mostly in Han or other non-Latin scripts),
 * `In-Reply-To`/`References` so it threads under the taker's message, and `X-Unsent: 1` so
 * Outlook opens it as a draft. Builds text only; nothing here sends mail.
 */

export interface Mailbox {
  name?: string;
  address: string;
}

export interface DraftMessage {
  from: Mailbox;
  to: Mailbox;
  /** The subject of the message replied to; `Re: ` is added once. */
  repliedSubject: string;
  /** The Message-ID replied to, with its angle brackets. */
  inReplyTo?: string;
  /** The References header of the message replied to. */
  references?: string;
  date: Date;
  body: string;
}

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

/** Leading reply prefixes in the languages takers write in: `Re:`, `RE:`, `AW:`, `SV:`, `回复：`, `答复:`. */
const REPLY_PREFIX =
  /^\s*(?:(?:re|aw|sv|antw|vs)(?:\[\d+\])?\s*[:：]|(?:回复|答复|回覆)\s*[:：])\s*/iu;

/**
 * The subject of a reply: `Re: ` and the subject without its own reply prefixes, so a reply to
 * "RE: AW: Quiz" is "Re: Quiz", never "Re: RE: AW: Quiz".
 * @example replySubject('AW: Kennzahlen') // 'Re: Kennzahlen'
 */
export function replySubject(subject: string): string {
  let rest = subject.trim();
  while (REPLY_PREFIX.test(rest)) rest = rest.replace(REPLY_PREFIX, '');
  return `Re: ${rest}`;
}

/**
 * A header text as RFC 2047 encoded words (UTF-8, base64), each at most 75 characters and never
 * splitting a character, folded onto continuation lines; ASCII text is returned as it is.
 * @example encodeWords('Zoë') // '=?UTF-8?B?Wm/Dqw==?='
 */
export function encodeWords(text: string): string {
  if (ASCII_PRINTABLE.test(text)) return text;
  const words: string[] = [];
  let chunk = '';
  // 75 - "=?UTF-8?B?" - "?=" = 63 characters of base64: 45 bytes of UTF-8.
  for (const char of text) {
    if (Buffer.byteLength(chunk + char) > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString('base64')}?=`).join('\r\n ');
}

/** `Name <address>`: an ASCII name quoted when it has specials (`"O'Brien, Dan"`), else encoded words. */
export function formatAddress({ name, address }: Mailbox): string {
  if (!name) return address;
  if (!ASCII_PRINTABLE.test(name)) return `${encodeWords(name)} <${address}>`;
  const plain = /^[\w !#$%&'*+\-/=?^`{|}~]+$/.test(name);
  return `${plain ? name : `"${name.replace(/(["\\])/g, '\\$1')}"`} <${address}>`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** An RFC 5322 date in UTC: `Tue, 03 Mar 2026 09:14:22 +0000`. */
export function formatDate(date: Date): string {
  return `${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}

/**
 * Text as quoted-printable UTF-8 with CRLF line breaks: non-ASCII bytes and `=` as `=XX`,
 * trailing spaces encoded, lines folded with a soft break before 76 characters.
 */
export function quotedPrintable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const bytes = Buffer.from(line);
      const tokens: string[] = [];
      for (const [i, byte] of bytes.entries()) {
        const last = i === bytes.length - 1;
        const safe =
          (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
        tokens.push(
          safe ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`,
        );
      }
      const out: string[] = [];
      let current = '';
      for (const token of tokens) {
        if (current.length + token.length > 75) {
          out.push(`${current}=`);
          current = '';
        }
        current += token;
      }
      out.push(current);
      return out.join('\r\n');
    })
    .join('\r\n');
}

/** The whole draft as an `.eml` file's text (CRLF line endings, ASCII only). */
export function composeDraft(draft: DraftMessage): string {
  // Quoted-printable keeps Latin text readable; text mostly in other scripts is shorter as base64.
  const bytes = Buffer.from(draft.body);
  const base64 = bytes.filter((b) => b > 127).length * 3 > bytes.length;
  // One id per line: a long thread's References stays within the line-length limit.
  const references = [draft.references, draft.inReplyTo]
    .join(' ')
    .split(/\s+/)
    .filter(Boolean)
    .join('\r\n ');
  const headers = [
    `From: ${formatAddress(draft.from)}`,
    `To: ${formatAddress(draft.to)}`,
    `Subject: ${encodeWords(replySubject(draft.repliedSubject))}`,
    `Date: ${formatDate(draft.date)}`,
    ...(draft.inReplyTo ? [`In-Reply-To: ${draft.inReplyTo}`, `References: ${references}`] : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    `Content-Transfer-Encoding: ${base64 ? 'base64' : 'quoted-printable'}`,
    'X-Unsent: 1',
  ];
  const body = base64
    ? Buffer.from(draft.body.replace(/\r?\n/g, '\r\n'))
        .toString('base64')
        .replace(/.{76}/g, '$&\r\n')
        .replace(/\r\n$/, '')
    : quotedPrintable(draft.body);
  return `${headers.join('\r\n')}\r\n\r\n${body}\r\n`;
}
