/**
 * After the build: narrows each page's Content-Security-Policy `<meta>` to the page's own inline
 * scripts and styles (src/lib/page-policy.ts), and writes `_headers` (Netlify, Cloudflare Pages)
 * with the security headers of src/lib/security-headers.ts, which `npm start` sends too.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { narrowPagePolicy } from '~/lib/page-policy';
import { headersFile } from '~/lib/security-headers';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.html'))
          .sort();
        const problems: string[] = [];
        for (const page of pages) {
          const file = path.join(site, page);
          try {
            writeFileSync(file, narrowPagePolicy(readFileSync(file, 'utf8')));
          } catch (error) {
            problems.push(`  ${page.split(path.sep).join('/')}: ${(error as Error).message}`);
          }
        }
        if (problems.length > 0)
          throw new Error(`Content-Security-Policy check failed:\n${problems.join('\n')}`);
        writeFileSync(path.join(site, '_headers'), headersFile());
        logger.info(
          `Narrowed the Content-Security-Policy of ${pages.length} pages; wrote _headers.`,
        );
      },
    },
  };
}
