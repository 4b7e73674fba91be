/**
 * Property tests: for thousands of random enquiries and quiz emails — long, Unicode, emoji, CJK,
 * broken surrogates, every field at its maximum — the link stays within MAILTO_MAX_LENGTH, the
 * copy text holds every field in full, and `shortened` says exactly when the link holds less.
 * Inputs come from a seeded generator, so a failure names a case that can be replayed.
 */
import { describe, expect, it } from 'vitest';
import { dictionaries } from '~/i18n/dictionaries';
import {
  ENQUIRY_LIMITS,
  enquiryEmail,
  enquirySubject,
  fieldValue,
  labelledLine,
  messageText,
  oneLine,
  type EnquiryField,
} from '~/lib/enquiry';
import { buildMailto, MAILTO_MAX_LENGTH, wellFormed } from '~/lib/mailto';
import { cleanName, MAX_NAME_LENGTH, quizEmail } from '~/lib/quiz-message';
import { localeKeys } from '~/site.config';

/** mulberry32: a small seeded generator, so every run tries the same cases. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * (max + 1));
  const pick = <T>(list: readonly T[]): T => list[int(list.length - 1)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof random>;

/** Pieces text is made of: plain, URL-special, white space, accents, CJK, emoji, broken halves. */
const PIECES = [
  ...'abcdefghijklmnopqrstuvwxyz ABCXYZ 0123456789',
  ...'&?#%=+;:,/@$\'"()*!<>[]{}|\\^`~',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\r',
  '\t',
  ...'äöüßÄÖÜéèçñ',
  'e\u0301',
  ...'呼叫中心客户体验排班质量辅导领导力',
  '，',
  '。',
  '😀',
  '🎧',
  '🇩🇪',
  '🇨🇳',
  '👩‍👩‍👧',
  '👍🏽',
  '\uD83D',
  '\uDE00',
  '$&',
  '{event}',
  '{name}',
  '…',
] as const;

/** Random text of about `units` UTF-16 code units, mostly from one script (as people write). */
function text(r: Random, units: number): string {
  const script = r.pick([
    PIECES.slice(0, 60),
    PIECES.filter((p) => /[\u4e00-\u9fff，。]/.test(p)),
    PIECES.filter((p) => /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(p)),
    PIECES,
  ]);
  let out = '';
  while (out.length < units) out += r.pick(script);
  return out;
}

/** Text of exactly `max` code units with no white space, so the email must carry it verbatim. */
function atMax(r: Random, max: number): string {
  let out = text(r, max * 2).replace(/\s|[\uD800-\uDFFF]/g, '');
  while (out.length < max) out += 'x';
  out = out.slice(0, max);
  // Do not end on the first half of a pair: swap it for a plain letter.
  return /[\uD800-\uDBFF]$/.test(out) ? `${out.slice(0, -1)}x` : out;
}

/** Every field of the enquiry form, in its order (all but the free message). */
const FIELD_NAMES = Object.keys(ENQUIRY_LIMITS).filter(
  (name) => name !== 'message',
) as (keyof typeof ENQUIRY_LIMITS)[];

/** The enquiry's words in one locale, as the shortlist page hands them to its script. */
function enquiryWords(locale: (typeof localeKeys)[number]) {
  const t = (key: string) => dictionaries[locale][key] ?? dictionaries.en[key]!;
  return {
    t,
    words: {
      subject: t('enquiry.subject').replace('{{event}}', '{event}'),
      keynotesLabel: t('enquiry.keynotes'),
      messageLabel: t('enquiry.message'),
      line: t('enquiry.line').replace('{{label}}', '{label}').replace('{{value}}', '{value}'),
    },
  };
}

/** Random value for a field: empty, short, at its maximum, or far over it (pasted or scripted). */
function value(r: Random, limit: number, allAtMax: boolean): string {
  if (allAtMax) return atMax(r, limit);
  switch (r.int(4)) {
    case 0:
      return '';
    case 1:
      return text(r, r.int(20));
    case 2:
      return atMax(r, limit);
    case 3:
      return text(r, r.int(limit));
    default:
      return text(r, limit + r.int(3 * limit));
  }
}

