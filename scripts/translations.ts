/**
 * npm run translations [-- --json]
 * For every article, quiz and keynote: each locale present, missing or stale,
 * with totals per locale. Logic: src/lib/translation-status.ts.
 */
import { EXIT, runCli } from '~/lib/cli';
import { contentRoot } from '~/lib/content-root';
import { formatStatus, readTranslationStatus } from '~/lib/translation-status';

await runCli({
  name: 'translations',
  usage: `Usage: npm run translations [-- --json]

  --json  print the status (and the content problems) as JSON`,
  problems: 'the content has errors (listed before the status; such a file counts as missing)',
  options: { json: { type: 'boolean' } },
  main({ values }) {
    const status = readTranslationStatus(contentRoot());
    const { problems } = status;
    if (values.json) {
      console.log(JSON.stringify(status, null, 2));
    } else {
      if (problems.length) {
        console.log(
          `${problems.length} content problem(s); a file with a problem is counted as missing until it is fixed:`,
        );
        for (const problem of problems) console.log(`  ${problem}`);
        console.log('');
      }
      console.log(formatStatus(status));
    }
    return problems.length ? EXIT.problems : EXIT.ok;
  },
});
