/**
 * Dead internal links, found before anything is built: a link to this site must
 * name a page the build writes (site-paths.ts) or a file in public/. As in
 * Docusaurus a dead link is an error, and the message says where the page is
 * when the link is only slightly off (a missing slash, the other locale's slug,
 * a draft).
 */
import { localeKeys, site } from '~/site.config';
import { pagedKinds, contentKinds } from './content-kinds';

/** A piece of content as a link target. */
export interface LinkTarget {
  path: string;
  name: string;
  slug: string;
  locale: string;
  /** Its URL segment: `articles`, `keynotes`, `quizzes`. */
  segment: string;
  draft: boolean;
}

export interface SiteMap {
  /** Every page and feed the build writes. */
  paths: ReadonlySet<string>;
  pieces: readonly LinkTarget[];
  topicIds: ReadonlySet<string>;
  /** Whether public/ has this file (`/uploads/a.png`). */
  publicFile(pathname: string): boolean;
  /** The public folder as shown in messages, `public`. */
  publicName: string;
}

const SITE = new URL(site.url);

/**
 * The path on this site a link goes to, resolved from the page it is on; undefined for other
 * sites, `mailto:` and the like, and anchors on the same page.
 * @example internalPath('../other/', '/en/articles/x/') // '/en/articles/other/'
 */
export function internalPath(url: string, pagePath: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('?')) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^https?:/i.test(trimmed)) return undefined;
  if (!URL.canParse(trimmed, new URL(pagePath, SITE))) return undefined;
  const target = new URL(trimmed, new URL(pagePath, SITE));
  if (target.origin !== SITE.origin) return undefined;
  try {
    return decodeURI(target.pathname);
  } catch {
    return target.pathname;
  }
}

/**
 * Why a link from the page at `pagePath` goes nowhere, or undefined when it is fine
 * (including every link to another site).
 * @example deadLink('/en/articles/nope/', '/en/', map) // 'link "/en/articles/nope/" goes to no page …'
 */
export function deadLink(url: string, pagePath: string, map: SiteMap): string | undefined {
  const target = internalPath(url, pagePath);
  if (target === undefined || map.paths.has(target)) return undefined;
  const file = target.endsWith('/') ? `${target}index.html` : target;
  if (map.publicFile(file)) return undefined;
  return `link "${url}" goes to no page or file of this site: ${hint(target, map)}`;
}

function hint(target: string, map: SiteMap): string {
  if (!target.endsWith('/') && map.paths.has(`${target}/`))
    return `write it with the slash at the end, ${target}/`;
  const draft = map.pieces.find((piece) => piece.draft && piece.path === target);
  if (draft)
    return `"${draft.name}" is a draft (draft: true), so it has no page yet: link to it once it is published`;
  const [locale, segment, last, ...more] = target.split('/').filter(Boolean);
  if (locale && !localeKeys.includes(locale as never) && !/\.[a-z0-9]+$/i.test(target))
    return `there is no locale "${locale}" (locales: ${localeKeys.join(', ')})`;
  if (segment === 'topics' && last && more.length === 0 && !map.topicIds.has(last))
    return `there is no topic "${last}" (topic ids are the keys of topics.yaml)`;
  const kind = pagedKinds.find((k) => contentKinds[k].pages.segment === segment);
  if (kind && last && more.length === 0) {
    const same = map.pieces.filter(
      (piece) =>
        !piece.draft && piece.segment === segment && (piece.name === last || piece.slug === last),
    );
    const here = same.find((piece) => piece.locale === locale);
    if (here) return `the ${locale} version of "${here.name}" is at ${here.path}`;
    if (same.length) return `"${last}" is only at ${same.map((piece) => piece.path).join(' and ')}`;
    return `there is no ${contentKinds[kind].id} "${last}" in ${locale} (its address ends in the file name, or in slug: when the file has one)`;
  }
  if (/\.[a-z0-9]+$/i.test(target))
    return `put the file at ${map.publicName}${target}, or correct the address`;
  return 'correct the address (pages are /<locale>/articles/<slug>/, /<locale>/topics/<topic id>/ …; drafts have none)';
}
