/**
 * A WordPress import builds: the fixture export is imported into a temporary
 * copy of tests/fixtures/valid, the content check finds nothing, and the real
 * `astro build` of that folder has the imported pages — the en/de pair linked
 * by hreflang, the Chinese post, the copied images (as AVIF/WebP through Astro's
 * pipeline) and `{like this}` as text —
 * and nothing the posts showed is lost on the way (superscripts, code lines,
 * captions, cover images, WordPress.com media, links to moved permalinks).
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/content-check';
import { projectRoot } from '../support/paths';
import { runAstro, runTsx } from '../support/run';

const temp = mkdtempSync(path.join(os.tmpdir(), 'wordpress-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const fixture = path.join(projectRoot, 'tests/fixtures/wordpress');
const content = path.join(temp, 'content');
const publicDir = path.join(temp, 'public');
const dist = path.join(temp, 'dist');

/** The text of a page as a reader sees it: tags removed, `&lt;` and friends decoded. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');
const page = (pathname: string) => readFileSync(path.join(dist, pathname, 'index.html'), 'utf8');
const hreflangs = (html: string) =>
  [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)]
    .map((m) => `${m[1]} ${new URL(m[2]!).pathname}`)
    .sort();

describe('an imported WordPress export', () => {
  it('passes the content check and builds into pages with translations, the images, literal braces and everything else the posts showed', async () => {
    cpSync(path.join(projectRoot, 'tests/fixtures/valid'), content, { recursive: true });
    appendFileSync(
      path.join(content, 'topics.yaml'),
      [
        'customer-service: { en: Customer Service, de: Kundenservice, zh: 客户服务 }',
        'people-management: { en: People Management, de: Personalführung, zh: 人员管理 }',
        'leadership: { en: Leadership, de: Führung, zh: 领导力 }',
      ].join('\n') + '\n',
    );

    const imported = await runTsx('scripts/import-wordpress.ts', [
      path.join(fixture, 'export.xml'),
      '--topics',
      path.join(fixture, 'topics-map.yaml'),
      '--uploads',
      path.join(fixture, 'uploads'),
      '--content',
      content,
      '--public',
      publicDir,
    ]);
    expect(imported.status, imported.output).toBe(0);
    expect(imported.stdout).toMatch(/^written 7, skipped 5, conflicts 0, warnings 9$/m);
    expect(checkContent(content, { publicDirs: [publicDir] }).errors).toEqual([]);
    expect(readFileSync(path.join(content, 'images/uploads/2021/05/wallboard.png'))).toEqual(
      readFileSync(path.join(fixture, 'uploads/2021/05/wallboard.png')),
    );

    const built = await runAstro(['build'], {
      env: {
        CONTENT_DIR: content,
        PUBLIC_DIR: publicDir,
        OUT_DIR: dist,
        CACHE_DIR: path.join(temp, 'cache'),
      },
    });
    expect(built.status, built.output).toBe(0);

    const english = page('en/articles/queue-callbacks-what-customers-want');
    const german = page('de/articles/rueckrufe-in-der-warteschlange');
    const pair = [
      'de /de/articles/rueckrufe-in-der-warteschlange/',
      'en /en/articles/queue-callbacks-what-customers-want/',
    ];
    expect(hreflangs(english)).toEqual(pair);
    expect(hreflangs(german)).toEqual(pair);
    expect(german).toContain(
      'Rückrufe in der Warteschlange: was Kundinnen und Kunden wirklich wollen',
    );

    const chinese = page('zh/articles/post-21');
    expect(chinese).toContain('如何辅导新上任的班组长');
    expect(chinese).toContain('好的辅导是具体的');

    const wallboard = page('en/articles/reading-a-wallboard');
    // Imported pictures go through Astro's pipeline: AVIF and WebP in several widths.
    expect(wallboard).toMatch(
      /<picture><source srcset="\/_astro\/wallboard\.[^"]+\.avif \d+w[^"]*" type="image\/avif"[\s\S]*?<img src="\/_astro\/wallboard\.[^"]+" srcset="[^"]+" alt="A wallboard showing calls waiting, longest wait and service level"[^>]* width="\d+" height="\d+"/,
    );
    expect(existsSync(path.join(dist, 'uploads'))).toBe(false);
    expect(wallboard).toContain('<em>The wallboard on a Monday morning</em>');
    expect(wallboard).toContain('<table>');
    expect(wallboard).not.toContain('youtube');
    expect(wallboard).toContain('<a href="/en/articles/queue-callbacks-what-customers-want/">');
    expect(german).toContain('<a href="/en/articles/reading-a-wallboard/">');

    const scripts = page('en/articles/agent-scripts');
    expect(scripts).toContain('placeholders written {like this}, for example {customer_name}');
    expect(scripts).toMatch(/signed every chat with (?:&lt;|&#x3C;)3/);
    expect(scripts).toContain('[gallery ids=');

    // What the old blog showed survives: superscripts and subscripts, the lines of code, a
    // caption without a stray backslash, the cover image, WordPress.com media, and links to
    // posts whose permalinks changed.
    const targets = page('en/articles/service-level-targets');
    expect(targets).toContain('The 90<sup>th</sup> percentile');
    expect(targets).toContain('A<sup>N</sup>/N!');
    expect(textOf(targets)).toContain(
      'service_level = answered_within_20s\n    / (offered - abandoned_within_5s)',
    );
    expect(textOf(targets)).toContain('SELECT queue, COUNT(*) AS offered\nFROM calls\n');
    expect(targets).toMatch(
      /<img src="\/_astro\/team-board\.[^"]+" srcset="[^"]+" alt="The team board with the week’s service level per queue"/,
    );
    expect(targets).toContain('<em>The team board in week 12</em>');
    expect(targets).toContain(
      '<a href="/en/articles/reading-a-wallboard/">Reading a wallboard</a>',
    );
    expect(targets).toContain('<a href="/en/articles/late-shift-in-pictures/">');
    const pictures = page('en/articles/late-shift-in-pictures');
    expect(pictures).toMatch(
      /<img src="\/_astro\/late-shift\.[^"]+" srcset="[^"]+" alt(?:="")? [^>]*><\/picture>(?:<\/p>)?\s*<p>The floor after the late shift<\/p>/,
    );
    expect(pictures).toContain('H<sub>2</sub>O');
    expect(pictures).toContain('<em>Handover at 22:00</em>');
    expect(pictures).toContain('<a href="/en/articles/service-level-targets/">');
    for (const image of ['team-board.png', 'late-shift.png', 'shift-6.png'])
      expect(readFileSync(path.join(content, 'images/uploads/2021/06', image)), image).toEqual(
        readFileSync(path.join(fixture, 'uploads/2021/06', image)),
      );

    expect(existsSync(path.join(dist, 'en/articles/welcome'))).toBe(false);
    expect(existsSync(path.join(dist, 'en/articles/about'))).toBe(false);
  }, 180_000);
});
