/**
 * npm run import:wordpress -- <export.xml> [--dry-run] [--topics map.yaml] [--uploads <folder>] [--locale en] [--content <dir>] [--public <dir>]
 * Imports the published posts of a WordPress export (WXR) as articles under
 * content/articles/<locale>/ and prints what was written, skipped or in
 * conflict. All logic lives in src/lib/wordpress/.
 */
import { EXIT, runCli } from '~/lib/cli';
import { IMPORT_OPTIONS, importOptions, USAGE } from '~/lib/wordpress/args';
import { formatReport } from '~/lib/wordpress/report';
import { runImport } from '~/lib/wordpress/run';

await runCli({
  name: 'import:wordpress',
  usage: USAGE,
  problems:
    'the export, the topics map or a folder cannot be read or used, or the imported files fail the content check',
  options: IMPORT_OPTIONS,
  positionals: 1,
  main({ values, positionals }) {
    const report = runImport(importOptions(values, positionals));
    console.log(formatReport(report));
    return report.checkErrors.length ? EXIT.problems : EXIT.ok;
  },
});
