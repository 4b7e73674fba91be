/**
 * The authoring contract for MDX bodies, beyond what stops the build
 * (mdx-problem.ts): text in `{ }` that builds but shows something else
 * (`\tag{1.1}` shows "1.1"), and anything that would load from another site or
 * run a script, which the site promises never to do. Also lists the files the
 * page loads and the links it has, for the content check to look up.
 */
import { parseExpressionAt } from 'acorn';
import { site } from '~/site.config';
import { BODY_COMPONENTS } from './body-components';
import { bodyTree, type MdxNode } from './mdx-problem';
import { isPictureName } from './picture-names';

/** A reference from the body: a file the page loads, or a link. */
export interface BodyReference {
  url: string;
  line: number;
  /** How the body refers to it, for messages: `image`, `<video src>`, `link`. */
  as: string;
}

export interface BodyFacts {
  /** `line N: …` problems the text alone decides. */
  problems: string[];
  /** Files of this site the page loads (images, media), to find in public/. */
  files: BodyReference[];
  /** Pictures named from content/images/ (Markdown images, `<Figure image>`), to find there. */
  pictures: BodyReference[];
  /** Every link, internal or not. */
  links: BodyReference[];
}

/** Elements that put another document or program into the page, whatever their source. */
const EMBEDS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal']);
/** Attributes whose URL the browser loads as part of the page (on any element or component). */
const LOADED = ['src', 'poster'];
/** Attributes holding several URLs, comma-separated with a width or density each. */
const SOURCE_SETS = ['srcset', 'imagesrcset'];
/** Attributes whose URL the reader follows (checked as links). */
const FOLLOWED = ['href'];

/**
 * What the contract says about a body that compiles (call mdxProblem first), with file line
 * numbers. Remembered per body text, since the dev server checks again on every save.
 * @example bodyFacts('See \\tag{1.1}.\n', 7).problems // ['line 7: "{1.1}" is run as JavaScript …']
 */
export function bodyFacts(body: string, bodyStartLine: number): BodyFacts {
  const key = `${bodyStartLine}\n${body}`;
  let facts = cache.get(key);
  if (!facts) {
    if (cache.size > 20_000) cache.clear();
    facts = readFacts(bodyTree(body, bodyStartLine));
    cache.set(key, facts);
  }
  return facts;
}

const cache = new Map<string, BodyFacts>();

