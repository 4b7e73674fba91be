/**
 * `npm run new`: plans a new file of any kind that has a scaffold in
 * content-kinds.ts (article, keynote, quiz), with valid frontmatter and "TODO"
 * placeholders the content check refuses until they are filled; with `from`, a
 * translation that copies the source's structure (topics, formats, questions
 * and option letters, body) to translate in place. Returns the files to write;
 * the CLI writes them and refuses to overwrite.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { localeKeys, type Locale } from '~/site.config';
import { contentFile, SEGMENT_PATTERN } from './content-paths';
import { displayPath } from './content-check';
import { collectionKinds, kindOfId, specOf, todo, type CollectionKind } from './content-kinds';
import { splitFrontmatter } from './frontmatter';
import { PLACEHOLDER } from './placeholders';

/** The kinds `npm run new` can write, by their one-word id, e.g. `['article', 'keynote', 'quiz']`. */
export const newKinds: string[] = collectionKinds
  .filter((kind) => specOf(kind).scaffold)
  .map((kind) => specOf(kind).id)
  .sort();

export interface NewContentRequest {
  /** A kind's one-word id, e.g. `article`. */
  kind: string;
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

function fileText(data: Record<string, unknown>, comments: string[], body: string): string {
  const yaml = stringify(data, { lineWidth: 0, flowCollectionPadding: false }).trimEnd();
  return `---\n${comments.map((c) => `# ${c}\n`).join('')}${yaml}\n---\n\n${body.trim()}\n`;
}

/**
 * The collection `npm run new <id>` writes to, if it writes one.
 * @example scaffoldKind('quiz') // 'quizzes'
 */
export function scaffoldKind(id: string): CollectionKind | undefined {
  const kind = kindOfId(id);
  return kind && specOf(kind).scaffold ? kind : undefined;
}

export function planNewContent(request: NewContentRequest): NewContentPlan {
  const { name, locale, from, today, contentDir } = request;
  const kind = scaffoldKind(request.kind);
  const scaffold = kind && specOf(kind).scaffold;
  if (!kind || !scaffold)
    return {
      ok: false,
      problem: `"${request.kind}" is not a kind of content (use ${newKinds.join(', ')}).`,
    };
  if (!SEGMENT_PATTERN.test(name))
    return {
      ok: false,
      problem: `name "${name}" must be lowercase letters a–z, digits and single hyphens (it becomes the file name and the URL)`,
    };
  if (from === locale)
    return { ok: false, problem: `--from ${from} is the same language as --locale ${locale}` };
  const target = contentFile(contentDir, kind, locale, name);
  if (existsSync(target))
    return {
      ok: false,
      problem: `${displayPath(target)} already exists; nothing was written (edit it, or choose another name)`,
    };

  const comments = [`Fill in every ${PLACEHOLDER}: the build names each one that is left.`];
  let data: Record<string, unknown>;
  let body: string;
  if (from) {
    const sourceFile = contentFile(contentDir, kind, from, name);
    if (!existsSync(sourceFile)) {
      const others = localeKeys.filter((l) => existsSync(contentFile(contentDir, kind, l, name)));
      return {
        ok: false,
        problem: `${displayPath(sourceFile)} does not exist${others.length ? ` (${name} exists in: ${others.join(', ')})` : ''}`,
      };
    }
    const split = splitFrontmatter(readFileSync(sourceFile, 'utf8'));
    if (!split.ok) return { ok: false, problem: `${displayPath(sourceFile)}: ${split.problem}` };
    const { slug: _slug, draft: _draft, updated: _updated, ...source } = split.data;
    data = scaffold.translated(source, { locale, today });
    comments.push(
      `Translated from ${displayPath(sourceFile)}. Optional: "slug: …" gives this language its own URL segment.`,
    );
    body = `${todo(`translate the text below from ${from}, then delete this line.`)}\n\n${split.body}`;
  } else {
    data = scaffold.blank({ locale, today });
    if ('topics' in data)
      comments.push('topics: ids from content/topics.yaml, e.g. [operations, leadership].');
    comments.push(...scaffold.hints);
    body = todo(scaffold.body);
  }
  const files: PlannedFile[] = [{ file: target, text: fileText(data, comments, body) }];

  const companion = scaffold.companion?.(name, data);
  if (companion && !existsSync(path.join(contentDir, companion.file)))
    files.push({ file: path.join(contentDir, companion.file), text: companion.text });
  return { ok: true, files };
}