const TO = 'bookings@example.com';
const CASES = 600;

describe('every enquiry fits a mail link and loses nothing', () => {
  it(`holds for ${CASES} random enquiries in en, de and zh, a third with every field at its maximum, a quarter brief`, () => {
    let longest = 0;
    let shortenedCount = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const r = random(seed);
      const locale = localeKeys[seed % localeKeys.length]!;
      const { t, words } = enquiryWords(locale);
      const allAtMax = seed % 3 === 0;
      // Most real enquiries: a few words per field, as an organiser types them.
      const brief = !allAtMax && seed % 4 === 1;
      const fields: EnquiryField[] = FIELD_NAMES.map((name) => ({
        name,
        label: t(`enquiry.${name}`),
        value: brief ? text(r, r.int(12)) : value(r, ENQUIRY_LIMITS[name], allAtMax),
        required: r.next() < 0.5,
      }));
      const keynotes = Array.from({ length: 1 + r.int(brief ? 2 : r.next() < 0.1 ? 80 : 8) }, () =>
        text(r, 10 + r.int(brief ? 30 : 90)),
      );
      const message = brief ? text(r, r.int(60)) : value(r, ENQUIRY_LIMITS.message, allAtMax);
      const context = `seed ${seed} (${locale})`;

      const mail = enquiryEmail(TO, words, keynotes, fields, message);

      expect(mail.url.length, context).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
      longest = Math.max(longest, mail.url.length);
      const url = new URL(mail.url);
      expect(url.pathname, context).toBe(TO);
      expect([...url.searchParams.keys()], context).toEqual(['subject', 'body']);

      // The copy text holds every field in full (within its bound), every keynote and the message.
      for (const field of fields) {
        const kept = fieldValue(field);
        expect(kept.length, context).toBeLessThanOrEqual(ENQUIRY_LIMITS[field.name as 'name']);
        expect(mail.text, context).toContain(`\n${labelledLine(words, field.label, kept)}\n`);
        if (allAtMax) expect(kept, context).toBe(field.value);
      }
      for (const title of keynotes)
        expect(mail.text, context).toContain(`\n- ${oneLine(wellFormed(title))}\n`);
      const body = messageText(message);
      expect(body.length, context).toBeLessThanOrEqual(ENQUIRY_LIMITS.message);
      const messageHeading = labelledLine(words, words.messageLabel, '');
      if (body) expect(mail.text, context).toContain(`\n${messageHeading}\n${body}\n`);
      if (allAtMax) expect(body, context).toBe(message.trim());

      // "Shortened" exactly when the whole text would not fit; otherwise the link holds it all.
      const event = fieldValue(fields.find((f) => f.name === 'event')!);
      const whole = buildMailto({ to: TO, subject: enquirySubject(words, event), body: mail.text });
      expect(mail.shortened, context).toBe(whole.length > MAILTO_MAX_LENGTH);
      if (!mail.shortened) expect(mail.url, context).toBe(whole);
      else shortenedCount++;

      // The message gives way first: when the fields fit without it, every field line is whole.
      const withoutMessage = buildMailto({
        to: TO,
        subject: enquirySubject(words, event),
        body: `${mail.text.split(`\n\n${messageHeading}\n`)[0]}\n\n${messageHeading}\n…\n`,
      });
      if (withoutMessage.length <= MAILTO_MAX_LENGTH) {
        const sent = url.searchParams.get('body')!;
        for (const field of fields)
          expect(sent, context).toContain(
            `\r\n${labelledLine(words, field.label, fieldValue(field))}\r\n`,
          );
      }
    }
    expect(shortenedCount).toBeGreaterThan(CASES / 3);
    expect(shortenedCount).toBeLessThan(CASES);
    expect(longest).toBeGreaterThan(MAILTO_MAX_LENGTH - 50);
  });

  it('writes Chinese lines with a full-width colon, English and German with ": "', () => {
    const line = (locale: (typeof localeKeys)[number]) =>
      labelledLine(enquiryWords(locale).words, 'L', 'v');
    expect(line('zh')).toBe('L：v');
    expect(line('en')).toBe('L: v');
    expect(line('de')).toBe('L: v');
  });
});

