import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/content-check';
import { useTranslations } from '~/lib/i18n';
import {
  detectReplyLocale,
  grade,
  gradeReply,
  parseReply,
  replyDraft,
  type GradingQuiz,
} from '~/lib/quiz-grader';
import { ownText } from '~/lib/reply-text';
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

describe('answers written in words', () => {
  it.each([
    ['answer one is b', { 1: 'b' }],
    ['the answer to question 3 is c', { 3: 'c' }],
    ["for number two I'd say d", { 2: 'd' }],
    ['For number two I’d say D.', { 2: 'd' }],
    ['Antwort eins ist b', { 1: 'b' }],
    ['Frage 3: Antwort c', { 3: 'c' }],
    ['bei Frage zwei b', { 2: 'b' }],
    ['第一题选B', { 1: 'b' }],
    ['第三题：C', { 3: 'c' }],
    ['一、B', { 1: 'b' }],
    ['问题二 答案是 d', { 2: 'd' }],
    ['第十题选A', { 10: 'a' }],
    ['第一题选B，第二题选C', { 1: 'b', 2: 'c' }],
    ['three) d', { 3: 'd' }],
  ])('reads %j', (line, expected) => {
    const reply = parseReply(line, quiz);
    expect(Object.fromEntries(reply.answers)).toEqual(expected);
    expect(reply.unreadable).toEqual([]);
  });

  it.each([
    ['answer one is b or c', 1, 'more than one letter'],
    ['I think one is b, maybe c', 1, 'more than one letter'],
    ['Antwort eins ist b oder c', 1, 'more than one letter'],
    ['第一题选B或C', 1, 'more than one letter'],
    ['answer two is b?', 2, 'not exactly one option letter'],
    ['Question two was a tough one', 2, 'not exactly one option letter'],
  ])('lists %j as unreadable instead of guessing', (line, question, reason) => {
    const reply = parseReply(line, quiz);
    expect(reply.answers.size).toBe(0);
    expect(reply.unreadable).toEqual([{ question, text: line, reason }]);
  });

  it('finds no answer in prose that has a number word but names no question', () => {
    for (const line of [
      'I am a teacher',
      'One more thing: a b',
      'I got one wrong, I think',
      '我看了一下，答案是B',
    ])
      expect(parseReply(line, quiz)).toMatchObject({ answers: new Map(), unreadable: [] });
  });

  it('does not read "第十一题" as question ten', () => {
    expect(parseReply('第十一题选A', quiz).answers.size).toBe(0);
  });

  it('drops a remark about a question in words when the question is answered', () => {
    const reply = parseReply('1. c\n2. b\nQuestion two was a tough one', quiz);
    expect(Object.fromEntries(reply.answers)).toEqual({ 1: 'c', 2: 'b' });
    expect(reply.unreadable).toEqual([]);
  });

  it('still treats an unclear answer in words as a conflict, not a remark', () => {
    const reply = parseReply('2. b\nanswer two is b or c', quiz);
    expect(grade(quiz, key, reply).results[1]).toMatchObject({ status: 'unreadable' });
    expect(reply.unreadable).toEqual([
      { question: 2, text: 'answer two is b or c', reason: 'more than one letter' },
    ]);
  });

  it('grades a whole reply written in words (en, de, zh)', () => {
    const en = [
      'Hi,',
      'answer one is c',
      'the answer to question 2 is a',
      "for number three I'd say d",
    ];
    const de = ['Hallo,', 'Antwort eins ist c', 'Frage 2: Antwort a', 'bei Frage drei d'];
    const zh = ['您好！', '第一题选C', '第二题：A', '三、D'];
    for (const mail of [en, de, zh])
      expect(grade(quiz, key, parseReply(mail.join('\n'), quiz)).score).toBe(3);
  });
});

