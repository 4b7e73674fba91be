/**
 * Drafts and answer keys reach no built folder. The fixture (tests/fixtures/unpublished) has a
 * published article, an English draft, a German draft translation of the published article and
 * a quiz, each carrying a marker word: the published marker must turn up, the draft and key-file
 * markers nowhere. It is built into an OUT_DIR outside the project, and searched byte for byte
 * (Pagefind's gzip files unpacked) together with the content cache and the server chunks the
 * pages were rendered from: Astro bundles its data store into those chunks and writes them to
 * `.prerender` in OUT_DIR, or in .astro/ when OUT_DIR is outside the project, where they stay
 * when rendering fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFolder, filesBelow, searchableText } from '../support/build-folder';
import { projectRoot } from '../support/paths';

const fixture = path.join(projectRoot, 'tests/fixtures/unpublished');
const work = mkdtempSync(path.join(os.tmpdir(), 'unpublished-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const folders = {
  OUT_DIR: path.join(work, 'out'),
  'the server chunks': path.join(work, 'server'),
  'the content cache': path.join(work, 'cache'),
};
type Folder = keyof typeof folders;

/** Files of a folder, lower-cased, each with the name it is reported by. */
let texts: Record<Folder, { file: string; text: string }[]>;

beforeAll(async () => {
  const result = await buildFolder({
    content: fixture,
    out: folders.OUT_DIR,
    cache: folders['the content cache'],
    serverChunks: folders['the server chunks'],
  });
  if (result.status !== 0) throw new Error(`The fixture build failed:\n${result.output}`);
  texts = Object.fromEntries(
    Object.entries(folders).map(([name, dir]) => [
      name,
      filesBelow(dir).map((file) => ({
        file,
        text: searchableText(path.join(dir, file)).toLowerCase(),
      })),
    ]),
  ) as typeof texts;
});

/** Files of a folder that contain `marker`, in any letter case. */
function holding(folder: Folder, marker: string): string[] {
  return texts[folder].filter(({ text }) => text.includes(marker.toLowerCase())).map((f) => f.file);
}

describe('unpublished content', () => {
  it('finds the published article’s marker in its page, the search index, the server chunks and the cache', () => {
    const marker = 'PublishedText4Jq9';
    const published = holding('OUT_DIR', marker);
    expect(published).toContain('en/articles/queue-basics/index.html');
    expect(published.filter((f) => f.endsWith('.pf_fragment')).length).toBeGreaterThan(0);
    expect(holding('the server chunks', marker).length).toBeGreaterThan(0);
    expect(holding('the content cache', marker).length).toBeGreaterThan(0);
  });

  it.each(Object.keys(folders) as Folder[])('keeps every draft’s text out of %s', (folder) => {
    expect(texts[folder].length).toBeGreaterThan(0);
    expect(holding(folder, 'DraftOnly7Fq3Zk')).toEqual([]);
  });

  it.each(Object.keys(folders) as Folder[])('keeps the answer-key file out of %s', (folder) => {
    expect(holding(folder, 'KeyFileOnly9Wm2Xr')).toEqual([]);
  });

  it('builds no page for a draft, nor for the draft translation of a published article', () => {
    const pages = texts.OUT_DIR.map((f) => f.file).filter((f) => f.endsWith('.html'));
    expect(pages).toContain('en/articles/queue-basics/index.html');
    expect(pages).toContain('en/quizzes/queue-quiz/index.html');
    expect(pages.filter((f) => /staffing-notes|warteschlangen/.test(f))).toEqual([]);
  });
});
