import { describe, expect, it } from 'vitest';
import { MAILTO_MAX_LENGTH } from '~/lib/mailto';
import {
  answerLines,
  MAX_NAME_LENGTH,
  quizEmail,
  quizMessageBody,
  type QuizMessageText,
} from '~/lib/quiz-message';

const quizMailto = (...args: Parameters<typeof quizEmail>) => quizEmail(...args).url;
const bodyOf = (url: string) => new URL(url).searchParams.get('body')!;

const text: QuizMessageText = {
  subject: 'Quiz answers: Metrics',
  heading: 'Quiz: Metrics (contact-center-metrics)',
  nameLine: 'Name: {name}',
};

describe('the quiz email', () => {
  it('lists one "N. x" line per question in order, unanswered as "N. -"', () => {
    expect(answerLines(['a', undefined, 'c'])).toEqual(['1. a', '2. -', '3. c']);
    expect(quizMessageBody(text, ['b', 'd'])).toBe(
      'Quiz: Metrics (contact-center-metrics)\n\n1. b\n2. d\n',
    );
  });

  it('adds the name line only when a name was given', () => {
    expect(quizMessageBody(text, ['a'], '  Anna Berg ')).toBe(
      'Quiz: Metrics (contact-center-metrics)\nName: Anna Berg\n\n1. a\n',
    );
  });

  it('builds the exact mailto URL', () => {
    expect(quizMailto('quiz@example.com', text, ['a', 'b'])).toBe(
      'mailto:quiz@example.com?subject=Quiz%20answers%3A%20Metrics&body=Quiz%3A%20Metrics%20%28contact-center-metrics%29%0D%0A%0D%0A1.%20a%0D%0A2.%20b%0D%0A',
    );
  });

  it.each([
    ['x&cc=evil@example.org'],
    ['x?bcc=evil@example.org'],
    ['x\r\nBcc: evil@example.org'],
    ['x%0D%0ABcc:%20evil@example.org'],
    ['x#&to=evil@example.org'],
  ])('keeps the name %j as literal text: no recipient or header can be added', (name) => {
    const url = new URL(quizMailto('quiz@example.com', text, ['a'], name));
    expect(url.pathname).toBe('quiz@example.com');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    const body = url.searchParams.get('body')!;
    expect(body).toContain(`Name: ${name.replace(/\s+/g, ' ')}`);
    expect(body.split('\r\n').filter((line) => /^\d+\. /.test(line))).toEqual(['1. a']);
  });

  it('cannot be made to forge an answer line through the name', () => {
    const body = new URL(
      quizMailto('quiz@example.com', text, ['a', 'b'], 'Anna\n1. d\n2. d'),
    ).searchParams.get('body')!;
    expect(body.split('\r\n').filter((line) => /^\d+\. /.test(line))).toEqual(['1. a', '2. b']);
  });

  it('bounds the name to the field length, for pasted or scripted input, without splitting an emoji', () => {
    expect(quizMessageBody(text, ['a'], 'A'.repeat(5000))).toContain(
      `Name: ${'A'.repeat(MAX_NAME_LENGTH)}\n`,
    );
    expect(quizMessageBody(text, ['a'], `A${'😀'.repeat(100)}`)).toContain(
      `Name: A${'😀'.repeat((MAX_NAME_LENGTH - 2) / 2)}\n`,
    );
  });

  it('sends a name at its full length whole when it fits, and says nothing was shortened', () => {
    const name = 'Jürgen '.repeat(40);
    const mail = quizEmail('quiz@example.com', text, ['a', 'b'], name);
    expect(mail.shortened).toBe(false);
    expect(bodyOf(mail.url)).toBe(mail.text.replace(/\n/g, '\r\n'));
    expect(mail.text).toContain(`Name: ${name.slice(0, MAX_NAME_LENGTH).trim()}\n`);
  });

  it('shortens the name, never an answer, when a long title leaves too little room', () => {
    const title = '呼叫中心质量与辅导'.repeat(9); // 81 Chinese characters, in subject and heading
    const long = {
      subject: `测验答案：${title}`,
      heading: `测验：${title}`,
      nameLine: '姓名：{name}',
    };
    const answers = Array.from({ length: 10 }, (_, i) => 'abcd'[i % 4]);
    const name = '王'.repeat(MAX_NAME_LENGTH);
    const mail = quizEmail('quiz@example.com', long, answers, name);
    expect(mail.url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(mail.shortened).toBe(true);
    const body = bodyOf(mail.url);
    expect(body.split('\r\n').filter((l) => /^\d+\. /.test(l))).toEqual(
      answers.map((a, i) => `${i + 1}. ${a}`),
    );
    expect(body).toMatch(/姓名：王+…\r\n/);
    expect(mail.text).toContain(`姓名：${name}\n`);
  });

  it('cuts the body as a whole for a quiz with more questions than a link can carry, and says so', () => {
    const answers = Array.from({ length: 400 }, () => 'a');
    const mail = quizEmail('quiz@example.com', text, answers, 'Ana');
    expect(mail.url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(mail.shortened).toBe(true);
    expect(bodyOf(mail.url)).toMatch(/^Quiz: Metrics .*\r\nName: Ana\r\n\r\n1\. a\r\n.*…$/s);
    expect(mail.text).toContain('\n400. a\n');
  });

  it('turns half an emoji (a lone surrogate) in the name into "�" instead of failing', () => {
    for (const name of ['Ana \uD83D', 'Ana \uDE00', 'Ana \uDE00\uD83D']) {
      const mail = quizEmail('quiz@example.com', text, ['a'], name);
      expect(bodyOf(mail.url)).toMatch(/^Quiz: .*\r\nName: Ana \uFFFD+\r\n/);
      expect(mail.text).toMatch(/\nName: Ana \uFFFD+\n/);
    }
  });

  it('keeps "$&" in a name literal', () => {
    expect(quizMessageBody(text, ['a'], 'A $& B $1')).toContain('Name: A $& B $1\n');
  });

  it('writes anything but an option letter as "?", so an answer line stays one letter', () => {
    expect(answerLines(['a', 'abc', '&cc=x', 'Z', 'z'])).toEqual([
      '1. a',
      '2. ?',
      '3. ?',
      '4. ?',
      '5. z',
    ]);
  });

  it('keeps German and Chinese text intact', () => {
    const body = new URL(
      quizMailto(
        'quiz@example.com',
        { ...text, heading: 'Quiz: Kennzahlen für Führungskräfte 呼叫中心' },
        ['a'],
        'Zoë 王',
      ),
    ).searchParams.get('body')!;
    expect(body).toBe(
      'Quiz: Kennzahlen für Führungskräfte 呼叫中心\r\nName: Zoë 王\r\n\r\n1. a\r\n',
    );
  });
});
