import { describe, expect, it } from 'vitest';
import {
  boundLength,
  buildMailto,
  encodeMailtoPart,
  fitMailto,
  fitsMailClients,
  graphemes,
  MAILTO_MAX_LENGTH,
  shortenTo,
  truncateForMailto,
  wellFormed,
} from '~/lib/mailto';

const TO = 'hello@example.com';

/** The raw (still encoded) value of one field in a built mailto URL. */
function rawField(url: string, field: string): string {
  const query = url.slice(url.indexOf('?') + 1);
  const part = query.split('&').find((p) => p.startsWith(`${field}=`));
  if (part === undefined) throw new Error(`no ${field} in ${url}`);
  return part.slice(field.length + 1);
}

const crlf = (text: string) => text.replace(/\r\n|\r|\n/g, '\r\n');

describe('buildMailto', () => {
  it('builds the exact link for a simple message, with the line break as %0D%0A', () => {
    expect(buildMailto({ to: 'quiz@example.com', subject: 'Quiz', body: '1. a\n2. b' })).toBe(
      'mailto:quiz@example.com?subject=Quiz&body=1.%20a%0D%0A2.%20b',
    );
  });

  it('encodes spaces as %20, never as "+"', () => {
    const url = buildMailto({ to: TO, subject: 'a b', body: 'c+d' });
    expect(url).toBe('mailto:hello@example.com?subject=a%20b&body=c%2Bd');
  });

  it("encodes ' ( ) * ! which encodeURIComponent leaves alone", () => {
    expect(encodeMailtoPart("it's (fine)! *")).toBe('it%27s%20%28fine%29%21%20%2A');
  });

  const attacks = [
    'x&cc=evil@example.org',
    'hello?bcc=evil@example.org',
    'x&to=evil@example.org',
    'literal %0A stays text',
    'literal %0D%0ABcc: evil@example.org',
    'part#fragment',
    'a\r\nBcc: evil@example.org',
    'a\nCc: evil@example.org',
    'a\rTo: evil@example.org',
    'equals = and & ampersand ? question',
    "quote ' paren ( ) star * bang ! plus +",
  ];

  it.each(attacks)(
    'keeps the subject %j literal: only subject and body, no extra header or recipient',
    (text) => {
      const built = buildMailto({ to: TO, subject: text, body: 'Body' });
      const url = new URL(built);
      expect(url.protocol).toBe('mailto:');
      expect(url.pathname).toBe(TO);
      expect(url.hash).toBe('');
      expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
      for (const header of ['cc', 'bcc', 'to', 'Cc', 'Bcc', 'To'])
        expect(url.searchParams.has(header)).toBe(false);
      expect(url.searchParams.get('subject')).toBe(crlf(text));
      expect(decodeURIComponent(rawField(built, 'subject'))).toBe(crlf(text));
      expect(url.searchParams.get('body')).toBe('Body');
    },
  );

  it.each(attacks)(
    'keeps the body %j literal: only subject and body, no extra header or recipient',
    (text) => {
      const built = buildMailto({ to: TO, subject: 'Subject', body: text });
      const url = new URL(built);
      expect(url.pathname).toBe(TO);
      expect(url.hash).toBe('');
      expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
      for (const header of ['cc', 'bcc', 'to']) expect(url.searchParams.has(header)).toBe(false);
      expect(decodeURIComponent(rawField(built, 'body'))).toBe(crlf(text));
      expect(url.searchParams.get('body')).toBe(crlf(text));
      expect(url.searchParams.get('subject')).toBe('Subject');
    },
  );

  it('turns every kind of line break into %0D%0A and leaves no bare CR or LF', () => {
    const built = buildMailto({ to: TO, subject: 's', body: 'a\nb\rc\r\nd' });
    expect(rawField(built, 'body')).toBe('a%0D%0Ab%0D%0Ac%0D%0Ad');
    expect(built).not.toMatch(/[\r\n]/);
    expect(built).not.toMatch(/(?<!%0D)%0A/);
    expect(built).not.toMatch(/%0D(?!%0A)/);
  });

  it.each([
    'a@b.c,evil@x.y',
    'a@b.c?cc=x@y.z',
    'a@b.c;evil@x.y',
    'a@b.c evil@x.y',
    'a@b.c\nBcc: x@y.z',
    '',
    'not-an-address',
  ])('refuses %j as the recipient', (to) => {
    expect(() => buildMailto({ to, subject: 's', body: 'b' })).toThrow(
      /is not a single e-mail address/,
    );
  });

  it('refuses a recipient with "?", so it cannot start header fields', () => {
    expect(() => buildMailto({ to: 'team?cc=evil@example.org', subject: 'S', body: 'B' })).toThrow(
      /is not a single e-mail address/,
    );
  });

  it('round-trips German and Chinese text', () => {
    const subject = 'Über Müßiggang im Kundenservice';
    const body = '呼叫中心\n排班质量 – Grüße';
    const built = buildMailto({ to: TO, subject, body });
    expect(built).toMatch(/^[\x21-\x7e]+$/); // pure ASCII, nothing left unencoded
    const url = new URL(built);
    expect(url.searchParams.get('subject')).toBe(subject);
    expect(url.searchParams.get('body')).toBe('呼叫中心\r\n排班质量 – Grüße');
    expect(decodeURIComponent(rawField(built, 'subject'))).toBe(subject);
  });
});

