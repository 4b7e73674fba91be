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

/** Percent-encodes for a mailto field; unlike encodeURIComponent it also encodes `'()*!`. */
export function encodeMailtoPart(value: string): string {
  return encodeURIComponent(value.replace(/\r\n|\r|\n/g, '\r\n')).replace(
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

/**
 * Shortens free text (a name, a message) so the whole link stays within
 * {@link MAILTO_MAX_LENGTH}, cutting on a character boundary and marking the cut.
 */
export function truncateForMailto(text: string, maxEncodedLength: number): string {
  if (encodeMailtoPart(text).length <= maxEncodedLength) return text;
  if (encodeMailtoPart('…').length > maxEncodedLength) return '';
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (encodeMailtoPart(chars.slice(0, mid).join('') + '…').length <= maxEncodedLength) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('') + '…';
}
