/**
 * Runs the site's own content check over the planned files before anything
 * is written: they are put, with a copy of topics.yaml, in a scratch folder
 * outside the project. A file the check would refuse is not written; the post
 * is reported as skipped with the check's own words. Images the import is
 * about to copy count as present (an empty stand-in for each, in the scratch
 * folder); an image left on the old blog does not, since the site loads nothing
 * from other sites: such a post is skipped with a hint to rerun with --uploads.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent, displayPath } from '~/lib/content-check';
import { contentFile } from '~/lib/content-paths';
import type { ImportPlan } from './import-plan';

export function preflight(plan: ImportPlan, contentDir: string, publicDir: string): void {
  if (plan.files.length === 0) return;
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'wordpress-preflight-'));
  try {
    copyFileSync(path.join(contentDir, 'topics.yaml'), path.join(scratch, 'topics.yaml'));
    const planned = path.join(scratch, 'public');
    for (const copy of plan.files.flatMap((file) => file.copies)) {
      if (!existsSync(copy.from)) continue;
      const standIn = path.join(planned, path.relative(publicDir, copy.to));
      mkdirSync(path.dirname(standIn), { recursive: true });
      writeFileSync(standIn, '');
    }
    const shown = plan.files.map((file) => {
      const target = contentFile(scratch, 'articles', file.locale, file.name);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.text);
      return `${displayPath(target)}: `;
    });
    const { errors } = checkContent(scratch, { publicDirs: [publicDir, planned] });
    plan.files = plan.files.filter((file, i) => {
      const problems = errors
        .filter((e) => e.startsWith(shown[i]!))
        .map((e) => e.slice(shown[i]!.length));
      const remote = problems.length > 0 && problems.every((p) => p.includes('from another site'));
      if (problems.length)
        plan.skipped.push(
          `${file.post}: the content check would refuse it (${problems.join('; ')}); ${remote ? 'rerun with --uploads pointing at a copy of wp-content/uploads, so its images are copied into the site' : 'copy it over by hand'}`,
        );
      return problems.length === 0;
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
