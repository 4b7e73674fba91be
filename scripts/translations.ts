/**
 * npm run translations [-- --json]
 * For every article, quiz and keynote: each locale present, missing or stale,
 * with totals per locale. Logic: src/lib/translation-status.ts.
 */
import path from 'node:path';
import { checkContent } from '~/lib/content-check';
import { contentRoot } from '~/lib/content-root';
import { lastChanges } from '~/lib/git-dates';
import { formatStatus, translationStatus, type VersionInput } from '~/lib/translation-status';

const dir = contentRoot();
const report = checkContent(dir);
const changes = lastChanges(dir);
const versions = report.entries.map((entry): VersionInput => {
  const data = entry.data as { date?: Date; updated?: Date };
  return {
    kind: entry.kind,
    name: entry.name,
    locale: entry.locale,
    file: entry.file,
    written: data.date,
    edited: data.updated ?? data.date,
    changed: changes.get(path.resolve(entry.file)),
  };
});
const status = translationStatus(versions);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ ...status, problems: report.errors }, null, 2));
} else {
  if (report.errors.length) {
    console.log(
      `${report.errors.length} content problem(s); a file with a problem is counted as missing until it is fixed:`,
    );
    for (const error of report.errors) console.log(`  ${error}`);
    console.log('');
  }
  console.log(formatStatus(status));
}