/** The sample quizzes as published: contact-center-metrics (en, de) and quality-and-coaching (en, zh), 10 questions a–d each. */
const content = checkContent(path.join(projectRoot, 'content'));
const metrics = 'contact-center-metrics'; // key: c a d b b d a c d b
const coaching = 'quality-and-coaching'; // key: b d c a c b d a d b
const metricsAnswers = [
  '1. c',
  '2. a',
  '3. d',
  '4. b',
  '5. b',
  '6. d',
  '7. a',
  '8. c',
  '9. d',
  '10. a',
];
const coachingAnswers = [
  '1、b',
  '2、d',
  '3、c',
  '4、a',
  '5、c',
  '6、b',
  '7、d',
  '8、a',
  '9、d',
  '10、b',
];
const graded = (name: string, text: string, locale?: 'en' | 'de' | 'zh', declared?: string) => {
  const outcome = gradeReply(content, name, text, locale, declared);
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.result;
};

describe('reading what the taker wrote, not what they quoted', () => {
  const quotedQuizEn = [
    'Contact centre metrics: how well do you know them?',
    '1. A contact centre works to a service level of 80/20. What does that mean?',
    'a) 80% of calls are answered and no more than 20% are abandoned.',
    '2. Which of these statements about average handle time (AHT) are true?',
    '3. A team is available for 400 hours in a week',
  ];

  it.each([
    ['-----Original Message-----', ['From: Morgan Reyes', 'Sent: Monday, 3 March 2025 10:00']],
    ['-----Ursprüngliche Nachricht-----', ['Von: Morgan Reyes', 'Gesendet: Montag, 3. März 2025']],
    ['On Mon, 3 Mar 2025 at 10:00, Morgan Reyes <morgan@example.com> wrote:', []],
    ['Am Mo., 3. März 2025 um 10:00 Uhr schrieb Morgan Reyes <morgan@example.com>:', []],
    ['From: Morgan Reyes <morgan@example.com>', ['Sent: Monday, March 3, 2025 10:00 AM']],
    ['Von: Morgan Reyes <morgan@example.com>', ['Gesendet: Montag, 3. März 2025 10:00']],
    ['发件人: Morgan Reyes <morgan@example.com>', ['发送时间: 2025年3月3日 10:00']],
    ['---------- Forwarded message ---------', ['From: Morgan Reyes']],
    ['Begin forwarded message:', ['From: Morgan Reyes']],
  ])('ignores the quiz quoted without ">" below %j', (marker, headers) => {
    const mail = [
      ...metricsAnswers.slice(0, 3),
      '',
      'Sam',
      '',
      marker,
      ...headers,
      '',
      ...quotedQuizEn,
    ];
    const reply = parseReply(mail.join('\n'), quiz);
    expect(Object.fromEntries(reply.answers)).toEqual({ 1: 'c', 2: 'a', 3: 'd' });
    expect(reply.unreadable).toEqual([]);
  });

  it('ignores an "On … wrote:" line wrapped over two lines and everything after it', () => {
    const mail =
      '1. c\n\nOn Mon, 3 Mar 2025 at 10:00, Morgan Reyes\n<morgan@example.com> wrote:\n2. b\n1. A contact centre';
    expect(ownText(mail).text.trim()).toBe('1. c');
    expect(answers(mail)).toEqual({ 1: 'c' });
  });

  it('ignores a signature after "-- ", address lines included', () => {
    const mail = '1. c\n2. a\n\n-- \nSam Taylor\n2 - C Wing\n4) B-Block, Room 12\n';
    const reply = parseReply(mail, quiz);
    expect(Object.fromEntries(reply.answers)).toEqual({ 1: 'c', 2: 'a' });
    expect(reply.unreadable).toEqual([]);
  });

  it('does not count address lines as answers even without a signature separator', () => {
    const reply = parseReply('1. c\n2. a\n\nJürgen Weiß\n2 - C Wing\n4) B-Block, Room 12', quiz);
    expect(Object.fromEntries(reply.answers)).toEqual({ 1: 'c', 2: 'a' });
    expect(reply.unreadable).toEqual([
      { text: '2 - C Wing', reason: 'not an answer (question 2 is answered above)' },
      { question: 4, text: '4) B-Block, Room 12', reason: 'not exactly one option letter' },
    ]);
    expect(grade(quiz, key, reply).results[3]).toMatchObject({ status: 'unreadable' });
  });

  it('grades an Outlook reply in German that quotes the quiz without ">"', () => {
    const mail = [
      'Hallo Morgan,',
      '',
      ...metricsAnswers,
      '',
      'Viele Grüße',
      'Jürgen',
      '',
      '-----Ursprüngliche Nachricht-----',
      'Von: Morgan Reyes',
      'Gesendet: Montag, 3. März 2025 10:00',
      'Betreff: Kennzahlen im Kundenservice: Wie gut kennen Sie sie?',
      '',
      '1. Ein Contact Center arbeitet mit einem Servicelevel von 80/20. Was bedeutet das?',
      '2. Welche dieser Aussagen zur durchschnittlichen Bearbeitungszeit (AHT) sind richtig?',
    ].join('\n');
    const result = graded(metrics, mail);
    expect(result.locale).toBe('de');
    expect(result.graded.score).toBe(9);
    expect(result.reply.unreadable).toEqual([]);
  });

  it('grades a Chinese reply that quotes the quiz below a 发件人 header block', () => {
    const mail = [
      '您好！',
      ...coachingAnswers,
      '王芳',
      '',
      '发件人: Morgan Reyes <morgan@example.com>',
      '发送时间: 2025年3月3日 10:00',
      '主题: 质检与辅导：你的质检项目真的改变了行为吗？',
      '1. 校准会的主要目的是什么？',
      'A. 统一评分标准',
    ].join('\n');
    const result = graded(coaching, mail);
    expect(result.locale).toBe('zh');
    expect(result.graded.score).toBe(10);
    expect(result.reply.unreadable).toEqual([]);
  });
});

