/**
 * Content at scale: the benchmark's synthetic corpus (small N) builds with
 * the real build, and no page grows with the number of articles except the
 * lists that are meant to (article list pages are paginated).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench-corpus';
import { site } from '../../src/site.config';
import { projectRoot } from '../support/paths';

const work = mkdtempSync(path.join(os.tmpdir(), 'scale-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('content at scale', () => {
  it('builds the synthetic corpus (60 articles per locale) with keynotes, quizzes and search', () => {
    const perLocale = 60;
    writeCorpus(path.join(work, 'content'), perLocale, path.join(projectRoot, 'content'));
    const dist = path.join(work, 'dist');
    const result = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/astro.js'), 'build'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: path.join(work, 'content'), OUT_DIR: dist, CACHE_DIR: path.join(work, 'cache') },
    });
    expect(result.status, result.stderr.slice(-2000)).toBe(0);
    const html = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html'));
    expect(html.filter((f) => /^en\/articles\/article-\d+\/index\.html$/.test(f))).toHaveLength(perLocale);
    expect(html.filter((f) => /^de\/articles\/page\/\d+\/index\.html$/.test(f))).toHaveLength(Math.ceil(perLocale / site.pageSize) - 1);
    // An article page links to a bounded number of pages, not to every other article.
    const links = readFileSync(path.join(dist, 'en/articles/article-0/index.html'), 'utf8').match(/href="\/en\/articles\/article-/g) ?? [];
    expect(links.length).toBeLessThan(20);
    expect(readdirSync(path.join(dist, 'pagefind'))).toContain('pagefind-entry.json');
  }, 180_000);
});
