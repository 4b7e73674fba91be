/**
 * Command-line options of `npm run import:wordpress -- <export.xml> [options]`.
 * Paths are resolved against the folder the command runs in.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { defaultLocale, isLocale, localeKeys } from '~/site.config';
import { contentRoot } from '~/lib/content-root';
import { SetupError } from './errors';
import type { ImportOptions } from './run';

export const USAGE = `Usage: npm run import:wordpress -- <export.xml> [--dry-run] [--topics map.yaml] [--uploads <folder>] [--locale ${localeKeys.join('|')}] [--content <dir>] [--public <dir>]

  <export.xml>       the file from WordPress: Tools → Export → Posts (or All content)
  --dry-run          write nothing; list what would be written
  --topics <file>    YAML map from WordPress category/tag slugs to topic ids ("wordpress-slug: topic-id")
  --uploads <folder> a copy of wp-content/uploads; images are copied to <public>/uploads/
  --locale <locale>  language of posts without Polylang/WPML data (default: ${defaultLocale})
  --content <dir>    content folder to import into (default: CONTENT_DIR or content/)
  --public <dir>     public folder the images are copied to (default: public/)`;

const WITH_VALUE = new Set(['--topics', '--uploads', '--locale', '--content', '--public']);

/** @throws SetupError with a one-line message for a mistake in the arguments. */
export function parseArgs(argv: string[]): ImportOptions | 'help' {
  const values = new Map<string, string>();
  const positional: string[] = [];
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--dry-run') dryRun = true;
    else if (WITH_VALUE.has(arg)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--'))
        throw new SetupError(`${arg} needs a value`);
      values.set(arg, value);
    } else if (arg.startsWith('-')) throw new SetupError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 1)
    throw new SetupError(
      positional.length
        ? `give one export file, not ${positional.length}`
        : 'give the export file (the .xml from WordPress Tools → Export)',
    );

  const locale = values.get('--locale') ?? defaultLocale;
  if (!isLocale(locale))
    throw new SetupError(`--locale must be one of ${localeKeys.join(', ')}, not "${locale}"`);
  const contentDir = values.has('--content')
    ? path.resolve(values.get('--content')!)
    : contentRoot();
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory())
    throw new SetupError(`the content folder ${contentDir} does not exist`);
  const uploads = values.get('--uploads');
  const uploadsDir = uploads === undefined ? undefined : path.resolve(uploads);
  if (uploadsDir && (!existsSync(uploadsDir) || !statSync(uploadsDir).isDirectory()))
    throw new SetupError(`the uploads folder ${uploadsDir} does not exist`);
  const topics = values.get('--topics');
  return {
    exportFile: path.resolve(positional[0]!),
    contentDir,
    publicDir: path.resolve(values.get('--public') ?? 'public'),
    uploadsDir,
    topicsFile: topics === undefined ? undefined : path.resolve(topics),
    locale,
    dryRun,
  };
}
