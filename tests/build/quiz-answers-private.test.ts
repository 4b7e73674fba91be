/**
 * The answer keys cannot reach a reader, proved rather than searched for. The sample site is built
 * twice from a copy of content/, the second time with every question's answer changed to another
 * option that question offers, and every file the two builds wrote must be byte-identical: the
 * published folder (pages, scripts, styles, feeds, sitemap, the Pagefind index) and the server
 * chunks its pages were rendered from. If no key can change a byte of the output, no reader can
 * learn a key from it, whatever a page prints and however a file is encoded.
 *
 * Both builds use the same folders (content, OUT_DIR outside the project, an empty CACHE_DIR,
 * `--force`), build time and Astro key, so that the answer keys are the only thing that differs.
 */
import { randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkContent, type AnswerKeys, type ContentReport } from '~/lib/content-check';
import { contentRoot } from '~/lib/content-root';
import { seedPictureCache } from '../support/picture-cache';
import type { QuizData } from '~/lib/schemas';
import { buildFolder, filesBelow, searchableText } from '../support/build-folder';
import { projectRoot } from '../support/paths';

const work = mkdtempSync(path.join(os.tmpdir(), 'answer-keys-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const content = path.join(work, 'content');
/** The same for both builds: the year in the footer, and the key Astro would encrypt server-island props with (random per build otherwise, and written into the server chunks). */
const sameForBoth = {
  SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000)),
  ASTRO_KEY: randomBytes(32).toString('base64'),
};

/**
 * Every quiz's key with each answer moved to another letter the question offers in every
 * translation (all translations share one key).
 */
function otherAnswers(report: ContentReport): AnswerKeys {
  const quizzes = report.entries.filter((e) => e.kind === 'quizzes');
  return Object.fromEntries(
    Object.entries(report.answerKeys).map(([name, key]) => {
      const translations = quizzes.filter((q) => q.name === name);
      const changed = Object.entries(key).map(([n, answer]) => {
        const offered = translations
          .map((q) => Object.keys((q.data as QuizData).questions[Number(n) - 1]!.options))
          .reduce((shared, letters) => shared.filter((l) => letters.includes(l)));
        const other = offered.find((letter) => letter !== answer);
        if (!other) throw new Error(`${name} question ${n} offers no answer but ${answer}`);
        return [n, other];
      });
      return [name, Object.fromEntries(changed)];
    }),
  );
}

/** Replaces content/quiz-answers/ of the copy with one `<name>.yaml` per key. */
function writeAnswerKeys(keys: AnswerKeys) {
  const dir = path.join(content, 'quiz-answers');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  for (const [name, key] of Object.entries(keys))
    writeFileSync(path.join(dir, `${name}.yaml`), stringify(key));
}

/** Builds the copy and moves what the build wrote to `<work>/<label>/`. */
async function buildInto(label: string): Promise<string> {
  const out = path.join(work, 'out');
  const serverChunks = path.join(work, 'server');
  const cache = path.join(work, 'cache');
  rmSync(cache, { recursive: true, force: true });
  seedPictureCache(cache);
  const result = await buildFolder({
    content,
    out,
    cache,
    serverChunks,
    env: sameForBoth,
  });
  if (result.status !== 0) throw new Error(`The ${label} build failed:\n${result.output}`);
  const kept = path.join(work, label);
  mkdirSync(kept);
  renameSync(out, path.join(kept, 'out'));
  renameSync(serverChunks, path.join(kept, 'server'));
  return kept;
}

let original: AnswerKeys;
let changed: AnswerKeys;
let first: string;
let second: string;

beforeAll(async () => {
  cpSync(contentRoot(), content, { recursive: true });
  const report = checkContent(content);
  if (report.errors.length) throw new Error(report.errors.join('\n'));
  original = report.answerKeys;
  first = await buildInto('first');
  changed = otherAnswers(report);
  writeAnswerKeys(changed);
  second = await buildInto('second');
});

/**
 * Whether two files are byte-identical, except for the order of the manifest's list of public
 * files in a server chunk: Astro lists the client folder in directory order, which on tmpfs is
 * the order files were written, and pictures are written concurrently. The list holds file
 * names only (`"/_astro/chart.Ab12.png"`), the same set in both builds.
 */
function sameBytes(a: string, b: string): boolean {
  const [first, second] = [readFileSync(a), readFileSync(b)];
  if (first.equals(second) || !a.endsWith('.mjs')) return first.equals(second);
  const sorted = (text: string) =>
    text.replace(
      /"assets":\[([^\]]*)\]/g,
      (_, list: string) => `"assets":[${list.split(',').sort().join(',')}]`,
    );
  return sorted(first.toString('utf8')) === sorted(second.toString('utf8'));
}

describe('quiz answer keys', () => {
  it('differ in every answer of every quiz between the two builds', () => {
    const recheck = checkContent(content);
    expect(recheck.errors).toEqual([]);
    expect(recheck.answerKeys).toEqual(changed);
    const answers = Object.entries(original).flatMap(([name, key]) =>
      Object.entries(key).map(([n, letter]) => ({ name, n, letter, other: changed[name]![+n] })),
    );
    expect(Object.keys(original).length).toBeGreaterThanOrEqual(2);
    expect(answers.length).toBeGreaterThanOrEqual(20);
    expect(answers.filter((a) => !a.other || a.other === a.letter)).toEqual([]);
  });

  it('cannot change a byte of the build: every file is identical with every answer changed', () => {
    const published = filesBelow(path.join(first, 'out'));
    const server = filesBelow(path.join(first, 'server'));
    expect(filesBelow(path.join(second, 'out'))).toEqual(published);
    expect(filesBelow(path.join(second, 'server'))).toEqual(server);
    const differing = [
      ...published.map((f) => path.join('out', f)),
      ...server.map((f) => path.join('server', f)),
    ].filter((f) => !sameBytes(path.join(first, f), path.join(second, f)));
    expect(differing).toEqual([]);
    // What was compared: enough files of every kind that a reader or a script could receive.
    expect(published.length).toBeGreaterThan(100);
    for (const kind of [/\.html$/, /^_astro\/.+\.js$/, /\.css$/, /\.pf_fragment$/, /rss\.xml$/])
      expect(published.filter((f) => kind.test(f)).length, String(kind)).toBeGreaterThan(0);
    expect(server.filter((f) => f.endsWith('.mjs')).length).toBeGreaterThan(10);
    console.log(
      `Answer keys: ${published.length} published files and ${server.length} server chunks compared, all byte-identical with every answer changed.`,
    );
  });

  it('are read from the content folder being built: an answer no question offers stops the build', async () => {
    const [name, key] = Object.entries(changed)[0]!;
    writeAnswerKeys({ ...changed, [name]: { ...key, 1: 'z' } });
    const result = await buildFolder({
      content,
      out: path.join(work, 'broken-out'),
      cache: path.join(work, 'broken-cache'),
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(new RegExp(`quiz-answers/${name}\\.yaml\\b.*\\bquestion 1\\b`));
    expect(existsSync(path.join(work, 'broken-out', 'index.html'))).toBe(false);
  });

  it('names no folder of the machine that built the site in any published file', () => {
    const out = path.join(first, 'out');
    const naming = filesBelow(out).filter((f) => {
      const text = searchableText(path.join(out, f));
      return [work, projectRoot].some((folder) => text.includes(folder));
    });
    expect(naming).toEqual([]);
  });
});
