/**
 * Whether an MDX body will build, decided the way Astro 7 builds it. Sätteri
 * compiles the body with the options @astrojs/mdx gives it, and what compiles
 * but would still stop the build is looked for too: a name in `{ }` that is
 * not defined, a component used without an import, an import or a local image
 * that does not exist. tests/build/mdx-agreement.test.ts builds a corpus of
 * tricky MDX to prove the check and the build agree on every file.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { parse, type Program } from 'acorn';
import { analyze } from 'eslint-scope';
import { mdxToJs, mdxToMdast, type MdxCompileOptions } from 'satteri';
import { BODY_COMPONENT_NAMES } from './body-components';
import { isPictureName } from './picture-names';

/** As @astrojs/mdx 8 calls Sätteri for this site's `mdx({ optimize: true })`, less its plugins. */
const COMPILE_OPTIONS = {
  features: { gfm: true, smartPunctuation: true },
  jsxImportSource: 'astro',
  elementAttributeNameCase: 'html',
  optimizeStatic: { component: 'Fragment', prop: 'set:html' },
} satisfies MdxCompileOptions;

/** Names Astro adds to every compiled MDX module, so `{frontmatter.title}` works. */
const ASTRO_MODULE_NAMES = new Set(['frontmatter', 'getHeadings', 'url', 'file']);
/** Components Astro hands every MDX page without an import, and those the site's pages hand in. */
const ASTRO_COMPONENTS = new Set(['Fragment', ...BODY_COMPONENT_NAMES]);
/** Vite's default `resolve.extensions` (Astro adds none, so `.astro` must be written out). */
const IMPORT_EXTENSIONS = ['', '.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json'];

interface Located {
  spec: string;
  line: number;
}

/** What the body text alone decides: its own problem, and the files it needs. */
interface BodyFacts {
  /** The whole message, `MDX does not compile (line N): …`. */
  problem?: string;
  imports: Located[];
  images: Located[];
}

