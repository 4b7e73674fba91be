/**
 * Links between posts: a link in one imported post to another imported post
 * (by its permalink, or the `?p=<id>` form WordPress also answers) is rewritten
 * to that article's new address on this site. A link that still points at the
 * old blog afterwards is reported, since it will break once the blog is gone.
 */
import type { WxrItem } from './wxr';

/** `blog.example.com/de/rückrufe` — host without `www.`, decoded path without trailing slash, lowercased; `?p=12` kept. */
export function urlKey(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(parsed.protocol)) return undefined;
  const host = parsed.host.toLowerCase().replace(/^www\./, '');
  let pathname = parsed.pathname;
  try {
    pathname = decodeURIComponent(pathname);
  } catch {
    // keep it encoded
  }
  pathname = pathname.replace(/\/+$/, '').toLowerCase();
  const id = parsed.searchParams.get('p') ?? parsed.searchParams.get('page_id');
  return id && /^\d+$/.test(id) ? `${host}${pathname}/?p=${id}` : `${host}${pathname}`;
}

export class PostLinks {
  private readonly targets = new Map<string, string>();
  private readonly hosts: Set<string>;

  constructor(siteUrls: string[]) {
    this.hosts = new Set(
      siteUrls.map((url) => urlKey(url)?.split('/')[0]).filter((host): host is string => !!host),
    );
  }

  /** Registers the new address of an imported post under its old addresses. */
  add(item: WxrItem, newPath: string): void {
    for (const url of [item.link, item.guid]) {
      const key = url && urlKey(url);
      if (key) this.targets.set(key, newPath);
    }
    for (const key of [...this.hosts].map((host) => `${host}/?p=${item.id}`))
      this.targets.set(key, newPath);
  }

  /** The new address for a link to an imported post, keeping its `#fragment`. */
  resolve(url: string): string | undefined {
    const key = urlKey(url);
    const target = key ? this.targets.get(key) : undefined;
    if (!target) return undefined;
    const hash = url.includes('#') ? url.slice(url.indexOf('#')) : '';
    return `${target}${hash}`;
  }

  /** True for a link to the old blog (other than its uploads, which the image handling reports). */
  pointsToOldBlog(url: string): boolean {
    const host = urlKey(url)?.split('/')[0];
    return !!host && this.hosts.has(host) && !url.includes('/wp-content/uploads/');
  }
}
