import path from 'node:path';

/** Shows paths relative to the working directory when they are inside it (as authors see them). */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? file : relative)
    .split(path.sep)
    .join('/');
}
