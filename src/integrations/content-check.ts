/**
 * Runs the content check before Astro reads any content. A build with a
 * broken file stops with one readable line per problem and a non-zero exit,
 * no stack trace; the dev server shows the same lines and keeps running.
 */
import type { AstroIntegration } from 'astro';
import { checkContent, type ContentReport } from '../lib/content-check';
import { contentRoot } from '../lib/content-root';

let lastReport: ContentReport | undefined;

/** The most recent check's result (the sitemap uses it to pair translations). */
export function contentReport(): ContentReport {
  lastReport ??= checkContent(contentRoot());
  return lastReport;
}

export function formatReport(report: ContentReport): string {
  const count = report.errors.length;
  return [`Content check failed: ${count} problem${count === 1 ? '' : 's'} to fix.`, ...report.errors.map((e) => `  ${e}`)].join('\n');
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        lastReport = checkContent(contentRoot());
        if (lastReport.errors.length === 0) {
          logger.info(`${lastReport.entries.length} content files checked, no problems.`);
          return;
        }
        if (command === 'dev') {
          logger.error(formatReport(lastReport));
          return;
        }
        process.stderr.write(`\n${formatReport(lastReport)}\n\n`);
        process.exit(1);
      },
    },
  };
}
