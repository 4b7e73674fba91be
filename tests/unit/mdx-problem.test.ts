/**
 * What the content check says about an MDX body: one line with the line in
 * the file and a reason an author can act on, for whatever would stop the build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mdxProblem } from '~/lib/mdx-problem';
import { projectRoot } from '../support/paths';

// A body that starts on line 7 of its file, after six lines of frontmatter.
const problem = (body: string, file?: string) => mdxProblem(body, 7, file);

describe('MDX that Sätteri cannot compile', () => {
  it('names an unclosed tag with its line and how to close it', () => {
    expect(problem('Fine line.\n\nA <div> that never closes.\n')).toBe(
      'MDX does not compile (line 9): <div> is never closed: add </div>, or write <div /> for a tag without content',
    );
  });

  it('names a { that is never closed and how to show a brace', () => {
    expect(problem('Fine line.\n\nChoose {a, b or c.\n\nMore.\n')).toBe(
      'MDX does not compile (line 9): a { is never closed: write \\{ to show a brace as text, or close it with }',
    );
  });

  it('names an HTML comment and the MDX comment to write instead', () => {
    expect(problem('Text.\n\nMore text.\n\n<!-- TODO: chart -->\n')).toBe(
      'MDX does not compile (line 11): HTML comments <!-- … --> do not work in MDX: write {/* … */} instead',
    );
  });

  it('tells a < that starts no tag from an autolink and from a tag with an unquoted attribute', () => {
    expect(problem('We <3 our agents.\n')).toBe(
      'MDX does not compile (line 7): a < that starts no tag: write &lt; or \\< for a less-than sign',
    );
    expect(problem('Intro.\n\nVisit <https://example.com>.\n')).toMatch(
      /^MDX does not compile \(line 9\): a link in <…> is read as a tag: write \[text\]\(https:\/\/…\)/,
    );
    expect(problem('<a href=x>link</a>\n')).toMatch(
      /^MDX does not compile \(line 7\): this tag is not valid: attribute values need quotes/,
    );
  });

  it('names a sentence starting with "export", which MDX reads as JavaScript', () => {
    expect(problem('Reports.\n\nexport the report as CSV.\n')).toMatch(
      /^MDX does not compile \(line 9\): a line starting with "export" is read as JavaScript/,
    );
  });

  it('never shows Sätteri’s own position prefix or rule code', () => {
    for (const body of ['a <b><i>x</b></i>\n', '## Title {#id}\n', '{ "a": 1 }\n']) {
      const message = problem(body)!;
      expect(message).toMatch(/^MDX does not compile \(line 7\): \S/);
      expect(message).not.toMatch(/\d+:\d+|\((?:mdx-jsx|mdxjs-rs):/);
    }
  });

  it('reads a --- block right after the frontmatter as text, as the build does', () => {
    expect(problem('---\nLine one<br>line two\n---\n')).toMatch(
      /^MDX does not compile \(line 8\): <br> is never closed/,
    );
    expect(problem('---\ntitle: not frontmatter\n---\n')).toBeUndefined();
  });
});

describe('MDX that compiles but would stop the build', () => {
  it('names a name in { } that nothing defines, and how to show braces instead', () => {
    expect(problem('Intro.\n\nDear {firstName}, thank you.\n')).toBe(
      'MDX does not compile (line 9): "firstName" in { } is not defined: write \\{ and \\} to show braces as text, or define it first (export const firstName = …)',
    );
    expect(problem('See \\label{eq1}.\n')).toMatch(/\(line 7\): "eq1" in \{ \} is not defined/);
  });

  it('accepts names that exist when Astro renders the page', () => {
    const body = [
      'export const sla = 80;',
      '',
      '{sla} % in {frontmatter.title}, {Math.max(1, 2)} in {new Date(2025, 0, 1).getFullYear()}.',
      '',
      '{[1, 2].map((n) => <b key={n}>{n}</b>)} <Fragment>x</Fragment> {props.missing}',
    ].join('\n');
    expect(problem(body)).toBeUndefined();
  });

  it('names a component used without an import', () => {
    expect(problem('Intro.\n\n<Callout type="tip">Short.</Callout>\n')).toBe(
      "MDX does not compile (line 9): <Callout> is used but not imported: add a line such as import Callout from '~/components/Callout.astro' at the top, or remove the tag",
    );
  });
});

describe('MDX that needs files next to it', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mdx-problem-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'articles/en/x.mdx');
  mkdirSync(path.join(dir, 'articles/en/img'), { recursive: true });
  writeFileSync(path.join(dir, 'articles/en/img/chart.png'), '');

  it('names an import of a file that does not exist, and one without its extension', () => {
    expect(problem("import Chart from '~/components/Chart.astro';\n\n<Chart />\n", file)).toBe(
      'MDX does not compile (line 7): import "~/components/Chart.astro" does not exist (~/ is the src/ folder): check the path, and write the file name with its extension (.astro, .ts …)',
    );
    expect(
      problem("Intro.\n\nimport Badge from '~/components/LanguageBadge';\n\n<Badge />\n", file),
    ).toMatch(/^MDX does not compile \(line 9\): import "~\/components\/LanguageBadge" does not/);
  });

  it('accepts imports of components, packages and Astro modules that exist', () => {
    const body = [
      "import LanguageBadge from '~/components/LanguageBadge.astro';",
      "import { Code } from 'astro:components';",
      "import { parse } from 'yaml';",
      '',
      '<LanguageBadge locale="en" itemLocale="de" /> <Code code="x" lang="js" />',
    ].join('\n');
    expect(problem(body, file)).toBeUndefined();
  });

  it('names a relative image that does not exist and where images go instead', () => {
    expect(problem('Intro.\n\n![Queue diagram](./queue-diagram.png)\n', file)).toBe(
      'MDX does not compile (line 9): image "./queue-diagram.png" does not exist: save the picture in content/images/ and write its name, e.g. ![what it shows](queue-diagram.png)',
    );
    // A bare name is a picture in content/images/, which the content check looks up.
    expect(problem('![Queue diagram](queue-diagram.png)\n', file)).toBeUndefined();
    expect(problem('![Chart](./img/chart.png) ![Site](/uploads/a.png)\n', file)).toBeUndefined();
  });

  it('sees an import target that appears after the first check (as after adding a component)', () => {
    const body = "import Note from './note.mdx';\n\n<Note />\n";
    expect(problem(body, file)).toMatch(/import "\.\/note\.mdx" does not exist/);
    writeFileSync(path.join(dir, 'articles/en/note.mdx'), 'A note.\n');
    expect(problem(body, file)).toBeUndefined();
  });
});

it('compiles with the very Sätteri module that @astrojs/mdx builds with', () => {
  const project = createRequire(path.join(projectRoot, 'package.json'));
  const processor = createRequire(project.resolve('@astrojs/markdown-satteri'));
  expect(project.resolve('satteri')).toBe(processor.resolve('satteri'));
});
