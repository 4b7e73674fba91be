/**
 * A broken content file stops the real build with one readable line naming
 * the file and the field, a non-zero exit code and no stack trace.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashTree } from '../support/hash-tree';
import { projectRoot } from '../support/paths';
import { runAstro } from '../support/run';

const temp = mkdtempSync(path.join(os.tmpdir(), 'content-errors-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function buildWith(contentDir: string) {
  return runAstro(['build'], {
    env: {
      CONTENT_DIR: contentDir,
      OUT_DIR: path.join(temp, 'dist'),
      CACHE_DIR: path.join(temp, 'cache'),
    },
  });
}

describe('a build with a broken content file', () => {
  it('stops with the file and the problem named, exit code 1 and no stack trace', async () => {
    const content = path.join(temp, 'content');
    cpSync(path.join(projectRoot, 'tests/fixtures/valid'), content, { recursive: true });
    const file = path.join(content, 'articles/de/queue-basics.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('date: 2025-01-12', 'date: 2024-02-31'));
    const before = hashTree(content);

    const { status, output } = await buildWith(content);

    expect(status).toBe(1);
    expect(output).toMatch(/articles\/de\/queue-basics\.mdx: date "2024-02-31" is not a real date/);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(hashTree(content)).toBe(before);
  });
});
