/**
 * Runs the site's own content check over the planned files before anything
 * is written: they are put, with a copy of topics.yaml, in a scratch folder
 * outside the project. A file the check would refuse is not written; the post
 * is reported as skipped with the check's own words. Images the import is
 * about to copy count as present (an empty stand-in for each, in the scratch
 * folder); an image left on the old blog does not, since the site loads nothing
 * from other sites: such a post is skipped with a hint to rerun with --uploads,
 * on one line however many images it shows (findings.ts), and is returned so
 * the import can count what kept it out.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent, displayPath } from '~/lib/content-check';
import { contentFile } from '~/lib/content-paths';
import { listed } from '~/lib/body-rules';
import { reportFindings, type Finding } from './findings';
import type { ImportPlan, PlannedFile } from './import-plan';

/** A post the check refused, with the URLs of the images it would have loaded from other sites. */
export interface Refusal {
  post: string;
  remoteImages: string[];
}

/** `line 7: image "https://…" would be loaded from another site (blog.example.com): …` */
const FROM_ANOTHER_SITE =
  /^line (\d+): .+? "([^"]*)" would be loaded from another site \(([^)]+)\)/;

/**
 * The check's problems for one file, those about other sites on one line: a gallery of 80 remote
 * images is one problem with a count and the first few URLs (in full: the check shortens long ones).
 */
function grouped(problems: string[], file: PlannedFile): { text: string[]; remote: string[] } {
  const findings: Finding[] = [];
  const lines: number[] = [];
  const hosts = new Set<string>();
  const others: string[] = [];
  for (const problem of problems) {
    const match = FROM_ANOTHER_SITE.exec(problem);
    if (!match) {
      others.push(problem);
      continue;
    }
    const [, line, shown, host] = match as unknown as [string, string, string, string];
    const prefix = shown.endsWith('…') ? shown.slice(0, -1) : undefined;
    const url =
      file.remoteImages.find((u) => u === shown || (prefix && u.startsWith(prefix))) ?? shown;
    lines.push(Number(line));
    hosts.add(host);
    findings.push({
      kind: 'from another site',
      url,
      message: (count, urls) =>
        count === 1
          ? problem.replace(`"${shown}"`, `"${url}"`)
          : `lines ${listed([...new Set(lines)])}: ${count} images would be loaded from other sites (${[...hosts].join(', ')}): ${urls}; the site loads nothing from other sites`,
    });
  }
  return {
    text: [...reportFindings(findings), ...others],
    remote: [...new Set(findings.map((f) => f.url!))],
  };
}

/** Drops the planned files the content check would refuse (each with a `skipped` line) and returns them. */
export function preflight(plan: ImportPlan, contentDir: string, publicDir: string): Refusal[] {
  if (plan.files.length === 0) return [];
  const refused: Refusal[] = [];
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'wordpress-preflight-'));
  try {
    copyFileSync(path.join(contentDir, 'topics.yaml'), path.join(scratch, 'topics.yaml'));
    if (existsSync(path.join(contentDir, 'images')))
      cpSync(path.join(contentDir, 'images'), path.join(scratch, 'images'), { recursive: true });
    const planned = path.join(scratch, 'public');
    const imagesDir = path.join(contentDir, 'images');
    for (const copy of plan.files.flatMap((file) => file.copies)) {
      if (!existsSync(copy.from)) continue;
      const picture = path.relative(imagesDir, copy.to);
      // Pictures already in content/images/ are named there; the scratch folder stands in for both.
      const standIn = picture.startsWith('..')
        ? path.join(planned, path.relative(publicDir, copy.to))
        : path.join(scratch, 'images', picture);
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
      if (problems.length === 0) return true;
      const { text, remote } = grouped(problems, file);
      const onlyRemote = remote.length > 0 && text.length === 1;
      plan.skipped.push(
        `${file.post}: the content check would refuse it (${text.join('; ')}); ${onlyRemote ? 'rerun with --uploads pointing at a copy of wp-content/uploads, so its images are copied into the site' : 'copy it over by hand'}`,
      );
      refused.push({ post: file.post, remoteImages: remote });
      return false;
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return refused;
}
