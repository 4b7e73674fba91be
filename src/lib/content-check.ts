/**
 * The content check: reads every file under content/ before Astro renders
 * anything and reports each author mistake as one line naming the file and
 * the field, e.g. `content/articles/de/foo.mdx: date "2024-02-31" is not a real date`.
 * It only reads; nothing under content/ is ever written.
 *
 * Plain Node + zod: the build integration, the dev server, the sitemap and
 * the authoring scripts all call it, and unit tests run it on fixture folders.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { localeKeys, isLocale, type Locale } from '~/site.config';
import { SEGMENT_PATTERN } from './content-paths';
import { mdxProblem } from './mdx-problem';
import { isPlaceholder, PLACEHOLDER, placeholderFields, placeholderLines } from './placeholders';
import { splitFrontmatter } from './frontmatter';
import { answerKeySchema, formatIssues, topicsFileSchema, type QuizData } from './schemas';
import { collectionKinds, isDraft, specOf, type CollectionKind } from './content-kinds';

export interface CheckedEntry<T = unknown> {
  kind: CollectionKind;
  locale: Locale;
  name: string;
  /** URL segment: the frontmatter `slug` or else the file name. */
  slug: string;
  /** Path as shown in messages, e.g. `content/articles/de/foo.mdx`. */
  file: string;
  draft: boolean;
  data: T;
}

/** Quiz name → question number → correct letter. Read only by the content check and the grader, never by a page. */
export type AnswerKeys = Record<string, Record<number, string>>;

export interface ContentReport {
  errors: string[];
  entries: CheckedEntry[];
  topics: Record<string, Record<string, string>>;
  answerKeys: AnswerKeys;
}

/** Shows paths relative to the working directory when they are inside it (as authors see them). */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? file : relative)
    .split(path.sep)
    .join('/');
}

