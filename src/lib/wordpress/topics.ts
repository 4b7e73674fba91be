/**
 * WordPress categories and tags → the site's topic ids. A category or tag
 * whose slug already is a topic id maps to it; the others are looked up in
 * the author's map file (`wordpress-slug: topic-id`, a list of ids, or `[]`
 * to ignore a term on purpose). Nothing is invented: an unmapped term is
 * reported, and a post left without any topic is not imported.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SetupError } from './errors';
import type { WxrItem } from './wxr';

export type TopicMap = Map<string, string[]>;

/** Topic ids defined in `<content>/topics.yaml`. */
export function readTopicIds(contentDir: string): Set<string> {
  const file = path.join(contentDir, 'topics.yaml');
  if (!existsSync(file))
    throw new SetupError(`${file} is missing: is "${contentDir}" the site's content folder?`);
  try {
    const data: unknown = parseYaml(readFileSync(file, 'utf8'));
    return new Set(data && typeof data === 'object' ? Object.keys(data) : []);
  } catch (error) {
    throw new SetupError(`${file} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

/**
 * Reads and checks the `--topics` map file.
 * @throws SetupError naming the file and the entry when an id is not a topic.
 */
export function readTopicMap(file: string, topicIds: Set<string>): TopicMap {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'the file does not exist'
        : (error as Error).message.split('\n')[0];
    throw new SetupError(`Cannot read the topics map ${file}: ${reason}`);
  }
  if (data === null || data === undefined) return new Map();
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new SetupError(`${file} must be a list of "wordpress-slug: topic-id" lines`);
  }
  const map: TopicMap = new Map();
  const problems: string[] = [];
  for (const [slug, value] of Object.entries(data)) {
    const ids = value === null ? [] : Array.isArray(value) ? value : [value];
    for (const id of ids) {
      if (typeof id !== 'string' || !topicIds.has(id)) {
        problems.push(`"${slug}: ${String(id)}" (${JSON.stringify(id)} is not a topic id)`);
      }
    }
    map.set(slug, ids.map(String));
  }
  if (problems.length) {
    throw new SetupError(
      `${file}: ${problems.join('; ')}. Known topic ids: ${[...topicIds].sort().join(', ')}`,
    );
  }
  return map;
}

export interface UnmappedTerm {
  kind: 'category' | 'tag';
  slug: string;
}

export interface PostTopics {
  topics: string[];
  unmapped: UnmappedTerm[];
}

/** Topic ids for one post, in the order its categories and tags appear (categories first). */
export function topicsFor(item: WxrItem, topicIds: Set<string>, map: TopicMap): PostTopics {
  const topics: string[] = [];
  const unmapped: UnmappedTerm[] = [];
  const terms = [
    ...item.terms.filter((t) => t.domain === 'category'),
    ...item.terms.filter((t) => t.domain === 'post_tag'),
  ];
  for (const term of terms) {
    const mapped =
      map.get(term.nicename) ?? (topicIds.has(term.nicename) ? [term.nicename] : undefined);
    if (mapped) topics.push(...mapped);
    else
      unmapped.push({ kind: term.domain === 'category' ? 'category' : 'tag', slug: term.nicename });
  }
  return { topics: [...new Set(topics)], unmapped };
}
