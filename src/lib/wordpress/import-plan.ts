/**
 * Decides, for every item of a WordPress export, what the import does with
 * it: which published posts become which `articles/<locale>/<name>.mdx`, and
 * why everything else is skipped, in conflict or worth a warning. It reads the
 * content folder but writes nothing; `run.ts` carries the plan out.
 */
import path from 'node:path';
import { contentFile } from '~/lib/content-paths';
import { entryPath } from '~/lib/urls';
import { defaultLocale, localeKeys, type Locale } from '~/site.config';
import { displayPath } from '~/lib/content-check';
import { mdxProblem } from '~/lib/mdx-problem';
import { isoDay, parseIsoDay } from '~/lib/dates';
import { descriptionFrom } from './description';
import { existingArticles, type ExistingArticles } from './existing';
import { counted, reportFindings, type Finding } from './findings';
import { htmlToMdx, htmlToPlainText, type UrlResolver } from './html-to-mdx';
import { polylangLocales, postLanguage } from './languages';
import { articleFile } from './mdx-file';
import { PostLinks } from './post-links';
import { segmentFromSlug } from './slugs';
import { topicsFor, type TopicMap, type UnmappedTerm } from './topics';
import { translationGroups } from './translations';
import { assetResolver, type AssetCopy } from './uploads';
import type { WxrExport, WxrItem } from './wxr';

export interface PlanOptions {
  contentDir: string;
  publicDir: string;
  /** A copy of wp-content/uploads; without it images keep their URLs. */
  uploadsDir?: string;
  /** Language of posts the export does not label (no Polylang data). */
  fallbackLocale: Locale;
  topicIds: Set<string>;
  topicMap: TopicMap;
}

export interface PlannedFile {
  file: string;
  locale: Locale;
  name: string;
  text: string;
  /** `'Title' (post 12)` */
  post: string;
  copies: AssetCopy[];
  /** Images the post would load from another site (each URL once): preflight.ts refuses it for them. */
  remoteImages: string[];
}

/** Each list holds finished one-line messages. */
export interface ImportPlan {
  files: PlannedFile[];
  skipped: string[];
  conflicts: string[];
  warnings: string[];
}

interface Candidate {
  item: WxrItem;
  label: string;
  locale: Locale;
  day: string;
}

/** Entries that are site structure rather than writing; reported as one line per type. */
const STRUCTURE =
  /^(?:attachment|nav_menu_item|revision|custom_css|customize_changeset|oembed_cache|user_request|wp_[a-z_]+)$/;
const STATUS: Record<string, string> = {
  draft: 'draft',
  'auto-draft': 'draft',
  pending: 'pending review',
  private: 'private',
  future: 'scheduled',
  trash: 'in the trash',
};

export function postLabel(item: WxrItem): string {
  return `'${htmlToPlainText(item.title) || '(no title)'}' (post ${item.id})`;
}

/** `2021-05-10 09:00:00` → `2021-05-10`, trying the GMT date and the RSS date when the first is unusable. */
function publicationDay(item: WxrItem): string | undefined {
  for (const value of [item.date, item.dateGmt]) {
    const day = value.slice(0, 10);
    if (parseIsoDay(day).ok) return day;
  }
  const rss = new Date(item.pubDate);
  return item.pubDate && !Number.isNaN(rss.getTime()) ? isoDay(rss) : undefined;
}

/** `category 'a'`, `categories 'a', 'b' and tag 'c'` */
function describeTerms(terms: UnmappedTerm[]): string {
  const parts = (['category', 'tag'] as const).flatMap((kind) => {
    const slugs = terms.filter((t) => t.kind === kind).map((t) => `'${t.slug}'`);
    if (!slugs.length) return [];
    const noun = slugs.length === 1 ? kind : kind === 'category' ? 'categories' : 'tags';
    return [`${noun} ${slugs.join(', ')}`];
  });
  return parts.join(' and ');
}

function listPosts(labels: string[]): string {
  return labels.length <= 3
    ? labels.join(', ')
    : `${labels.slice(0, 3).join(', ')} and ${labels.length - 3} more`;
}

