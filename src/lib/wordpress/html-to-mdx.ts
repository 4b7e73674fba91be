/**
 * Converts a WordPress post body (HTML) to an MDX body with the unified tools
 * (hast-util-from-html → hast-util-to-mdast → mdast-util-to-markdown). The
 * MDX stringifier escapes `{` and `<` in text, so a reader still sees
 * `{like this}` and `a < b`; lines starting with `import`/`export` are escaped
 * too (MDX would read them as code). Wrapper tags (`<span style>`, `<font>`,
 * `<div>`) are unwrapped to their text; `<sub>`/`<sup>` stay HTML, multi-line
 * `<code>` becomes a code block and background images become images, so no
 * text or picture is lost; frames, scripts, styles and media players are
 * dropped and reported, since the site loads nothing from other sites.
 * Warnings about URLs come one line per kind (findings.ts).
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast, type Handle } from 'hast-util-to-mdast';
import type { PhrasingContent, Root as MdastRoot } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown, type MdxJsxTextElement } from 'mdast-util-mdx';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { autop, isBlockEditorPost } from './autop';
import { coverCommentImage, keepBackgroundImage } from './cover-blocks';
import { counted, reportFindings, type Finding } from './findings';
import { tidyMdast } from './mdast-tidy';
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

/** Elements that would load or run something, dropped with a warning: what one and several are called. */
const DROPPED: Record<string, [string, string]> = {
  iframe: ['embedded frame', 'embedded frames'],
  script: ['script', 'scripts'],
  style: ['style block', 'style blocks'],
  noscript: ['noscript block', 'noscript blocks'],
  video: ['video player', 'video players'],
  audio: ['audio player', 'audio players'],
  object: ['embedded object', 'embedded objects'],
  embed: ['embedded object', 'embedded objects'],
  form: ['form', 'forms'],
  input: ['form field', 'form fields'],
  button: ['button', 'buttons'],
  select: ['form field', 'form fields'],
  textarea: ['form field', 'form fields'],
  canvas: ['canvas', 'canvases'],
  svg: ['inline SVG', 'inline SVGs'],
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

interface CleanContext {
  resolveUrl: UrlResolver | undefined;
  findings: Finding[];
  /** Inside `<pre>`, where line breaks are kept anyway. */
  inPre: boolean;
  /** Only blocks that can hold a code block are around (no table cell, heading, link …). */
  blockAllowed: boolean;
}

const droppedFinding = ([one, many]: [string, string], src: string): Finding => ({
  kind: `dropped ${one}`,
  url: src || undefined,
  message: (count, urls) => `${counted(count, one, many)} removed${urls ? ` (${urls})` : ''}`,
});

const noAltFinding = (src: string): Finding => ({
  kind: 'no alt text',
  url: src,
  message: (count, urls) =>
    count === 1
      ? `image without alt text (${urls}): add a short description for readers who cannot see it`
      : `${count} images without alt text (${urls}): add a short description to each for readers who cannot see them`,
});

/**
 * The text of an inline `<code>` with its line breaks, whether written as
 * `<br>` or as new lines (a classic post has both: `<br>` and a new line).
 */
function codeText(node: Element): string {
  let text = '';
  let afterBreak = false;
  const walk = (child: ElementContent) => {
    if (child.type === 'text') {
      text += afterBreak ? child.value.replace(/^\r?\n/, '') : child.value;
      afterBreak = false;
    } else if (child.type === 'element') {
      if (child.tagName === 'br') {
        text += '\n';
        afterBreak = true;
      } else child.children.forEach(walk);
    }
  };
  node.children.forEach(walk);
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd();
}

/** Where a multi-line `<code>` can become a code block of its own (splitting a paragraph). */
const CODE_BLOCK_PARENTS = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'li',
  'dl',
  'blockquote',
  'figure',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'details',
  'dd',
]);

const element = (tagName: string, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});

/** `<pre><code>` with the lines; hast-util-to-mdast makes it a fenced code block. */
function codeBlock(lines: string[]): Element {
  return element('pre', [element('code', [{ type: 'text', value: lines.join('\n') }])]);
}

