/**
 * The content check decides which internal links are dead from the addresses it expects the
 * build to write (src/lib/site-paths.ts). Those must be exactly the pages and feeds the sample
 * build wrote: a route added under src/pages without telling site-paths.ts fails here, rather
 * than making every link to it "dead".
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/content-check';
import { contentRoot, publicRoot } from '~/lib/content-root';
import { sitePaths } from '~/lib/site-paths';
import { distFiles, urlPathOf } from '../support/dist';

const report = checkContent(contentRoot());
const copiedFromPublic = new Set(
  readdirSync(publicRoot(), { recursive: true, encoding: 'utf8' }).map((file) =>
    file.split(path.sep).join('/'),
  ),
);

describe('the addresses the content check expects', () => {
  it('are exactly the pages and feeds in dist/ (besides assets, social images, the search index, the host headers and public/)', () => {
    const built = distFiles('')
      // _headers is the host's configuration (src/integrations/security-headers.ts), not a page;
      // og/ holds the social images pages name in their meta tags (tests/build/social-images.test.ts).
      .filter(
        (file) =>
          !/^(?:_astro|pagefind|og)\//.test(file) &&
          file !== '_headers' &&
          !copiedFromPublic.has(file),
      )
      .map((file) => (file.endsWith('index.html') ? urlPathOf(file) : `/${file}`))
      .sort();
    expect(built.length).toBeGreaterThan(50);
    const expected = [...sitePaths(report.entries, Object.keys(report.topics))].sort();
    expect(expected).toEqual(built);
  });
});
