/**
 * Runs the content check before Astro reads any content. A build with a
 * broken file stops with one readable line per problem and a non-zero exit,
 * no stack trace. The dev server keeps running: it checks again whenever a
 * file under content/ changes, prints the same lines in the terminal, and
 * (through a dev-only middleware) shows them in the browser's error overlay
 * until the file is fixed.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent, type ContentReport } from '~/lib/content-check';
import { contentRoot, publicRoot } from '~/lib/content-root';
import { portraitProblems } from '~/lib/speaker-check';
import { site } from '~/site.config';

let lastReport: ContentReport | undefined;

/** Shared with the dev middleware, which Vite loads as a separate module instance in the same process. */
const DEV_ERRORS = Symbol.for('content-check.errors');
type DevGlobal = typeof globalThis & { [DEV_ERRORS]?: string[] };

/** The most recent check's result (the sitemap uses it to pair translations). */
export function contentReport(): ContentReport {
  lastReport ??= checkContent(contentRoot());
  return lastReport;
}

export function formatReport(report: ContentReport): string {
  const count = report.errors.length;
  return [
    `Content check failed: ${count} problem${count === 1 ? '' : 's'} to fix.`,
    ...report.errors.map((e) => `  ${e}`),
  ].join('\n');
}

/** Problems found by the dev server's latest check (empty when the content is fine). */
export function devContentErrors(): string[] {
  return (globalThis as DevGlobal)[DEV_ERRORS] ?? [];
}

function runCheck(): ContentReport {
  const report = checkContent(contentRoot());
  // The portrait is a site setting kept in the project's own content/images/.
  const settings = portraitProblems(site.author.portrait.image, path.resolve('content/images'));
  lastReport = { ...report, errors: [...settings, ...report.errors] };
  (globalThis as DevGlobal)[DEV_ERRORS] = lastReport.errors;
  return lastReport;
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger, addMiddleware }) => {
        const report = runCheck();
        if (command === 'dev') {
          addMiddleware({
            entrypoint: new URL('./content-check-middleware.ts', import.meta.url),
            order: 'pre',
          });
        }
        if (report.errors.length === 0) {
          logger.info(`${report.entries.length} content files checked, no problems.`);
          return;
        }
        // CONTENT_CHECK_REPORT_ONLY=1 is set only by tests/build/mdx-agreement.test.ts: it prints
        // the report and lets the build go on, to learn whether Astro itself would fail on a file.
        if (command === 'dev' || process.env.CONTENT_CHECK_REPORT_ONLY === '1') {
          logger.error(formatReport(report));
          return;
        }
        process.stderr.write(`\n${formatReport(report)}\n\n`);
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        // Images and files in public/ are looked up too: adding a missing one clears its error.
        const roots = [contentRoot(), publicRoot()];
        server.watcher.add(roots);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const recheck = (file: string) => {
          if (!roots.some((root) => path.resolve(file).startsWith(root + path.sep))) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const hadErrors = devContentErrors().length > 0;
            const report = runCheck();
            if (report.errors.length) logger.error(formatReport(report));
            else if (hadErrors) logger.info('Content check: no problems left.');
          }, 50);
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, recheck);
      },
    },
  };
}
