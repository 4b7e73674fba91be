/**
 * Runs the site's own content check over the planned files before anything
 * is written: they are put, with a copy of topics.yaml, in a scratch folder
 * outside the project. A file the check would refuse is not written; the post
 * is reported as skipped with the check's own words.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent, displayPath } from '~/lib/content-check';
import { contentFile } from '~/lib/content-paths';
import type { ImportPlan } from './import-plan';

export function preflight(plan: ImportPlan, contentDir: string): void {
  if (plan.files.length === 0) return;
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'wordpress-preflight-'));
  try {
    copyFileSync(path.join(contentDir, 'topics.yaml'), path.join(scratch, 'topics.yaml'));
    const shown = plan.files.map((file) => {
      const target = contentFile(scratch, 'articles', file.locale, file.name);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.text);
      return `${displayPath(target)}: `;
    });
    const { errors } = checkContent(scratch);
    plan.files = plan.files.filter((file, i) => {
      const problems = errors
        .filter((e) => e.startsWith(shown[i]!))
        .map((e) => e.slice(shown[i]!.length));
      if (problems.length)
        plan.skipped.push(
          `${file.post}: the content check would refuse it (${problems.join('; ')}); copy it over by hand`,
        );
      return problems.length === 0;
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
