/** The content check on fixture folders built in a fresh temporary directory for each test. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, type ContentReport } from '~/lib/content-check';
import { localeKeys } from '~/site.config';
import { hashTree } from '../support/hash-tree';

const TOPICS =
  'operations: { en: Operations, de: Betrieb, zh: 运营 }\nleadership: { en: Leadership, de: Führung, zh: 领导力 }\n';
const VALID = ['title: "T"', 'description: "D."', 'date: 2025-01-01', 'topics: [operations]'];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'content-check-unit-'));
  write('topics.yaml', TOPICS);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(relative: string, text: string) {
  const full = path.join(dir, relative);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
}

/** An article file from frontmatter lines and a body. */
const article = (lines: string[], body = 'Body text.\n') =>
  `---\n${lines.join('\n')}\n---\n${body}`;
const replace = (from: string, to: string) =>
  VALID.map((line) => (line.startsWith(from) ? to : line));

/** Error lines that name `file` (a path relative to the content folder). */
const errorsFor = (report: ContentReport, file: string) =>
  report.errors.filter(
    (e) => e.startsWith(path.join(dir, file).split(path.sep).join('/')) || e.includes(`${file}:`),
  );

/** Asserts exactly one error, naming `file` and containing every `part`. */
function expectOneError(file: string, ...parts: (string | RegExp)[]) {
  const report = checkContent(dir);
  expect(report.errors, report.errors.join('\n')).toHaveLength(1);
  const line = report.errors[0]!;
  expect(line).toContain(`${file}: `);
  for (const part of parts) {
    if (typeof part === 'string') expect(line).toContain(part);
    else expect(line).toMatch(part);
  }
  return line;
}

