import { describe, expect, it } from 'vitest';
import {
  budgetRanges,
  checkEnquiry,
  ENQUIRY_LIMITS,
  enquiryBody,
  enquiryEmail,
  quoteWithin,
  type EnquiryField,
} from '~/lib/enquiry';
import { useTranslations } from '~/lib/i18n';
import { buildMailto, MAILTO_MAX_LENGTH } from '~/lib/mailto';

const TO = 'bookings@example.com';
const fields: EnquiryField[] = [
  { name: 'name', label: 'Your name', value: 'Dana', required: true },
  {
    name: 'event',
    label: 'Event name',
    value: 'Summit&cc=evil@example.org\r\nBcc: evil@example.org',
    required: true,
  },
  { name: 'date', label: 'Event date', value: '2031-05-20', required: true },
];
const text = {
  subject: 'Keynote enquiry: {event}',
  keynotesLabel: 'Keynotes',
  messageLabel: 'Message',
  line: '{label}: {value}',
};
const bodyOf = (url: string) => new URL(url).searchParams.get('body')!;
const withValue = (name: string, value: string) =>
  fields.map((f) => (f.name === name ? { ...f, value } : f));

describe('the enquiry email', () => {
  it('puts every field on its own labelled line, with the keynotes first', () => {
    expect(enquiryBody(text, ['Talk one', 'Talk two'], fields, 'Hello\nthere')).toBe(
      'Keynotes:\n- Talk one\n- Talk two\n\nYour name: Dana\nEvent name: Summit&cc=evil@example.org Bcc: evil@example.org\nEvent date: 2031-05-20\n\nMessage:\nHello\nthere\n',
    );
  });

  it('cannot gain recipients or headers from any field', () => {
    const mail = enquiryEmail(TO, text, ['Talk'], fields, 'x&bcc=a@b.c');
    const url = new URL(mail.url);
    expect(url.pathname).toBe(TO);
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(url.searchParams.get('subject')).toBe(
      'Keynote enquiry: Summit&cc=evil@example.org Bcc: evil@example.org',
    );
    expect(url.searchParams.get('body')).toContain(
      'Event name: Summit&cc=evil@example.org Bcc: evil@example.org',
    );
    expect(mail.shortened).toBe(false);
  });

  it('keeps "$&" and "$1" in an event name literal in the subject', () => {
    const mail = enquiryEmail(TO, text, ['Talk'], withValue('event', 'Cost $& value $1 $$'), '');
    expect(new URL(mail.url).searchParams.get('subject')).toBe(
      'Keynote enquiry: Cost $& value $1 $$',
    );
  });

  it('sends a short enquiry whole, the link body equal to the copy text', () => {
    const mail = enquiryEmail(TO, text, ['Talk'], fields, 'Two slots possible.');
    expect(mail.shortened).toBe(false);
    expect(bodyOf(mail.url)).toBe(mail.text.replace(/\n/g, '\r\n'));
  });

  it('shortens only the free message when that is enough, says so, and keeps the whole message for copying', () => {
    const message = 'Morning preferred. '.repeat(200).trim(); // 3,799 characters
    const mail = enquiryEmail(TO, text, ['Talk'], fields, message);
    expect(mail.url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(mail.shortened).toBe(true);
    const body = bodyOf(mail.url);
    for (const line of ['Your name: Dana', 'Event date: 2031-05-20', '- Talk'])
      expect(body).toContain(line);
    expect(body).toMatch(/Message:\r\nMorning preferred\. .*…\r\n$/);
    expect(mail.text).toContain(`Message:\n${message}\n`);
    // Not cut more than needed: the link is nearly full.
    expect(mail.url.length).toBeGreaterThan(MAILTO_MAX_LENGTH - 60);
  });

  it('turns the 2,820-character event name that once made a 7,110-character link into a link that fits', () => {
    const event = 'Annual Customer Experience & Contact Centre Leadership Summit '
      .repeat(46)
      .slice(0, 2_820);
    const unbounded = buildMailto({
      to: TO,
      subject: `Keynote enquiry: ${event}`,
      body: enquiryBody(text, ['Talk'], [], '') + `Event name: ${event}\nSee you there.`,
    });
    expect(unbounded.length).toBeGreaterThan(7_000);
    const mail = enquiryEmail(TO, text, ['Talk'], withValue('event', event), 'See you there.');
    expect(mail.url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    // Bounded to the field's maxlength, and all of what the field could hold is in the copy text.
    const bounded = event.slice(0, ENQUIRY_LIMITS.event).trim();
    expect(mail.text).toContain(`Event name: ${bounded}\n`);
    expect(mail.text).not.toContain(event.slice(0, ENQUIRY_LIMITS.event + 1));
  });

  it('cuts every field to one common length when the fields alone are too long', () => {
    const long = '呼叫中心客户体验'.repeat(50); // 400 Chinese characters, 3,600 once encoded
    const many = fields.map((f) => (f.name === 'date' ? f : { ...f, value: long }));
    const mail = enquiryEmail(TO, text, ['Talk'], many, '留言'.repeat(100));
    expect(mail.url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(mail.shortened).toBe(true);
    const body = bodyOf(mail.url);
    const name = /Your name: (.*)\r\n/.exec(body)![1]!;
    const event = /Event name: (.*)\r\n/.exec(body)![1]!;
    expect(name).toMatch(/^呼叫中心.*…$/);
    expect(event).toBe(name);
    expect(body).toContain('Event date: 2031-05-20');
    expect(body).toMatch(/Message:\r\n(留言)*留?…\r\n$/);
    expect(mail.text).toContain(`Your name: ${long.slice(0, ENQUIRY_LIMITS.name)}\n`);
    expect(mail.text).toContain(`Message:\n${'留言'.repeat(100)}\n`);
  });

  it('still fits with more keynotes than a link can name, cutting the body as a whole', () => {
    const titles = Array.from({ length: 300 }, (_, i) => `Keynote number ${i + 1}`);
    const mail = enquiryEmail(TO, text, titles, fields, 'Hello');
    expect(mail.url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(mail.shortened).toBe(true);
    expect(bodyOf(mail.url)).toMatch(/^Keynotes:\r\n- Keynote number 1\r\n.*…$/s);
    for (const title of titles) expect(mail.text).toContain(`- ${title}\n`);
  });

  it('turns half an emoji (a lone surrogate) into "�" instead of failing', () => {
    const mail = enquiryEmail(TO, text, ['Talk'], withValue('name', 'Dana \uD83D'), 'Hi \uDE00');
    expect(mail.url).toContain('Dana%20%EF%BF%BD');
    expect(bodyOf(mail.url)).toContain('Your name: Dana \uFFFD');
    expect(mail.text).toContain('Your name: Dana \uFFFD\n');
    expect(mail.text).toContain('Message:\nHi \uFFFD\n');
  });

  it('bounds every field and the message to its limit, for pasted or scripted input', () => {
    const all = Object.keys(ENQUIRY_LIMITS).filter((name) => name !== 'message');
    const over = all.map((name) => ({ name, label: name, value: 'x'.repeat(10_000) }));
    const body = enquiryBody(text, [], over, 'y'.repeat(10_000));
    for (const name of all)
      expect(body).toContain(
        `\n${name}: ${'x'.repeat(ENQUIRY_LIMITS[name as keyof typeof ENQUIRY_LIMITS])}\n`,
      );
    expect(body).toContain(`Message:\n${'y'.repeat(ENQUIRY_LIMITS.message)}\n`);
    const longest = Math.max(...all.map((name) => ENQUIRY_LIMITS[name as 'name']));
    expect(body).not.toContain('x'.repeat(longest + 1));
    // A cut never leaves half an emoji behind.
    const emoji = enquiryBody(
      text,
      [],
      [{ name: 'city', label: 'City', value: '😀'.repeat(60) }],
      '',
    );
    expect(emoji).toContain(`City: ${'😀'.repeat(ENQUIRY_LIMITS.city / 2)}\n`);
  });

  it('flags empty required fields and an event date in the past', () => {
    const problems = checkEnquiry(
      [
        { name: 'name', label: 'Your name', value: ' ', required: true },
        { name: 'date', label: 'Event date', value: '2026-11-21', required: true },
        { name: 'city', label: 'City', value: '', required: false },
      ],
      '2026-11-22',
    );
    expect(problems).toEqual([
      { name: 'name', problem: 'required' },
      { name: 'date', problem: 'past' },
    ]);
    expect(
      checkEnquiry(
        [{ name: 'date', label: 'Event date', value: '2026-11-22', required: true }],
        '2026-11-22',
      ),
    ).toEqual([]);
  });

  it('lets a flexible date stay empty, and still asks for a date that is not flexible', () => {
    const date = [{ name: 'date', label: 'Event date', value: '', required: true }];
    expect(checkEnquiry(date, '2026-11-22', true)).toEqual([]);
    expect(checkEnquiry(date, '2026-11-22', false)).toEqual([
      { name: 'date', problem: 'required' },
    ]);
    // A flexible date that is given must still lie ahead.
    expect(checkEnquiry([{ ...date[0]!, value: '2026-01-01' }], '2026-11-22', true)).toEqual([
      { name: 'date', problem: 'past' },
    ]);
  });

  it('writes the planner questions as labelled lines, in Chinese with a full-width colon', () => {
    const zh = {
      subject: '演讲咨询：{event}',
      keynotesLabel: '演讲主题',
      messageLabel: '留言',
      line: '{label}：{value}',
    };
    const body = enquiryBody(
      zh,
      ['预警系统'],
      [
        { name: 'date', label: '活动日期', value: '' },
        { name: 'dateFlexible', label: '日期可以调整', value: '是' },
        { name: 'slot', label: '演讲时长', value: '45 分钟' },
        { name: 'qa', label: '问答环节', value: '另加 15 分钟' },
        { name: 'budget', label: '演讲费预算', value: '不便透露' },
        { name: 'travel', label: '是否承担差旅和住宿', value: '待商议' },
      ],
      '你好',
    );
    expect(body).toBe(
      '演讲主题：\n- 预警系统\n\n活动日期：\n日期可以调整：是\n演讲时长：45 分钟\n问答环节：另加 15 分钟\n演讲费预算：不便透露\n是否承担差旅和住宿：待商议\n\n留言：\n你好\n',
    );
  });

  it('offers a budget below the first step, between each pair and above the last', () => {
    expect(budgetRanges([5000, 2500, 10000])).toEqual([
      { max: 2500 },
      { min: 2500, max: 5000 },
      { min: 5000, max: 10000 },
      { min: 10000 },
    ]);
    expect(budgetRanges([])).toEqual([]);
  });
});

describe('the enquiry in the reader’s language', () => {
  const inLocale = (locale: 'en' | 'de' | 'zh') => {
    const t = useTranslations(locale);
    const localText = {
      subject: t('enquiry.subject', { event: '{event}' }),
      keynotesLabel: t('enquiry.keynotes'),
      messageLabel: t('enquiry.message'),
      line: t('enquiry.line', { label: '{label}', value: '{value}' }),
    };
    const localFields: EnquiryField[] = [
      { name: 'name', label: t('enquiry.name'), value: 'Li Wei' },
      { name: 'city', label: t('enquiry.city'), value: '上海' },
    ];
    return enquiryBody(localText, ['呼叫中心：企业的早期预警系统'], localFields, '你好');
  };

  it('joins Chinese labels and values with a full-width colon, never “: ”', () => {
    const body = inLocale('zh');
    expect(body).not.toMatch(/\p{Script=Han}[:]/u);
    expect(body).toContain('您的姓名：Li Wei');
    expect(body.startsWith('演讲主题：\n')).toBe(true);
  });

  it('keeps “Label: value” in English and German', () => {
    expect(inLocale('en')).toContain('Your name: Li Wei');
    expect(inLocale('de')).toContain('Ihr Name: Li Wei');
  });

  it('turns quotation marks inside a quoted field name into the inner kind', () => {
    const required = (locale: 'en' | 'de' | 'zh', label: string) =>
      quoteWithin(
        useTranslations(locale)('enquiry.errorRequired', { field: '{field}' }),
        '{field}',
        label,
      );
    expect(required('en', 'City, or “online”')).toBe('Please fill in “City, or ‘online’”.');
    expect(required('de', 'Stadt oder „online“')).toBe(
      'Bitte füllen Sie „Stadt oder ‚online‘“ aus.',
    );
    expect(required('zh', '城市或“线上”')).toBe('请填写“城市或‘线上’”。');
    // The form's own labels never nest quotation marks of one kind.
    for (const locale of ['en', 'de', 'zh'] as const) {
      const message = required(locale, useTranslations(locale)('enquiry.city'));
      expect(message.match(/[“”„]/gu), message).toHaveLength(2);
    }
  });
});
