/**
 * When each file under a folder last changed according to git: the time of
 * its last commit, or its modification time when it has uncommitted changes
 * or is not committed yet. Outside a git work tree the map is empty, and
 * staleness is judged from the frontmatter dates alone.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

function git(cwd: string, args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}

/** Absolute file path → last change. */
export function lastChanges(dir: string): Map<string, Date> {
  const changes = new Map<string, Date>();
  const top = git(dir, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) return changes;
  const log = git(dir, ['log', '--format=%x00%ct', '--name-only', '--no-renames', '--', '.']) ?? '';
  for (const commit of log.split('\0').slice(1)) {
    const [time, ...files] = commit.trim().split('\n');
    for (const file of files) {
      const full = path.join(top, file);
      if (file && !changes.has(full)) changes.set(full, new Date(Number(time) * 1000));
    }
  }
  const status = git(dir, ['status', '--porcelain', '--untracked-files=all', '--', '.']) ?? '';
  for (const line of status.split('\n').filter(Boolean)) {
    const full = path.join(top, line.slice(3).replace(/^"|"$/g, ''));
    try {
      changes.set(full, statSync(full).mtime);
    } catch {
      changes.delete(full); // deleted in the work tree
    }
  }
  return changes;
}