describe('content check: a valid folder', () => {
  it('reports no error for the shared valid fixture', () => {
    cpSync(path.resolve(import.meta.dirname, '../fixtures/valid'), dir, { recursive: true });
    const report = checkContent(dir);
    expect(report.errors).toEqual([]);
    expect(
      report.entries
        .filter((e) => e.kind === 'articles')
        .map((e) => `${e.locale}/${e.name}→${e.slug}`)
        .sort(),
    ).toEqual(['de/queue-basics→warteschlangen', 'en/queue-basics→queue-basics']);
  });

  it('lists every article with its locale, name, slug (the file name unless slug: says otherwise) and draft flag', () => {
    write('articles/en/first-contact.mdx', article(VALID));
    write('articles/de/first-contact.mdx', article([...VALID, 'slug: erstloesung']));
    write(
      'articles/zh/first-contact.mdx',
      article(replace('title', 'title: "首次解决"'), '呼叫中心。\n'),
    );
    write('articles/en/work-in-progress.mdx', article([...VALID, 'draft: true']));
    const report = checkContent(dir);
    expect(report.errors).toEqual([]);
    const summary = report.entries
      .map(({ kind, locale, name, slug, draft }) => ({ kind, locale, name, slug, draft }))
      .sort((a, b) => `${a.locale}/${a.name}`.localeCompare(`${b.locale}/${b.name}`));
    expect(summary).toEqual([
      { kind: 'articles', locale: 'de', name: 'first-contact', slug: 'erstloesung', draft: false },
      {
        kind: 'articles',
        locale: 'en',
        name: 'first-contact',
        slug: 'first-contact',
        draft: false,
      },
      {
        kind: 'articles',
        locale: 'en',
        name: 'work-in-progress',
        slug: 'work-in-progress',
        draft: true,
      },
      {
        kind: 'articles',
        locale: 'zh',
        name: 'first-contact',
        slug: 'first-contact',
        draft: false,
      },
    ]);
    const de = report.entries.find((e) => e.locale === 'de')!;
    expect(de.file).toMatch(/articles\/de\/first-contact\.mdx$/);
    expect((de.data as { date: Date }).date.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(report.topics).toEqual({
      operations: { en: 'Operations', de: 'Betrieb', zh: '运营' },
      leadership: { en: 'Leadership', de: 'Führung', zh: '领导力' },
    });
  });

  it('allows the same slug in two different locales', () => {
    write('articles/en/a.mdx', article([...VALID, 'slug: same']));
    write('articles/de/b.mdx', article([...VALID, 'slug: same']));
    expect(checkContent(dir).errors).toEqual([]);
  });

  it('ignores hidden files such as .DS_Store', () => {
    write('articles/en/a.mdx', article(VALID));
    write('articles/en/.DS_Store', 'binary junk');
    expect(checkContent(dir).errors).toEqual([]);
  });
});

describe('content check: one line per mistake, naming the file and the problem', () => {
  it('names a missing title', () => {
    write('articles/de/foo.mdx', article(VALID.filter((l) => !l.startsWith('title'))));
    expectOneError('articles/de/foo.mdx', 'title is missing');
  });

  it('names an empty title (title: "")', () => {
    write('articles/de/foo.mdx', article(replace('title', 'title: ""')));
    expectOneError('articles/de/foo.mdx', 'title is empty');
  });

  it('names a date that is not a real date (2024-02-31)', () => {
    write('articles/de/foo.mdx', article(replace('date', 'date: 2024-02-31')));
    expectOneError('articles/de/foo.mdx', 'date "2024-02-31" is not a real date');
  });

  it('names a date written in another form (14.03.2025)', () => {
    write('articles/de/foo.mdx', article(replace('date', 'date: 14.03.2025')));
    expectOneError('articles/de/foo.mdx', 'date "14.03.2025" is not written as YYYY-MM-DD');
  });

  it('names an unknown topic id', () => {
    write('articles/en/foo.mdx', article(replace('topics', 'topics: [operations, qa]')));
    expectOneError('articles/en/foo.mdx', 'topics', 'unknown topic id "qa"');
  });

  it('names a locale folder that is not configured (articles/fr/x.mdx)', () => {
    write('articles/fr/x.mdx', article(VALID));
    expectOneError(
      'articles/fr/x.mdx',
      'locale folder "fr" is not configured',
      `(configured: ${localeKeys.join(', ')};`,
    );
  });

  it('names both files when two articles in one locale have the same slug', () => {
    write('articles/en/a.mdx', article([...VALID, 'slug: same']));
    write('articles/en/b.mdx', article([...VALID, 'slug: same']));
    const line = expectOneError('articles/en/b.mdx', 'slug "same"', 'already used');
    expect(line).toContain('articles/en/a.mdx');
  });

  it('names an article whose file name equals another article’s slug in that locale', () => {
    write('articles/en/first-contact.mdx', article(VALID));
    write('articles/de/first-contact.mdx', article([...VALID, 'slug: erstloesung']));
    write('articles/de/erstloesung.mdx', article(VALID)); // an unrelated German article
    const report = checkContent(dir);
    expect(report.errors, report.errors.join('\n')).toHaveLength(1);
    const line = report.errors[0]!;
    expect(line).toContain('slug "erstloesung"');
    expect(line).toContain('articles/de/first-contact.mdx');
    expect(line).toContain('articles/de/erstloesung.mdx');
  });

  it('names a translation whose slug: collides with a file name that sorts after it', () => {
    write('articles/de/aaa.mdx', article([...VALID, 'slug: zzz']));
    write('articles/de/zzz.mdx', article(VALID));
    const report = checkContent(dir);
    expect(report.errors, report.errors.join('\n')).toHaveLength(1);
    expect(report.errors[0]).toMatch(
      /articles\/de\/zzz\.mdx: slug "zzz" is already used by .*articles\/de\/aaa\.mdx/,
    );
  });

  it('names frontmatter that cannot be parsed (title: "unclosed)', () => {
    write(
      'articles/en/foo.mdx',
      article(['title: "unclosed', 'description: D', 'date: 2025-01-01', 'topics: [operations]']),
    );
    expectOneError('articles/en/foo.mdx', /frontmatter is not valid YAML \(line \d+\)/);
  });

  it('names a file without frontmatter', () => {
    write('articles/en/foo.mdx', '# Just a heading\n');
    expectOneError('articles/en/foo.mdx', 'frontmatter is missing');
  });

  it('names MDX that does not compile because an inline <div> is never closed, with the line in the file', () => {
    // file lines: 1 ---, 2-5 fields, 6 ---, 7 "Fine line.", 8 blank, 9 the <div>
    write('articles/en/foo.mdx', article(VALID, 'Fine line.\n\nA <div> that never closes.\n'));
    expectOneError('articles/en/foo.mdx', 'MDX does not compile', '(line 9)');
  });

  it('names MDX that does not compile because a { is never closed, with the line in the file', () => {
    write('articles/en/foo.mdx', article(VALID, 'Fine line.\n\nSee {this\n\nand more.\n'));
    expectOneError('articles/en/foo.mdx', 'MDX does not compile', '(line 9)');
  });

  it('names MDX with a stray closing tag, with the line in the file', () => {
    write('articles/en/foo.mdx', article(VALID, 'Fine line.\n\n</div>\n'));
    expectOneError('articles/en/foo.mdx', 'MDX does not compile', '(line 9)');
  });

  it('names the line in the file when a <div> on its own line is never closed', () => {
    write('articles/en/foo.mdx', article(VALID, 'Fine line.\n\n<div>\n\nText.\n'));
    expectOneError('articles/en/foo.mdx', 'MDX does not compile', '(line 9)');
  });

  it('names an unknown field (titel)', () => {
    write('articles/en/foo.mdx', article([...VALID, 'titel: "Oops"']));
    expectOneError('articles/en/foo.mdx', 'unknown field "titel"');
  });

  it('names an updated date before the publication date', () => {
    write('articles/en/foo.mdx', article([...VALID, 'updated: 2024-12-31']));
    expectOneError('articles/en/foo.mdx', 'updated "2024-12-31" is before date "2025-01-01"');
  });

  it('names a draft flag that is not true or false', () => {
    write('articles/en/foo.mdx', article([...VALID, 'draft: yes']));
    expectOneError('articles/en/foo.mdx', 'draft must be true or false');
  });

  it('names a slug that is not a lowercase URL segment', () => {
    write('articles/de/foo.mdx', article([...VALID, 'slug: Erstlösung']));
    expectOneError('articles/de/foo.mdx', /slug must be lowercase/);
  });

  it('names a topic in topics.yaml that has no zh label', () => {
    write('topics.yaml', 'operations: { en: Operations, de: Betrieb }\n');
    write('articles/en/foo.mdx', article(VALID));
    expectOneError('topics.yaml', 'topic "operations"', 'no label for locale "zh"');
  });

  it('names a missing topics.yaml', () => {
    rmSync(path.join(dir, 'topics.yaml'));
    expectOneError('topics.yaml', 'file is missing');
  });

  it('names a file that is not .mdx inside a locale folder', () => {
    write('articles/en/notes.md', article(VALID));
    expectOneError('articles/en/notes.md', 'only .mdx files');
  });

  it('names an article file directly in articles/, outside any locale folder', () => {
    write('articles/foo.mdx', article(VALID));
    expectOneError('articles/foo.mdx', 'must be inside a locale folder');
  });

  it('names an article in a sub-folder of a locale folder', () => {
    write('articles/en/sub/foo.mdx', article(VALID));
    expectOneError('articles/en/sub/foo.mdx', 'must sit directly in the locale folder');
  });

  it('names a file name that is not a lowercase URL segment', () => {
    write('articles/en/First_Contact.mdx', article(VALID));
    expectOneError('articles/en/First_Contact.mdx', 'file name "First_Contact"');
  });
});

describe('content check: the whole folder at once', () => {
  it('reports every problem in every file, not only the first', () => {
    write('topics.yaml', 'operations: { en: Operations, de: Betrieb }\n');
    write('articles/en/a.mdx', article(replace('date', 'date: 2024-02-31')));
    write('articles/de/b.mdx', article(VALID.filter((l) => !l.startsWith('title'))));
    write('articles/zh/c.mdx', article([...VALID, 'titel: x']));
    write('articles/en/d.mdx', article(VALID, 'A <div> that never closes.\n'));
    write('articles/fr/e.mdx', article(VALID));
    write('articles/en/f.txt', 'text');
    const { errors } = checkContent(dir);
    const expected: [string, string][] = [
      ['topics.yaml', 'no label for locale "zh"'],
      ['articles/en/a.mdx', 'date "2024-02-31" is not a real date'],
      ['articles/de/b.mdx', 'title is missing'],
      ['articles/zh/c.mdx', 'unknown field "titel"'],
      ['articles/en/d.mdx', 'MDX does not compile'],
      ['articles/fr/e.mdx', 'not configured'],
      ['articles/en/f.txt', 'only .mdx files'],
    ];
    const missing = expected.filter(
      ([file, problem]) => !errors.some((e) => e.includes(`${file}: `) && e.includes(problem)),
    );
    expect(missing, errors.join('\n')).toEqual([]);
    expect(errors).toHaveLength(expected.length);
  });

  it('reports several problems in one file, each on its own line', () => {
    write(
      'articles/en/a.mdx',
      article(['description: ""', 'date: 2024-02-31', 'topics: [nope]', 'titel: T'], 'A {broken\n'),
    );
    const report = checkContent(dir);
    const lines = errorsFor(report, 'articles/en/a.mdx');
    for (const problem of [
      'title is missing',
      'description is empty',
      'date "2024-02-31" is not a real date',
      'unknown field "titel"',
      'unknown topic id "nope"',
      'MDX does not compile',
    ]) {
      expect(
        lines.filter((l) => l.includes(problem)),
        `${problem}\n${report.errors.join('\n')}`,
      ).toHaveLength(1);
    }
    expect(report.entries).toEqual([]);
  });

  it('never changes, adds or removes a file in the content folder', () => {
    write('articles/en/good.mdx', article(VALID));
    write('articles/de/good.mdx', article([...VALID, 'slug: gut']));
    write('articles/en/bad.mdx', article(replace('date', 'date: 2024-02-31'), '<div>\n'));
    write('articles/fr/x.mdx', article(VALID));
    write('articles/en/notes.md', 'notes');
    const before = hashTree(dir);
    const report = checkContent(dir);
    expect(report.errors.length).toBeGreaterThan(0);
    expect(hashTree(dir)).toBe(before);
  });
});

describe('content check: checking again after an edit (as the dev server does on every save)', () => {
  it('sees a body that broke and then was fixed, and the same problem in a second file', () => {
    write('articles/en/queues.mdx', article(VALID, 'Fine text.\n'));
    expect(checkContent(dir).errors).toEqual([]);
    write('articles/en/queues.mdx', article(VALID, 'Text with <div> never closed.\n'));
    expectOneError('articles/en/queues.mdx', 'MDX does not compile');
    write('articles/de/queues.mdx', article(VALID, 'Text with <div> never closed.\n'));
    expect(checkContent(dir).errors.filter((e) => e.includes('MDX does not compile'))).toHaveLength(
      2,
    );
    write('articles/en/queues.mdx', article(VALID, 'Fine text again.\n'));
    write('articles/de/queues.mdx', article(VALID, 'Fine text again.\n'));
    expect(checkContent(dir).errors).toEqual([]);
  });
});

describe('content check: pictures from content/images/', () => {
  const picture = (name: string) => write(`images/${name}`, 'picture bytes');
  const cover = (image: string, alt = '"What the chart shows"') => [
    ...VALID,
    `cover:\n  image: ${image}\n  alt: ${alt}`,
  ];

  it('accepts a cover, a Markdown image and a <Figure> that name pictures in content/images/', () => {
    picture('queue-chart.png');
    picture('uploads/2021/06/team-board.jpg');
    write(
      'articles/en/charts.mdx',
      article(
        cover('queue-chart.png'),
        '![The team board](uploads/2021/06/team-board.jpg)\n\n<Figure image="queue-chart.png" alt="Calls waiting" caption="Nine o’clock" />\n\n<Figure image={"queue-chart.png"} alt={"Calls waiting, again"} />\n',
      ),
    );
    expect(checkContent(dir).errors).toEqual([]);
  });

  it('refuses a cover whose picture is missing, naming a picture that differs only in folder', () => {
    picture('uploads/2021/06/team-board.jpg');
    write('articles/en/board.mdx', article(cover('team-board.jpg')));
    expectOneError(
      'articles/en/board.mdx',
      'cover: image "team-board.jpg" is not in content/images/: did you mean "uploads/2021/06/team-board.jpg"?',
    );
  });

  it('refuses a cover with an empty alt, saying what to write', () => {
    picture('queue-chart.png');
    write('articles/en/board.mdx', article(cover('queue-chart.png', '""')));
    expectOneError(
      'articles/en/board.mdx',
      'cover: alt is empty: say in a sentence what the picture shows',
    );
  });

  it('refuses a cover that is not a picture Astro can resize, or climbs out of the folder', () => {
    write('articles/en/a.mdx', article(cover('diagram.svg')));
    expectOneError(
      'articles/en/a.mdx',
      'cover: image "diagram.svg" is not a picture Astro can resize',
    );
    write('articles/en/a.mdx', article(cover('../secret.png')));
    expectOneError('articles/en/a.mdx', 'must be a path inside content/images/');
  });

  it('refuses a <Figure> with a computed image, an unknown attribute or no alt, one line each', () => {
    picture('queue-chart.png');
    write(
      'articles/en/figures.mdx',
      article(
        VALID,
        'export const chart = "queue-chart.png";\n\n<Figure image={chart} alt="Calls" />\n\n<Figure image="queue-chart.png" alt="Calls" width="300" />\n\n<Figure image="queue-chart.png" alt="" />\n',
      ),
    );
    const errors = checkContent(dir).errors;
    expect(errors).toHaveLength(3);
    expect(errors[0]).toContain('line 9: <Figure> image must be written as text in quotes');
    expect(errors[1]).toContain('line 11: <Figure width> is not something Figure takes');
    expect(errors[2]).toContain('line 13: <Figure> alt is empty');
  });

  it('keeps looking up root-absolute images in public/', () => {
    write('articles/en/old.mdx', article(VALID, '![Old](/uploads/nowhere.png)\n'));
    expectOneError('articles/en/old.mdx', 'image "/uploads/nowhere.png" does not exist');
  });
});
