/**
 * The command-line convention of every script (src/lib/cli.ts): strict
 * parsing with the option named in the error, one line plus the usage for a
 * usage error, one line for a problem to fix, the stack for a bug, and the
 * same exit codes; then each script in scripts/ run for real.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EXIT,
  oneOf,
  parseCommandLine,
  runCommand,
  UsageError,
  UserError,
  type Command,
} from '~/lib/cli';
import { projectRoot } from '../support/paths';
import { runTsx } from '../support/run';

const OPTIONS = {
  locale: { type: 'string' },
  json: { type: 'boolean' },
  n: { type: 'string', short: 'n', default: '10' },
} as const;

function usageError(argv: string[], maxPositionals = 0): string {
  try {
    parseCommandLine(argv, OPTIONS, maxPositionals);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).message;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
}

describe('parsing a command line', () => {
  it('gives typed values, defaults and the positional arguments', () => {
    expect(parseCommandLine(['quiz', '--locale', 'de', '--json'], OPTIONS, 2)).toEqual({
      values: { locale: 'de', json: true, n: '10' },
      positionals: ['quiz'],
    });
    expect(parseCommandLine(['--locale=zh', '-n', '4'], OPTIONS)).toMatchObject({
      values: { locale: 'zh', n: '4' },
    });
  });

  it('names the option or argument that is wrong in one line', () => {
    expect(usageError(['--bogus'])).toBe('unknown option --bogus');
    expect(usageError(['--bogus=1'])).toBe('unknown option --bogus');
    expect(usageError(['-x'])).toBe('unknown option -x');
    expect(usageError(['--locale'])).toBe('--locale needs a value');
    expect(usageError(['-n'])).toBe('--n needs a value');
    expect(usageError(['--locale', '--json'])).toBe(
      '--locale needs a value (for a value that starts with "-", write --locale=<value>)',
    );
    expect(usageError(['--json=yes'])).toBe('--json takes no value');
    expect(usageError(['extra'])).toBe('unexpected argument "extra"');
    expect(usageError(['one', 'two', 'three'], 2)).toBe('unexpected argument "three"');
  });

  it('answers --help or -h whatever else is on the line, but not after --', () => {
    expect(parseCommandLine(['--bogus', '--help'], OPTIONS)).toBe('help');
    expect(parseCommandLine(['-h'], OPTIONS)).toBe('help');
    expect(parseCommandLine(['--', '--help'], OPTIONS, 1)).toMatchObject({
      positionals: ['--help'],
    });
  });

  it('checks a value against the allowed ones', () => {
    expect(oneOf('--locale', 'de', ['en', 'de'])).toBe('de');
    expect(() => oneOf('--locale', 'fr', ['en', 'de'])).toThrow(
      new UsageError('--locale must be one of en, de, not "fr"'),
    );
  });
});

describe('running a command', () => {
  async function run(main: Command<typeof OPTIONS>['main'], argv: string[] = []) {
    const out: string[] = [];
    const err: string[] = [];
    let called = false;
    const code = await runCommand(
      {
        name: 'demo',
        usage: 'Usage: npm run demo [--locale <locale>]',
        problems: 'the demo found something',
        options: OPTIONS,
        main: (args) => {
          called = true;
          return main(args);
        },
      },
      argv,
      { out: (t) => out.push(t), err: (t) => err.push(t) },
    );
    return { code, out: out.join('\n'), err: err.join('\n'), called };
  }

  it('exits 0 when the work is done and 1 when it reports problems', async () => {
    expect(await run(() => undefined)).toMatchObject({ code: EXIT.ok, err: '' });
    expect((await run(() => EXIT.problems)).code).toBe(1);
    expect((await run(async () => EXIT.ok)).code).toBe(0);
  });

  it('prints the usage and the exit codes for --help, without running the command', async () => {
    const help = await run(() => EXIT.problems, ['--help']);
    expect(help).toMatchObject({ code: 0, err: '', called: false });
    expect(help.out).toMatch(/^Usage: npm run demo \[--locale <locale>\]\n\nExit codes:\n/);
    expect(help.out).toContain(
      '  1  problems to fix, named in the output: the demo found something',
    );
    expect(help.out).toContain('  2  usage error');
  });

  it('exits 2 with one line and the usage for a mistake in the arguments', async () => {
    const parse = await run(() => undefined, ['--bogus']);
    expect(parse).toMatchObject({ code: 2, out: '', called: false });
    expect(parse.err).toBe(
      'demo: unknown option --bogus\n\nUsage: npm run demo [--locale <locale>]',
    );
    const thrown = await run(() => {
      throw new UsageError('give a quiz name');
    });
    expect(thrown.code).toBe(2);
    expect(thrown.err.split('\n')[0]).toBe('demo: give a quiz name');
  });

  it('exits 1 with one line and no stack trace for a problem the author can fix', async () => {
    const problem = await run(() => {
      throw new UserError('The content has problems to fix first:', ['a.mdx: no title']);
    });
    expect(problem).toMatchObject({
      code: 1,
      err: 'demo: The content has problems to fix first:\n  a.mdx: no title',
    });
    const missing = await run(() => {
      readFileSync(path.join(projectRoot, 'no-such-file.txt'));
    });
    expect(missing).toMatchObject({
      code: 1,
      err: 'demo: no-such-file.txt: no such file or folder',
    });
  });

  it('exits 3 and shows the stack trace for a bug', async () => {
    const bug = await run(() => {
      (undefined as unknown as { x: number }).x++;
    });
    expect(bug.code).toBe(3);
    expect(bug.err).toMatch(/^demo: unexpected error \(a bug in the script\):\nTypeError: /);
    expect(bug.err).toMatch(/^\s+at .+cli\.test\.ts:\d+:\d+/m);
  });
});

/** Runs a script as an author would (tests/support/run.ts: Node 24, outside Vitest's environment). */
function runScript(script: string, args: string[]) {
  return runTsx(path.join('scripts', script), args, {
    env: { CONTENT_DIR: path.join(projectRoot, 'tests/fixtures/valid') },
  });
}

describe.each([
  ['grade-quiz.ts', 'grade'],
  ['new-content.ts', 'new'],
  ['translations.ts', 'translations'],
  ['import-wordpress.ts', 'import:wordpress'],
  ['bench.ts', 'bench'],
  ['bench-grader.ts', 'bench:grader'],
  ['audit.ts', 'audit'],
  ['serve.ts', 'preview'],
])('scripts/%s', (script, name) => {
  it(`answers --help with its usage and exit codes, and a bad option with one line, the usage and exit 2`, async () => {
    const [help, bad] = await Promise.all([
      runScript(script, ['--help']),
      runScript(script, ['--no-such-option']),
    ]);
    expect(help.status, help.stderr).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatch(new RegExp(`^Usage: npm run ${name}\\b`));
    expect(help.stdout).toMatch(/\n\nExit codes:\n {2}0 .+\n {2}1 .+\n {2}2 .+\n {2}3 .+\n$/);
    const usage = help.stdout.slice(0, help.stdout.indexOf('\n\nExit codes:'));

    expect(bad.status, bad.stderr).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(`${name}: unknown option --no-such-option\n\n${usage}\n`);
  }, 60_000);
});