export function planImport(wxr: WxrExport, options: PlanOptions): ImportPlan {
  const plan: ImportPlan = { files: [], skipped: [], conflicts: [], warnings: [] };
  const structure = new Map<string, number>();
  const candidates: Candidate[] = [];
  const polylang = polylangLocales(wxr.terms);
  const groups = translationGroups(wxr.items, wxr.terms);

  for (const item of wxr.items) {
    const label = postLabel(item);
    if (STRUCTURE.test(item.type)) structure.set(item.type, (structure.get(item.type) ?? 0) + 1);
    else if (item.type !== 'post')
      plan.skipped.push(`${item.type || 'item'} ${label}: only posts are imported`);
    else if (item.status !== 'publish')
      plan.skipped.push(`${STATUS[item.status] ?? item.status} ${label}`);
    else if (item.hasPassword)
      plan.skipped.push(
        `password-protected ${label}: the site has no passwords, so it stays in WordPress`,
      );
    else {
      const language = postLanguage(
        item,
        polylang,
        options.fallbackLocale,
        groups.languageHint.get(item.id),
      );
      const day = publicationDay(item);
      if (!language.ok)
        plan.skipped.push(
          `${label}: language ${language.code} is not one of the site's locales (${localeKeys.join(', ')})`,
        );
      else if (!day)
        plan.skipped.push(`${label}: it has no usable publication date ("${item.date}")`);
      else candidates.push({ item, label, locale: language.locale, day });
    }
  }
  for (const [type, count] of structure) {
    const what =
      type === 'attachment'
        ? `attachment${count === 1 ? '' : 's'} (media library entries; the images a post shows are handled with the post)`
        : `${type} entr${count === 1 ? 'y' : 'ies'} (site structure, not articles)`;
    plan.skipped.push(`${count} ${what}`);
  }

  // Translation groups of the candidates, oldest first.
  const byGroup = new Map<number, Candidate[]>();
  const candidateIds = new Set(candidates.map((c) => c.item.id));
  for (const candidate of candidates) {
    const key = (groups.members.get(candidate.item.id) ?? [candidate.item.id]).find((id) =>
      candidateIds.has(id),
    )!;
    byGroup.set(key, [...(byGroup.get(key) ?? []), candidate]);
  }
  const older = (a: Candidate, b: Candidate) => a.day.localeCompare(b.day) || a.item.id - b.item.id;
  const ordered = [...byGroup.values()].map((members) => {
    members.sort(older);
    const source = members.find((m) => m.locale === defaultLocale) ?? members[0]!;
    return {
      source,
      members: [
        source,
        ...members
          .filter((m) => m !== source)
          .sort((a, b) => localeKeys.indexOf(a.locale) - localeKeys.indexOf(b.locale)),
      ],
    };
  });
  ordered.sort((a, b) => older(a.source, b.source));

  const existing = existingArticles(options.contentDir);
  const inUse: ExistingArticles = {
    names: cloneMaps(existing.names),
    slugs: cloneMaps(existing.slugs),
  };
  const usedNames = new Map<string, string>();
  const unmapped = new Map<string, string[]>();
  // Addresses first, bodies second: a post can then link to any other imported post, earlier or later.
  const links = new PostLinks(wxr.siteUrls);
  const conversions: (() => void)[] = [];

  for (const { source, members } of ordered) {
    const name = groupName(source, usedNames, plan.warnings);
    const taken = new Set<Locale>();
    for (const member of members) {
      if (taken.has(member.locale)) {
        const first = members.find((m) => m.locale === member.locale)!;
        plan.skipped.push(
          `${member.label}: its translation group already has a ${member.locale} post, ${first.label}`,
        );
        continue;
      }
      taken.add(member.locale);
      const topics = topicsFor(member.item, options.topicIds, options.topicMap);
      for (const term of topics.unmapped) {
        const key = `${term.kind} '${term.slug}'`;
        unmapped.set(key, [...(unmapped.get(key) ?? []), member.label]);
      }
      const convert = planPost(
        member,
        source === member,
        name,
        topics.topics,
        topics.unmapped,
        options,
        { existing, inUse, links },
        plan,
      );
      if (convert) conversions.push(convert);
    }
  }
  for (const convert of conversions) convert();
  for (const [key, posts] of unmapped) {
    plan.warnings.push(
      `${key} is not mapped to a topic (used by ${listPosts(posts)}); add it to the --topics file, or map it to [] to ignore it`,
    );
  }
  return plan;
}

function cloneMaps<K, A, B>(maps: Map<K, Map<A, B>>): Map<K, Map<A, B>> {
  return new Map([...maps].map(([key, inner]) => [key, new Map(inner)]));
}

/** The shared file name of a translation group: the source post's slug, made URL-safe and unique in this import. */
function groupName(source: Candidate, used: Map<string, string>, warnings: string[]): string {
  let base = segmentFromSlug(source.item.slug);
  if (!base) {
    base = `post-${source.item.id}`;
    const why = source.item.slug
      ? `its slug "${source.item.slug}" has no letters a–z or digits for a file name`
      : 'it has no slug';
    warnings.push(
      `${source.label}: ${why}; named ${base} (rename the file, and its translations, to a short name if you like)`,
    );
  }
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
  if (name !== base)
    warnings.push(
      `${source.label}: the name "${base}" is already taken by ${used.get(base)} in this import; named ${name}`,
    );
  used.set(name, source.label);
  return name;
}

