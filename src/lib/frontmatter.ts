/**
 * Reads a content file's YAML frontmatter the strict way (YAML 1.2 core
 * schema: `2024-02-31` stays the text the author typed, it is not rolled into
 * a Date), keeping line numbers so errors can point at the right line.
 */
import { parseDocument } from 'yaml';

export type FrontmatterResult =
  | { ok: true; data: Record<string, unknown>; body: string; bodyStartLine: number }
  | { ok: false; problem: string };

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;

export function splitFrontmatter(source: string): FrontmatterResult {
  const open = OPENING.exec(source);
  if (!open)
    return { ok: false, problem: 'frontmatter is missing: the file must start with a line "---"' };
  const rest = source.slice(open[0].length);
  const close = /^---[ \t]*$/m.exec(rest);
  if (!close)
    return {
      ok: false,
      problem: 'frontmatter is not closed: add a line "---" after the last field',
    };
  const yamlText = rest.slice(0, close.index);
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const line = (err.linePos?.[0]?.line ?? 0) + 1; // +1 for the opening "---"
    const reason = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
    return { ok: false, problem: `frontmatter is not valid YAML (line ${line}): ${reason}` };
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problem: 'frontmatter must be a list of "field: value" lines' };
  }
  const body = rest.slice(close.index + close[0].length).replace(/^\r?\n/, '');
  const bodyStartLine = source.slice(0, source.length - body.length).split('\n').length;
  return { ok: true, data: data as Record<string, unknown>, body, bodyStartLine };
}
