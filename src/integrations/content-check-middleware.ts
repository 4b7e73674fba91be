/**
 * Dev server only (added by the content-check integration when running
 * `astro dev`): while the content has problems, every page answers with
 * Astro's error overlay showing the same lines the build prints.
 */
import { defineMiddleware } from 'astro:middleware';
import { devContentErrors } from './content-check';

class ContentCheckError extends Error {
  readonly title = 'Content check failed';
  readonly hint = 'Fix the file named above and save it; then reload the page.';
  constructor(errors: string[]) {
    super(errors.join('\n'));
    this.name = 'ContentCheckError';
    this.stack = `${this.name}: ${this.message}`;
  }
}

export const onRequest = defineMiddleware((_context, next) => {
  const errors = devContentErrors();
  if (errors.length) throw new ContentCheckError(errors);
  return next();
});