describe('a retake that quotes the graded reply', () => {
  const first = parseReply('1. c\n2. b\n3. a\n4. b\n5. b\n6. -\n7. a\n8. c\n9. e\n10. b', quiz);
  it.each(['en', 'de', 'zh'] as const)(
    'reads only the new answers above a %s graded reply quoted without any header',
    (locale) => {
      const old = replyDraft(
        useTranslations(locale),
        quiz,
        grade(quiz, key, first),
        'Morgan Reyes',
        'Sam',
      );
      const retake = `${metricsAnswers.slice(0, 3).join('\n')}\n\nSam\n\n${old}`;
      const reply = parseReply(retake, quiz);
      expect(Object.fromEntries(reply.answers)).toEqual({ 1: 'c', 2: 'a', 3: 'd' });
      expect(reply.unreadable).toEqual([]);
      expect(reply.cutAt).toBe(old.split('\n')[0]);
    },
  );

  it('cuts at the score line when the greeting above it is gone', () => {
    const reply = parseReply('1. c\n\nYour score: 2/10.\n\n1. a: right\n2. b: right', quiz);
    expect(Object.fromEntries(reply.answers)).toEqual({ 1: 'c' });
    expect(reply.cutAt).toBe('Your score: 2/10.');
  });
});

describe('never guessing', () => {
  it.each([
    ['1. a-b', 1, 'more than one letter'],
    ['3. a|b', 3, 'more than one letter'],
    ['2. a (b?)', 2, 'more than one letter'],
    ['5. A guess, honestly', 5, 'not exactly one option letter'],
    ['1. A contact centre works to a service level of 80/20.', 1, 'not exactly one option letter'],
    ['Frage 2: a oder b', 2, 'more than one letter'],
    ['第3题 a（不确定）', 3, 'not exactly one option letter'],
  ])('lists %j as unreadable instead of reading its first letter', (line, question, reason) => {
    const reply = parseReply(line, quiz);
    expect(reply.answers.size).toBe(0);
    expect(reply.unreadable).toEqual([{ question, text: line, reason }]);
    expect(grade(quiz, key, reply).results[question - 1]).toMatchObject({
      status: 'unreadable',
      note: `${reason}: "${line}"`,
    });
  });

  it.each([
    ['en', 'my answers: 1. c, 2. a, 3. d', { 1: 'c', 2: 'a', 3: 'd' }],
    ['de', 'meine Antworten: 1. c, 2. a, 3. d', { 1: 'c', 2: 'a', 3: 'd' }],
    ['zh', '我的答案：1、b 2、d 3、c', { 1: 'b', 2: 'd', 3: 'c' }],
  ])('reads answers on one line after a prefix (%s)', (_, line, expected) => {
    expect(answers(line)).toEqual(expected);
  });

  it.each([
    ['en', 'Question | Answer\n1 | c\n2 | a\n| 3 | d |'],
    ['de', 'Frage | Antwort\n1 | c\n2 | a\n| 3 | d |'],
    ['zh', '问题 | 答案\n1 | c\n2 | a\n| 3 | d |'],
  ])('reads answers written as a table (%s)', (_, table) => {
    expect(answers(table)).toEqual({ 1: 'c', 2: 'a', 3: 'd' });
  });

  it.each([
    ['en', 'Hi Morgan,\nI had a look but ran out of time, sorry!\nBest, Sam'],
    ['de', 'Hallo Morgan,\nich hatte leider keine Zeit.\nViele Grüße\nJürgen'],
    ['zh', '您好！\n这次没来得及做，抱歉。\n王芳'],
  ])('says why when a %s message has no answers at all, instead of a 0/10 draft', (_, mail) => {
    const name = _ === 'zh' ? coaching : metrics;
    const outcome = gradeReply(content, name, mail);
    expect(outcome).toEqual({
      ok: false,
      problem: expect.stringContaining('nothing that looks like answers'),
    });
  });

  it('names the quoted history it ignored when the only answers were in it', () => {
    const outcome = gradeReply(content, metrics, 'See below.\n\n-----Original Message-----\n1. c');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem).toContain('-----Original Message-----');
  });
});

