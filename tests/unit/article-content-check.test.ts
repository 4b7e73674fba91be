/** Every author mistake in an article stops the build with one line naming the file and the problem. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/content-check';
import { hashTree } from '../support/hash-tree';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fixture(): string {
  dir = mkdtempSync(path.join(os.tmpdir(), 'article-check-'));
  cpSync(path.resolve(import.meta.dirname, '../fixtures/valid'), dir, { recursive: true });
  return dir;
}
const file = (relative: string) => path.join(dir, relative);
const edit = (relative: string, change: (t: string) => string) =>
  writeFileSync(file(relative), change(readFileSync(file(relative), 'utf8')));
const write = (relative: string, text: string) => {
  mkdirSync(path.dirname(file(relative)), { recursive: true });
  writeFileSync(file(relative), text);
};
const article = (front: string, body = 'Body text.') => `---\n${front}\n---\n${body}\n`;
const valid = 'title: "T"\ndescription: "D."\ndate: 2025-01-01\ntopics: [operations]';

describe('article content check', () => {
  it('accepts the valid fixture, with the localized slug honoured', () => {
    const report = checkContent(fixture());
    expect(report.errors).toEqual([]);
    expect(
      report.entries
        .filter((e) => e.kind === 'articles')
        .map((e) => `${e.locale}/${e.name}→${e.slug}`)
        .sort(),
    ).toEqual(['de/queue-basics→warteschlangen', 'en/queue-basics→queue-basics']);
  });

  it.each([
    [
      'a missing title',
      valid.replace('title: "T"\n', ''),
      /articles\/en\/x\.mdx: title is missing/,
    ],
    [
      'an empty title',
      valid.replace('title: "T"', 'title: ""'),
      /articles\/en\/x\.mdx: title is empty/,
    ],
    [
      'a date that is not a real date',
      valid.replace('2025-01-01', '2024-02-31'),
      /articles\/en\/x\.mdx: date "2024-02-31" is not a real date/,
    ],
    [
      'a date in another form',
      valid.replace('2025-01-01', '01.02.2025'),
      /articles\/en\/x\.mdx: date "01\.02\.2025" is not written as YYYY-MM-DD/,
    ],
    [
      'an unknown topic id',
      valid.replace('[operations]', '[operations, qa]'),
      /articles\/en\/x\.mdx: topics: unknown topic id "qa"/,
    ],
    ['an unknown field', `${valid}\ntitel: "Oops"`, /articles\/en\/x\.mdx: unknown field "titel"/],
    [
      'updated before date',
      `${valid}\nupdated: 2024-12-31`,
      /articles\/en\/x\.mdx: updated "2024-12-31" is before date "2025-01-01"/,
    ],
    [
      'unparseable frontmatter',
      'title: "unclosed\ndescription: D',
      /articles\/en\/x\.mdx: frontmatter is not valid YAML \(line \d+\)/,
    ],
  ])('names the file and the problem for %s', (_, front, message) => {
    fixture();
    write('articles/en/x.mdx', article(front));
    expect(checkContent(dir).errors).toEqual([expect.stringMatching(message)]);
  });

  it('names the line when the MDX does not compile', () => {
    fixture();
    write('articles/en/x.mdx', article(valid, 'Fine line.\n\nA <div> that never closes.\n'));
    expect(checkContent(dir).errors).toEqual([
      expect.stringMatching(/articles\/en\/x\.mdx: MDX does not compile \(line 9\)/),
    ]);
  });

  it('names a locale folder that is not configured', () => {
    fixture();
    write('articles/fr/x.mdx', article(valid));
    expect(checkContent(dir).errors).toEqual([
      expect.stringMatching(
        /articles\/fr\/x\.mdx: locale folder "fr" is not configured \(configured: en, de, zh/,
      ),
    ]);
  });

  it('rejects two articles in one locale with the same slug, naming both files', () => {
    fixture();
    write('articles/en/a.mdx', article(`${valid}\nslug: same`));
    write('articles/en/b.mdx', article(`${valid}\nslug: same`));
    expect(checkContent(dir).errors).toEqual([
      expect.stringMatching(
        /articles\/en\/b\.mdx: slug "same" is already used by .*articles\/en\/a\.mdx/,
      ),
    ]);
  });

  it('rejects a translation whose slug collides with another article of that locale', () => {
    fixture();
    write('articles/de/warteschlangen.mdx', article(valid));
    const errors = checkContent(dir).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /articles\/de\/(queue-basics|warteschlangen)\.mdx: slug "warteschlangen" is already used by/,
    );
  });

  it('reports every problem in every file at once', () => {
    fixture();
    write('articles/en/x.mdx', article(valid.replace('2025-01-01', '2024-02-31')));
    write('articles/de/y.mdx', article(valid.replace('title: "T"\n', '')));
    edit('topics.yaml', (t) => t.replace(', zh: 运营', ''));
    const errors = checkContent(dir).errors.join('\n');
    expect(errors).toMatch(/articles\/en\/x\.mdx: date "2024-02-31"/);
    expect(errors).toMatch(/articles\/de\/y\.mdx: title is missing/);
    expect(errors).toMatch(/topics\.yaml: topic "operations" has no label for locale "zh"/);
  });

  it('never changes the content folder', () => {
    fixture();
    write('articles/en/x.mdx', article(valid.replace('2025-01-01', '2024-02-31')));
    const before = hashTree(dir);
    checkContent(dir);
    expect(hashTree(dir)).toBe(before);
  });
});
