/**
 * The authoring contract beyond what the build refuses: braces, files the page loads, other
 * sites, scripts, internal links, encodings. What must still pass is tested as carefully as what
 * must fail: a check that cries wolf gets switched off. (Each refusal is also built for real in
 * tests/build/bad-content.test.ts.)
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/content-check';
import { internalPath } from '~/lib/internal-links';
import { sitePaths, type SitePiece } from '~/lib/site-paths';
import { readText } from '~/lib/text-file';
import { site } from '~/site.config';

let dir: string;
let publicDir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'content-contract-'));
  cpSync(path.resolve(import.meta.dirname, '../fixtures/valid'), path.join(dir, 'content'), {
    recursive: true,
  });
  publicDir = path.join(dir, 'public');
  write('public/uploads/chart.png', '');
  write('public/downloads/slides.pdf', '');
  write('public/media/talk.mp4', '');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(relative: string, text: string | Buffer) {
  const full = path.join(dir, relative);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
}

/** An English article whose body starts on line 7. */
function article(name: string, body: string, extra = '') {
  write(
    `content/articles/en/${name}.mdx`,
    `---\ntitle: "T"\ndescription: "D."\ndate: 2025-01-01\ntopics: [operations]\n${extra}---\n${body}`,
  );
}

/** The check's lines, with the temporary folders shown as `content/…` and `public/…` are. */
const errors = () =>
  checkContent(path.join(dir, 'content'), { publicDirs: [publicDir] }).errors.map((error) =>
    error.slice(error.indexOf('content/') + 'content/'.length).replaceAll(publicDir, 'public'),
  );

describe('braces in the body', () => {
  it('refuse an expression that would show its result, with the line and how to escape it', () => {
    article('latex', 'Intro.\n\nThe formula \\tag{1.1} and x^{2} and {1+1}.\n\nAgain {3}.\n');
    expect(errors()).toEqual([
      'articles/en/latex.mdx: line 9: "{1.1}" is run as JavaScript, so the page shows its result instead of the braces: write \\{1.1\\} to show them as typed (a comment is written {/* … */}); 3 more on lines 9 and 11',
    ]);
  });

  it('refuse an empty pair and a string in braces, which show nothing and the bare text', () => {
    article('empty', 'The empty set {} and {" "} a space.\n');
    expect(errors()).toEqual([expect.stringContaining('line 7: "{}" is run as JavaScript')]);
  });

  it('allow comments, escaped braces, code and attribute expressions of components', () => {
    article(
      'fine',
      [
        '{/* a note for editors */}',
        '',
        'Escaped \\{1.1\\} and `{inline code}` and {/* inline note */} text.',
        '',
        '```js',
        'const x = { a: 1 };',
        '```',
        '',
        '<p class="note" style="color: darkgreen">Styled.</p>',
        '',
        "<a href={'/en/articles/queue-basics/'}>A link written as an expression</a>",
      ].join('\n'),
    );
    expect(errors()).toEqual([]);
  });
});

describe('files the page loads', () => {
  it('accept images, video and posters that are in public/, with query, fragment or spaces encoded', () => {
    write('public/uploads/team photo.jpg', '');
    article(
      'pictures',
      [
        '![Chart](/uploads/chart.png) ![Chart again](/uploads/chart.png?v=2)',
        '',
        '<img src="/uploads/team%20photo.jpg" alt="Team" />',
        '',
        '<video src="/media/talk.mp4" poster="/uploads/chart.png" controls />',
        '',
        '<img srcset="/uploads/chart.png 1x, /uploads/chart.png 2x" alt="Chart" />',
      ].join('\n'),
    );
    expect(errors()).toEqual([]);
  });

  it('name each file that is missing, in Markdown or HTML, relative to the page or to the root', () => {
    article(
      'missing',
      '![A](/uploads/a.png)\n\n<video src="/media/b.mp4" controls />\n\n<img src="c.png" alt="C" />\n',
    );
    expect(errors()).toEqual([
      'articles/en/missing.mdx: line 7: image "/uploads/a.png" does not exist: put the file at public/uploads/a.png, or correct the path',
      'articles/en/missing.mdx: line 9: video "/media/b.mp4" does not exist: put the file at public/media/b.mp4, or correct the path',
      'articles/en/missing.mdx: line 11: image "c.png" does not exist: put the file in public/uploads/ and write its path from the site root, /uploads/c.png',
    ]);
  });

  it('look in every public folder given, as the WordPress import does for images it is about to copy', () => {
    article('planned', '![New](/uploads/new.png)\n');
    const planned = path.join(dir, 'planned');
    write('planned/uploads/new.png', '');
    const content = path.join(dir, 'content');
    expect(checkContent(content, { publicDirs: [publicDir, planned] }).errors).toEqual([]);
    expect(checkContent(content, { publicDirs: [publicDir] }).errors).toHaveLength(1);
  });
});