describe('the reply language', () => {
  const answersBody = metricsAnswers.join('\n');

  it('answers an English reply from "Sam Müller" in English', () => {
    const mail = `Hi Morgan,\n\n${answersBody}\n\nCheers,\nSam Müller`;
    expect(graded(metrics, mail).locale).toBe('en');
    expect(detectReplyLocale(mail, ['en', 'de'])).toBe('en');
  });

  it('uses the quiz translation whose title is in the subject or body', () => {
    const de = `Subject: Quiz-Antworten: Kennzahlen im Kundenservice: Wie gut kennen Sie sie?\n\n${answersBody}\nSam`;
    const en = `Subject: Quiz answers: Contact centre metrics: how well do you know them?\n\n${answersBody}\nJürgen Weiß, Grüße aus Köln`;
    expect(graded(metrics, de).locale).toBe('de');
    expect(graded(metrics, en).locale).toBe('en');
    const zh = `Quiz: 质检与辅导：你的质检项目真的改变了行为吗？ (quality-and-coaching)\n${coachingAnswers.join('\n')}`;
    expect(graded(coaching, zh).locale).toBe('zh');
    const enCoaching = `Quiz: Quality and coaching: does your QA programme change behaviour? (quality-and-coaching)\n${coachingAnswers.join('\n')}\n王芳`;
    expect(graded(coaching, enCoaching).locale).toBe('en');
  });

  it('uses a declared language when no title names the translation', () => {
    expect(graded(metrics, `${answersBody}\nSam`, undefined, 'de-CH').locale).toBe('de');
    expect(graded(metrics, `${answersBody}\nSam`, undefined, 'fr').locale).toBe('en');
    expect(graded(coaching, `${answersBody}\nSam`, undefined, 'zh-CN').locale).toBe('zh');
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