function readTopics(contentDir: string, errors: string[]): Record<string, Record<string, string>> {
  const file = path.join(contentDir, 'topics.yaml');
  const shown = displayPath(file);
  if (!existsSync(file)) {
    errors.push(`${shown}: file is missing (every topic id with a label per locale)`);
    return {};
  }
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    errors.push(`${shown}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return {};
  }
  const result = topicsFileSchema.safeParse(raw ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      const where = issue.path.length
        ? `topic "${String(issue.path[0])}"${issue.path[1] ? ` label "${String(issue.path[1])}"` : ''}: `
        : '';
      errors.push(`${shown}: ${where}${issue.message}`);
    }
    return {};
  }
  for (const [id, labels] of Object.entries(result.data)) {
    for (const locale of localeKeys) {
      if (!labels[locale])
        errors.push(`${shown}: topic "${id}" has no label for locale "${locale}"`);
    }
  }
  return result.data;
}

/** Every `.mdx` file of a collection, with problems for files that are in the wrong place. */
function listFiles(
  dir: string,
  errors: string[],
): { file: string; locale: Locale; name: string }[] {
  if (!existsSync(dir)) return [];
  const found: { file: string; locale: Locale; name: string }[] = [];
  for (const entry of readdirSync(dir).sort()) {
    if (entry.startsWith('.')) continue;
    const full = path.join(dir, entry);
    if (!statSync(full).isDirectory()) {
      errors.push(
        `${displayPath(full)}: must be inside a locale folder (${localeKeys.join(', ')})`,
      );
      continue;
    }
    for (const child of readdirSync(full, { recursive: true, encoding: 'utf8' }).sort()) {
      const file = path.join(full, child);
      if (path.basename(child).startsWith('.') || statSync(file).isDirectory()) continue;
      const shown = displayPath(file);
      if (!isLocale(entry)) {
        errors.push(
          `${shown}: locale folder "${entry}" is not configured (configured: ${localeKeys.join(', ')}; see "Adding a locale" in README.md)`,
        );
      } else if (!child.endsWith('.mdx')) {
        errors.push(`${shown}: only .mdx files belong here`);
      } else if (child.includes(path.sep) || child.includes('/')) {
        errors.push(`${shown}: must sit directly in the locale folder ${entry}/`);
      } else {
        const name = child.slice(0, -'.mdx'.length);
        if (!SEGMENT_PATTERN.test(name)) {
          errors.push(
            `${shown}: file name "${name}" must be lowercase letters a–z, digits and single hyphens`,
          );
        } else {
          found.push({ file, locale: entry, name });
        }
      }
    }
  }
  return found;
}

/**
 * Checks all content under `contentDir` and returns every problem found
 * (not only the first) together with the entries that passed.
 */
export function checkContent(contentDir: string): ContentReport {
  const errors: string[] = [];
  const topics = readTopics(contentDir, errors);
  const topicIds = new Set(Object.keys(topics));
  const entries: CheckedEntry[] = [];

  for (const kind of collectionKinds) {
    const slugOwners = new Map<string, string>();
    for (const { file, locale, name } of listFiles(path.join(contentDir, kind), errors)) {
      const shown = displayPath(file);
      const fail = (problem: string) => errors.push(`${shown}: ${problem}`);
      const split = splitFrontmatter(readFileSync(file, 'utf8'));
      if (!split.ok) {
        fail(split.problem);
        continue;
      }
      const unfilled = [
        ...placeholderFields(split.data),
        ...placeholderLines(split.body).map((line) => `line ${line + split.bodyStartLine - 1}`),
      ];
      if (unfilled.length) {
        const shownFields =
          unfilled.length > 8
            ? `${unfilled.slice(0, 8).join(', ')} and ${unfilled.length - 8} more`
            : unfilled.join(', ');
        fail(
          `still has ${unfilled.length} placeholder${unfilled.length === 1 ? '' : 's'} ("${PLACEHOLDER} …") to replace: ${shownFields}`,
        );
      }
      const result = specOf(kind).schema.safeParse(split.data);
      if (!result.success) {
        formatIssues(result.error.issues).forEach(fail);
      }
      const data = result.success ? (result.data as Record<string, unknown>) : undefined;
      const listedTopics = Array.isArray(split.data.topics) ? split.data.topics : [];
      for (const topic of listedTopics) {
        if (
          typeof topic === 'string' &&
          topicIds.size > 0 &&
          !topicIds.has(topic) &&
          !isPlaceholder(topic)
        ) {
          fail(`topics: unknown topic id "${topic}" (known ids are in content/topics.yaml)`);
        }
      }
      const problem = mdxProblem(split.body, split.bodyStartLine, file);
      if (problem) fail(problem);

      const slug = typeof split.data.slug === 'string' ? split.data.slug : name;
      const owner = slugOwners.get(`${locale}/${slug}`);
      if (owner)
        fail(`slug "${slug}" is already used by ${owner} (each ${locale} page needs its own URL)`);
      else slugOwners.set(`${locale}/${slug}`, shown);

      if (data) {
        entries.push({ kind, locale, name, slug, file: shown, draft: isDraft(kind, data), data });
      }
    }
  }
  const quizzes = entries.filter((e): e is CheckedEntry<QuizData> => e.kind === 'quizzes');
  checkQuizTranslations(quizzes, errors);
  const answerKeys = readAnswerKeys(contentDir, quizzes, errors);
  return { errors, entries, topics, answerKeys };
}

/** Translations of a quiz must ask the same number of questions with the same option letters. */
function checkQuizTranslations(quizzes: CheckedEntry<QuizData>[], errors: string[]): void {
  const byName = new Map<string, CheckedEntry<QuizData>[]>();
  for (const quiz of quizzes) byName.set(quiz.name, [...(byName.get(quiz.name) ?? []), quiz]);
  for (const versions of byName.values()) {
    const [reference, ...others] = [...versions].sort(
      (a, b) => localeKeys.indexOf(a.locale) - localeKeys.indexOf(b.locale),
    );
    for (const other of others) {
      const ref = reference!.data.questions;
      const own = other.data.questions;
      if (own.length !== ref.length) {
        errors.push(
          `${other.file}: has ${own.length} questions but ${reference!.file} has ${ref.length}; translations must ask the same questions`,
        );
        continue;
      }
      own.forEach((question, i) => {
        const mine = Object.keys(question.options).join(', ');
        const theirs = Object.keys(ref[i]!.options).join(', ');
        if (mine !== theirs)
          errors.push(
            `${other.file}: question ${i + 1} has options ${mine} but ${reference!.file} has ${theirs}`,
          );
      });
    }
  }
}

/** Each quiz name needs `quiz-answers/<name>.yaml` with exactly one valid letter per question. */
function readAnswerKeys(
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
  for (const fileName of files) {
    const file = path.join(dir, fileName);
    const shown = displayPath(file);
    const name = fileName.replace(/\.ya?ml$/, '');
    if (name === fileName) {
      errors.push(`${shown}: answer keys are .yaml files named after their quiz`);
      continue;
    }
    if (!names.has(name)) {
      errors.push(`${shown}: there is no quiz named "${name}" in content/quizzes/`);
      continue;
    }
    let raw: unknown;
    try {
      raw = parseYaml(readFileSync(file, 'utf8'));
    } catch (error) {
      errors.push(`${shown}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const parsed = answerKeySchema.safeParse(raw ?? {});
    if (!parsed.success) {
      errors.push(`${shown}: must be one "question number: letter" line per question, e.g. "1: c"`);
      continue;
    }
    const quiz = quizzes.find((q) => q.name === name)!;
    const questions = quiz.data.questions;
    const key: Record<number, string> = {};
    const unfilled: number[] = [];
    for (const [number, letter] of Object.entries(parsed.data)) {
      const n = Number(number);
      if (!Number.isInteger(n) || n < 1 || n > questions.length) {
        errors.push(
          `${shown}: answer for question ${number}, but ${quiz.file} has ${questions.length} questions`,
        );
        continue;
      }
      const options = Object.keys(questions[n - 1]!.options);
      if (isPlaceholder(letter)) {
        unfilled.push(n);
        continue;
      }
      const normalized = String(letter).trim().toLowerCase();
      if (!options.includes(normalized)) {
        errors.push(
          `${shown}: question ${n} answer "${letter}" is not one of its options (${options.join(', ')})`,
        );
        continue;
      }
      key[n] = normalized;
    }
    if (unfilled.length) {
      errors.push(
        `${shown}: ${unfilled.length === 1 ? `the answer to question ${unfilled[0]} is` : `the answers to questions ${unfilled.join(', ')} are`} still "${PLACEHOLDER}": write the correct letter`,
      );
    }
    for (let n = 1; n <= questions.length; n++) {
      if (!(n in key) && !(String(n) in parsed.data))
        errors.push(`${shown}: question ${n} has no answer`);
    }
    keys[name] = key;
  }
  for (const name of names) {
    if (!files.some((f) => f.replace(/\.ya?ml$/, '') === name)) {
      const file = quizzes.find((q) => q.name === name)!.file;
      errors.push(
        `${displayPath(path.join(dir, `${name}.yaml`))}: answer key is missing for ${file}`,
      );
    }
  }
  return keys;
}