/** One `<code>` per line, joined by `<br>`, where a block cannot go (a heading, a link, a table cell). */
function codeLines(lines: string[]): Element[] {
  return lines.flatMap((line, i) => {
    const code = element('code', [{ type: 'text', value: line || ' ' }]);
    return i === 0 ? [code] : [element('br'), code];
  });
}

/**
 * Cleans the HTML tree in place: drops comments and dropped elements, resolves
 * URLs, turns figcaptions into italic lines, background images into images
 * and multi-line inline code into code blocks.
 */
function clean(parent: HastRoot | Element, context: CleanContext): void {
  const children: (RootContent | ElementContent)[] = [];
  let cover: ReturnType<typeof coverCommentImage>;
  for (const node of parent.children) {
    if (node.type === 'comment') {
      cover = coverCommentImage(node) ?? cover;
      continue;
    }
    if (node.type === 'doctype') continue;
    if (node.type !== 'element') {
      children.push(node);
      continue;
    }
    const dropped = DROPPED[node.tagName];
    if (dropped) {
      context.findings.push(droppedFinding(dropped, mediaSource(node)));
      continue;
    }
    keepBackgroundImage(node, cover);
    cover = undefined;
    clean(node, {
      ...context,
      inPre: context.inPre || node.tagName === 'pre',
      blockAllowed: context.blockAllowed && CODE_BLOCK_PARENTS.has(node.tagName),
    });
    if (node.tagName === 'img') {
      const src = String(node.properties.src ?? '').trim();
      if (!src) continue;
      node.properties.src = context.resolveUrl?.(src, 'image') ?? src;
      if (!String(node.properties.alt ?? '').trim()) context.findings.push(noAltFinding(src));
    } else if (node.tagName === 'a' && node.properties.href) {
      const href = String(node.properties.href);
      node.properties.href = context.resolveUrl?.(href, 'link') ?? href;
    } else if (node.tagName === 'figcaption') {
      node.tagName = 'p';
      node.children = [{ type: 'element', tagName: 'em', properties: {}, children: node.children }];
    } else if (node.tagName === 'code' && !context.inPre) {
      const lines = codeText(node).split('\n');
      if (lines.length > 1) {
        children.push(...(context.blockAllowed ? [codeBlock(lines)] : codeLines(lines)));
        continue;
      }
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

/** `<sub>`/`<sup>` have no Markdown; kept as the same HTML in MDX (H<sub>2</sub>O, 10<sup>th</sup>). */
const keepAsHtml: Handle = (state, node) => {
  const children = state.all(node) as PhrasingContent[];
  if (children.length === 0) return undefined;
  const kept: MdxJsxTextElement = {
    type: 'mdxJsxTextElement',
    name: node.tagName,
    attributes: [],
    children,
  };
  state.patch(node, kept);
  return kept;
};

export function htmlToMdx(html: string, options: { resolveUrl?: UrlResolver } = {}): Conversion {
  const findings: Finding[] = [];
  const withCaptions = captionsToHtml(html);
  const shortcodes = findShortcodes(withCaptions);
  const source = isBlockEditorPost(html) ? withCaptions : autop(withCaptions);
  const hast = fromHtml(source, { fragment: true });
  clean(hast, { resolveUrl: options.resolveUrl, findings, inPre: false, blockAllowed: true });
  const mdast = toMdast(hast, { handlers: { sub: keepAsHtml, sup: keepAsHtml } }) as MdastRoot;
  tidyMdast(mdast);
  const mdx = mdast.children.length ? toMarkdown(mdast, STRINGIFY).trim() + '\n' : '';
  const plain = withoutShortcodes(plainText(hast)).replace(/\s+/g, ' ').trim();
  return { mdx, plainText: plain, shortcodes, warnings: reportFindings(findings) };
}

/** Text of a small HTML snippet (a title or an excerpt), entities decoded and tags removed. */
export function htmlToPlainText(html: string): string {
  return plainText(fromHtml(html, { fragment: true }))
    .replace(/\s+/g, ' ')
    .trim();
}
