import { describe, expect, it } from 'vitest';
import { dictionaries } from '~/i18n/dictionaries';
import { useTranslations, type Translate } from '~/lib/i18n';
import { detectReplyLocale, grade, parseReply, type GradingQuiz } from '~/lib/quiz-grader';
import { quizEmail, quizMessageText } from '~/lib/quiz-message';
import { replyPatterns } from '~/lib/reply-patterns';
import { localeKeys } from '~/site.config';

const quiz: GradingQuiz = {
  name: 'contact-center-metrics',
  title: 'Contact centre metrics',
  options: [
    ['a', 'b', 'c', 'd'],
    ['a', 'b', 'c', 'd'],
    ['a', 'b', 'c'],
    ['a', 'b'],
    ['a', 'b', 'c', 'd'],
  ],
};
const given = ['c', 'a', 'b', 'b', 'd'];
const key = { 1: 'c', 2: 'a', 3: 'b', 4: 'a', 5: 'd' };

/** A translator for a dictionary the site does not ship, with `{{x}}` placeholders as i18next fills them. */
function fixtureTranslator(dictionary: Record<string, string>): Translate {
  return (k, options = {}) =>
    dictionary[k]!.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name]));
}

/** A fourth language the grader has never seen: only its dictionary is given. */
const french = {
  'quiz.subject': 'Réponses au quiz : {{title}}',
  'quiz.bodyHeading': 'Quiz : {{title}} ({{id}})',
  'quiz.bodyName': 'Nom : {{name}}',
  'quiz.questionHeadings': 'Question {{n}}, Q{{n}}',
  'grader.replyWords': 'bonjour, merci, cordialement, réponses',
  'grader.numberWords': 'un, deux, trois, quatre, cinq, six, sept, huit, neuf, dix',
  'grader.answerWords': 'réponse, je dis, je choisis',
  'grader.linkWords': 'la, à, est, pour',
  'grader.greeting': 'Bonjour {{name}},',
  'grader.thanks': 'merci d’avoir répondu au quiz « {{title}} ».',
  'grader.score': 'Votre score : {{score}}/{{total}}.',
  'grader.right': '{{n}}. {{given}} : juste',
  'grader.wrong': '{{n}}. {{given}} : pas tout à fait, la réponse est {{correct}}',
};

describe('one contract between the quiz email and the grader', () => {
  it.each(localeKeys)(
    'reads back every answer and the name from a %s email the page composes',
    (locale) => {
      const text = quizMessageText(useTranslations(locale), quiz.title, quiz.name);
      const mail = quizEmail('quiz@example.org', text, given, 'Zoë Wang-Müller').text;
      const reply = parseReply(mail, quiz);
      expect(reply.name).toBe('Zoë Wang-Müller');
      expect(Object.fromEntries(reply.answers)).toEqual({ 1: 'c', 2: 'a', 3: 'b', 4: 'b', 5: 'd' });
      expect(reply.unreadable).toEqual([]);
      expect(grade(quiz, key, reply).score).toBe(4);
    },
  );

  it('reads a reply in a fixture locale from its dictionary alone, with no grader edit', () => {
    const text = quizMessageText(fixtureTranslator(french), quiz.title, quiz.name);
    const mail = `Bonjour,\n\n${quizEmail('quiz@example.org', text, given, 'Amélie Roux').text}\nQuestion 3 : b\n\nMerci, cordialement`;
    expect(mail).toContain('Nom : Amélie Roux');
    const patterns = replyPatterns({ ...dictionaries, fr: french });
    const reply = parseReply(mail, quiz, patterns);
    expect(reply.name).toBe('Amélie Roux');
    expect(Object.fromEntries(reply.answers)).toEqual({ 1: 'c', 2: 'a', 3: 'b', 4: 'b', 5: 'd' });
    expect(reply.unreadable).toEqual([]);
    expect(detectReplyLocale(mail, ['en', 'de', 'zh', 'fr'], {}, patterns)).toBe('fr');
  });

  it('reads answers in words in a fixture locale from its dictionary alone', () => {
    const mail =
      'Bonjour,\nréponse un est c\nla réponse à la question deux est a\npour trois je dis b\nréponse quatre est a ou b';
    const patterns = replyPatterns({ ...dictionaries, fr: french });
    const reply = parseReply(mail, quiz, patterns);
    expect(Object.fromEntries(reply.answers)).toEqual({ 1: 'c', 2: 'a', 3: 'b' });
    expect(reply.unreadable).toEqual([
      { question: 4, text: 'réponse quatre est a ou b', reason: 'more than one letter' },
    ]);
    expect(parseReply(mail, quiz).answers.size).toBe(0);
  });

  it("cuts a fixture locale's graded reply quoted below a retake, from its dictionary alone", () => {
    const retake = [
      'réponse un est c',
      '2. a',
      '',
      'Bonjour Amélie,',
      '',
      'merci d’avoir répondu au quiz « Contact centre metrics ».',
      'Votre score : 1/5.',
      '',
      '1. c : juste',
      '2. b : pas tout à fait, la réponse est a',
    ].join('\n');
    const patterns = replyPatterns({ ...dictionaries, fr: french });
    const reply = parseReply(retake, quiz, patterns);
    expect(Object.fromEntries(reply.answers)).toEqual({ 1: 'c', 2: 'a' });
    expect(reply.cutAt).toBe('Bonjour Amélie,');
    expect(parseReply(retake, quiz).unreadable).not.toEqual([]);
  });

  it("does not know the fixture locale's name label until its dictionary is given", () => {
    const reply = parseReply('Nom : Amélie Roux\n1. c', quiz);
    expect(reply.name).toBeUndefined();
  });

  it('reads the name label and question headings of every shipped locale', () => {
    const patterns = replyPatterns(dictionaries);
    expect(patterns.nameLine.exec('姓名: 王芳')?.[1]).toBe('王芳');
    expect(
      Object.fromEntries(parseReply('Frage 1: c\n第2题 a\n问题 3 b', quiz, patterns).answers),
    ).toEqual({
      1: 'c',
      2: 'a',
      3: 'b',
    });
  });
});

describe('a reply with none of the reply words', () => {
  it('is Chinese when only Chinese characters (a name) say so, and English when nothing does', () => {
    expect(detectReplyLocale('王小明\n1. b\n2. d', localeKeys)).toBe('zh');
    expect(detectReplyLocale('Sam Müller\n1. b\n2. d', localeKeys)).toBe('en');
  });
});