describe('an enquiry with every field at its maximum', () => {
  for (const locale of localeKeys) {
    it(`fits a mail link in ${locale}, with every field's line in the copy text`, () => {
      const { t, words } = enquiryWords(locale);
      const r = random(locale.charCodeAt(0) * 31 + locale.charCodeAt(1));
      const fields: EnquiryField[] = FIELD_NAMES.map((name) => ({
        name,
        label: t(`enquiry.${name}`),
        value: atMax(r, ENQUIRY_LIMITS[name]),
      }));
      const keynotes = ['Early warning system', 'Coaching that sticks', 'Workforce planning'];
      const mail = enquiryEmail(TO, words, keynotes, fields, atMax(r, ENQUIRY_LIMITS.message));
      expect(mail.url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
      expect(mail.url.length).toBeGreaterThan(MAILTO_MAX_LENGTH - 50);
      expect(mail.shortened).toBe(true);
      for (const field of fields) {
        expect(mail.text).toContain(`\n${labelledLine(words, field.label, field.value)}\n`);
        // The link keeps every field's line, cut to a common length where it must be.
        expect(new URL(mail.url).searchParams.get('body')).toContain(
          `\r\n${labelledLine(words, field.label, '')}`,
        );
      }
      console.info(
        `enquiry, every field at its maximum (${locale}): ${mail.url.length} characters`,
      );
    });
  }
});

describe('every quiz email fits a mail link and loses nothing', () => {
  it(`holds for ${CASES} random quiz emails in en, de and zh, a third with the name at its maximum`, () => {
    let shortenedCount = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const r = random(seed * 7919);
      const locale = localeKeys[seed % localeKeys.length]!;
      const t = (key: string) => dictionaries[locale][key] ?? dictionaries.en[key]!;
      const title = text(r, 10 + r.int(r.next() < 0.2 ? 400 : 80)).replace(/\s+/g, ' ');
      const words = {
        subject: t('quiz.subject').replace('{{title}}', title),
        heading: t('quiz.bodyHeading').replace('{{title}}', title).replace('{{id}}', 'some-quiz'),
        nameLine: t('quiz.bodyName').replace('{{name}}', '{name}'),
      };
      const questions = 1 + r.int(r.next() < 0.1 ? 400 : 30);
      const answers = Array.from({ length: questions }, () =>
        r.next() < 0.1 ? undefined : r.next() < 0.05 ? text(r, 5) : r.pick([...'abcdefgh']),
      );
      const allAtMax = seed % 3 === 0;
      const name = allAtMax ? atMax(r, MAX_NAME_LENGTH) : value(r, MAX_NAME_LENGTH, false);
      const context = `seed ${seed} (${locale})`;

      const mail = quizEmail('quiz@example.com', words, answers, name);

      expect(mail.url.length, context).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
      expect([...new URL(mail.url).searchParams.keys()], context).toEqual(['subject', 'body']);
      const clean = cleanName(name);
      if (allAtMax) expect(clean, context).toBe(name);
      if (clean)
        expect(mail.text, context).toContain(
          `\n${words.nameLine.replace('{name}', () => clean)}\n`,
        );
      const lines = mail.text.split('\n').filter((l) => /^\d+\. /.test(l));
      expect(lines, context).toHaveLength(questions);
      for (const [i, line] of lines.entries())
        expect(line, context).toMatch(new RegExp(`^${i + 1}\\. [a-z?-]$`));

      const whole = buildMailto({
        to: 'quiz@example.com',
        subject: words.subject,
        body: mail.text,
      });
      expect(mail.shortened, context).toBe(whole.length > MAILTO_MAX_LENGTH);
      if (!mail.shortened) expect(mail.url, context).toBe(whole);
      else shortenedCount++;
    }
    expect(shortenedCount).toBeGreaterThan(CASES / 20);
    expect(shortenedCount).toBeLessThan(CASES);
  });
});
