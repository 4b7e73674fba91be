/**
 * The content check: reads every file under content/ before Astro renders
 * anything and reports each author mistake as one line naming the file and
 * the field, e.g. `content/articles/de/foo.mdx: date "2024-02-31" is not a real date`.
 * Beyond the frontmatter it holds MDX bodies to what the build needs
 * (mdx-problem.ts) and to the authoring contract (body-rules.ts: braces, files
 * in public/, pictures in content/images/, nothing from other sites, no scripts), covers
 * (picture-names.ts), and every internal link to
 * a page the build will write (internal-links.ts, site-paths.ts). Files must be
 * UTF-8. It only reads; nothing under content/ is ever written.
 *
 * Plain Node + zod: the build integration, the dev server, the sitemap and
 * the authoring scripts all call it, and unit tests run it on fixture folders.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { localeKeys, isLocale, type Locale } from '~/site.config';
import { readAnswerKeys, type AnswerKeys } from './answer-keys';
import { bodyFacts, type BodyReference } from './body-rules';
import { SEGMENT_PATTERN } from './content-paths';
import { publicRoot } from './content-root';
import { displayPath } from './display-path';
import { deadLink, internalPath, type LinkTarget, type SiteMap } from './internal-links';
import { mdxProblem } from './mdx-problem';
import { pictureProblem } from './picture-names';
import { PRESS_KIT_NAME } from './press';
import { isPlaceholder, PLACEHOLDER, placeholderFields, placeholderLines } from './placeholders';
import { splitFrontmatter } from './frontmatter';
import { readEngagements, reelProblems, unknownTalk, type Engagements } from './organiser-checks';
import { formatIssues, topicsFileSchema, type KeynoteData, type QuizData } from './schemas';
import { sitePaths, type SitePiece } from './site-paths';
import { readText, readYamlFile } from './text-file';
import { entryPath } from './urls';
import {
  collectionKinds,
  contentKinds,
  hasPages,
  isDraft,
  specOf,
  type CollectionKind,
} from './content-kinds';

export { displayPath } from './display-path';
export type { AnswerKeys } from './answer-keys';

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

export interface ContentReport {
  errors: string[];
  entries: CheckedEntry[];
  topics: Record<string, Record<string, string>>;
  answerKeys: AnswerKeys;
  /** content/engagements.yaml, the engagements without problems. */
  engagements: Engagements;
}

export interface CheckOptions {
  /**
   * Folders served at the site root, where root-absolute images (`/uploads/a.png`) and file
   * links must be found: the site's public/ (default {@link publicRoot}), plus, for the
   * WordPress import's check before it writes, a folder with the images it is about to copy.
   */
  publicDirs?: readonly string[];
}

