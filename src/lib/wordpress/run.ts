/**
 * Runs an import: reads the export and the topics map, plans every post
 * (import-plan.ts) and checks the planned files (preflight.ts), then —
 * unless it is a dry run — writes the new files
 * (never overwriting one), copies their images, and runs the site's content
 * check over the result. Returns the report; printing is report.ts's job.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '~/site.config';
import { checkContent, displayPath } from '~/lib/content-check';
import { SetupError } from './errors';
import { planImport, postLabel, type ImportPlan, type PlanOptions } from './import-plan';
import { preflight, type Refusal } from './preflight';
import { readTopicIds, readTopicMap } from './topics';
import { copyAsset } from './uploads';
import { parseWxr, WxrError, type WxrExport } from './wxr';

export interface ImportOptions {
  exportFile: string;
  contentDir: string;
  publicDir: string;
  uploadsDir?: string;
  topicsFile?: string;
  /** Language of posts the export does not label. */
  locale: Locale;
  dryRun: boolean;
}

export interface ImportReport {
  dryRun: boolean;
  /** One line per article file: `content/articles/en/x.mdx from 'Title' (post 12)`. */
  written: string[];
  /** Image files copied (or, in a dry run, to copy) into the public folder. */
  copied: string[];
  skipped: string[];
  conflicts: string[];
  warnings: string[];
  /** Images on other sites that kept posts out of the import, and how many posts they kept out. */
  remoteImages: { images: number; posts: number };
  /** Content-check problems in the files just written (there should be none). */
  checkErrors: string[];
  /** Content-check problems elsewhere in the content folder, not caused by this import. */
  otherProblems: number;
}

export function readExport(file: string): WxrExport {
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'the file does not exist'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : (error as Error).message;
    throw new SetupError(`Cannot read ${file}: ${reason}`);
  }
  try {
    return parseWxr(xml);
  } catch (error) {
    if (error instanceof WxrError)
      throw new SetupError(`${path.basename(file)} is not a WordPress export: ${error.message}`);
    throw error;
  }
}

function writeNew(file: string, text: string): boolean {
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, text, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Plans the import and checks the planned files (preflight.ts). A post the check refuses is not
 * imported, and the others are planned again without it, so that no imported post links to the
 * address it would have had: such a link stays a link to the old blog, with its warning. The
 * refused posts' own warnings go with them: only their `skipped` lines remain.
 */
function checkedPlan(
  wxr: WxrExport,
  planOptions: PlanOptions,
  options: ImportOptions,
): { plan: ImportPlan; refusals: Refusal[] } {
  const excluded = new Set<number>();
  const refused: string[] = [];
  const refusals: Refusal[] = [];
  for (;;) {
    const items = wxr.items.filter((item) => !excluded.has(item.id));
    const plan = planImport({ ...wxr, items }, planOptions);
    const planned = new Set(plan.files.map((file) => file.post));
    const skippedBefore = plan.skipped.length;
    refusals.push(...preflight(plan, options.contentDir, options.publicDir));
    const kept = new Set(plan.files.map((file) => file.post));
    const dropped = items.filter(
      (item) => planned.has(postLabel(item)) && !kept.has(postLabel(item)),
    );
    if (dropped.length === 0) {
      plan.skipped.push(...refused);
      return { plan, refusals };
    }
    refused.push(...plan.skipped.slice(skippedBefore));
    for (const item of dropped) excluded.add(item.id);
  }
}

export function runImport(options: ImportOptions): ImportReport {
  const wxr = readExport(options.exportFile);
  const topicIds = readTopicIds(options.contentDir);
  const topicMap = options.topicsFile
    ? readTopicMap(options.topicsFile, topicIds)
    : new Map<string, string[]>();
  const { plan, refusals } = checkedPlan(
    wxr,
    { ...options, fallbackLocale: options.locale, topicIds, topicMap },
    options,
  );
  const report: ImportReport = {
    dryRun: options.dryRun,
    written: [],
    copied: [],
    skipped: plan.skipped,
    conflicts: plan.conflicts,
    warnings: plan.warnings,
    remoteImages: {
      images: refusals.reduce((sum, refusal) => sum + refusal.remoteImages.length, 0),
      posts: refusals.filter((refusal) => refusal.remoteImages.length > 0).length,
    },
    checkErrors: [],
    otherProblems: 0,
  };
  const copied = new Set<string>();

  for (const planned of plan.files) {
    const shown = displayPath(planned.file);
    if (!options.dryRun && !writeNew(planned.file, planned.text)) {
      report.conflicts.push(
        `${shown} already exists: ${planned.post} was not imported (nothing was overwritten)`,
      );
      continue;
    }
    report.written.push(`${shown} from ${planned.post}`);
    for (const copy of planned.copies) {
      if (copied.has(copy.to)) continue;
      copied.add(copy.to);
      const result = options.dryRun
        ? existsSync(copy.to)
          ? 'already there'
          : 'copied'
        : copyAsset(copy);
      if (result === 'copied') report.copied.push(displayPath(copy.to));
      else if (result !== 'already there')
        report.conflicts.push(`${displayPath(copy.to)}: ${result} (${planned.post})`);
    }
  }

  if (!options.dryRun && report.written.length > 0) {
    const files = plan.files.map((f) => `${displayPath(f.file)}:`);
    const { errors } = checkContent(options.contentDir, { publicDirs: [options.publicDir] });
    report.checkErrors = errors.filter((e) => files.some((f) => e.startsWith(f)));
    report.otherProblems = errors.length - report.checkErrors.length;
  }
  return report;
}
