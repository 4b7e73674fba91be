/**
 * npm run import:wordpress -- <export.xml> [--dry-run] [--topics map.yaml] [--uploads <folder>] [--locale en] [--content <dir>] [--public <dir>]
 * Imports the published posts of a WordPress export (WXR) as articles under
 * content/articles/<locale>/ and prints what was written, skipped or in
 * conflict. All logic lives in src/lib/wordpress/.
 */
import { parseArgs, USAGE } from '~/lib/wordpress/args';
import { SetupError } from '~/lib/wordpress/errors';
import { formatReport } from '~/lib/wordpress/report';
import { runImport } from '~/lib/wordpress/run';

try {
  const options = parseArgs(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
  } else {
    const report = runImport(options);
    console.log(formatReport(report));
    if (report.checkErrors.length) process.exitCode = 1;
  }
} catch (error) {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(
    error instanceof SetupError
      ? `import:wordpress: ${message}\n\n${USAGE}`
      : `import:wordpress stopped unexpectedly: ${message}`,
  );
  process.exitCode = 1;
}
