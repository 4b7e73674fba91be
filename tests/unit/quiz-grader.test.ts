import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '~/lib/i18n';
import {
  detectReplyLocale,
  grade,
  parseReply,
  replyDraft,
  type GradingQuiz,
} from '~/lib/quiz-grader';
import { projectRoot } from '../support/paths';
import { runTsx } from '../support/run';

const quiz: GradingQuiz = {
  name: 'contact-center-metrics',
  title: 'Metrics',
  options: Array.from({ length: 10 }, () => ['a', 'b', 'c', 'd']),
};
const key = { 1: 'c', 2: 'a', 3: 'd', 4: 'b', 5: 'b', 6: 'd', 7: 'a', 8: 'c', 9: 'd', 10: 'b' };
const answers = (text: string) => Object.fromEntries(parseReply(text, quiz).answers);

describe('reading quiz replies', () => {
  it.each([
    ['1. a', 'a'],
    ['1) A', 'a'],
    ['1 - b', 'b'],
    ['1: c', 'c'],
    ['Q1 d', 'd'],
    ['Q1: d', 'd'],
    ['1.a', 'a'],
    ['1、a', 'a'],
    ['１．ａ', 'a'],
    ['１、Ｂ', 'b'],
    ['Frage 1: c', 'c'],
    ['第1题 a', 'a'],
    ['  • 1. b', 'b'],
  ])('reads %j as question 1 = %s', (line, letter) => {
    expect(answers(line)).toEqual({ 1: letter });
  });

  it('reads several answers on one line', () => {
    expect(answers('1a 2d 3c')).toEqual({ 1: 'a', 2: 'd', 3: 'c' });
    expect(answers('1. a, 2. b, 3. c')).toEqual({ 1: 'a', 2: 'b', 3: 'c' });
    expect(answers('1a; 2b')).toEqual({ 1: 'a', 2: 'b' });
  });

  it('ignores greetings, signatures, phone numbers, dates and quoted earlier messages', () => {
    const mail = [
      'Hi Morgan,',
      '',
      'here you go (12.3.2025):',
      '1. c',
      '2. a',
      '',
      'Best, Anna',
      'Tel. +49 30 1234 5678',
      '',
      'On Monday you wrote:',
      '> 1. a',
      '> > 2. b',
      '> Email your letters like 3. c',
    ].join('\n');
    expect(answers(mail)).toEqual({ 1: 'c', 2: 'a' });
    expect(parseReply(mail, quiz).unreadable).toEqual([]);
  });

  it('ignores the line naming the quiz and picks up the name line', () => {
    const reply = parseReply(
      'Quiz: Metrics (contact-center-metrics)\nName: Anna Berg\n\n1. b',
      quiz,
    );
    expect(Object.fromEntries(reply.answers)).toEqual({ 1: 'b' });
    expect(reply.name).toBe('Anna Berg');
  });

  it('never guesses: conflicts, letters outside the options, two letters and unknown questions are unreadable', () => {
    const reply = parseReply('1. a\n1. b\n4. e\n5. a b\n6. a/b\n11. c\n2. c', quiz);
    expect(Object.fromEntries(reply.answers)).toEqual({ 2: 'c' });
    const reasons = reply.unreadable.map((u) => `${u.question ?? '-'} ${u.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        '1 answered twice (a and b)',
        '4 "e" is not one of its options (a, b, c, d)',
        '5 more than one letter',
        '6 more than one letter',
        '- there is no question 11 (the quiz has 10)',
      ]),
    );
  });

  it('treats "N. -" and "N. ?" as deliberately unanswered', () => {
    const reply = parseReply('9. -\n10. ?', quiz);
    expect([...reply.blank]).toEqual([9, 10]);
    expect(reply.answers.size).toBe(0);
  });

  it('reads a full German email', () => {
    const mail =
      'Hallo Morgan,\n\nanbei meine Antworten zum Quiz:\n\n1) C\n2) A\n3) D\n4) B\n5) B\n6) D\n7) A\n8) C\n9) D\n10) A\n\nViele Grüße\nJürgen Weiß';
    expect(grade(quiz, key, parseReply(mail, quiz)).score).toBe(9);
    expect(detectReplyLocale(mail, ['en', 'de'])).toBe('de');
  });

  it('reads a full Chinese email', () => {
    const mail =
      '您好！\n以下是我的答案：\n1、c\n2、a\n3、d\n4、b\n5、b\n6、d\n7、a\n8、c\n9、d\n10、b\n谢谢！\n王芳';
    expect(grade(quiz, key, parseReply(mail, quiz)).score).toBe(10);
    expect(detectReplyLocale(mail, ['en', 'de', 'zh'])).toBe('zh');
    expect(detectReplyLocale(mail, ['en', 'de'])).toBe('en');
  });
});

describe('grading and the reply draft', () => {
  const reply = parseReply('1. c\n2. a\n3. d\n4. a\n5. b\n6. d\n7. a\n8. c\n9. e\n10. -', quiz);
  const graded = grade(quiz, key, reply);

  it('scores right answers only and gives the correct letter for the rest', () => {
    expect(graded.score).toBe(7);
    expect(graded.results.find((r) => r.question === 4)).toMatchObject({
      status: 'wrong',
      given: 'a',
      correct: 'b',
    });
    expect(graded.results.find((r) => r.question === 9)).toMatchObject({
      status: 'unreadable',
      correct: 'd',
    });
    expect(graded.results.find((r) => r.question === 10)).toMatchObject({
      status: 'unanswered',
      correct: 'b',
    });
  });

  it.each([
    ['en', 'Your score: 7/10.', '4. a: not quite, the answer is b'],
    ['de', 'Ihr Ergebnis: 7/10.', '4. a: leider nicht, richtig ist b'],
    ['zh', '您的得分：7/10。', '4. a：不对，正确答案是 b'],
  ] as const)('writes a ready-to-send reply in %s', (locale, score, wrong) => {
    const draft = replyDraft(useTranslations(locale), quiz, graded, 'Morgan Reyes', 'Anna');
    expect(draft).toContain(score);
    expect(draft).toContain(wrong);
    expect(draft).toContain('Morgan Reyes');
    expect(draft).toContain('Anna');
  });
});

describe.concurrent('npm run grade', () => {
  const run = (args: string[], input: string) =>
    runTsx('scripts/grade-quiz.ts', args, {
      input,
      env: { CONTENT_DIR: path.join(projectRoot, 'tests/fixtures/valid') },
    });

  it('prints the score for a reply on standard input', async () => {
    const result = await run(['queue-quiz'], 'Hi,\n1. a\n2. c\n3. a\nThanks');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('score: 2/3');
    expect(result.stdout).toContain('wrong (correct: b)');
    expect(result.stdout).toContain('--- reply draft (en) ---');
  });

  it('answers in German for a German reply', async () => {
    const result = await run(['queue-quiz'], 'Hallo,\n1. a\n2. b\n3. a\nViele Grüße');
    expect(result.stdout).toContain('score: 3/3');
    expect(result.stdout).toContain('Ihr Ergebnis: 3/3.');
  });

  it('names the known quizzes when the quiz does not exist, without a stack trace', async () => {
    const result = await run(['no-such-quiz'], '1. a');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('No quiz named "no-such-quiz". Known quizzes: queue-quiz');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints the report and exits 1 when an answer cannot be read, so it is checked by hand', async () => {
    const result = await run(['queue-quiz'], '1. a\n2. b c\n3. a');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('score: 2/3');
    expect(result.stdout).toMatch(/^ {2}2\. \? +unreadable, more than one letter: "2\. b c"/m);
    expect(result.stdout).toContain('--- reply draft (en) ---');
  });

  it('grades against the version in --locale even when the reply reads as another language', async () => {
    const result = await run(['queue-quiz', '--locale', 'de'], '1. a\n2. b\n3. a\nThanks');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--- reply draft (de) ---');
    expect((await run(['queue-quiz', '--locale', 'fr'], '1. a')).status).toBe(2);
  });

  it('says so when the email is empty', async () => {
    const result = await run(['queue-quiz'], '  \n');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The email is empty');
  });
});