/** A node of the body's syntax tree (mdast with MDX's JSX and expression nodes). */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  identifier?: string;
  attributes?: { type?: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

/**
 * Returns why an MDX body would stop the build, as
 * `MDX does not compile (line N): <reason in plain words>` with N the line in
 * the file, or undefined when it builds. With `file`, imports and local images
 * are looked up next to it.
 * @example mdxProblem('Dear {firstName},\n', 7) // 'MDX does not compile (line 7): "firstName" …'
 */
export function mdxProblem(body: string, bodyStartLine: number, file?: string): string | undefined {
  const facts = cachedFacts(body, bodyStartLine);
  if (facts.problem) return facts.problem;
  if (!file) return undefined;
  const importer = path.dirname(file);
  const missingImport = facts.imports.find(({ spec }) => !resolves(spec, importer));
  if (missingImport) {
    const alias = missingImport.spec.startsWith('~/') ? ' (~/ is the src/ folder)' : '';
    return fail(
      `import "${missingImport.spec}" does not exist${alias}: check the path, and write the file name with its extension (.astro, .ts …)`,
      missingImport.line,
    );
  }
  // @astrojs/mdx imports a relative image path (a bare name is a picture in content/images/).
  const missingImage = facts.images.find(({ spec }) => !resolves(spec, importer));
  if (missingImage) {
    return fail(
      `image "${missingImage.spec}" does not exist: save the picture in content/images/ and write its name, e.g. ![what it shows](${path.basename(missingImage.spec)})`,
      missingImage.line,
    );
  }
  return undefined;
}

/**
 * The body's syntax tree as the build reads it, positions given as lines of the file. Only for
 * a body that compiles (mdxProblem returned undefined): Sätteri throws on any other.
 */
export function bodyTree(body: string, bodyStartLine: number): MdxNode {
  return mdxToMdast('\n'.repeat(bodyStartLine - 1) + body, {
    features: COMPILE_OPTIONS.features,
  }) as MdxNode;
}

function fail(reason: string, line?: number): string {
  return `MDX does not compile${line ? ` (line ${line})` : ''}: ${reason}`;
}

/**
 * Compiling is most of the check's time and the dev server checks again on
 * every save, so what the text decides is remembered per body text; whether
 * imported files exist is looked up every time.
 */
const factsByBody = new Map<string, BodyFacts>();

function cachedFacts(body: string, bodyStartLine: number): BodyFacts {
  const key = `${bodyStartLine}\n${body}`;
  let facts = factsByBody.get(key);
  if (!facts) {
    if (factsByBody.size > 20_000) factsByBody.clear();
    facts = readFacts(body, bodyStartLine);
    factsByBody.set(key, facts);
  }
  return facts;
}

function readFacts(body: string, bodyStartLine: number): BodyFacts {
  // Astro hands Sätteri the whole file with the frontmatter blanked out: lines are file
  // lines, and a --- block right after the frontmatter is not taken for frontmatter.
  const source = '\n'.repeat(bodyStartLine - 1) + body;
  let code: string;
  try {
    code = mdxToJs(source, COMPILE_OPTIONS).code;
  } catch (error) {
    return { problem: compileProblem(error, source), imports: [], images: [] };
  }
  const images = body.includes('![') ? localImages(source) : [];
  const component = undefinedComponent(code, source);
  if (component) return { problem: component, imports: [], images };
  // Compiled code refers to nothing outside itself unless the body has { } or import/export lines.
  if (!body.includes('{') && !/^(?:import|export)\b/m.test(body)) return { imports: [], images };
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module', ranges: true });
  const name = undefinedName(program, source);
  if (name) return { problem: name, imports: [], images };
  const imports = program.body.flatMap((statement) =>
    'source' in statement && typeof statement.source?.value === 'string'
      ? [{ spec: statement.source.value, line: lineOfText(source, statement.source.value) }]
      : [],
  );
  return { imports, images };
}

/** Sätteri stops compiled code with `_missingMdxReference` where a tag names nothing. */
function undefinedComponent(code: string, source: string): string | undefined {
  for (const [, name, isComponent] of code.matchAll(
    /_missingMdxReference\("([^"]+)", (true|false)\)/g,
  )) {
    if (ASTRO_COMPONENTS.has(name!)) continue;
    const line = lineOf(
      source,
      (node) => node.name === name || !!node.name?.startsWith(`${name}.`),
    );
    return fail(
      isComponent === 'true'
        ? `<${name}> is used but not imported: add a line such as import ${name} from '~/components/${name}.astro' at the top, or remove the tag`
        : `"${name}" is not defined: import or export it before writing <${name}.…>`,
      line,
    );
  }
  return undefined;
}

