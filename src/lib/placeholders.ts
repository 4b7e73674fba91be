/**
 * Placeholders that `npm run new` writes ("TODO: …") and the content check
 * refuses, so a scaffolded file cannot be published half-written.
 */
export const PLACEHOLDER = 'TODO';

const MARK = new RegExp(`^\\s*${PLACEHOLDER}\\b`);

/** True for text that is still a placeholder. */
export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && MARK.test(value);
}

/** Dotted paths of every frontmatter value still holding a placeholder, e.g. `questions.3.options.b`. */
export function placeholderFields(data: unknown, at = ''): string[] {
  if (isPlaceholder(data)) return [at];
  if (Array.isArray(data))
    return data.flatMap((item, i) =>
      placeholderFields(item, at ? `${at}.${i + 1}` : String(i + 1)),
    );
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) =>
      placeholderFields(value, at ? `${at}.${key}` : key),
    );
  }
  return [];
}

/** 1-based line numbers (within `body`) of lines that start with the placeholder. */
export function placeholderLines(body: string): number[] {
  return body.split('\n').flatMap((line, i) => (MARK.test(line) ? [i + 1] : []));
}
