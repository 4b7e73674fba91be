/**
 * Incremental builds: a copy of the sample content is built once, then
 * edited (a title changed, a translation added, a translation deleted) and
 * built again with the cache. Every page that shows what changed is rendered
 * again and shows it; every other page is reused from the cache; the sitemap
 * and the search index still cover every page; and the result is the same,
 * file for file, as a build from scratch.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { buildSite } from '../support/site-build';
import { projectRoot } from '../support/paths';
import { seedPictureCache } from '../support/picture-cache';

const work = mkdtempSync(path.join(os.tmpdir(), 'incremental-'));
const folders = {
  content: path.join(work, 'content'),
  out: path.join(work, 'dist'),
  cache: path.join(work, 'cache'),
};
/** Pages without getStaticPaths() cannot carry a cache key, so Astro renders them every time. */
const UNKEYED = ['/404.html', '/index.html'];

/** Every file under `dir`, relative, with forward slashes, sorted. */
function filesIn(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

const read = (file: string) => readFileSync(path.join(folders.out, file), 'utf8');

/** Built pages and feeds (as Astro names them, `/en/rss.xml`) whose text contains `text`. */
function showing(text: string): string[] {
  return filesIn(folders.out)
    .filter((f) => /\.html$|^[a-z]+\/rss\.xml$/.test(f) && read(f).includes(text))
    .map((f) => `/${f}`);
}

const htmlPages = () => filesIn(folders.out).filter((f) => f.endsWith('.html'));
const urlOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

function sitemapPaths(): string[] {
  const xml = read('sitemap-0.xml');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
}

/** Title of every page in the Pagefind index, by URL, read from its compressed fragments. */
function searchIndex(): Map<string, string> {
  const dir = path.join(folders.out, 'pagefind/fragment');
  const pages = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    const text = gunzipSync(readFileSync(path.join(dir, file))).toString('utf8');
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as {
      url: string;
      meta: { title: string };
    };
    pages.set(fragment.url, fragment.meta.title);
  }
  return pages;
}

/** The sitemap lists every page but the 404 pages, and the search index every page with a searchable body. */
function expectSitemapAndSearchToCoverEveryPage() {
  expect(sitemapPaths()).toEqual(
    htmlPages()
      .filter((f) => !f.endsWith('404.html'))
      .map(urlOf)
      .sort(),
  );
  const searchable = htmlPages()
    .filter((f) => read(f).includes('data-pagefind-body'))
    .map(urlOf);
  expect([...searchIndex().keys()].sort()).toEqual(searchable.sort());
}

function languageLink(file: string, lang: string) {
  const link = parse(read(file)).querySelector(`.language-select a[hreflang="${lang}"]`)!;
  return { href: link.getAttribute('href'), untranslated: link.classList.contains('untranslated') };
}

