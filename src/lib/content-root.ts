import path from 'node:path';

/**
 * Folder the site's content is read from: `content/` in the project, or
 * `CONTENT_DIR` when set (the benchmark and the error-case tests build other
 * content folders with the same build).
 */
export function contentRoot(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}
