/**
 * The import's printout: one line per item (what was written, copied,
 * skipped, in conflict, worth a look), how many images on other sites kept
 * posts out, then the counts, e.g.
 * `written 5, skipped 4, conflicts 0, warnings 6`.
 */
import type { ImportReport } from './run';

export function summaryLine(report: ImportReport): string {
  const counts = `skipped ${report.skipped.length}, conflicts ${report.conflicts.length}, warnings ${report.warnings.length}`;
  return report.dryRun
    ? `would write ${report.written.length}, ${counts} (dry run: nothing was written)`
    : `written ${report.written.length}, ${counts}`;
}

export function formatReport(report: ImportReport): string {
  const verb = report.dryRun ? 'would write' : 'written';
  const lines = [
    ...report.written.map((line) => `${verb}: ${line}`),
    ...report.copied.map((line) => `${report.dryRun ? 'would copy' : 'copied'}: ${line}`),
    ...report.skipped.map((line) => `skipped: ${line}`),
    ...report.conflicts.map((line) => `conflict: ${line}`),
    ...report.warnings.map((line) => `warning: ${line}`),
  ];
  if (report.checkErrors.length) {
    lines.push(
      '',
      'The content check found problems in the imported files (please report this; fix them by hand before building):',
    );
    lines.push(...report.checkErrors.map((line) => `  ${line}`));
  } else if (!report.dryRun && report.written.length) {
    lines.push('', 'content check: the imported files have no problems.');
  }
  if (report.otherProblems) {
    lines.push(
      `note: the content folder has ${report.otherProblems} other problem${report.otherProblems === 1 ? '' : 's'}, not caused by this import; \`npm run build\` lists them.`,
    );
  }
  const { images, posts } = report.remoteImages;
  if (images) {
    lines.push(
      `remote images: ${images} in ${posts} post${posts === 1 ? '' : 's'} that ${posts === 1 ? 'was' : 'were'} not imported; the site loads nothing from other sites — rerun with --uploads pointing at a copy of wp-content/uploads.`,
    );
  }
  lines.push('', summaryLine(report));
  return lines.join('\n');
}
