/**
 * Converts a WordPress post body (HTML) to an MDX body with the unified tools
 * (hast-util-from-html → hast-util-to-mdast → mdast-util-to-markdown). The
 * MDX stringifier escapes `{` and `<` in text, so a reader still sees
 * `{like this}` and `a < b`; lines starting with `import`/`export` are escaped
 * too (MDX would read them as code). Wrapper tags (`<span style>`, `<font>`,
 * `<div>`) are unwrapped to their text; frames, scripts, styles and media
 * players are dropped and reported, since the site loads nothing from other sites.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { autop, isBlockEditorPost } from './autop';
import { captionsToHtml, findShortcodes, withoutShortcodes } from './shortcodes';

/** Returns the URL to use instead (e.g. `/uploads/2021/05/a.png`), or undefined to keep it. */
export type UrlResolver = (url: string, kind: 'image' | 'link') => string | undefined;

export interface Conversion {
  mdx: string;
  /** The running text (no headings, code or tables) on one line; used when a post has no excerpt. */
  plainText: string;
  /** Shortcodes left in the text as written, e.g. `gallery`. */
  shortcodes: string[];
  /** One line per problem, e.g. `embedded frame removed (https://www.youtube.com/embed/x)`. */
  warnings: string[];
}

/** Elements that would load or run something; dropped with a warning. */
const DROPPED: Record<string, string> = {
  iframe: 'embedded frame removed',
  script: 'script removed',
  style: 'style block removed',
  noscript: 'noscript block removed',
  video: 'video player removed',
  audio: 'audio player removed',
  object: 'embedded object removed',
  embed: 'embedded object removed',
  form: 'form removed',
  input: 'form field removed',
  button: 'button removed',
  select: 'form field removed',
  textarea: 'form field removed',
  canvas: 'canvas removed',
  svg: 'inline SVG removed',
};

const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'code',
  'del',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'u',
]);
/** Left out of the plain text a description is taken from. */
const NOT_PROSE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'table']);

/** MDX reads a line starting with `import ` or `export ` as JavaScript; these make the stringifier escape that first letter. */
const ESM_GUARD: ToMarkdownOptions = {
  unsafe: [
    { character: 'i', atBreak: true, after: 'mport[ \\t]' },
    { character: 'e', atBreak: true, after: 'xport[ \\t]' },
  ],
};

const STRINGIFY: ToMarkdownOptions = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
  extensions: [mdxToMarkdown(), gfmToMarkdown(), ESM_GUARD],
};

function mediaSource(element: Element): string {
  const own = element.properties.src ?? element.properties.data;
  if (own) return String(own);
  const source = element.children.find(
    (c): c is Element => c.type === 'element' && c.tagName === 'source',
  );
  return source?.properties.src ? String(source.properties.src) : '';
}

/** Cleans the HTML tree in place: drops comments and dropped elements, resolves URLs, turns figcaptions into italic lines. */
function clean(
  parent: HastRoot | Element,
  resolveUrl: UrlResolver | undefined,
  warnings: string[],
): void {
  const children: (RootContent | ElementContent)[] = [];
  for (const node of parent.children) {
    if (node.type === 'comment' || node.type === 'doctype') continue;
    if (node.type !== 'element') {
      children.push(node);
      continue;
    }
    const dropped = DROPPED[node.tagName];
    if (dropped) {
      const src = mediaSource(node);
      warnings.push(src ? `${dropped} (${src})` : dropped);
      continue;
    }
    clean(node, resolveUrl, warnings);
    if (node.tagName === 'img') {
      const src = String(node.properties.src ?? '').trim();
      if (!src) continue;
      node.properties.src = resolveUrl?.(src, 'image') ?? src;
      if (!String(node.properties.alt ?? '').trim())
        warnings.push(
          `image without alt text (${src}): add a short description for readers who cannot see it`,
        );
    } else if (node.tagName === 'a' && node.properties.href) {
      const href = String(node.properties.href);
      node.properties.href = resolveUrl?.(href, 'link') ?? href;
    } else if (node.tagName === 'figcaption') {
      node.tagName = 'p';
      node.children = [{ type: 'element', tagName: 'em', properties: {}, children: node.children }];
    }
    children.push(node);
  }
  parent.children = children as typeof parent.children;
}

function plainText(node: HastRoot | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && NOT_PROSE.has(node.tagName)) return ' ';
  const inner = node.children.map((child) => plainText(child as ElementContent)).join('');
  return node.type === 'element' && !INLINE.has(node.tagName) ? ` ${inner} ` : inner;
}

/**
 * Headings start at level 2 (the page title is the only h1) and never skip a
 * level, so the page outline stays valid whatever the post used.
 */
function normaliseHeadings(tree: MdastRoot): void {
  const headings: { depth: 1 | 2 | 3 | 4 | 5 | 6 }[] = [];
  const walk = (node: MdastNodes) => {
    if (node.type === 'heading') headings.push(node);
    if ('children' in node) node.children.forEach((child) => walk(child as MdastNodes));
  };
  walk(tree);
  if (headings.length === 0) return;
  const shift = 2 - Math.min(...headings.map((h) => h.depth));
  let previous = 1;
  for (const heading of headings) {
    const depth = Math.max(2, Math.min(6, heading.depth + shift, previous + 1)) as
      2 | 3 | 4 | 5 | 6;
    heading.depth = depth;
    previous = depth;
  }
}

/** Removes raw HTML and links or images that lost everything they pointed at or showed. */
function pruneMdast(node: MdastNodes): void {
  if (!('children' in node)) return;
  const kept = node.children.filter((child) => {
    if (child.type === 'html') return false;
    if (child.type === 'link' && child.children.length === 0) return false;
    if (child.type === 'image' && !child.url) return false;
    return true;
  });
  (node as { children: MdastNodes[] }).children = kept;
  kept.forEach((child) => pruneMdast(child as MdastNodes));
}

export function htmlToMdx(html: string, options: { resolveUrl?: UrlResolver } = {}): Conversion {
  const warnings: string[] = [];
  const withCaptions = captionsToHtml(html);
  const shortcodes = findShortcodes(withCaptions);
  const source = isBlockEditorPost(html) ? withCaptions : autop(withCaptions);
  const hast = fromHtml(source, { fragment: true });
  clean(hast, options.resolveUrl, warnings);
  const mdast = toMdast(hast) as MdastRoot;
  pruneMdast(mdast);
  normaliseHeadings(mdast);
  const mdx = mdast.children.length ? toMarkdown(mdast, STRINGIFY).trim() + '\n' : '';
  const plain = withoutShortcodes(plainText(hast)).replace(/\s+/g, ' ').trim();
  return { mdx, plainText: plain, shortcodes, warnings: [...new Set(warnings)] };
}

/** Text of a small HTML snippet (a title or an excerpt), entities decoded and tags removed. */
export function htmlToPlainText(html: string): string {
  return plainText(fromHtml(html, { fragment: true }))
    .replace(/\s+/g, ' ')
    .trim();
}
