/**
 * Content at scale: the benchmark's synthetic corpus (small N) builds with
 * the real build, and no page grows with the number of articles except the
 * lists that are meant to (article lists and topic hubs are paginated).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '~/lib/bench/corpus';
import { site } from '~/site.config';
import { projectRoot } from '../support/paths';
import { runAstro } from '../support/run';

const work = mkdtempSync(path.join(os.tmpdir(), 'scale-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('content at scale', () => {
  it('builds the synthetic corpus (72 articles per locale) with keynotes, quizzes and search', async () => {
    const perLocale = 72;
    // Chinese has two articles, so its hubs list many pieces that exist only in other languages.
    writeCorpus(path.join(work, 'content'), perLocale, path.join(projectRoot, 'content'), {
      zh: 2,
    });
    const dist = path.join(work, 'dist');
    const result = await runAstro(['build'], {
      env: {
        CONTENT_DIR: path.join(work, 'content'),
        OUT_DIR: dist,
        CACHE_DIR: path.join(work, 'cache'),
      },
    });
    expect(result.status, result.stderr.slice(-2000)).toBe(0);
    const html = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter(
      (f) => f.endsWith('.html'),
    );
    expect(html.filter((f) => /^en\/articles\/article-\d+\/index\.html$/.test(f))).toHaveLength(
      perLocale,
    );
    expect(html.filter((f) => /^de\/articles\/page\/\d+\/index\.html$/.test(f))).toHaveLength(
      Math.ceil(perLocale / site.pageSize) - 1,
    );
    // An article page links to a bounded number of pages, not to every other article.
    const links =
      readFileSync(path.join(dist, 'en/articles/article-0/index.html'), 'utf8').match(
        /href="\/en\/articles\/article-/g,
      ) ?? [];
    expect(links.length).toBeLessThan(20);
    // A topic hub shows one page of articles and links to the next, whatever the archive's size.
    const hubPage = (n: number) =>
      readFileSync(
        path.join(
          dist,
          n === 1 ? 'en/topics/operations/index.html' : `en/topics/operations/page/${n}/index.html`,
        ),
        'utf8',
      );
    const total = Number(/<span class="count">\((\d+)\)<\/span>/.exec(hubPage(1))?.[1]);
    const last = Math.ceil(total / site.pageSize);
    expect(total).toBeGreaterThan(site.pageSize);
    expect(
      html.filter((f) => /^en\/topics\/operations\/(?:page\/\d+\/)?index\.html$/.test(f)),
    ).toHaveLength(last);
    const listed = Array.from(
      { length: last },
      (_, i) => new Set(hubPage(i + 1).match(/href="\/en\/articles\/article-\d+\/"/g)),
    );
    expect(listed.map((links) => links.size)).toEqual(
      Array.from({ length: last }, (_, i) =>
        i < last - 1 ? site.pageSize : total - site.pageSize * (last - 1),
      ),
    );
    expect(new Set(listed.flatMap((links) => [...links])).size).toBe(total);
    expect(hubPage(1)).toContain('href="/en/topics/operations/page/2/"');
    // …and a hub lists at most one page of other-language pieces, then points to those languages' own hubs.
    const zhHub = readFileSync(path.join(dist, 'zh/topics/operations/index.html'), 'utf8');
    const elsewhere = zhHub.slice(zhHub.indexOf('id="topic-elsewhere"'));
    expect(elsewhere.match(/<h3/g)).toHaveLength(site.pageSize);
    expect(elsewhere).toContain('<a href="/en/topics/operations/" hreflang="en" lang="en">');
    expect(elsewhere).toContain('<a href="/de/topics/operations/" hreflang="de" lang="de">');
    expect(readdirSync(path.join(dist, 'pagefind'))).toContain('pagefind-entry.json');
  }, 180_000);
});