function readFacts(tree: MdxNode): BodyFacts {
  const problems: Located[] = [];
  const expressions: Located[] = [];
  const files: BodyReference[] = [];
  const pictures: BodyReference[] = [];
  const links: BodyReference[] = [];
  const definitions = new Map<string, { url: string; line: number }>();
  const imageLabels = new Set<string>();
  const visit = (node: MdxNode) => {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case 'mdxTextExpression':
      case 'mdxFlowExpression':
        if (!isComment(String(node.value ?? '')))
          expressions.push({ line, text: String(node.value) });
        return;
      case 'image':
        loads({ url: node.url ?? '', line, as: 'image' }, true);
        return;
      case 'imageReference':
        imageLabels.add(node.identifier ?? '');
        return;
      case 'definition':
        definitions.set(node.identifier ?? '', { url: node.url ?? '', line });
        return;
      case 'link':
        links.push({ url: node.url ?? '', line, as: 'link' });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (!element(node, line)) return;
        break;
    }
    node.children?.forEach(visit);
  };

  /** A URL the page loads: refused when it is on another site, else a file to look up. */
  const loads = (reference: BodyReference, markdown: boolean) => {
    const other = otherOrigin(reference.url);
    if (other) {
      problems.push({
        line: reference.line,
        text: `${reference.as} "${short(reference.url)}" would be loaded from another site (${other}): the site loads nothing from other sites; ${
          reference.as === 'image'
            ? `save the picture in content/images/ and write its name, e.g. ![what it shows](${fileName(reference.url)})`
            : `save the file in public/ and write its path from the site root, e.g. /uploads/${fileName(reference.url)}`
        }`,
      });
    } else if (markdown && isPictureName(reference.url)) {
      pictures.push(reference);
    } else if (!markdown || reference.url.startsWith('/')) {
      // Relative Markdown images are imported from next to the file: mdx-problem.ts looks them up.
      files.push(reference);
    }
  };

  /** Checks one JSX element; false when its content is not worth reading (it is refused whole). */
  const element = (node: MdxNode, line: number): boolean => {
    const name = node.name ?? '';
    const tag = name.toLowerCase();
    const attributes = new Map<string, unknown>();
    for (const attribute of node.attributes ?? [])
      if (attribute.type === 'mdxJsxAttribute' && attribute.name)
        attributes.set(attribute.name.toLowerCase(), attribute.value);
    if (name in BODY_COMPONENTS) {
      componentProblems(name as keyof typeof BODY_COMPONENTS, attributes, line);
      return true;
    }
    const src = attributes.get('src');
    const from = typeof src === 'string' ? otherOrigin(src) : undefined;
    if (tag === 'script') {
      problems.push({
        line,
        text:
          typeof src === 'string'
            ? `<script src="${short(src)}"> would run code${from ? ` from another site (${from})` : ''}: content never runs scripts; remove it, and link to the post or page it shows instead`
            : '<script> in content is not allowed: the pages run only the site’s own scripts; remove it',
      });
      return false;
    }
    if (EMBEDS.has(tag)) {
      const what = typeof src === 'string' ? ` src="${short(src)}"` : '';
      problems.push({
        line,
        text: `<${name}${what}> puts ${from ? `a page from another site (${from})` : 'another page'} inside this one, which the site never does: link to it instead${typeof src === 'string' ? `, e.g. [Watch it](${short(src)})` : ''}`,
      });
      return false;
    }
    for (const [attribute, value] of attributes) {
      const as = describe(tag, attribute, name);
      if (/^on[a-z]+$/.test(attribute)) {
        problems.push({
          line,
          text: `${as} is a script, and content never runs scripts: remove the ${attribute} attribute`,
        });
        continue;
      }
      const watched = [...LOADED, ...SOURCE_SETS, ...FOLLOWED].includes(attribute);
      if (watched && typeof value === 'object' && value !== null) {
        const text = literalString(String((value as { value?: unknown }).value ?? ''));
        if (text === undefined) {
          problems.push({
            line,
            text: `${as} is computed in { }, so nobody can check where it goes: write the address as text, ${attribute}="${attribute === 'href' ? '/en/articles/…/' : '/uploads/…'}"`,
          });
          continue;
        }
        attributes.set(attribute, text);
      }
      const url = attributes.get(attribute);
      if (typeof url !== 'string') continue;
      if (LOADED.includes(attribute) || (tag === 'link' && attribute === 'href')) {
        loads({ url, line, as }, false);
      } else if (SOURCE_SETS.includes(attribute)) {
        for (const candidate of url.split(',')) {
          const part = candidate.trim().split(/\s+/)[0];
          if (part) loads({ url: part, line, as }, false);
        }
      } else if (FOLLOWED.includes(attribute)) {
        links.push({ url, line, as: 'link' });
      } else if (attribute === 'style') {
        for (const [, inner] of url.matchAll(/url\(\s*['"]?([^'")]+)/gi))
          if (inner) loads({ url: inner, line, as: 'background image' }, false);
      }
    }
    return true;
  };

  /** A body component's attributes, against what it needs (body-components.ts). */
  const componentProblems = (
    name: keyof typeof BODY_COMPONENTS,
    attributes: Map<string, unknown>,
    line: number,
  ) => {
    const spec = BODY_COMPONENTS[name];
    for (const attribute of attributes.keys())
      if (!(spec.attributes as readonly string[]).includes(attribute))
        problems.push({
          line,
          text: `<${name} ${attribute}> is not something ${name} takes (it takes ${spec.attributes.join(', ')}): ${spec.example}`,
        });
    for (const attribute of spec.attributes) {
      const value = attributes.get(attribute);
      const text =
        typeof value === 'object' && value !== null
          ? literalString(String((value as { value?: unknown }).value ?? ''))
          : value;
      const required = (spec.required as readonly string[]).includes(attribute);
      if (value === undefined && !required) continue;
      if (typeof text !== 'string' || (required && !text.trim())) {
        const why =
          value === undefined
            ? 'is missing'
            : typeof text === 'string'
              ? 'is empty'
              : 'must be written as text in quotes, not computed in { }';
        problems.push({ line, text: `<${name}> ${attribute} ${why}: ${spec.example}` });
      } else if (attribute === spec.picture) {
        pictures.push({ url: text, line, as: 'image' });
      }
    }
  };

  visit(tree);
  for (const [label, definition] of definitions) {
    if (imageLabels.has(label)) loads({ ...definition, as: 'image' }, true);
    else links.push({ ...definition, as: 'link' });
  }
  for (const link of links)
    if (/^\s*javascript:/i.test(link.url))
      problems.push({
        line: link.line,
        text: `link "${short(link.url)}" runs a script, and content never runs scripts: link to a page instead`,
      });

  if (expressions.length) {
    const [first, ...rest] = expressions;
    const shown = short(first!.text.replace(/\s+/g, ' ').trim(), 40);
    const lines = [...new Set(rest.map((e) => e.line))];
    const more = rest.length
      ? `; ${rest.length} more on line${lines.length === 1 ? '' : 's'} ${listed(lines)}`
      : '';
    problems.push({
      line: first!.line,
      text: `"{${shown}}" is run as JavaScript, so the page shows its result instead of the braces: write \\{${shown}\\} to show them as typed (a comment is written {/* … */})${more}`,
    });
  }
  return {
    problems: problems.sort((a, b) => a.line - b.line).map((p) => `line ${p.line}: ${p.text}`),
    files,
    pictures,
    links,
  };
}

interface Located {
  line: number;
  text: string;
}

/** `{/* … *\/}` is the one expression the contract allows: an MDX comment. */
function isComment(code: string): boolean {
  const rest = code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/[^\n]*/g, '')
    .trim();
  return rest === '' && code.trim() !== '';
}

/** The host a URL would be loaded from, when that is not this site; `data:` and the like too. */
function otherOrigin(url: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed.startsWith('//')) return hostOf(`https:${trimmed}`);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (!scheme) return undefined;
  if (scheme === 'http' || scheme === 'https') return hostOf(trimmed);
  return `a ${scheme}: address`;
}

function hostOf(url: string): string | undefined {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(url);
  return parsed.origin === new URL(site.url).origin ? undefined : parsed.host;
}

/** The value of `{"…"}` or `` {`…`} `` without `${}`: a string written as an expression. */
function literalString(code: string): string | undefined {
  try {
    const node = parseExpressionAt(code, 0, { ecmaVersion: 'latest' });
    if (node.end < code.trimEnd().length) return undefined;
    if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
    if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
      return node.quasis[0]?.value.cooked ?? undefined;
  } catch {
    // Not a plain string: computed.
  }
  return undefined;
}

/** What an element's URL is, in words: `image` for `<img src>`, `video` for `<video src>`. */
function describe(tag: string, attribute: string, name: string): string {
  if (attribute === 'poster') return 'poster image';
  if (tag === 'img' || attribute.endsWith('srcset')) return 'image';
  if (tag === 'video' || tag === 'audio') return tag;
  if (tag === 'source') return 'media file';
  if (tag === 'track') return 'text track';
  return `<${name} ${attribute}>`;
}

function fileName(url: string): string {
  const name =
    url
      .replace(/[?#].*$/, '')
      .split('/')
      .filter(Boolean)
      .at(-1) ?? '';
  return /\.[a-z0-9]+$/i.test(name) ? name : 'file.png';
}

function short(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** `9`, `9 and 12`, `9, 12 and 15`, `9, 12, 15 and 4 more`. */
export function listed(lines: number[]): string {
  const shown = lines.slice(0, 3).map(String);
  if (lines.length > 3) shown.push(`${lines.length - 3} more`);
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
