/**
 * `npm run new`: plans a new article, keynote or quiz file with valid
 * frontmatter and "TODO" placeholders the content check refuses until they
 * are filled; with `from`, a translation that copies the source's structure
 * (topics, formats, questions and option letters, body) to translate in place.
 * Returns the files to write; the CLI writes them and refuses to overwrite.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { localeKeys, type Locale } from '~/site.config';
import { SEGMENT_PATTERN } from './content-paths';
import { displayPath } from './content-check';
import { splitFrontmatter } from './frontmatter';
import { PLACEHOLDER } from './placeholders';
import { KEYNOTE_FORMATS } from './schemas';

export const NEW_KINDS = { article: 'articles', keynote: 'keynotes', quiz: 'quizzes' } as const;
export type NewKind = keyof typeof NEW_KINDS;

export interface NewContentRequest {
  kind: NewKind;
  name: string;
  locale: Locale;
  from?: Locale;
  /** `YYYY-MM-DD`, written as `date:`. */
  today: string;
  contentDir: string;
}

export interface PlannedFile {
  file: string;
  text: string;
}

export type NewContentPlan = { ok: true; files: PlannedFile[] } | { ok: false; problem: string };

const QUESTIONS = 10;
const todo = (what: string) => `${PLACEHOLDER}: ${what}`;
const translate = (text: unknown) => todo(`translate "${String(text)}"`);

function fileText(data: Record<string, unknown>, comments: string[], body: string): string {
  const yaml = stringify(data, { lineWidth: 0, flowCollectionPadding: false }).trimEnd();
  return `---\n${comments.map((c) => `# ${c}\n`).join('')}${yaml}\n---\n\n${body.trim()}\n`;
}

function blank(kind: NewKind, locale: Locale, today: string): Record<string, unknown> {
  const topics = [PLACEHOLDER];
  if (kind === 'article')
    return {
      title: todo('title'),
      description: todo('one or two sentences for lists, search results and link previews'),
      date: today,
      topics,
    };
  if (kind === 'keynote') {
    return {
      title: todo('title'),
      summary: todo('two sentences for the catalogue card'),
      topics,
      formats: ['keynote'],
      duration: 45,
      languages: [locale],
      featured: false,
    };
  }
  const questions = Array.from({ length: QUESTIONS }, (_, i) => ({
    prompt: todo(`question ${i + 1}`),
    options: Object.fromEntries(
      ['a', 'b', 'c', 'd'].map((letter) => [letter, todo(`option ${letter}`)]),
    ),
  }));
  return {
    title: todo('title'),
    description: todo('one sentence for the quiz list'),
    date: today,
    topics,
    questions,
  };
}

/** The source's frontmatter with every reader-facing text marked for translation. */
function translated(
  kind: NewKind,
  source: Record<string, unknown>,
  today: string,
): Record<string, unknown> {
  const { slug: _slug, draft: _draft, updated: _updated, ...data } = source;
  if (kind === 'keynote') {
    return {
      ...data,
      title: translate(data.title),
      summary: translate(data.summary),
      ...(data.audience ? { audience: translate(data.audience) } : {}),
    };
  }
  const result: Record<string, unknown> = {
    ...data,
    title: translate(data.title),
    description: translate(data.description),
    date: today,
  };
  if (kind === 'quiz' && Array.isArray(data.questions)) {
    result.questions = (data.questions as Record<string, unknown>[]).map((q) => ({
      prompt: translate(q.prompt),
      ...(Array.isArray(q.statements) ? { statements: q.statements.map(translate) } : {}),
      options: Object.fromEntries(
        Object.entries((q.options ?? {}) as Record<string, unknown>).map(([letter, text]) => [
          letter,
          translate(text),
        ]),
      ),
    }));
  }
  return result;
}

export function planNewContent(request: NewContentRequest): NewContentPlan {
  const { kind, name, locale, from, today, contentDir } = request;
  if (!SEGMENT_PATTERN.test(name))
    return {
      ok: false,
      problem: `name "${name}" must be lowercase letters a–z, digits and single hyphens (it becomes the file name and the URL)`,
    };
  if (from === locale)
    return { ok: false, problem: `--from ${from} is the same language as --locale ${locale}` };
  const folder = NEW_KINDS[kind];
  const target = path.join(contentDir, folder, locale, `${name}.mdx`);
  if (existsSync(target))
    return {
      ok: false,
      problem: `${displayPath(target)} already exists; nothing was written (edit it, or choose another name)`,
    };

  const comments = [`Fill in every ${PLACEHOLDER}: the build names each one that is left.`];
  let data: Record<string, unknown>;
  let body: string;
  if (from) {
    const sourceFile = path.join(contentDir, folder, from, `${name}.mdx`);
    if (!existsSync(sourceFile)) {
      const others = localeKeys.filter((l) =>
        existsSync(path.join(contentDir, folder, l, `${name}.mdx`)),
      );
      return {
        ok: false,
        problem: `${displayPath(sourceFile)} does not exist${others.length ? ` (${name} exists in: ${others.join(', ')})` : ''}`,
      };
    }
    const split = splitFrontmatter(readFileSync(sourceFile, 'utf8'));
    if (!split.ok) return { ok: false, problem: `${displayPath(sourceFile)}: ${split.problem}` };
    data = translated(kind, split.data, today);
    comments.push(
      `Translated from ${displayPath(sourceFile)}. Optional: "slug: …" gives this language its own URL segment.`,
    );
    body = `${todo(`translate the text below from ${from}, then delete this line.`)}\n\n${split.body}`;
  } else {
    data = blank(kind, locale, today);
    comments.push('topics: ids from content/topics.yaml, e.g. [operations, leadership].');
    if (kind === 'keynote')
      comments.push(
        `formats: any of ${KEYNOTE_FORMATS.join(', ')}; duration in minutes; languages it can be delivered in.`,
      );
    if (kind === 'quiz')
      comments.push(
        'Each question: a prompt, optional statements (shown as I.–IV.), options a–d. Answers go in content/quiz-answers/.',
      );
    body = todo(
      kind === 'quiz'
        ? 'a short introduction shown above the questions.'
        : 'write the text. Start each section with "## ".',
    );
  }
  const files: PlannedFile[] = [{ file: target, text: fileText(data, comments, body) }];

  const key = path.join(contentDir, 'quiz-answers', `${name}.yaml`);
  if (kind === 'quiz' && !existsSync(key)) {
    const count = Array.isArray(data.questions) ? data.questions.length : QUESTIONS;
    const lines = Array.from({ length: count }, (_, i) => `${i + 1}: ${PLACEHOLDER}`);
    files.push({
      file: key,
      text: `# The correct letter per question. Never published: only the content check and npm run grade read it.\n${lines.join('\n')}\n`,
    });
  }
  return { ok: true, files };
}
