/** Quiz files and answer keys: every mistake fails the check with the file and question number named. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/content-check';

const fixture = path.resolve(import.meta.dirname, '../fixtures/valid');
let dir: string;

function copyFixture(): string {
  dir = mkdtempSync(path.join(os.tmpdir(), 'quiz-check-'));
  cpSync(fixture, dir, { recursive: true });
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function edit(relative: string, change: (text: string) => string) {
  const file = path.join(dir, relative);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('quiz content check', () => {
  it('accepts the valid fixture and reads its answer key', () => {
    const report = checkContent(copyFixture());
    expect(report.errors).toEqual([]);
    expect(report.answerKeys['queue-quiz']).toEqual({ 1: 'a', 2: 'b', 3: 'a' });
    expect(
      report.entries
        .filter((e) => e.kind === 'quizzes')
        .map((e) => `${e.locale}/${e.slug}`)
        .sort(),
    ).toEqual(['de/warteschlangen-quiz', 'en/queue-quiz']);
  });

  it('names the file and question when a translation has a different number of options', () => {
    copyFixture();
    edit('quizzes/de/queue-quiz.mdx', (t) => t.replace('      c: "Shrinkage"\n', ''));
    const { errors } = checkContent(dir);
    expect(errors).toEqual([
      expect.stringMatching(
        /quizzes\/de\/queue-quiz\.mdx: question 1 has options a, b but .*quizzes\/en\/queue-quiz\.mdx has a, b, c/,
      ),
    ]);
  });

  it('names the file when a translation asks a different number of questions', () => {
    copyFixture();
    edit('quizzes/de/queue-quiz.mdx', (t) =>
      t.replace(/ {2}- prompt: "Was ist Shrinkage\?"[\s\S]*?Anrufvolumens"\n/, ''),
    );
    const { errors } = checkContent(dir);
    expect(errors.join('\n')).toMatch(
      /quizzes\/de\/queue-quiz\.mdx: has 2 questions but .*en\/queue-quiz\.mdx has 3/,
    );
  });

  it('reports a question with fewer than two options by number', () => {
    copyFixture();
    edit('quizzes/en/queue-quiz.mdx', (t) => t.replace('      b: "A fall in call volume"\n', ''));
    const { errors } = checkContent(dir);
    expect(errors.join('\n')).toMatch(
      /quizzes\/en\/queue-quiz\.mdx: question 3 options: has 1 option, needs at least two/,
    );
  });

  it('reports a missing answer key entry', () => {
    copyFixture();
    edit('quiz-answers/queue-quiz.yaml', (t) => t.replace('2: b\n', ''));
    expect(checkContent(dir).errors).toEqual([
      expect.stringMatching(/quiz-answers\/queue-quiz\.yaml: question 2 has no answer/),
    ]);
  });

  it('reports an extra answer key entry', () => {
    copyFixture();
    edit('quiz-answers/queue-quiz.yaml', (t) => `${t}4: c\n`);
    expect(checkContent(dir).errors).toEqual([
      expect.stringMatching(
        /quiz-answers\/queue-quiz\.yaml: answer for question 4, but .*queue-quiz\.mdx has 3 questions/,
      ),
    ]);
  });

  it('reports an answer letter outside the question’s options', () => {
    copyFixture();
    edit('quiz-answers/queue-quiz.yaml', (t) => t.replace('3: a', '3: d'));
    expect(checkContent(dir).errors).toEqual([
      expect.stringMatching(
        /quiz-answers\/queue-quiz\.yaml: question 3 answer "d" is not one of its options \(a, b\)/,
      ),
    ]);
  });

  it('names both files when a quiz has two answer keys (.yaml and .yml), instead of using one', () => {
    copyFixture();
    writeFileSync(path.join(dir, 'quiz-answers/queue-quiz.yml'), '1: b\n2: b\n3: b\n');
    const report = checkContent(dir);
    expect(report.errors).toEqual([
      expect.stringMatching(
        /quiz-answers\/queue-quiz\.yaml: quiz "queue-quiz" has a second answer key next to this one, queue-quiz\.yml; .*keep one file and delete the other$/,
      ),
    ]);
    expect(report.answerKeys).toEqual({});
  });

  it('names the question whose answer is not one letter: a number, a list, nothing', () => {
    copyFixture();
    writeFileSync(path.join(dir, 'quiz-answers/queue-quiz.yaml'), '1: 42\n2: [a, b]\n3: null\n');
    expect(checkContent(dir).errors.map((e) => e.replace(/^.*queue-quiz\.yaml: /, ''))).toEqual([
      'question 1: the answer 42 is a number: write one of its options (a, b, c)',
      'question 2: the answer [a, b] is a list, but a question has exactly one correct letter: write one of its options (a, b, c, d)',
      'question 3 has no answer after "3:": write one of its options (a, b)',
    ]);
  });

  it('says how to write an answer key that is a list of letters', () => {
    copyFixture();
    writeFileSync(path.join(dir, 'quiz-answers/queue-quiz.yaml'), '- a\n- b\n- a\n');
    expect(checkContent(dir).errors).toEqual([
      expect.stringMatching(
        /quiz-answers\/queue-quiz\.yaml: is a list \("- a"\), so no answer says which question it is for: write one "number: letter" line per question, "1: a" for question 1$/,
      ),
    ]);
  });

  it('reports a quiz without an answer key, and a key without a quiz', () => {
    copyFixture();
    unlinkSync(path.join(dir, 'quiz-answers/queue-quiz.yaml'));
    writeFileSync(path.join(dir, 'quiz-answers/old-quiz.yaml'), '1: a\n');
    const errors = checkContent(dir).errors.join('\n');
    expect(errors).toMatch(
      /quiz-answers\/queue-quiz\.yaml: answer key is missing for .*quizzes\/(en|de)\/queue-quiz\.mdx/,
    );
    expect(errors).toMatch(/quiz-answers\/old-quiz\.yaml: there is no quiz named "old-quiz"/);
  });

  it('names the question whose prompt is missing', () => {
    copyFixture();
    edit('quizzes/en/queue-quiz.mdx', (t) =>
      t.replace('  - prompt: "What is shrinkage?"\n    options:', '  - options:'),
    );
    expect(checkContent(dir).errors.join('\n')).toMatch(
      /quizzes\/en\/queue-quiz\.mdx: question 3: prompt is missing/,
    );
  });
});