function readTopics(contentDir: string, errors: string[]): Record<string, Record<string, string>> {
  const file = path.join(contentDir, 'topics.yaml');
  const shown = displayPath(file);
  if (!existsSync(file)) {
    errors.push(`${shown}: file is missing (every topic id with a label per locale)`);
    return {};
  }
  const yaml = readYamlFile(file);
  if (!yaml.ok) {
    errors.push(`${shown}: ${yaml.problem}`);
    return {};
  }
  const raw = yaml.value;
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
export function checkContent(contentDir: string, options: CheckOptions = {}): ContentReport {
  const errors: string[] = [];
  const topics = readTopics(contentDir, errors);
  const topicIds = new Set(Object.keys(topics));
  const entries: CheckedEntry[] = [];
  /** Every file with readable frontmatter: what links may point at, even when it has errors. */
  const targets: (LinkTarget & SitePiece)[] = [];
  const linksFrom: { file: string; page: string; links: BodyReference[] }[] = [];
  const publicDirs = options.publicDirs ?? [publicRoot()];
  const publicFile = (pathname: string) =>
    publicDirs.some((dir) => {
      const full = path.join(dir, pathname);
      return full.startsWith(path.resolve(dir) + path.sep) && isFile(full);
    });
  const publicShown = displayPath(publicDirs[0] ?? publicRoot());
  const imagesDir = path.join(contentDir, 'images');
  // Named as the authoring contract names it, also when CONTENT_DIR points elsewhere.
  const imagesShown = 'content/images';

  /** Every keynote file's name, with problems or not: what testimonials and engagements may name. */
  const keynoteNames = new Set<string>();
  for (const kind of collectionKinds) {
    const slugOwners = new Map<string, string>();
    for (const { file, locale, name } of listFiles(path.join(contentDir, kind), errors)) {
      if (kind === 'keynotes') keynoteNames.add(name);
      const shown = displayPath(file);
      const fail = (problem: string) => errors.push(`${shown}: ${problem}`);
      const read = readText(file);
      if (!read.ok) {
        fail(read.problem);
        continue;
      }
      const split = splitFrontmatter(read.text);
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
      const cover = data?.cover as { image: string } | undefined;
      const coverProblem = cover && pictureProblem(cover.image, imagesDir, imagesShown);
      if (coverProblem) fail(`cover: ${coverProblem}`);
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

      const slug = typeof split.data.slug === 'string' ? split.data.slug : name;
      const piece = { kind };
      const page = hasPages(piece) ? entryPath(piece.kind, locale, slug) : '/';
      const draft = isDraft(kind, data ?? split.data);
      if (hasPages(piece))
        targets.push({
          kind: piece.kind,
          locale,
          name,
          slug,
          draft,
          data: data ?? split.data,
          path: page,
          segment: contentKinds[piece.kind].pages.segment,
        });

      const problem = mdxProblem(split.body, split.bodyStartLine, file);
      if (problem) fail(problem);
      else {
        // A body that does not compile cannot be read further; its other problems show once it does.
        const facts = bodyFacts(split.body, split.bodyStartLine);
        facts.problems.forEach(fail);
        for (const picture of facts.pictures) {
          const missing = pictureProblem(picture.url, imagesDir, imagesShown);
          if (missing) fail(`line ${picture.line}: ${missing}`);
        }
        for (const reference of facts.files) {
          const target = internalPath(reference.url, page);
          if (target === undefined || publicFile(target)) continue;
          // A relative address is read from the page's own address, where no file ever is.
          const fix = reference.url.startsWith('/')
            ? `put the file at ${publicShown}${target}, or correct the path`
            : `put the file in ${publicShown}/uploads/ and write its path from the site root, /uploads/${path.posix.basename(target)}`;
          fail(`line ${reference.line}: ${reference.as} "${reference.url}" does not exist: ${fix}`);
        }
        linksFrom.push({ file: shown, page, links: facts.links });
      }

      const owner = slugOwners.get(`${locale}/${slug}`);
      if (owner)
        fail(`slug "${slug}" is already used by ${owner} (each ${locale} page needs its own URL)`);
      else slugOwners.set(`${locale}/${slug}`, shown);

      if (kind === 'press' && name !== PRESS_KIT_NAME)
        fail(`a locale has one press kit: name the file ${PRESS_KIT_NAME}.mdx`);
      // The press kit's reel has a keynote reel's shape and files.
      if ((kind === 'keynotes' || kind === 'press') && data?.reel)
        reelProblems(
          data.reel as KeynoteData['reel'] & {},
          contentDir,
          publicFile,
          publicShown,
        ).forEach(fail);
      if (kind === 'testimonials' && split.body.trim())
        fail('the body is not shown: put the words in quote: and leave the body empty');
      // Read from the raw list, so an unknown talk shows even while another field has a problem.
      if (kind === 'testimonials' && Array.isArray(split.data.talks))
        for (const talk of split.data.talks)
          if (typeof talk === 'string' && !keynoteNames.has(talk))
            fail(`talks: ${unknownTalk(talk, keynoteNames)}`);

      if (data) {
        entries.push({ kind, locale, name, slug, file: shown, draft, data });
      }
    }
  }
  const map: SiteMap = {
    paths: sitePaths(targets, [...topicIds]),
    pieces: targets,
    topicIds,
    publicFile,
    publicName: publicShown,
  };
  for (const { file, page, links } of linksFrom)
    for (const link of links) {
      const dead = deadLink(link.url, page, map);
      if (dead) errors.push(`${file}: line ${link.line}: ${dead}`);
    }
  const quizzes = entries.filter((e): e is CheckedEntry<QuizData> => e.kind === 'quizzes');
  checkQuizTranslations(quizzes, errors);
  const answerKeys = readAnswerKeys(contentDir, quizzes, errors);
  const engagements = readEngagements(contentDir, keynoteNames, errors);
  return { errors, entries, topics, answerKeys, engagements };
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
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
