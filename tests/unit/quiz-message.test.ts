import { describe, expect, it } from 'vitest';
import { MAILTO_MAX_LENGTH } from '~/lib/mailto';
import { answerLines, quizMailto, quizMessageBody, type QuizMessageText } from '~/lib/quiz-message';

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

  it('shortens a very long name so the link stays within what mail programs accept, keeping every answer', () => {
    const answers = Array.from({ length: 10 }, (_, i) => 'abcd'[i % 4]);
    for (const name of ['A'.repeat(5000), '呼叫中心'.repeat(800), 'Jürgen '.repeat(600)]) {
      const url = quizMailto('quiz@example.com', text, answers, name);
      expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
      const body = new URL(url).searchParams.get('body')!;
      expect(body).toContain('10. b');
      expect(body).toMatch(/Name: .+…/);
    }
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
