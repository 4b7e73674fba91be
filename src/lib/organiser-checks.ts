/**
 * The content check's part for what organisers read: past engagements in
 * content/engagements.yaml, testimonials that name talks, and a keynote's reel.
 * Every talk named anywhere must be a keynote that exists, and every file a
 * reel points at must be there; each mistake is one line naming the file, the
 * field and the fix.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from './display-path';
import { SEGMENT_PATTERN } from './content-paths';
import { engagementSchema, formatIssues, type EngagementData } from './schemas';
import { readYamlFile } from './text-file';

/** Engagement id → engagement, as content/engagements.yaml lists them. */
export type Engagements = Record<string, EngagementData>;

export const ENGAGEMENTS_FILE = 'engagements.yaml';

/**
 * "unknown keynote" with the near name when there is one, else every name there is.
 * @example unknownTalk('early-warning-sytem', names) // 'unknown keynote "early-warning-sytem": did you mean "early-warning-system"? …'
 */
export function unknownTalk(name: string, known: ReadonlySet<string>): string {
  const names = [...known].sort();
  const near = names.find((k) => k.startsWith(name.slice(0, 6)) || name.startsWith(k.slice(0, 6)));
  const how = 'talks are named by the file name of a keynote in content/keynotes/<locale>/';
  if (near) return `unknown keynote "${name}": did you mean "${near}"? (${how})`;
  return `unknown keynote "${name}" (${how}: ${names.join(', ') || 'there are none yet'})`;
}

/**
 * Reads content/engagements.yaml (optional: a site without one lists none) and checks each
 * engagement, and that its talk is one of `keynotes`.
 * @example readEngagements('content', new Set(['early-warning-system']), errors)
 */
export function readEngagements(
  contentDir: string,
  keynotes: ReadonlySet<string>,
  errors: string[],
): Engagements {
  const file = path.join(contentDir, ENGAGEMENTS_FILE);
  if (!existsSync(file)) return {};
  const shown = displayPath(file);
  const yaml = readYamlFile(file);
  if (!yaml.ok) {
    errors.push(`${shown}: ${yaml.problem}`);
    return {};
  }
  const raw = yaml.value;
  if (raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
    errors.push(
      `${shown}: must list each engagement under an id of its own ("nordic-cx-2025:" and its fields indented below), not as a list`,
    );
    return {};
  }
  const engagements: Engagements = {};
  for (const [id, value] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    const where = `${shown}: engagement "${id}"`;
    if (!SEGMENT_PATTERN.test(id))
      errors.push(
        `${where}: ids are lowercase letters, digits and single hyphens, e.g. nordic-cx-2025`,
      );
    const result = engagementSchema.safeParse(value ?? {});
    if (!result.success) {
      for (const line of formatIssues(result.error.issues)) errors.push(`${where}: ${line}`);
      continue;
    }
    const engagement = result.data;
    if (!keynotes.has(engagement.talk)) {
      errors.push(`${where}: talk: ${unknownTalk(engagement.talk, keynotes)}`);
      continue;
    }
    engagements[id] = engagement;
  }
  return engagements;
}

/** A reel's files: the video in a public folder, the poster in content/images/. */
export function reelProblems(
  reel: { file?: string; poster: string },
  contentDir: string,
  publicFile: (pathname: string) => boolean,
  publicName: string,
): string[] {
  const problems: string[] = [];
  if (reel.file && !publicFile(reel.file))
    problems.push(
      `reel: file "${reel.file}" does not exist: put the video at ${publicName}${reel.file}, or correct the path`,
    );
  const images = path.join(contentDir, 'images');
  const poster = path.join(images, reel.poster);
  const inside = poster.startsWith(path.resolve(images) + path.sep);
  if (!inside || !(statSync(poster, { throwIfNoEntry: false })?.isFile() ?? false))
    problems.push(
      `reel: poster "${reel.poster}" is not a picture in ${displayPath(images)}/: put it there, or correct the name`,
    );
  return problems;
}