function planPost(
  member: Candidate,
  isSource: boolean,
  name: string,
  topics: string[],
  unmapped: UnmappedTerm[],
  options: PlanOptions,
  {
    existing,
    inUse,
    links,
  }: { existing: ExistingArticles; inUse: ExistingArticles; links: PostLinks },
  plan: ImportPlan,
): (() => void) | undefined {
  const { item, label, locale } = member;
  const warn = (message: string) => plan.warnings.push(`${label}: ${message}`);
  const title = htmlToPlainText(item.title);
  if (!title) return void plan.skipped.push(`${label}: it has no title`);
  if (topics.length === 0) {
    const why = unmapped.length
      ? `${describeTerms(unmapped)} ${unmapped.length === 1 ? 'is' : 'are'} not mapped; add ${unmapped.length === 1 ? 'it' : 'them'} to the --topics file`
      : 'it has no categories or tags; give it a category in WordPress or add the topics by hand';
    return void plan.skipped.push(`${label}: no topic: ${why}`);
  }

  const file = contentFile(options.contentDir, 'articles', locale, name);
  const shown = displayPath(file);
  const names = inUse.names.get(locale)!;
  const slugs = inUse.slugs.get(locale)!;
  if (names.has(name))
    return void plan.conflicts.push(
      `${shown} already exists: ${label} was not imported (nothing was overwritten)`,
    );

  // A translation keeps its own WordPress slug as its URL when it differs from the shared name.
  let slug = isSource ? undefined : segmentFromSlug(item.slug);
  if (!isSource && !slug && item.slug)
    warn(
      `its slug "${item.slug}" has no letters a–z or digits; its address uses the name "${name}"`,
    );
  if (slug === name) slug = undefined;
  if (slug && slugs.has(slug)) {
    warn(
      `the address "${slug}" is already used by ${displayPath(slugs.get(slug)!)}; its address uses the name "${name}" instead`,
    );
    slug = undefined;
  }
  const address = slug ?? name;
  if (slugs.has(address)) {
    return void plan.conflicts.push(
      `${shown}: the address ${entryPath('articles', locale, address)} is already used by ${displayPath(slugs.get(address)!)}; ${label} was not imported`,
    );
  }

  names.set(name, file);
  slugs.set(address, file);
  links.add(item, entryPath('articles', locale, address));
  return () =>
    convertPost(member, { file, name, slug, title, topics }, options, links, existing, plan);
}

/** A link left on the old blog; those of one post are reported on one line. */
function oldBlogLink(url: string, sharedSlug?: { slug: string; posts: number }): Finding {
  return {
    kind: sharedSlug ? `old blog, slug ${sharedSlug.slug}` : 'old blog',
    url,
    message: (count, urls) =>
      sharedSlug
        ? `${counted(count, 'link', 'links')} to the old blog kept: ${urls} (${sharedSlug.posts} imported posts have the slug "${sharedSlug.slug}"; point ${count === 1 ? 'it' : 'them'} at one by hand)`
        : count === 1
          ? `link to the old blog kept: ${urls} (no imported post has that address)`
          : `${count} links to the old blog kept: ${urls} (no imported post has those addresses)`,
  };
}

/** Converts a post whose address is settled and adds its file to the plan (or skips it, saying why). */
function convertPost(
  member: Candidate,
  {
    file,
    name,
    slug,
    title,
    topics,
  }: { file: string; name: string; slug?: string; title: string; topics: string[] },
  options: PlanOptions,
  links: PostLinks,
  existing: ExistingArticles,
  plan: ImportPlan,
): void {
  const { item, label, locale } = member;
  const warn = (message: string) => plan.warnings.push(`${label}: ${message}`);
  const assets = assetResolver({
    uploadsDir: options.uploadsDir,
    publicDir: options.publicDir,
    imagesDir: path.join(options.contentDir, 'images'),
  });
  const oldBlogLinks: Finding[] = [];
  const resolveUrl: UrlResolver = (url, kind) => {
    const target = kind === 'link' ? links.lookup(url, item.link || undefined) : undefined;
    if (target && 'post' in target) return target.post;
    if (target) {
      oldBlogLinks.push(oldBlogLink(target.oldBlog, target.sharedSlug));
      // A path on the old blog would be a dead link here: it keeps pointing at the old blog.
      return target.oldBlog;
    }
    return assets.resolve(url, kind);
  };
  const body = htmlToMdx(item.content, { resolveUrl });
  const problem = mdxProblem(body.mdx, 1);
  if (problem)
    return void plan.skipped.push(
      `${label}: the converted text is not valid MDX (${problem}); copy it over by hand`,
    );
  reportFindings(oldBlogLinks).forEach(warn);

  let description = htmlToPlainText(item.excerpt);
  if (!description) {
    description = descriptionFrom(body.plainText) || title;
    warn('it has no excerpt; the description is the start of the text — check that it reads well');
  }

  for (const other of localeKeys) {
    const twin = other !== locale ? existing.names.get(other)!.get(name) : undefined;
    if (twin)
      warn(
        `it becomes the ${locale} translation of ${displayPath(twin)} (same name "${name}"); rename one of them if they are unrelated`,
      );
  }
  body.shortcodes.forEach((code) =>
    warn(
      `shortcode [${code}] kept as text; the site cannot run WordPress shortcodes — replace it by hand`,
    ),
  );
  body.warnings.forEach(warn);
  assets.warnings().forEach(warn);
  assets.conflicts.forEach((conflict) => plan.conflicts.push(`${conflict} (${label})`));

  const text = articleFile({ title, description, date: member.day, slug, topics }, body.mdx);
  plan.files.push({
    file,
    locale,
    name,
    text,
    post: label,
    copies: assets.copies,
    remoteImages: assets.remoteImages,
  });
}
