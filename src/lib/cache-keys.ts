/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page
 * is copied from the last build instead of rendered again only when its key
 * and its code are both unchanged. So a key must change whenever anything the
 * page shows changes. A keyed page renders only from its props and from what
 * every page shares (the site config, the UI dictionaries, the topic labels
 * and the year in the footer); its key hashes exactly those.
 */
import { createHash } from 'node:crypto';
import { dictionaries } from '~/i18n/dictionaries';
import { site } from '~/site.config';
import { buildTime } from './build-time';
import { socialImagesEnabled } from './social-image';

/**
 * One string for any plain data, the same for equal data: object keys sorted,
 * dates as ISO strings, content entries as their file's digest and their
 * parsed data (the body is covered by the digest, so it is not copied in).
 * Functions, symbols, maps and sets cannot be keyed and throw, so a page never
 * gets a key that silently leaves out part of what it shows.
 */
export function stableJson(value: unknown): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean')
    return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : `"${value}"`;
  if (value === undefined) return 'null';
  if (value instanceof Date) return `{"$date":${JSON.stringify(value.toISOString())}}`;
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && !(value instanceof Map) && !(value instanceof Set)) {
    const record = value as Record<string, unknown>;
    if (isContentEntry(record)) {
      const { collection, id, digest, data, body } = record;
      return stableJson(
        digest === undefined
          ? { $entry: `${collection}/${id}`, data, body: body ?? null }
          : { $entry: `${collection}/${id}`, data, digest },
      );
    }
    const fields = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson(record[key])}`);
    return `{${fields.join(',')}}`;
  }
  throw new TypeError(`A page cache key cannot include ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value instanceof Map) return 'a Map';
  if (value instanceof Set) return 'a Set';
  return `a ${typeof value}`;
}

/** An entry from `getCollection()`: the digest Astro keeps for its file changes with every byte of it. */
function isContentEntry(value: Record<string, unknown>): value is {
  collection: string;
  id: string;
  data: unknown;
  digest?: string;
  body?: string;
} {
  return typeof value.collection === 'string' && typeof value.id === 'string' && 'data' in value;
}

/** SHA-256 of `stableJson(value)`, base64url. */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('base64url');
}

/**
 * What every page shows besides its own props: the site config (name, author,
 * e-mail addresses, locales), every locale's UI strings, the topic labels from
 * content/topics.yaml, the year in the footer's copyright line and whether social images are on.
 * @example sharedKey(await loadTopics())
 */
export function sharedKey(topicLabels: unknown, now: Date = buildTime()): string {
  return digestOf({
    site,
    dictionaries,
    topicLabels,
    year: now.getUTCFullYear(),
    // Whether pages carry og:image tags (OG_IMAGES=off leaves them out).
    socialImages: socialImagesEnabled(),
  });
}

/**
 * Adds a `cacheKey` to each path from `getStaticPaths()`: the hash of its
 * params, its props and the shared key. Only for pages that render nothing
 * but their props and the shared data.
 * @example return withCacheKeys(paths, sharedKey(await loadTopics()));
 */
export function withCacheKeys<T extends { params: unknown; props: unknown }>(
  paths: readonly T[],
  shared: string,
): (T & { cacheKey: string })[] {
  return paths.map((path) => ({
    ...path,
    cacheKey: digestOf({ shared, params: path.params, props: path.props }),
  }));
}