describe('other sites and scripts', () => {
  it('refuse anything loaded from another site: images, frames, scripts, media, backgrounds', () => {
    article(
      'remote',
      [
        '![A](https://img.example.com/a.png)', // 7
        '',
        '<img src="//cdn.example.com/b.png" alt="B" />', // 9
        '',
        '<iframe src="https://www.youtube.com/embed/x"></iframe>', // 11
        '',
        '<script src="https://platform.twitter.com/widgets.js"></script>', // 13
        '',
        '<audio controls><source src="https://pod.example.com/e.mp3" /></audio>', // 15
        '',
        '<div style="background: url(https://img.example.com/bg.png)">x</div>', // 17
        '',
        '<img src="data:image/png;base64,iVBORw0KGgo=" alt="" />', // 19
      ].join('\n'),
    );
    const lines = errors();
    expect(lines.map((line) => line.split(': ')[1])).toEqual([
      'line 7',
      'line 9',
      'line 11',
      'line 13',
      'line 15',
      'line 17',
      'line 19',
    ]);
    expect(lines[0]).toContain(
      'image "https://img.example.com/a.png" would be loaded from another site (img.example.com)',
    );
    expect(lines[2]).toContain(
      '<iframe src="https://www.youtube.com/embed/x"> puts a page from another site',
    );
    expect(lines[3]).toContain('would run code from another site (platform.twitter.com)');
    expect(lines[4]).toContain('media file "https://pod.example.com/e.mp3"');
    expect(lines[5]).toContain('background image "https://img.example.com/bg.png"');
    expect(lines[6]).toContain('(a data: address)');
  });

  it('refuse any script: inline, as an event handler, or as a javascript: link', () => {
    article(
      'scripts',
      '<script>{`track()`}</script>\n\n<button onclick="go()">Go</button>\n\n[Run](javascript:go\\(\\))\n',
    );
    expect(errors()).toEqual([
      'articles/en/scripts.mdx: line 7: <script> in content is not allowed: the pages run only the site’s own scripts; remove it',
      'articles/en/scripts.mdx: line 9: <button onclick> is a script, and content never runs scripts: remove the onclick attribute',
      'articles/en/scripts.mdx: line 11: link "javascript:go()" runs a script, and content never runs scripts: link to a page instead',
    ]);
  });

  it('allow plain links to other sites and to this site’s own origin', () => {
    article(
      'links-out',
      `[Erlang](https://en.wikipedia.org/wiki/Erlang_(unit)) <a href="https://example.org/report">Report</a> https://bare.example.net/x [Mail](mailto:a@example.com) [Home](${site.url}/en/)\n`,
    );
    expect(errors()).toEqual([]);
  });
});

