/**
 * `mailto:` links built so that nothing a reader or author typed can add a
 * recipient or a header: every part is percent-encoded (RFC 6068), line
 * breaks become %0D%0A, `&`, `?`, `=` and `#` cannot start a new field.
 */

/** Beyond this many characters some mail programs (and Windows' shell) truncate or refuse the link. */
export const MAILTO_MAX_LENGTH = 2000;

export interface MailMessage {
  to: string;
  subject: string;
  body: string;
}

/** A plain address; characters that mean something in a URL (`?`, `#`, `&`, `%`, `/`, `=`) are refused, not escaped. */
const ADDRESS = /^[A-Za-z0-9.!$'*+^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

/**
 * Replaces each lone UTF-16 surrogate (half an emoji, left by a bad paste or a cut in the wrong
 * place) with U+FFFD "�": `encodeURIComponent` throws a URIError on one, which would break the
 * send button.
 * @example wellFormed('Ana \uD83D') // 'Ana \uFFFD'
 */
export function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

/** Percent-encodes for a mailto field; unlike encodeURIComponent it also encodes `'()*!`, and it never throws. */
export function encodeMailtoPart(value: string): string {
  return encodeURIComponent(wellFormed(value).replace(/\r\n|\r|\n/g, '\r\n')).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * @example buildMailto({ to: 'quiz@example.com', subject: 'Quiz', body: '1. a\n2. b' })
 * // 'mailto:quiz@example.com?subject=Quiz&body=1.%20a%0D%0A2.%20b'
 * @throws when `to` is not one plain address: recipients come from the site config, never from input.
 */
export function buildMailto({ to, subject, body }: MailMessage): string {
  if (!ADDRESS.test(to)) throw new Error(`"${to}" is not a single e-mail address`);
  return `mailto:${to}?subject=${encodeMailtoPart(subject)}&body=${encodeMailtoPart(body)}`;
}

/** Whether a built link is short enough for common mail programs. */
export function fitsMailClients(url: string): boolean {
  return url.length <= MAILTO_MAX_LENGTH;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The characters a reader sees (grapheme clusters), so that a cut never splits an emoji or an accent. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * Cuts text to at most `max` UTF-16 code units, the unit a form field's `maxlength` counts, without
 * splitting a character: what the form would have let through, enforced again for pasted or
 * scripted input.
 * @example boundLength('ab😀', 3) // 'ab'
 */
export function boundLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  for (const g of graphemes(text)) {
    if (kept.length + g.length > max) break;
    kept += g;
  }
  return kept;
}

/**
 * The largest `n` in 0…`count` for which `fits(n)` holds, assuming that fewer always fits when
 * more does; -1 when even 0 does not fit.
 */
export function largestFitting(count: number, fits: (n: number) => boolean): number {
  if (!fits(0)) return -1;
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The first `max` characters of a text and "…" when there were more.
 * @example shortenTo('Grüße aus Köln', 5) // 'Grüße…'
 */
export function shortenTo(text: string, max: number): string {
  return shortener(text)(max);
}

/** {@link shortenTo} for one text cut many times (a search for the longest cut that fits): segments it once. */
export function shortener(text: string): (max: number) => string {
  const chars = graphemes(text);
  return (max) => (chars.length <= max ? text : `${chars.slice(0, max).join('')}…`);
}

/**
 * Shortens free text (a name, a message) so that it takes at most `maxEncodedLength` characters
 * once encoded, cutting between characters and marking the cut with "…".
 */
export function truncateForMailto(text: string, maxEncodedLength: number): string {
  if (encodeMailtoPart(text).length <= maxEncodedLength) return text;
  const cut = shortener(text);
  const kept = largestFitting(
    graphemes(text).length,
    (n) => encodeMailtoPart(cut(n)).length <= maxEncodedLength,
  );
  return kept < 0 ? '' : cut(kept);
}

/** A message ready to send: the link to open, the full text to show for copying, and whether the link holds less. */
export interface PreparedMail {
  url: string;
  /** The whole body, nothing cut: what the copy box shows. */
  text: string;
  /** True when the link's subject or body had to be shortened to stay within {@link MAILTO_MAX_LENGTH}. */
  shortened: boolean;
}

/** Longest subject kept (encoded) when a link must be cut as a whole, so most of the room goes to the body. */
const SUBJECT_ROOM = 400;

/**
 * The link for a message, cut as a whole when it is too long: the subject to at most
 * {@link SUBJECT_ROOM} encoded characters, the body to whatever room is left. A last resort
 * for callers that first shorten the parts that matter least.
 */
export function fitMailto(message: MailMessage): PreparedMail {
  const full = buildMailto(message);
  if (fitsMailClients(full)) return { url: full, text: message.body, shortened: false };
  const subject = truncateForMailto(message.subject, SUBJECT_ROOM);
  const room = MAILTO_MAX_LENGTH - buildMailto({ ...message, subject, body: '' }).length;
  const body = truncateForMailto(message.body, room);
  return {
    url: buildMailto({ to: message.to, subject, body }),
    text: message.body,
    shortened: true,
  };
}
