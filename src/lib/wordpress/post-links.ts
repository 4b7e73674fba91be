/**
 * Links between posts: a link in one imported post to another imported post
 * is rewritten to that article's new address on this site. Links are written
 * by hand over years, so a link is matched by its normalised URL (http or
 * https, with or without `www.` and the trailing slash, `?p=<id>`, the
 * `/amp/` version, a path relative to the post) and, failing that, by the
 * post's slug as the last part of the path — which finds a post whose
 * permalink changed (`/2019/03/12/my-post/` for `/2019/03/11/my-post/`, or
 * dates dropped from the permalinks) — when only one imported post has that
 * slug. A link that still points at the old blog afterwards is reported,
 * since it will break once the blog is gone.
 */
import type { WxrItem } from './wxr';

/** Path endings that show the same post: its AMP version, a page of its comments, a page of the post. */
const SAME_POST_SUFFIX = /\/(?:amp|comment-page-\d+|\d+)$/;
/** First path segments of WordPress pages that are not posts, where a last segment is no post slug. */
const NOT_A_POST = new Set([
  'category',
  'tag',
  'author',
  'feed',
  'search',
  'page',
  'comments',
  'wp-content',
  'wp-admin',
  'wp-includes',
  'wp-json',
]);

interface ParsedUrl {
  host: string;
  /** Decoded, lowercased, without `/index.php` in front or a trailing slash. */
  path: string;
  /** From `?p=` or `?page_id=`. */
  id?: string;
}

function parse(url: string, base?: string): ParsedUrl | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(parsed.protocol)) return undefined;
  let pathname = parsed.pathname;
  try {
    pathname = decodeURIComponent(pathname);
  } catch {
    // keep it encoded
  }
  const id = parsed.searchParams.get('p') ?? parsed.searchParams.get('page_id');
  return {
    host: parsed.host.toLowerCase().replace(/^www\./, ''),
    path: pathname
      .toLowerCase()
      .replace(/^\/index\.php(?=\/|$)/, '')
      .replace(/\/+$/, ''),
    id: id && /^\d+$/.test(id) ? id : undefined,
  };
}

/** `blog.example.com/de/rückrufe` — host without `www.`, decoded path without trailing slash, lowercased; `?p=12` kept. */
export function urlKey(url: string, base?: string): string | undefined {
  const parsed = parse(url, base);
  if (!parsed) return undefined;
  return parsed.id
    ? `${parsed.host}${parsed.path}/?p=${parsed.id}`
    : `${parsed.host}${parsed.path}`;
}

/** What a link in a post points at. */
export type LinkTarget =
  /** An imported post: its new address, with the link's `#fragment`. */
  | { post: string }
  /** The old blog, no imported post: the absolute URL, and why no post was found when the slug is shared. */
  | { oldBlog: string; sharedSlug?: { slug: string; posts: number } }
  /** Another site, or not a web address. */
  | undefined;

export class PostLinks {
  private readonly targets = new Map<string, string>();
  private readonly ids = new Map<string, string>();
  private readonly slugs = new Map<string, string[]>();
  private readonly hosts = new Set<string>();

  constructor(private readonly siteUrls: string[]) {
    for (const url of siteUrls) this.addHost(url);
  }

  private addHost(url: string): void {
    const host = parse(url)?.host;
    if (host) this.hosts.add(host);
  }

  /** Registers the new address of an imported post under its old addresses and its slug. */
  add(item: WxrItem, newPath: string): void {
    for (const url of [item.link, item.guid]) {
      const key = url && urlKey(url);
      if (key) this.targets.set(key, newPath);
      if (url) this.addHost(url);
    }
    this.ids.set(String(item.id), newPath);
    const slug = item.slug.toLowerCase();
    if (slug) this.slugs.set(slug, [...(this.slugs.get(slug) ?? []), newPath]);
  }

  /**
   * Where a link in a post points; `base` is the post's own address on the
   * old blog, for links written relative to it.
   */
  lookup(url: string, base?: string): LinkTarget {
    if (url.startsWith('#')) return undefined;
    const parsed = parse(url, base ?? this.siteUrls[0]);
    if (!parsed) return undefined;
    const hash = url.includes('#') ? url.slice(url.indexOf('#')) : '';
    const found = this.find(parsed);
    if (found) return { post: `${found}${hash}` };
    if (!this.hosts.has(parsed.host) || parsed.path.startsWith('/wp-content/uploads/'))
      return undefined;
    const slug = this.slugOf(parsed.path);
    const posts = slug ? (this.slugs.get(slug)?.length ?? 0) : 0;
    const absolute = /^[a-z][a-z\d+.-]*:/i.test(url);
    return {
      oldBlog: absolute ? url : new URL(url, base ?? this.siteUrls[0]).href,
      ...(posts > 1 && slug ? { sharedSlug: { slug, posts } } : {}),
    };
  }

  private find({ host, path, id }: ParsedUrl): string | undefined {
    const onOldBlog = this.hosts.has(host);
    if (id) return onOldBlog ? this.ids.get(id) : undefined;
    const exact = this.targets.get(`${host}${path}`);
    if (exact || !onOldBlog) return exact;
    const trimmed = path.replace(SAME_POST_SUFFIX, '');
    const same = this.targets.get(`${host}${trimmed}`);
    if (same) return same;
    const slug = this.slugOf(trimmed);
    const bySlug = slug ? this.slugs.get(slug) : undefined;
    return bySlug?.length === 1 ? bySlug[0] : undefined;
  }

  /** The last segment of a path that can be a post's (not an archive, a number or an upload). */
  private slugOf(path: string): string | undefined {
    const segments = path.replace(SAME_POST_SUFFIX, '').split('/').filter(Boolean);
    const last = segments.at(-1);
    if (!last || /^\d+$/.test(last) || NOT_A_POST.has(segments[0]!)) return undefined;
    return last;
  }
}
