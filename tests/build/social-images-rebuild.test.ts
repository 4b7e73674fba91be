/**
 * Social images across builds: a rebuild draws none whose content did not change (the
 * incremental build keeps them, and a forced build takes them from the image cache), and
 * OG_IMAGES=off builds the site without them.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/site-build';
import { projectRoot } from '../support/paths';

const work = mkdtempSync(path.join(os.tmpdir(), 'social-images-'));
const content = path.join(projectRoot, 'tests/fixtures/valid');
const folders = { content, out: path.join(work, 'dist'), cache: path.join(work, 'cache') };
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** "N social images drawn, M taken from the image cache" from the build's log. */
function counts(log: string): { drawn: number; cached: number } {
  const match = /(\d+) social images drawn, (\d+) taken from the image cache/.exec(log);
  if (!match) throw new Error(`The build log does not report social images:\n${log.slice(-2000)}`);
  return { drawn: Number(match[1]), cached: Number(match[2]) };
}

function images(out: string): Map<string, Buffer> {
  const dir = path.join(out, 'og');
  return new Map(
    (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((f) => f.endsWith('.jpg'))
      .map((f) => [f, readFileSync(path.join(dir, f))]),
  );
}

describe('social images across builds', () => {
  it('draws every image once, then none again on a rebuild or a forced rebuild', async () => {
    const first = await buildSite(folders);
    const drawnFirst = counts(first.log).drawn;
    const before = images(folders.out);
    expect(drawnFirst).toBe(before.size);
    expect(before.size).toBeGreaterThan(3);

    const second = await buildSite(folders);
    expect(counts(second.log).drawn).toBe(0);

    const forced = await buildSite(folders, ['--force']);
    expect(counts(forced.log)).toEqual({ drawn: 0, cached: before.size });
    expect(images(folders.out)).toEqual(before);
  });

  it('builds no images and no image tags with OG_IMAGES=off', async () => {
    const off = { content, out: path.join(work, 'off'), cache: path.join(work, 'off-cache') };
    const build = await buildSite(off, [], { OG_IMAGES: 'off' });
    expect(build.log).toContain('Social images are off');
    expect(existsSync(path.join(off.out, 'og'))).toBe(false);
    const home = readFileSync(path.join(off.out, 'en/index.html'), 'utf8');
    expect(home).toContain('og:title');
    expect(home).not.toMatch(/og:image|twitter:image/);
  });
});
