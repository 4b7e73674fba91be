/**
 * Content mistakes as people make them (tests/fixtures/bad-content/, described in its
 * manifest.yaml), each built for real: a copy of the valid fixture plus the case's files goes
 * through `astro build`, which must stop with exit code 1 and the case's one line, naming the
 * file, the line where there is one, and what to do — never a stack trace. A build of every
 * case in one folder must print every line in that one run.
 *
 * The content check runs first (astro:config:setup), so a failing build ends after a second
 * or two; a few run at a time.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayPath } from '~/lib/content-check';
import { projectRoot } from '../support/paths';
import { runAstro, type RunResult } from '../support/run';

const corpusDir = path.join(projectRoot, 'tests/fixtures/bad-content');
const manifest = parse(readFileSync(path.join(corpusDir, 'manifest.yaml'), 'utf8')) as Record<
  string,
  { mistake: string; expected: string }
>;
const cases = Object.entries(manifest).map(([name, { mistake, expected }]) => ({
  name,
  mistake,
  expected,
}));
const ALL = 'all cases at once';

const temp = mkdtempSync(path.join(os.tmpdir(), 'bad-content-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Files of a case, relative to its folder (and so to the content folder). */
function filesOf(name: string): string[] {
  const dir = path.join(corpusDir, name);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** A copy of the valid fixture with the named cases' files laid over it. */
function contentFor(run: string, names: string[]): string {
  const content = path.join(temp, run, 'content');
  mkdirSync(content, { recursive: true });
  cpSync(path.join(projectRoot, 'tests/fixtures/valid'), content, { recursive: true });
  for (const name of names) cpSync(path.join(corpusDir, name), content, { recursive: true });
  return content;
}

function build(run: string, names: string[]) {
  const content = contentFor(run, names);
  return runAstro(['build'], {
    env: {
      CONTENT_DIR: content,
      OUT_DIR: path.join(temp, run, 'dist'),
      CACHE_DIR: path.join(temp, run, 'cache'),
    },
  }).then((result) => ({ ...result, shown: displayPath(content) }));
}

/** Runs `jobs` with at most `limit` of them at a time. */
async function pool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

/** Anything that would show the author a trace instead of a sentence. */
const TRACE = [
  /^\s+at .+/m, // a stack frame
  /\b\w*Error:/, // an error dump: Error:, TypeError:, RollupError: …
  /\[(?:vite|rollup|plugin)[^\]]*\]/i, // a Vite or Rollup message
  /node_modules\//, // a frame or file from a dependency
];

type Built = RunResult & { shown: string };
const results = new Map<string, Built>();

beforeAll(async () => {
  const runs: [string, string[]][] = [
    [ALL, cases.map((c) => c.name)],
    ...cases.map((c): [string, string[]] => [c.name, [c.name]]),
  ];
  const built = await pool(
    runs.map(
      ([run, names]) =>
        () =>
          build(run, names),
    ),
    3,
  );
  runs.forEach(([run], i) => results.set(run, built[i]!));
}, 600_000);

describe('the bad-content corpus', () => {
  it('has at least 25 cases, one folder per manifest entry, no file in two cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    const folders = readdirSync(corpusDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual(cases.map((c) => c.name).sort());
    const owners = new Map<string, string>();
    for (const { name } of cases) {
      const files = filesOf(name);
      expect(files, name).not.toEqual([]);
      for (const file of files) {
        expect(owners.get(file), `${file} is in ${owners.get(file)} and ${name}`).toBeUndefined();
        owners.set(file, name);
      }
    }
  });
});

describe('a build with one bad file', () => {
  it.each(cases)('$name ($mistake): exit 1, its one line, no stack trace', ({ name, expected }) => {
    const result = results.get(name)!;
    expect(result.status, result.output).toBe(1);
    expect(result.output).toContain('Content check failed: 1 problem to fix.');
    expect(result.output).toContain(`\n  ${result.shown}/${expected}\n`);
    for (const trace of TRACE) expect(result.output).not.toMatch(trace);
  });
});

describe('a build with every bad file at once', () => {
  it('stops once, with every case’s line and nothing else, and no stack trace', () => {
    const result = results.get(ALL)!;
    expect(result.status, result.output).toBe(1);
    expect(result.output).toContain(`Content check failed: ${cases.length} problems to fix.`);
    const printed = result.output.split('\n').filter((line) => line.startsWith('  '));
    expect(printed.sort()).toEqual(cases.map((c) => `  ${result.shown}/${c.expected}`).sort());
    for (const trace of TRACE) expect(result.output).not.toMatch(trace);
  });
});
