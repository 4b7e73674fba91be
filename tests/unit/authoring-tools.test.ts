/**
 * The author's tools: `npm run new` (scaffolds that fail the content check
 * until filled, translations that copy the source's structure, never an
 * overwrite) and `npm run translations` (present / missing / stale).
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/content-check';
import { lastChanges } from '~/lib/git-dates';
import { placeholderFields, placeholderLines } from '~/lib/placeholders';
import { planNewContent } from '~/lib/scaffold';
import { formatStatus, translationStatus, type VersionInput } from '~/lib/translation-status';
import { projectRoot } from '../support/paths';
import { run as runCommand, runTsx } from '../support/run';

const temp = mkdtempSync(path.join(os.tmpdir(), 'authoring-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let copies = 0;

function freshContent(): string {
  const dir = path.join(temp, `content-${copies++}`);
  cpSync(path.join(projectRoot, 'tests/fixtures/valid'), dir, { recursive: true });
  return dir;
}

function run(script: string, args: string[], contentDir: string, cwd = projectRoot) {
  return runTsx(path.join('scripts', script), args, { cwd, env: { CONTENT_DIR: contentDir } });
}

const errorsFor = (dir: string, file: string) =>
  checkContent(dir).errors.filter((e) => e.includes(file));

describe('placeholders', () => {
  it('finds every frontmatter value and body line still starting with TODO', () => {
    expect(
      placeholderFields({
        title: 'TODO: title',
        topics: ['operations', 'TODO'],
        questions: [{ options: { a: 'ok', b: 'TODO x' } }],
      }),
    ).toEqual(['title', 'topics.2', 'questions.1.options.b']);
    expect(placeholderFields({ title: 'A TODO list for team leaders' })).toEqual([]);
    expect(placeholderLines('Intro\n\nTODO: write more\n## Heading')).toEqual([3]);
  });
});

// Each test works in its own folder, so the CLI runs may overlap.
describe.concurrent('npm run new', () => {
  it('writes an article with today’s date that the content check refuses until every TODO is filled', async () => {
    const dir = freshContent();
    const { status, stdout } = await run(
      'new-content.ts',
      ['article', 'hold-music', '--locale', 'de'],
      dir,
    );
    expect(status).toBe(0);
    const file = path.join(dir, 'articles/de/hold-music.mdx');
    expect(stdout).toContain('articles/de/hold-music.mdx');
    const text = readFileSync(file, 'utf8');
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(text).toContain(`date: ${day}`);
    const [problem, ...rest] = errorsFor(dir, 'hold-music');
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      /articles\/de\/hold-music\.mdx: still has 4 placeholders \("TODO …"\) to replace: title, description, topics\.1, line \d+$/,
    );

    writeFileSync(
      file,
      text
        .replace(/"TODO: title"/, '"Warteschleifenmusik"')
        .replace(/"TODO: one or two[^"]*"/, '"Was Anrufende in der Warteschleife hören."')
        .replace(/- TODO/, '- operations')
        .replace(/^TODO: .*$/m, 'Ein Absatz über Warteschleifen.'),
    );
    expect(errorsFor(dir, 'hold-music')).toEqual([]);
  });

  it('copies a quiz’s questions and option letters with --from, and shares the answer key', async () => {
    const dir = freshContent();
    rmSync(path.join(dir, 'quizzes/de/queue-quiz.mdx'));
    const { status } = await run(
      'new-content.ts',
      ['quiz', 'queue-quiz', '--locale', 'de', '--from', 'en'],
      dir,
    );
    expect(status).toBe(0);
    const source = checkContent(freshContent()).entries.find(
      (e) => e.kind === 'quizzes' && e.locale === 'en',
    )!;
    const text = readFileSync(path.join(dir, 'quizzes/de/queue-quiz.mdx'), 'utf8');
    const questions = (
      source.data as { questions: { prompt: string; options: Record<string, string> }[] }
    ).questions;
    for (const q of questions) {
      expect(text).toContain(`TODO: translate "${q.prompt}"`);
      for (const letter of Object.keys(q.options))
        expect(text).toMatch(new RegExp(`\\n\\s+${letter}: 'TODO: translate`));
    }
    // the shared key is left as it was; only placeholders stop the build, not the structure
    expect(readFileSync(path.join(dir, 'quiz-answers/queue-quiz.yaml'), 'utf8')).toBe(
      readFileSync(
        path.join(projectRoot, 'tests/fixtures/valid/quiz-answers/queue-quiz.yaml'),
        'utf8',
      ),
    );
    const errors = checkContent(dir).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /quizzes\/de\/queue-quiz\.mdx: still has \d+ placeholders .*title, description, questions\.1\.prompt/,
    );
  });

  it('points to --from when a blank file is made for a piece that exists in another language', async () => {
    const dir = freshContent();
    const { status, stdout } = await run(
      'new-content.ts',
      ['article', 'queue-basics', '--locale', 'zh'],
      dir,
    );
    expect(status).toBe(0);
    expect(stdout).toContain(
      'Note: queue-basics also exists in en, de; "--from en" would have copied its structure',
    );
  });

  it('writes a blank quiz of ten questions with an answer key that names the unfilled answers', async () => {
    const dir = freshContent();
    expect((await run('new-content.ts', ['quiz', 'escalations'], dir)).status).toBe(0);
    const key = readFileSync(path.join(dir, 'quiz-answers/escalations.yaml'), 'utf8');
    expect(key.match(/^\d+: TODO$/gm)).toHaveLength(10);
    expect(checkContent(dir).errors).toContainEqual(
      expect.stringMatching(
        /quiz-answers\/escalations\.yaml: the answers to questions 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 are still "TODO"/,
      ),
    );
  });

  it('refuses to overwrite, to invent a source, or to take a bad name, and says why', async () => {
    const dir = freshContent();
    const file = path.join(dir, 'articles/en/queue-basics.mdx');
    const before = readFileSync(file, 'utf8');
    const exists = await run('new-content.ts', ['article', 'queue-basics'], dir);
    expect(exists.status).toBe(1);
    expect(exists.stderr).toMatch(
      /articles\/en\/queue-basics\.mdx already exists; nothing was written/,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);

    const noSource = await run(
      'new-content.ts',
      ['keynote', 'queue-talk', '--locale', 'de', '--from', 'en'],
      dir,
    );
    expect(noSource.status).toBe(1);
    expect(noSource.stderr).toMatch(/keynotes\/en\/queue-talk\.mdx does not exist/);

    const badKind = await run('new-content.ts', ['post', 'x'], dir);
    expect(badKind.stderr).toMatch(
      /"post" is not a kind of content \(use article, keynote, quiz\)/,
    );
    expect(badKind.stderr).toContain('Usage: npm run new');
    expect((await run('new-content.ts', ['article', 'x', '--locale', 'fr'], dir)).stderr).toMatch(
      /--locale "fr" is not configured/,
    );
    expect(
      planNewContent({
        kind: 'article',
        name: 'Hold Music',
        locale: 'en',
        today: '2026-01-01',
        contentDir: dir,
      }),
    ).toEqual({
      ok: false,
      problem: expect.stringMatching(/name "Hold Music" must be lowercase letters/),
    });
    expect(existsSync(path.join(dir, 'keynotes/de/queue-talk.mdx'))).toBe(false);
  });
});

describe('translation status', () => {
  const version = (locale: 'en' | 'de' | 'zh', date?: string, changed?: string): VersionInput => ({
    kind: 'articles',
    name: 'queues',
    locale,
    file: `content/articles/${locale}/queues.mdx`,
    written: date ? new Date(date) : undefined,
    edited: date ? new Date(date) : undefined,
    changed: changed ? new Date(changed) : undefined,
  });

  it('marks the earliest version as the original and a missing locale as missing', () => {
    const { pieces, totals } = translationStatus([
      version('de', '2025-01-12'),
      version('en', '2025-01-10'),
    ]);
    expect(pieces[0]!.original).toBe('en');
    expect(pieces[0]!.locales.en).toMatchObject({ status: 'present', original: true });
    expect(pieces[0]!.locales.de).toMatchObject({ status: 'present', original: false });
    expect(pieces[0]!.locales.zh).toEqual({ status: 'missing' });
    expect(totals.zh).toEqual({ present: 0, stale: 0, missing: 1 });
  });

  it('calls a translation stale when the original was updated after it', () => {
    const en = { ...version('en', '2025-01-10'), edited: new Date('2025-05-05') };
    const { pieces, totals } = translationStatus([
      en,
      version('de', '2025-01-12'),
      version('zh', '2025-06-01'),
    ]);
    expect(pieces[0]!.original).toBe('en');
    expect(pieces[0]!.locales.de).toMatchObject({
      status: 'stale',
      reason:
        'content/articles/en/queues.mdx was updated 2025-05-05, after this translation (2025-01-12)',
    });
    expect(pieces[0]!.locales.zh).toMatchObject({ status: 'present' });
    expect(totals.de.stale).toBe(1);
  });

  it('uses the original’s last change in git when the frontmatter dates do not tell', () => {
    const { pieces, totals } = translationStatus([
      version('en', '2025-01-10', '2025-06-01T10:00:00Z'),
      version('de', '2025-01-12', '2025-02-01T10:00:00Z'),
      version('zh', '2025-01-12', '2025-07-01T10:00:00Z'),
    ]);
    expect(pieces[0]!.locales.de).toMatchObject({
      status: 'stale',
      reason:
        'content/articles/en/queues.mdx changed on 2025-06-01, after this translation last changed (2025-02-01)',
    });
    expect(pieces[0]!.locales.zh).toMatchObject({ status: 'present' });
    expect(totals.de).toEqual({ present: 0, stale: 1, missing: 0 });
    const text = formatStatus({ pieces, totals });
    expect(text).toMatch(/^ {2}queues +original +stale +present$/m);
    expect(text).toContain(
      'Stale translations:\n  content/articles/de/queues.mdx: content/articles/en/queues.mdx changed on 2025-06-01',
    );
    expect(text).toContain('  de: 0 present, 1 stale, 0 missing');
  });
});

describe.concurrent('npm run translations on a git history', () => {
  async function gitRepo() {
    const repo = path.join(temp, `repo-${copies++}`);
    cpSync(path.join(projectRoot, 'tests/fixtures/valid'), path.join(repo, 'content'), {
      recursive: true,
    });
    const git = async (args: string[], date?: string) => {
      const env = {
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
        ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
      };
      const r = await runCommand('git', args, { cwd: repo, env });
      if (r.status !== 0) throw new Error(r.stderr);
    };
    await git(['init', '-q']);
    await git(['add', '.']);
    await git(['commit', '-qm', 'content'], '2025-02-01T10:00:00Z');
    return { repo, git };
  }

  it('reports a translation as stale after its original is edited and committed, and totals per locale', async () => {
    const { repo, git } = await gitRepo();
    const en = path.join(repo, 'content/articles/en/queue-basics.mdx');
    writeFileSync(en, `${readFileSync(en, 'utf8')}\nA new paragraph on callbacks.\n`);
    await git(['commit', '-qam', 'edit the original'], '2025-06-01T10:00:00Z');

    const { status, stdout } = await run('translations.ts', [], path.join(repo, 'content'), repo);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^ {2}queue-basics +original +stale +missing$/m);
    expect(stdout).toMatch(/^ {2}queue-quiz +original +present +missing$/m);
    expect(stdout).toContain('de: 1 present, 1 stale, 0 missing');
    expect(stdout).toContain('zh: 0 present, 0 stale, 2 missing');

    const json = JSON.parse(
      (await run('translations.ts', ['--json'], path.join(repo, 'content'), repo)).stdout,
    );
    const article = json.pieces.find((p: { name: string }) => p.name === 'queue-basics');
    expect(article.locales.de).toMatchObject({
      status: 'stale',
      file: 'content/articles/de/queue-basics.mdx',
    });
    expect(json.totals.de).toEqual({ present: 1, stale: 1, missing: 0 });
    expect(json.problems).toEqual([]);
  });

  it('lists content problems before the status and exits 1 until they are fixed', async () => {
    const { repo } = await gitRepo();
    const de = path.join(repo, 'content/articles/de/queue-basics.mdx');
    writeFileSync(de, readFileSync(de, 'utf8').replace(/^title: .*$/m, 'title: ""'));
    const { status, stdout } = await run('translations.ts', [], path.join(repo, 'content'), repo);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^1 content problem\(s\); a file with a problem is counted as missing/);
    expect(stdout).toContain('content/articles/de/queue-basics.mdx: ');
    expect(stdout).toMatch(/^ {2}queue-basics +original +missing +missing$/m);
  });

  it('counts uncommitted edits by their modification time', async () => {
    const { repo } = await gitRepo();
    const de = path.join(repo, 'content/articles/de/queue-basics.mdx');
    writeFileSync(de, `${readFileSync(de, 'utf8')}\nNoch ein Absatz.\n`);
    const when = new Date('2025-09-09T09:00:00Z');
    utimesSync(de, when, when);
    const changes = lastChanges(path.join(repo, 'content'));
    expect(changes.get(de)).toEqual(when);
    expect(changes.get(path.join(repo, 'content/articles/en/queue-basics.mdx'))).toEqual(
      new Date('2025-02-01T10:00:00Z'),
    );
  });
});
