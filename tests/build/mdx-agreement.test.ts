/**
 * The content check and the real build agree on MDX. Every file of a corpus of
 * MDX as people write it (tests/fixtures/mdx-agreement/; each description says
 * what the file exercises and whether it builds) goes into a copy of the valid
 * fixture as an article: the check flags a file exactly when `astro build` fails
 * on it. The files the check passes build together; each file it flags gets a
 * build of its own, since a build stops at its first broken page.
 * CONTENT_CHECK_REPORT_ONLY=1 has the build print the check's report and go on,
 * so the build's own verdict is seen. The authoring contract refuses more than
 * the build does (braces that show something else, remote images: body-rules.ts);
 * files that build but break it say so, and get exactly those lines.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/content-check';
import { splitFrontmatter } from '~/lib/frontmatter';
import { projectRoot } from '../support/paths';
import { runAstro } from '../support/run';

const corpusDir = path.join(projectRoot, 'tests/fixtures/mdx-agreement');
const work = mkdtempSync(path.join(os.tmpdir(), 'mdx-agreement-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface CorpusFile {
  name: string;
  /** From the description: `Expected: builds.` (optionally `…, but the authoring contract refuses it.`) or `Expected: fails at line N.` */
  expected: { builds: true; refused: boolean } | { builds: false; line: number };
  /** The content check's line saying the file would not build, if any. */
  problem?: string;
  /** The content check's lines for the authoring contract, which the build does not enforce. */
  contract: string[];
}

/**
 * A copy of the valid fixture with the named corpus files added as English articles. Every
 * build reads the same folder with the same cache folder, so Vite's dependency cache and
 * Astro's content store carry over from one build to the next (a second or so per build).
 */
function contentWith(names: string[]): string {
  const content = path.join(work, 'content');
  rmSync(content, { recursive: true, force: true });
  cpSync(path.join(projectRoot, 'tests/fixtures/valid'), content, { recursive: true });
  for (const name of names)
    cpSync(path.join(corpusDir, `${name}.mdx`), path.join(content, 'articles/en', `${name}.mdx`));
  return content;
}

async function build(content: string) {
  const result = await runAstro(['build'], {
    env: {
      CONTENT_CHECK_REPORT_ONLY: '1',
      CONTENT_DIR: content,
      OUT_DIR: path.join(work, 'dist'),
      CACHE_DIR: path.join(work, 'cache'),
    },
  });
  // The check's own report names the file too; only Astro's lines tell where the build broke.
  const output = result.output
    .split('\n')
    .filter((line) => !/Content check failed|MDX does not compile|\.mdx: line \d+: /.test(line))
    .join('\n');
  return {
    status: result.status,
    output,
    dist: path.join(work, 'dist'),
  };
}

const corpus: CorpusFile[] = readdirSync(corpusDir)
  .filter((file) => file.endsWith('.mdx'))
  .sort()
  .map((file) => {
    const split = splitFrontmatter(readFileSync(path.join(corpusDir, file), 'utf8'));
    const said = split.ok
      ? /Expected: (builds(, but the authoring contract refuses it)?|fails at line (\d+))\.$/.exec(
          String(split.data.description),
        )
      : null;
    if (!said)
      throw new Error(
        `${file}: the description must end "Expected: builds.", "Expected: builds, but the authoring contract refuses it." or "Expected: fails at line N."`,
      );
    const name = file.slice(0, -'.mdx'.length);
    return {
      name,
      expected: said[3]
        ? { builds: false, line: Number(said[3]) }
        : { builds: true, refused: Boolean(said[2]) },
      contract: [],
    } as CorpusFile;
  });

// The check runs on all the files at once, in the folder layout the build reads.
const checked = checkContent(contentWith(corpus.map((file) => file.name)));
for (const file of corpus) {
  const lines = checked.errors.filter((error) => error.includes(`articles/en/${file.name}.mdx: `));
  file.problem = lines.find((line) => line.includes(': MDX does not compile'));
  file.contract = lines.filter((line) => line !== file.problem);
}
const passed = corpus.filter((file) => !file.problem);
const flagged = corpus.filter((file) => file.problem);

describe('the MDX agreement corpus', () => {
  it('has at least 25 files, some that build and some that do not', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
    expect(corpus.filter((file) => file.expected.builds).length).toBeGreaterThan(5);
    expect(corpus.filter((file) => !file.expected.builds).length).toBeGreaterThan(5);
  });

  it('only has problems in MDX bodies (the frontmatter of every file is valid)', () => {
    expect(
      checked.errors.filter((error) => !/: (?:MDX does not compile|line \d+:) /.test(error)),
    ).toEqual([]);
  });

  it.each(corpus)('$name: the content check says what the file says it should', (file) => {
    if (file.expected.builds) {
      expect(file.problem).toBeUndefined();
      if (file.expected.refused) expect(file.contract).not.toEqual([]);
      else expect(file.contract).toEqual([]);
    } else {
      expect(file.problem).toMatch(
        new RegExp(`: MDX does not compile \\(line ${file.expected.line}\\): \\S`),
      );
      expect(file.contract).toEqual([]);
    }
  });
});

describe('files the content check passes', () => {
  let result: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    result = await build(contentWith(passed.map((file) => file.name)));
  }, 120_000);

  it('build together', () => {
    expect(result.status, result.output.slice(-3000)).toBe(0);
  });

  it.each(passed)('$name: has its page in the build', (file) => {
    expect(existsSync(path.join(result.dist, 'en/articles', file.name, 'index.html'))).toBe(true);
  });
});

describe('files the content check flags', () => {
  it.each(flagged)(
    '$name: stops the build, which names the file or its page',
    async (file) => {
      const result = await build(contentWith([file.name]));
      expect(result.status, result.output.slice(-3000)).toBe(1);
      expect(result.output).toMatch(
        new RegExp(`articles/en/${file.name}\\.mdx|/en/articles/${file.name}/`),
      );
    },
    60_000,
  );
});