describe('mailto length', () => {
  it('says a link of exactly MAILTO_MAX_LENGTH characters fits, one more does not', () => {
    const base = 'mailto:a@b.cd?subject=';
    expect(fitsMailClients(base + 'x'.repeat(MAILTO_MAX_LENGTH - base.length))).toBe(true);
    expect(fitsMailClients(base + 'x'.repeat(MAILTO_MAX_LENGTH - base.length + 1))).toBe(false);
  });

  it('leaves text that already fits untouched', () => {
    expect(truncateForMailto('Morgan Reyes', 100)).toBe('Morgan Reyes');
  });

  it.each([
    ['a very long Latin name', 'Bartholomew-Maximilian '.repeat(400)],
    ['a very long German name', 'Müller-Lüdenscheidt Größenwahn '.repeat(300)],
    ['a very long Chinese name', '呼叫中心客户体验'.repeat(400)],
    ['a very long name of emoji (two UTF-16 units each)', '😀🎧'.repeat(500)],
  ])('keeps the whole link within MAILTO_MAX_LENGTH for %s', (_, name) => {
    const subject = 'Quiz answers: Queue basics';
    const before = 'Name: ';
    const after = '\n1. a\n2. c\n3. b';
    const room = MAILTO_MAX_LENGTH - buildMailto({ to: TO, subject, body: before + after }).length;
    expect(fitsMailClients(buildMailto({ to: TO, subject, body: before + name + after }))).toBe(
      false,
    );

    const short = truncateForMailto(name, room);
    const url = buildMailto({ to: TO, subject, body: before + short + after });
    expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(fitsMailClients(url)).toBe(true);
    // the cut is marked and happens on a character boundary of the original
    expect(short.endsWith('…')).toBe(true);
    expect(name.startsWith(short.slice(0, -1))).toBe(true);
    expect(new URL(url).searchParams.get('body')).toBe(crlf(before + short + after));
    // and it does not cut more than needed: one more character would not fit
    const next = Array.from(name).slice(0, Array.from(short).length); // one character longer than the kept prefix
    expect(encodeMailtoPart(next.join('') + '…').length).toBeGreaterThan(room);
  });

  it('never returns text longer than the room it was given, even when the room is tiny', () => {
    const short = truncateForMailto('Morgan Reyes', 5);
    expect(encodeMailtoPart(short).length).toBeLessThanOrEqual(5); // actual: "…" = %E2%80%A6, 9 characters
  });
});

