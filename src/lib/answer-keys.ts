/**
 * Answer keys: `content/quiz-answers/<quiz name>.yaml`, one `N: letter` line per
 * question. Read only by the content check (and through it the grader), never
 * by a page. Each mistake is one line naming the file and the question.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { CheckedEntry } from './content-check';
import { displayPath } from './display-path';
import { isPlaceholder, PLACEHOLDER } from './placeholders';
import type { QuizData } from './schemas';
import { readText } from './text-file';

/** Quiz name → question number → correct letter. */
export type AnswerKeys = Record<string, Record<number, string>>;

const KEY_FILE = /\.ya?ml$/;

/** Each quiz name needs `quiz-answers/<name>.yaml` with exactly one valid letter per question. */
export function readAnswerKeys(
  contentDir: string,
  quizzes: CheckedEntry<QuizData>[],
  errors: string[],
): AnswerKeys {
  const dir = path.join(contentDir, 'quiz-answers');
  const keys: AnswerKeys = {};
  const names = new Set(quizzes.map((q) => q.name));
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => !f.startsWith('.'))
        .sort()
    : [];
  const byName = new Map<string, string[]>();
  for (const fileName of files) {
    const shown = displayPath(path.join(dir, fileName));
    const name = fileName.replace(KEY_FILE, '');
    if (name === fileName) {
      errors.push(`${shown}: answer keys are .yaml files named after their quiz`);
      continue;
    }
    byName.set(name, [...(byName.get(name) ?? []), fileName]);
  }
  for (const [name, [first, ...others]] of byName) {
    const file = path.join(dir, first!);
    const shown = displayPath(file);
    if (others.length) {
      errors.push(
        `${shown}: quiz "${name}" has a second answer key next to this one, ${others.join(' and ')}; only one of them would be used: keep one file and delete the other`,
      );
      continue;
    }
    if (!names.has(name)) {
      errors.push(`${shown}: there is no quiz named "${name}" in content/quizzes/`);
      continue;
    }
    const quiz = quizzes.find((q) => q.name === name)!;
    const key = readKey(file, quiz, (problem) => errors.push(`${shown}: ${problem}`));
    if (key) keys[name] = key;
  }
  for (const name of names) {
    if (!byName.has(name)) {
      const file = quizzes.find((q) => q.name === name)!.file;
      errors.push(
        `${displayPath(path.join(dir, `${name}.yaml`))}: answer key is missing for ${file}`,
      );
    }
  }
  return keys;
}

function readKey(
  file: string,
  quiz: CheckedEntry<QuizData>,
  fail: (problem: string) => void,
): Record<number, string> | undefined {
  const read = readText(file);
  if (!read.ok) return void fail(read.problem);
  let raw: unknown;
  try {
    raw = parseYaml(read.text);
  } catch (error) {
    return void fail(`not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const questions = quiz.data.questions;
  const optionsOf = (n: number) => Object.keys(questions[n - 1]!.options);
  if (Array.isArray(raw)) {
    const first = typeof raw[0] === 'string' ? raw[0] : 'c';
    return void fail(
      `is a list ("- ${first}"), so no answer says which question it is for: write one "number: letter" line per question, "1: ${first}" for question 1`,
    );
  }
  if (raw !== null && raw !== undefined && typeof raw !== 'object')
    return void fail('must be one "question number: letter" line per question, e.g. "1: c"');
  const entries = Object.entries((raw ?? {}) as Record<string, unknown>);
  const key: Record<number, string> = {};
  const answered = new Set<number>();
  const unfilled: number[] = [];
  for (const [number, answer] of entries) {
    const n = Number(number);
    if (!Number.isInteger(n) || n < 1 || n > questions.length) {
      fail(`answer for question ${number}, but ${quiz.file} has ${questions.length} questions`);
      continue;
    }
    answered.add(n);
    const options = optionsOf(n);
    const choose = `write one of its options (${options.join(', ')})`;
    if (typeof answer === 'string' && isPlaceholder(answer)) {
      unfilled.push(n);
      continue;
    }
    if (answer === null || answer === undefined || answer === '') {
      fail(`question ${n} has no answer after "${number}:": ${choose}`);
      continue;
    }
    if (Array.isArray(answer)) {
      fail(
        `question ${n}: the answer [${answer.join(', ')}] is a list, but a question has exactly one correct letter: ${choose}`,
      );
      continue;
    }
    if (typeof answer !== 'string') {
      const shown = typeof answer === 'object' ? JSON.stringify(answer) : String(answer);
      fail(
        `question ${n}: the answer ${shown} is ${typeof answer === 'number' ? 'a number' : 'not a letter'}: ${choose}`,
      );
      continue;
    }
    const normalized = answer.trim().toLowerCase();
    if (!options.includes(normalized)) {
      fail(`question ${n} answer "${answer}" is not one of its options (${options.join(', ')})`);
      continue;
    }
    key[n] = normalized;
  }
  if (unfilled.length) {
    fail(
      `${unfilled.length === 1 ? `the answer to question ${unfilled[0]} is` : `the answers to questions ${unfilled.join(', ')} are`} still "${PLACEHOLDER}": write the correct letter`,
    );
  }
  for (let n = 1; n <= questions.length; n++) {
    if (!answered.has(n)) fail(`question ${n} has no answer`);
  }
  return key;
}
