/**
 * Every internal link, asset, hreflang alternate and sitemap URL resolves to a built file, and
 * every #fragment to an element on its page.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { localeKeys, site } from '~/site.config';
import { distFiles, htmlFileFor, readDist, resolvesToFile, urlPathOf } from '../support/dist';

const origin = new URL(site.url).origin;

/** Site path of a URL found on `fromPath`, or undefined when it is not on this site. */
function internalPath(url: string, fromPath: string): string | undefined {
  if (/^(mailto|tel|data|javascript):/i.test(url)) return undefined;
  const resolved = new URL(url, `${origin}${fromPath}`);
  return resolved.origin === origin ? resolved.pathname : undefined;
}

describe('links', () => {
  it('has no broken internal href, src or form action on any page', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of distFiles('.html')) {
      const from = urlPathOf(file);
      const root = parse(readDist(file));
      for (const el of root.querySelectorAll('[href], [src], form[action]')) {
        for (const attr of ['href', 'src', 'action']) {
          const value = el.getAttribute(attr);
          if (!value || value.startsWith('#')) continue;
          const target = internalPath(value, from);
          if (target === undefined) continue;
          checked++;
          if (!resolvesToFile(target)) broken.push(`${file}: ${attr}="${value}"`);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });

  it('points every #fragment link at an element with that id on its target page', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let found = ids.get(file);
      if (!found) {
        const root = parse(readDist(file));
        found = new Set(
          root.querySelectorAll('[id], a[name]').map((el) => el.id || el.getAttribute('name')!),
        );
        ids.set(file, found);
      }
      return found;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const file of distFiles('.html')) {
      for (const link of parse(readDist(file)).querySelectorAll('a[href*="#"]')) {
        const href = link.getAttribute('href')!;
        const url = new URL(href, `${origin}${urlPathOf(file)}`);
        if (url.origin !== origin) continue;
        checked++;
        const target = htmlFileFor(url.pathname);
        const id = decodeURIComponent(url.hash.slice(1));
        if (!resolvesToFile(url.pathname) || !idsOf(target).has(id))
          broken.push(`${file}: href="${href}"`);
      }
    }
    expect(checked).toBeGreaterThan(90);
    expect(broken).toEqual([]);
  });

  it('has no hreflang alternate or canonical URL that points nowhere', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of distFiles('.html')) {
      for (const link of parse(readDist(file)).querySelectorAll(
        'link[rel=alternate][hreflang], link[rel=canonical]',
      )) {
        checked++;
        const target = internalPath(link.getAttribute('href')!, urlPathOf(file));
        if (target === undefined || !resolvesToFile(target))
          broken.push(`${file}: ${link.getAttribute('href')}`);
      }
    }
    expect(checked).toBeGreaterThan(distFiles('.html').length);
    expect(broken).toEqual([]);
  });

  it('lists only built pages in the sitemap, alternates included', () => {
    const xml = readDist('sitemap-0.xml');
    const urls = [
      ...xml.matchAll(/<loc>([^<]+)<\/loc>/g),
      ...xml.matchAll(/hreflang="[^"]+" href="([^"]+)"/g),
    ].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(80);
    expect(
      urls.filter((u) => !u.startsWith(origin) || !resolvesToFile(new URL(u).pathname)),
    ).toEqual([]);
  });

  it('links every feed item to a built page', () => {
    const feeds = distFiles('rss.xml');
    expect(feeds).toEqual(localeKeys.map((locale) => `${locale}/rss.xml`).sort());
    for (const feed of feeds) {
      const xml = readDist(feed);
      const links = [...xml.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname);
      expect(xml.match(/<item>/g)?.length ?? 0, `${feed} has items`).toBeGreaterThan(0);
      expect(
        links.filter((p) => !resolvesToFile(p)),
        feed,
      ).toEqual([]);
    }
  });
});