/** A name in `{ }` that nothing defines throws a ReferenceError when Astro renders the page. */
function undefinedName(program: Program, source: string): string | undefined {
  const name = analyze(program as never, { ecmaVersion: 2022, sourceType: 'module' })
    .globalScope!.through.map((reference) => reference.identifier.name)
    .find((found) => !(found in globalThis) && !ASTRO_MODULE_NAMES.has(found));
  if (!name) return undefined;
  const word = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`);
  const texts = (node: MdxNode) =>
    [node.value, ...(node.attributes ?? []).map((attribute) => attribute.value)].map((value) =>
      typeof value === 'object' && value !== null ? (value as MdxNode).value : value,
    );
  const line = lineOf(source, (node) =>
    texts(node).some((text) => typeof text === 'string' && word.test(text)),
  );
  return fail(
    `"${name}" in { } is not defined: write \\{ and \\} to show braces as text, or define it first (export const ${name} = …)`,
    line,
  );
}

/** Markdown images with a relative path, which @astrojs/mdx imports (and the build needs). */
function localImages(source: string): Located[] {
  const found: Located[] = [];
  for (const node of walk(mdxToMdast(source, { features: COMPILE_OPTIONS.features }) as MdxNode)) {
    if (node.type !== 'image' || !node.url) continue;
    const url = decodeURI(node.url);
    if (URL.canParse(url) || url.startsWith('/') || isPictureName(url)) continue;
    found.push({ spec: url, line: node.position?.start.line ?? 0 });
  }
  return found;
}

/**
 * Whether Vite would find `spec` imported from a file in `dir`. `~/` and packages are looked up
 * from the working directory, the project root, as everywhere in the content check.
 */
function resolves(spec: string, dir: string): boolean {
  const bare = spec.replace(/[?#].*$/, '');
  if (/^(?:astro|node):/.test(bare)) return true;
  let base: string;
  if (bare.startsWith('~/')) base = path.resolve('src', bare.slice(2));
  else if (bare.startsWith('.')) base = path.resolve(dir, bare);
  else if (bare.startsWith('/')) base = bare;
  else {
    const name = bare
      .split('/')
      .slice(0, bare.startsWith('@') ? 2 : 1)
      .join('/');
    return ancestors(process.cwd()).some((folder) =>
      isDirectory(path.join(folder, 'node_modules', name)),
    );
  }
  return IMPORT_EXTENSIONS.some(
    (extension) =>
      isFile(base + extension) ||
      (extension !== '' && isFile(path.join(base, `index${extension}`))),
  );
}

function ancestors(folder: string): string[] {
  const parent = path.dirname(folder);
  return parent === folder ? [folder] : [folder, ...ancestors(parent)];
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

function isDirectory(folder: string): boolean {
  return statSync(folder, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function* walk(node: MdxNode): Generator<MdxNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** Line of the first node that matches, for a problem found in compiled code. */
function lineOf(source: string, matches: (node: MdxNode) => boolean): number | undefined {
  for (const node of walk(mdxToMdast(source, { features: COMPILE_OPTIONS.features }) as MdxNode)) {
    if (node.type.startsWith('mdx') && matches(node)) return node.position?.start.line;
  }
  return undefined;
}

function lineOfText(source: string, text: string): number {
  const at = source.search(new RegExp(`['"]${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]`));
  return at < 0 ? 0 : source.slice(0, at).split('\n').length;
}

/**
 * Sätteri's messages read `9:3: Expected a closing tag for \`<div>\` (9:3) before the end of
 * \`paragraph\` (mdx-jsx:unexpected-character)`; authors get the line and a hint instead.
 */
function compileProblem(error: unknown, source: string): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  const at = /^(\d+):(\d+):\s*/.exec(message);
  const reason = message
    .slice(at?.[0].length ?? 0)
    .replace(/\s*\(\d+:\d+\)/g, '')
    .replace(/\s*\([\w-]+:[\w-]+\)\s*$/, '');
  const line = at ? Number(at[1]) : undefined;
  const column = at ? Number(at[2]) : undefined;
  const lineText = line ? (source.split('\n')[line - 1] ?? '') : '';
  return fail(plainReason(reason, lineText, column), line);
}

function plainReason(reason: string, lineText: string, column: number | undefined): string {
  const unclosed = /^Expected a closing tag for `<([^>\s]+)>`/.exec(reason);
  if (unclosed) {
    const tag = unclosed[1];
    return `<${tag}> is never closed: add </${tag}>, or write <${tag} /> for a tag without content`;
  }
  if (reason.startsWith('Unexpected end of file in expression'))
    return 'a { is never closed: write \\{ to show a brace as text, or close it with }';
  if (/^Unexpected character `!`.*comment/.test(reason))
    return 'HTML comments <!-- … --> do not work in MDX: write {/* … */} instead';
  if (reason.startsWith('Unexpected character after `<`')) {
    const after = column ? lineText.slice(column) : '';
    if (/^(?:https?:|mailto:|www\.)/i.test(after))
      return 'a link in <…> is read as a tag: write [text](https://…) or the bare address';
    if (/^[a-z]/i.test(after))
      return 'this tag is not valid: attribute values need quotes (href="…"), closed on the same tag';
    return 'a < that starts no tag: write &lt; or \\< for a less-than sign';
  }
  if (reason.startsWith('Could not parse expression'))
    return 'the text in { } is not a JavaScript expression: write \\{ and \\} to show braces as text';
  if (reason.startsWith('Could not parse esm')) {
    const word = /^\s*(import|export)\b/.exec(lineText)?.[1] ?? 'import or export';
    return `a line starting with "${word}" is read as JavaScript: fix the statement, or start the sentence differently (e.g. "${word[0]!.toUpperCase()}${word.slice(1)} …")`;
  }
  return reason;
}
