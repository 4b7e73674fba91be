/**
 * Reads a WordPress export (WXR, Tools → Export) into plain records: one per
 * `<item>` (posts, pages, attachments, menu items …) and one per `<wp:term>`,
 * `<wp:category>` and `<wp:tag>`. Text is decoded (XML entities, CDATA) but
 * otherwise left as WordPress stored it; deciding what to import is elsewhere.
 */
import { XMLParser } from 'fast-xml-parser';
import { xmlProblem } from './xml-check';

export interface WxrTermRef {
  /** `category`, `post_tag`, `language`, `post_translations`, … */
  domain: string;
  /** The term's slug, percent-decoded. */
  nicename: string;
  label: string;
}

export interface WxrItem {
  id: number;
  title: string;
  /** `post`, `page`, `attachment`, `nav_menu_item`, … */
  type: string;
  /** `publish`, `draft`, `pending`, `private`, `future`, `inherit`, … */
  status: string;
  /** `wp:post_name`, percent-decoded; empty for many drafts. */
  slug: string;
  /** `wp:post_date`, e.g. `2021-05-10 09:00:00`. */
  date: string;
  dateGmt: string;
  pubDate: string;
  content: string;
  excerpt: string;
  hasPassword: boolean;
  /** The post's address on the old blog (`<link>`) and its `?p=<id>` form (`<guid>`), for rewriting links between posts. */
  link: string;
  guid: string;
  terms: WxrTermRef[];
  meta: Record<string, string>;
}

export interface WxrTerm {
  taxonomy: string;
  slug: string;
  name: string;
  description: string;
}

export interface WxrExport {
  version: string;
  /** The old blog's own addresses (`wp:base_site_url`, `wp:base_blog_url`, the channel's `<link>`). */
  siteUrls: string[];
  items: WxrItem[];
  terms: WxrTerm[];
}

/** The file is not a readable WordPress export; the message says why, in one line. */
export class WxrError extends Error {}

type XmlNode = Record<string, unknown>;

const LISTS = new Set(['item', 'category', 'wp:postmeta', 'wp:term', 'wp:category', 'wp:tag']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  htmlEntities: true,
  isArray: (name) => LISTS.has(name),
});

/** Text of an element: its character data and CDATA sections joined. */
function text(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(text).join('');
  const record = node as XmlNode;
  return text(record['#text']) + text(record['#cdata']);
}

/** WordPress stores non-ASCII slugs percent-encoded (`r%c3%bcckruf`). */
export function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug.trim());
  } catch {
    return slug.trim();
  }
}

function list(node: unknown): XmlNode[] {
  return Array.isArray(node) ? (node as XmlNode[]) : [];
}

function readItem(item: XmlNode): WxrItem {
  const meta: Record<string, string> = {};
  for (const entry of list(item['wp:postmeta']))
    meta[text(entry['wp:meta_key']).trim()] = text(entry['wp:meta_value']);
  return {
    id: Number(text(item['wp:post_id']).trim()),
    title: text(item.title).trim(),
    type: text(item['wp:post_type']).trim(),
    status: text(item['wp:status']).trim(),
    slug: decodeSlug(text(item['wp:post_name'])),
    date: text(item['wp:post_date']).trim(),
    dateGmt: text(item['wp:post_date_gmt']).trim(),
    pubDate: text(item.pubDate).trim(),
    content: text(item['content:encoded']),
    excerpt: text(item['excerpt:encoded']).trim(),
    hasPassword: text(item['wp:post_password']).trim() !== '',
    link: text(item.link).trim(),
    guid: text(item.guid).trim(),
    terms: list(item.category).map((category) => ({
      domain: text(category['@domain']).trim(),
      nicename: decodeSlug(text(category['@nicename'])),
      label: text(category).trim(),
    })),
    meta,
  };
}

function readTerms(channel: XmlNode): WxrTerm[] {
  const terms: WxrTerm[] = list(channel['wp:term']).map((term) => ({
    taxonomy: text(term['wp:term_taxonomy']).trim(),
    slug: decodeSlug(text(term['wp:term_slug'])),
    name: text(term['wp:term_name']).trim(),
    description: text(term['wp:term_description']).trim(),
  }));
  for (const category of list(channel['wp:category'])) {
    terms.push({
      taxonomy: 'category',
      slug: decodeSlug(text(category['wp:category_nicename'])),
      name: text(category['wp:cat_name']).trim(),
      description: text(category['wp:category_description']).trim(),
    });
  }
  for (const tag of list(channel['wp:tag'])) {
    terms.push({
      taxonomy: 'post_tag',
      slug: decodeSlug(text(tag['wp:tag_slug'])),
      name: text(tag['wp:tag_name']).trim(),
      description: text(tag['wp:tag_description']).trim(),
    });
  }
  return terms;
}

/**
 * Parses the text of a WXR file.
 * @throws WxrError with a one-line reason when it is not XML or not a WordPress export.
 */
export function parseWxr(xml: string): WxrExport {
  if (!xml.trim()) throw new WxrError('the file is empty');
  const problem = xmlProblem(xml);
  if (problem) throw new WxrError(`the XML is broken at ${problem}`);
  let doc: XmlNode;
  try {
    doc = parser.parse(xml) as XmlNode;
  } catch (error) {
    throw new WxrError(`the XML cannot be read: ${(error as Error).message.split('\n')[0]}`);
  }
  const channel = (doc.rss as XmlNode | undefined)?.channel as XmlNode | undefined;
  if (!channel || typeof channel !== 'object')
    throw new WxrError('there is no <rss><channel> in it');
  const version = text(channel['wp:wxr_version']).trim();
  if (!version)
    throw new WxrError(
      'there is no <wp:wxr_version> in it (export the site with Tools → Export in WordPress)',
    );
  const items = list(channel.item).map(readItem);
  const broken = items.find((item) => !Number.isInteger(item.id) || item.id <= 0);
  if (broken) throw new WxrError(`the item "${broken.title || '(no title)'}" has no <wp:post_id>`);
  const siteUrls = [channel['wp:base_site_url'], channel['wp:base_blog_url'], channel.link]
    .map((node) => text(node).trim())
    .filter(Boolean);
  return { version, siteUrls, items, terms: readTerms(channel) };
}
