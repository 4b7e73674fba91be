/**
 * Tidies the Markdown tree of a converted post before it is written out, so
 * that what a reader saw on the old blog survives Markdown's rules: a code
 * block that sat inside a paragraph gets a block of its own, a line break at
 * the edge of emphasis no longer turns into a stray `\`, headings form a valid
 * outline, and raw HTML or links that lost their content are left out.
 */
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';

/** Nodes that hold one line of text (which may wrap), as opposed to blocks. */
const LINES = new Set(['paragraph', 'heading', 'tableCell']);
/** Inline wrappers a line break can be moved out of. */
const WRAPPERS = new Set(['emphasis', 'strong', 'delete', 'link', 'mdxJsxTextElement']);

const isBreak = (node: Nodes) =>
  node.type === 'break' || (node.type === 'text' && node.value.trim() === '');

function childrenOf(node: Nodes): Nodes[] | undefined {
  return 'children' in node ? (node.children as Nodes[]) : undefined;
}

function setChildren(node: Nodes, children: Nodes[]): void {
  (node as Parent).children = children as RootContent[];
}

/**
 * A code block inside a paragraph (html-to-mdx.ts makes one of a multi-line
 * inline `<code>`) splits the paragraph around it: Markdown has no code
 * blocks inside a line of text.
 */
function placeCodeBlocks(node: Nodes): void {
  const children = childrenOf(node);
  if (!children) return;
  const placed = children.flatMap((child) => {
    if (child.type !== 'paragraph') return [child];
    const parts: Nodes[] = [];
    let run: PhrasingContent[] = [];
    for (const c of child.children as Nodes[]) {
      if (c.type !== 'code') {
        run.push(c as PhrasingContent);
        continue;
      }
      if (run.length) parts.push({ type: 'paragraph', children: run });
      parts.push(c);
      run = [];
    }
    if (run.length) parts.push(parts.length ? { type: 'paragraph', children: run } : child);
    return parts;
  });
  setChildren(node, placed);
  placed.forEach(placeCodeBlocks);
}

/**
 * Moves line breaks out of the edges of emphasis, links and other inline
 * wrappers (`*caption\*` would show a backslash), then drops breaks and blank
 * text at the start and end of a line, and wrappers and paragraphs left empty.
 */
function trimLineEdges(node: Nodes): void {
  const children = childrenOf(node);
  if (!children) return;
  children.forEach(trimLineEdges);
  if (!LINES.has(node.type) && !WRAPPERS.has(node.type)) {
    setChildren(
      node,
      children.filter((child) => !(child.type === 'paragraph' && child.children.length === 0)),
    );
    return;
  }
  const hoisted = children.flatMap((child) => {
    const inner = childrenOf(child);
    if (!inner || !WRAPPERS.has(child.type)) return [child];
    const start = inner.findIndex((c) => !isBreak(c));
    if (start === -1) return inner.filter((c) => c.type === 'break');
    const end = inner.length - [...inner].reverse().findIndex((c) => !isBreak(c));
    setChildren(child, inner.slice(start, end));
    return [...inner.slice(0, start), child, ...inner.slice(end)];
  });
  if (LINES.has(node.type)) {
    while (hoisted.length && isBreak(hoisted[0]!)) hoisted.shift();
    while (hoisted.length && isBreak(hoisted.at(-1)!)) hoisted.pop();
    const first = hoisted[0];
    const last = hoisted.at(-1);
    if (first?.type === 'text') first.value = first.value.trimStart();
    if (last?.type === 'text') last.value = last.value.trimEnd();
  }
  setChildren(node, hoisted);
}

/**
 * Headings start at level 2 (the page title is the only h1) and never skip a
 * level, so the page outline stays valid whatever the post used.
 */
function normaliseHeadings(tree: Root): void {
  const headings: { depth: 1 | 2 | 3 | 4 | 5 | 6 }[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'heading') headings.push(node);
    childrenOf(node)?.forEach(walk);
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
function prune(node: Nodes): void {
  const children = childrenOf(node);
  if (!children) return;
  const kept = children.filter((child) => {
    if (child.type === 'html') return false;
    if (child.type === 'link' && child.children.length === 0) return false;
    if (child.type === 'image' && !child.url) return false;
    return true;
  });
  setChildren(node, kept);
  kept.forEach(prune);
}

export function tidyMdast(tree: Root): void {
  prune(tree);
  placeCodeBlocks(tree);
  trimLineEdges(tree);
  normaliseHeadings(tree);
}
