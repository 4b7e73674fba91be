/**
 * Command-line options of `npm run import:wordpress -- <export.xml> [options]`,
 * parsed by src/lib/cli.ts. Paths are resolved against the folder the command
 * runs in.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { defaultLocale, localeKeys } from '~/site.config';
import { oneOf, UsageError, type OptionValues } from '~/lib/cli';
import { contentRoot } from '~/lib/content-root';
import { SetupError } from './errors';
import type { ImportOptions } from './run';

export const USAGE = `Usage: npm run import:wordpress -- <export.xml> [--dry-run] [--topics map.yaml] [--uploads <folder>] [--locale ${localeKeys.join('|')}] [--content <dir>] [--public <dir>]

  <export.xml>       the file from WordPress: Tools → Export → Posts (or All content)
  --dry-run          write nothing; list what would be written
  --topics <file>    YAML map from WordPress category/tag slugs to topic ids ("wordpress-slug: topic-id")
  --uploads <folder> a copy of wp-content/uploads (or a WordPress.com media export); images are copied to <content>/images/uploads/, other linked files to <public>/uploads/
  --locale <locale>  language of posts without Polylang/WPML data (default: ${defaultLocale})
  --content <dir>    content folder to import into (default: CONTENT_DIR or content/)
  --public <dir>     public folder linked files (PDFs …) are copied to (default: public/)`;

export const IMPORT_OPTIONS = {
  'dry-run': { type: 'boolean' },
  topics: { type: 'string' },
  uploads: { type: 'string' },
  locale: { type: 'string' },
  content: { type: 'string' },
  public: { type: 'string' },
} as const;

function existingFolder(what: string, dir: string): string {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new SetupError(`the ${what} folder ${dir} does not exist`);
  return dir;
}

/**
 * The import's options from the parsed command line.
 * @throws UsageError for a missing export file or a bad --locale; SetupError for a folder that does not exist.
 */
export function importOptions(
  values: OptionValues<typeof IMPORT_OPTIONS>,
  [exportFile]: readonly string[],
): ImportOptions {
  if (exportFile === undefined)
    throw new UsageError('give the export file (the .xml from WordPress Tools → Export)');
  const locale = oneOf('--locale', values.locale ?? defaultLocale, localeKeys);
  return {
    exportFile: path.resolve(exportFile),
    contentDir: existingFolder(
      'content',
      values.content === undefined ? contentRoot() : path.resolve(values.content),
    ),
    publicDir: path.resolve(values.public ?? 'public'),
    uploadsDir:
      values.uploads === undefined
        ? undefined
        : existingFolder('uploads', path.resolve(values.uploads)),
    topicsFile: values.topics === undefined ? undefined : path.resolve(values.topics),
    locale,
    dryRun: values['dry-run'] ?? false,
  };
}