describe('internal links', () => {
  it('accept every kind of page the site builds, public files, anchors and queries', () => {
    article(
      'links',
      [
        '[A](/en/articles/queue-basics/) [B](/de/articles/warteschlangen/#warum) [C](/en/quizzes/queue-quiz/)',
        '[D](/zh/topics/operations/) [E](/de/topics/) [F](/en/articles/) [G](/en/rss.xml) [H](/)',
        '[I](/en/search/?q=queue) [J](/downloads/slides.pdf) [K](#top) [L](../queue-basics/)',
        '[M](/en/about/) [N](/de/shortlist/) [O](/zh/keynotes/) [P](/sitemap-index.xml)',
        '',
        '[ref link][r]',
        '',
        '[r]: /en/articles/queue-basics/',
      ].join('\n'),
    );
    expect(errors()).toEqual([]);
  });

  it('name a dead link with what is wrong: a missing slash, the other slug, a draft, a topic, a file', () => {
    article('draft-piece', 'Soon.\n', 'draft: true\n');
    article(
      'dead',
      [
        '[A](/en/articles/queue-basics)', // 7
        '[B](/de/articles/queue-basics/)', // 8
        '[C](/en/articles/draft-piece/)', // 9
        '[D](/zh/topics/callcenter/)', // 10
        '[E](/files/report.pdf)', // 11
        '[F](/fr/articles/queue-basics/)', // 12
        '<a href="/en/keynotes/nope/">G</a>', // 13
        '[H](/en/articles/page/2/)', // 14
      ].join('\n'),
    );
    const dead = (line: number) =>
      errors().find((error) => error.startsWith(`articles/en/dead.mdx: line ${line}: link `));
    expect(dead(7)).toContain('write it with the slash at the end, /en/articles/queue-basics/');
    expect(dead(8)).toContain(
      'the de version of "queue-basics" is at /de/articles/warteschlangen/',
    );
    expect(dead(9)).toContain('"draft-piece" is a draft (draft: true), so it has no page yet');
    expect(dead(10)).toContain('there is no topic "callcenter"');
    expect(dead(11)).toContain('put the file at public/files/report.pdf');
    expect(dead(12)).toContain('there is no locale "fr"');
    expect(dead(13)).toContain('there is no keynote "nope" in en');
    expect(dead(14)).toContain('goes to no page or file of this site');
    expect(errors()).toHaveLength(8);
  });

  it('does not blame a link for its target’s own mistakes: a page with a bad date still has an address', () => {
    article('broken-date', 'Text.\n');
    write(
      'content/articles/en/broken-date.mdx',
      '---\ntitle: "T"\ndescription: "D."\ndate: 2024-02-31\ntopics: [operations]\n---\nText.\n',
    );
    article('linking', '[See](/en/articles/broken-date/)\n');
    expect(errors()).toEqual(['articles/en/broken-date.mdx: date "2024-02-31" is not a real date']);
  });

  it('resolves relative links from the page they are on, and leaves other sites alone', () => {
    expect(internalPath('../other/', '/en/articles/x/')).toBe('/en/articles/other/');
    expect(internalPath('chart.png', '/en/articles/x/')).toBe('/en/articles/x/chart.png');
    expect(internalPath('/uploads/a%20b.png?x=1#y', '/en/')).toBe('/uploads/a b.png');
    expect(internalPath(`${site.url}/de/`, '/en/')).toBe('/de/');
    expect(internalPath('https://example.org/', '/en/')).toBeUndefined();
    expect(internalPath('mailto:a@example.com', '/en/')).toBeUndefined();
    expect(internalPath('#top', '/en/')).toBeUndefined();
  });
});

describe('the addresses the site builds', () => {
  const piece = (
    locale: 'en' | 'de',
    slug: string,
    topics: string[],
    draft = false,
  ): SitePiece => ({
    kind: 'articles',
    locale,
    slug,
    draft,
    data: { topics },
  });

  it('include later list and topic pages only when there are enough articles, and no drafts', () => {
    const many = Array.from({ length: site.pageSize + 1 }, (_, i) =>
      piece('en', `a${i}`, ['operations']),
    );
    const paths = sitePaths(
      [...many, piece('de', 'entwurf', ['operations'], true)],
      ['operations', 'leadership'],
    );
    expect(paths).toContain('/en/articles/page/2/');
    expect(paths).toContain('/en/topics/operations/page/2/');
    expect(paths).not.toContain('/en/articles/page/3/');
    expect(paths).not.toContain('/de/articles/page/2/');
    expect(paths).toContain('/de/topics/leadership/');
    expect(paths).not.toContain('/en/topics/leadership/page/2/');
    expect(paths).not.toContain('/de/articles/entwurf/');
    expect(paths).toContain('/en/articles/a0/');
  });
});

describe('text that is not UTF-8', () => {
  it('names the first line that is not, what it says as Latin-1, and to save as UTF-8', () => {
    write(
      'content/articles/de/alt.mdx',
      Buffer.from(
        '---\ntitle: "T"\ndescription: "D."\ndate: 2025-01-01\ntopics: [operations]\n---\nFine.\n\nGrüße aus der Führung.\n',
        'latin1',
      ),
    );
    expect(errors()).toEqual([
      'articles/de/alt.mdx: line 9 is not UTF-8 text (read as Latin-1 it says: Grüße aus der Führung.): save the file with the encoding UTF-8 in your editor, then check its umlauts and accents',
    ]);
  });

  it('reads UTF-8 with umlauts and CJK as it is, without the byte order mark some editors add', () => {
    write('x.txt', '\uFEFFFührung 运营\n');
    expect(readText(path.join(dir, 'x.txt'))).toEqual({ ok: true, text: 'Führung 运营\n' });
  });
});