describe('text that is not well-formed UTF-16', () => {
  it.each([
    ['a lone high surrogate (first half of an emoji)', 'Ana \uD83D', 'Ana \uFFFD'],
    ['a lone low surrogate (second half)', 'Ana \uDE00', 'Ana \uFFFD'],
    ['two halves in the wrong order', '\uDE00\uD83D', '\uFFFD\uFFFD'],
    ['a half at the very start', '\uD83Dx', '\uFFFDx'],
  ])('replaces %s with U+FFFD and encodes it without throwing', (_, text, fixed) => {
    expect(() => encodeURIComponent(text)).toThrow(URIError); // what used to break the send button
    expect(wellFormed(text)).toBe(fixed);
    const url = buildMailto({ to: TO, subject: text, body: text });
    expect(new URL(url).searchParams.get('subject')).toBe(fixed);
    expect(url).toContain('%EF%BF%BD');
  });

  it('leaves whole emoji, flags and joined emoji alone', () => {
    const text = 'Grüße 😀 🇩🇪 👩‍👩‍👧 呼叫';
    expect(wellFormed(text)).toBe(text);
    expect(
      new URL(buildMailto({ to: TO, subject: text, body: '' })).searchParams.get('subject'),
    ).toBe(text);
  });
});

describe('bounds and cuts', () => {
  it('bounds text to a number of UTF-16 code units, as maxlength counts, never splitting a character', () => {
    expect(boundLength('abcdef', 4)).toBe('abcd');
    expect(boundLength('abc', 4)).toBe('abc');
    expect(boundLength('ab😀', 3)).toBe('ab'); // the emoji is two code units
    expect(boundLength('a🇩🇪', 4)).toBe('a'); // the flag is four
    expect(boundLength('a👩‍👩‍👧b', 8)).toBe('a'); // the family is eight
    expect(boundLength('a👩‍👩‍👧b', 9)).toBe('a👩‍👩‍👧');
  });

  it('shortens to a number of visible characters and marks the cut', () => {
    expect(shortenTo('Grüße aus Köln', 5)).toBe('Grüße…');
    expect(shortenTo('Köln', 4)).toBe('Köln');
    expect(shortenTo('🇩🇪🇦🇹🇨🇭', 2)).toBe('🇩🇪🇦🇹…');
    expect(shortenTo('abc', 0)).toBe('…');
    expect(graphemes('e\u0301👩‍👩‍👧')).toEqual(['e\u0301', '👩‍👩‍👧']);
  });

  it('cuts between visible characters, never inside a flag or joined emoji', () => {
    const text = '🇩🇪👩‍👩‍👧'.repeat(100);
    for (const room of [50, 51, 120, 333, 999]) {
      const short = truncateForMailto(text, room);
      expect(encodeMailtoPart(short).length).toBeLessThanOrEqual(room);
      const kept = graphemes(short.slice(0, -1));
      expect(kept.every((g) => g === '🇩🇪' || g === '👩‍👩‍👧')).toBe(true);
    }
  });

  it('fits any message into a link as a last resort, keeping the full text apart', () => {
    const subject = '主题'.repeat(500);
    const body = 'Zeile mit Umlauten äöü\n'.repeat(500);
    const mail = fitMailto({ to: TO, subject, body });
    expect(mail.url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(mail.shortened).toBe(true);
    expect(mail.text).toBe(body);
    const url = new URL(mail.url);
    expect(url.searchParams.get('subject')).toMatch(/^(主题)+主?…$/);
    expect(url.searchParams.get('body')).toMatch(/^Zeile mit Umlauten äöü\r\n.*…$/s);
    // The body gets the room the subject leaves: the link is nearly full.
    expect(mail.url.length).toBeGreaterThan(MAILTO_MAX_LENGTH - 30);
    expect(fitMailto({ to: TO, subject: 'Hi', body: 'Short' })).toEqual({
      url: buildMailto({ to: TO, subject: 'Hi', body: 'Short' }),
      text: 'Short',
      shortened: false,
    });
  });
});