beforeAll(async () => {
  cpSync(path.join(projectRoot, 'content'), folders.content, { recursive: true });
  seedPictureCache(folders.cache);
  await buildSite(folders);
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an incremental rebuild', () => {
  it('shows an edited title on every page that showed it, and renders only those pages again', async () => {
    const before = 'First contact resolution without the spin';
    const after = 'Resolving it the first time, renamed';
    const pagesBefore = showing(before);
    // The article, lists, hubs, feed, home page and related boxes on other articles and keynotes.
    expect(pagesBefore).toEqual(
      expect.arrayContaining([
        '/en/articles/first-contact-resolution/index.html',
        '/en/articles/index.html',
        '/en/topics/operations/index.html',
        '/en/index.html',
        '/en/rss.xml',
      ]),
    );
    expect(pagesBefore.filter((p) => /^\/en\/keynotes\/[a-z-]+\//.test(p))).not.toEqual([]);
    expect(
      pagesBefore.filter((p) => /^\/en\/articles\/(?!first-contact)[a-z-]+\//.test(p)),
    ).not.toEqual([]);
    const all = htmlPages().length;
    // The newer and the older article link to it by its title.
    const neighbourLinks = parse(read('en/articles/first-contact-resolution/index.html'))
      .querySelectorAll('.neighbours a')
      .map((a) => `${a.getAttribute('href')!.slice(1)}index.html`);
    expect(neighbourLinks).toHaveLength(2);
    for (const neighbour of neighbourLinks) expect(pagesBefore).toContain(`/${neighbour}`);
    const socialImages = filesIn(folders.out).filter((f) => f.startsWith('og/')).length;
    const oneSheets = filesIn(folders.out).filter((f) => f.endsWith('.pdf')).length;
    // The press kit's portrait downloads, written by an endpoint with a key of its own.
    const pressFiles = filesIn(folders.out).filter((f) => f.startsWith('press/')).length;

    const file = path.join(folders.content, 'articles/en/first-contact-resolution.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(`title: "${before}"`, `title: "${after}"`),
    );
    const build = await buildSite(folders);

    expect(showing(before)).toEqual([]);
    expect(showing(after)).toEqual(pagesBefore);
    // The article's social image shows its title too, so it is drawn again.
    expect(build.rendered.filter((p) => !UNKEYED.includes(p)).sort()).toEqual(
      [...pagesBefore, '/og/en/articles/first-contact-resolution.jpg'].sort(),
    );
    // Everything else came from the cache, the translations of the article, the keynotes'
    // one-sheet PDFs and the press kit's downloads among them.
    expect(oneSheets).toBeGreaterThan(0);
    expect(pressFiles).toBe(3);
    expect(build.reused.length + build.rendered.length).toBe(
      all + 3 + socialImages + oneSheets + pressFiles,
    );
    expect(build.reused).toEqual(
      expect.arrayContaining([
        '/de/articles/erstloesungsquote/index.html',
        '/zh/articles/first-contact-resolution/index.html',
        '/en/about/index.html',
        '/de/rss.xml',
      ]),
    );
    for (const neighbour of neighbourLinks) {
      const link = parse(read(neighbour)).querySelector(
        '.neighbours a[href="/en/articles/first-contact-resolution/"]',
      );
      expect(link?.textContent, neighbour).toContain(after);
    }
    expect(languageLink('de/articles/erstloesungsquote/index.html', 'en').href).toBe(
      '/en/articles/first-contact-resolution/',
    );
    expect(searchIndex().get('/en/articles/first-contact-resolution/')).toBe(after);
    expectSitemapAndSearchToCoverEveryPage();
  }, 240_000);

  it('adds a new translation: its page, the language switch of the original, lists, sitemap and search', async () => {
    const title = 'Auf die CCXP-Prüfung vorbereiten, neu übersetzt';
    const original = readFileSync(
      path.join(folders.content, 'articles/en/preparing-for-the-ccxp-exam.mdx'),
      'utf8',
    );
    expect(
      languageLink('en/articles/preparing-for-the-ccxp-exam/index.html', 'de').untranslated,
    ).toBe(true);
    writeFileSync(
      path.join(folders.content, 'articles/de/preparing-for-the-ccxp-exam.mdx'),
      original
        .replace(/^title: .*$/m, `title: "${title}"`)
        .replace(/^date: .*$/m, 'date: 2025-07-01'),
    );
    const build = await buildSite(folders);

    expect(read('de/articles/preparing-for-the-ccxp-exam/index.html')).toContain(
      `<h1>${title}</h1>`,
    );
    expect(languageLink('en/articles/preparing-for-the-ccxp-exam/index.html', 'de')).toEqual({
      href: '/de/articles/preparing-for-the-ccxp-exam/',
      untranslated: false,
    });
    expect(showing(title)).toEqual(
      expect.arrayContaining(['/de/articles/index.html', '/de/index.html', '/de/rss.xml']),
    );
    expect(build.rendered).toContain('/en/articles/preparing-for-the-ccxp-exam/index.html');
    expect(build.reused).toEqual(
      expect.arrayContaining([
        '/de/about/index.html',
        '/en/articles/coaching-team-leaders/index.html',
      ]),
    );
    expect(sitemapPaths()).toContain('/de/articles/preparing-for-the-ccxp-exam/');
    expect(searchIndex().get('/de/articles/preparing-for-the-ccxp-exam/')).toBe(title);
    expectSitemapAndSearchToCoverEveryPage();
  }, 240_000);

  it('removes a deleted translation: no page, link, sitemap entry or search result is left', async () => {
    const gone = '/zh/articles/first-contact-resolution/';
    rmSync(path.join(folders.content, 'articles/zh/first-contact-resolution.mdx'));
    const build = await buildSite(folders);

    expect(existsSync(path.join(folders.out, gone))).toBe(false);
    expect(showing(`href="${gone}"`)).toEqual([]);
    for (const file of [
      'en/articles/first-contact-resolution/index.html',
      'de/articles/erstloesungsquote/index.html',
    ])
      expect(languageLink(file, 'zh-CN')).toEqual({ href: '/zh/articles/', untranslated: true });
    expect(sitemapPaths()).not.toContain(gone);
    expect(searchIndex().has(gone)).toBe(false);
    expect(build.reused).toContain('/en/about/index.html');
    expectSitemapAndSearchToCoverEveryPage();
  }, 240_000);

  it('shows an edited testimonial on the keynote pages and the catalogue that show it, and renders only those again', async () => {
    const file = path.join(folders.content, 'testimonials/en/harbourline-telecom.mdx');
    const text = readFileSync(file, 'utf8');
    const before = /^quote: "([^"]+)"/m.exec(text)![1]!;
    const after = 'Product managers now read contact reasons every Monday, edited.';
    const pagesBefore = showing(before);
    // Every language's page of the talk, the English catalogue's card (other catalogues show a
    // quote in their own language) and the English press kit.
    expect(pagesBefore).toEqual([
      '/de/keynotes/early-warning-system/index.html',
      '/en/keynotes/early-warning-system/index.html',
      '/en/keynotes/index.html',
      '/en/press/index.html',
      '/zh/keynotes/early-warning-system/index.html',
    ]);
    writeFileSync(file, text.replace(before, after));
    const build = await buildSite(folders);

    expect(showing(before)).toEqual([]);
    expect(showing(after)).toEqual(pagesBefore);
    // The English one-sheet PDF of the talk carries that quote too; the others are kept.
    expect(build.rendered.filter((p) => !UNKEYED.includes(p)).sort()).toEqual(
      [...pagesBefore, '/en/keynotes/early-warning-system.pdf'].sort(),
    );
    expect(build.reused).toEqual(
      expect.arrayContaining(['/de/keynotes/index.html', '/en/about/index.html']),
    );
  }, 240_000);

  it('shows an edited engagement on every about page and on the pages of its talk', async () => {
    const file = path.join(folders.content, 'engagements.yaml');
    const before = 'Kundenservice Forum Rhein-Main 2025';
    const after = 'Kundenservice Forum Rhein-Main 2025 (Jubiläum)';
    const pagesBefore = showing(before);
    expect(pagesBefore).toEqual(
      expect.arrayContaining([
        '/en/about/index.html',
        '/de/about/index.html',
        '/zh/about/index.html',
        '/en/keynotes/early-warning-system/index.html',
      ]),
    );
    writeFileSync(file, readFileSync(file, 'utf8').replace(`event: ${before}`, `event: ${after}`));
    const build = await buildSite(folders);

    expect(showing(after)).toEqual(pagesBefore);
    expect(build.rendered.filter((p) => !UNKEYED.includes(p)).sort()).toEqual(pagesBefore);
    expect(build.reused).toContain('/en/keynotes/beyond-handle-time/index.html');
  }, 240_000);

  it('leaves the same site, file for file, as a build from scratch with --force', async () => {
    const fresh = path.join(work, 'fresh');
    const build = await buildSite({ ...folders, out: fresh }, ['--force']);

    expect(build.reused).toEqual([]);
    const files = filesIn(folders.out);
    expect(filesIn(fresh)).toEqual(files);
    const differing = files.filter(
      (f) => !readFileSync(path.join(fresh, f)).equals(readFileSync(path.join(folders.out, f))),
    );
    expect(differing).toEqual([]);
  }, 240_000);
});
