/**
 * Astro builds of this project take turns. Whatever their OUT_DIR, they share the project's
 * .astro/ folder: each writes the list of content modules it is about to bundle there and reads
 * it back, and a build whose OUT_DIR is outside the project also writes its server chunks to
 * .astro/.prerender and deletes that folder at the end. Two builds at once (test files run in
 * parallel on machines with more cores) would bundle each other's content or lose their chunks.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { projectRoot } from './paths';

const lockDir = path.join(
  os.tmpdir(),
  `astro-build-${createHash('sha256').update(projectRoot).digest('hex').slice(0, 12)}.lock`,
);

/** Whether the process that took the lock still runs (a crashed test worker leaves it behind). */
function holderRuns(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
  } catch {
    // Taken a moment ago and the pid is still being written, or left by a crash in between.
    const taken = statSync(lockDir, { throwIfNoEntry: false });
    return taken !== undefined && taken.mtimeMs > Date.now() - 10_000;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Runs `build` once no other build of this project is running. */
export async function oneBuildAtATime<T>(build: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (holderRuns()) await delay(200);
      else rmSync(lockDir, { recursive: true, force: true });
    }
  }
  writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
  try {
    return await build();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
