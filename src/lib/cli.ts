/**
 * The one convention every command in scripts/ follows: arguments parsed
 * strictly by node:util's parseArgs, `--help` on every command, a mistake in
 * the arguments answered with one line and the usage, a problem the author can
 * fix answered with one line and no stack trace, a bug shown with its stack,
 * and the same exit codes everywhere (README.md, "Exit codes").
 */
import path from 'node:path';
import { inspect, parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** Exit codes shared by every script; README.md and each `--help` list them. */
export const EXIT = {
  /** Done, nothing to fix. */
  ok: 0,
  /** Stopped or finished with problems the author can fix, named in the output. */
  problems: 1,
  /** The arguments are wrong: an unknown option, a missing or bad value. */
  usage: 2,
  /** A bug in the script: printed with its stack trace. */
  bug: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake in the command line. Printed as one line followed by the usage; exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * A problem the author can fix (a missing file, content errors, an unknown
 * quiz). Printed as one line, then `details` one per indented line, without
 * a stack trace; exit 1.
 */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/** The option values parseArgs gives for `options` in strict mode, typed from the options. */
export type OptionValues<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>
>['values'];

export interface ParsedCommandLine<O extends ParseArgsOptionsConfig> {
  values: OptionValues<O>;
  positionals: string[];
}

/** `--help` or `-h` before any `--`: asks for the usage, whatever else is on the line. */
function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return argv.slice(0, end < 0 ? undefined : end).some((arg) => arg === '--help' || arg === '-h');
}

/** parseArgs' errors, reworded to one line that names the option or argument. */
function usageErrorFrom(error: unknown): UsageError | undefined {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (
    typeof code !== 'string' ||
    !code.startsWith('ERR_PARSE_ARGS_') ||
    typeof message !== 'string'
  )
    return undefined;
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  const option = /'(?:-\w, )?(--?[^\s',]+)/.exec(message)?.[1] ?? quoted;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown option ${option}`);
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return new UsageError(`unexpected argument "${quoted}"`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (message.includes('does not take an argument'))
      return new UsageError(`${option} takes no value`);
    if (message.includes('ambiguous'))
      return new UsageError(
        `${option} needs a value (for a value that starts with "-", write ${option}=<value>)`,
      );
    return new UsageError(`${option} needs a value`);
  }
  return new UsageError(message.split('\n')[0]);
}

/**
 * Parses `argv` strictly against `options`: unknown options, missing values
 * and more than `maxPositionals` arguments become a UsageError naming them.
 * Returns 'help' when `--help`/`-h` is given.
 * @example parseCommandLine(['--locale', 'de', 'quiz'], { locale: { type: 'string' } }, 1)
 *   // { values: { locale: 'de' }, positionals: ['quiz'] }
 */
export function parseCommandLine<const O extends ParseArgsOptionsConfig>(
  argv: readonly string[],
  options: O,
  maxPositionals = 0,
): ParsedCommandLine<O> | 'help' {
  if (asksForHelp(argv)) return 'help';
  let parsed: { values: unknown; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: maxPositionals > 0 });
  } catch (error) {
    throw usageErrorFrom(error) ?? error;
  }
  const extra = parsed.positionals[maxPositionals];
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  return parsed as ParsedCommandLine<O>;
}

/**
 * Checks that an option's value is one of `allowed`.
 * @example oneOf('--locale', 'fr', ['en', 'de']) // throws: --locale must be one of en, de, not "fr"
 */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${allowed.join(', ')}, not "${value}"`);
}

/** The exit-code section of every `--help`, with what 1 means for this command. */
export function exitCodesHelp(problems: string): string {
  return [
    'Exit codes:',
    `  ${EXIT.ok}  done, nothing to fix`,
    `  ${EXIT.problems}  problems to fix, named in the output: ${problems}`,
    `  ${EXIT.usage}  usage error: an unknown option, a missing or bad argument (this text follows)`,
    `  ${EXIT.bug}  unexpected error: a bug in the script, printed with its stack trace`,
  ].join('\n');
}

const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EEXIST: 'already exists',
};

/** A file-system error on a path (a file named on the command line that is missing, …) in one line. */
function fileProblem(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, path: file } = error as NodeJS.ErrnoException;
  const reason = code ? FILE_PROBLEMS[code] : undefined;
  if (!reason || !file) return undefined;
  const relative = path.relative(process.cwd(), file);
  return `${relative && !relative.startsWith('..') ? relative : file}: ${reason}`;
}

/**
 * What a command prints on stderr, and exits with, when `error` stops it:
 * the one place that tells usage errors, problems to fix and bugs apart.
 */
export function describeFailure(
  command: { name: string; usage: string },
  error: unknown,
): { code: ExitCode; text: string } {
  if (error instanceof UsageError)
    return { code: EXIT.usage, text: `${command.name}: ${error.message}\n\n${command.usage}` };
  if (error instanceof UserError)
    return {
      code: EXIT.problems,
      text: [`${command.name}: ${error.message}`, ...error.details.map((d) => `  ${d}`)].join('\n'),
    };
  const file = fileProblem(error);
  if (file) return { code: EXIT.problems, text: `${command.name}: ${file}` };
  return {
    code: EXIT.bug,
    text: `${command.name}: unexpected error (a bug in the script):\n${inspect(error)}`,
  };
}

export interface Command<O extends ParseArgsOptionsConfig> {
  /** The npm script's name, at the start of every error line: `grade: No quiz named …`. */
  name: string;
  /** `Usage: …` and one line per argument and option; printed by `--help` and after a usage error. */
  usage: string;
  /** When this command exits with 1, for `--help`. */
  problems: string;
  options: O;
  /** How many positional arguments the command takes at most (default: none). */
  positionals?: number;
  /** Does the work and prints; returns EXIT.problems when what it found needs fixing. */
  main: (args: ParsedCommandLine<O>) => ExitCode | void | Promise<ExitCode | void>;
}

export interface CommandOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

const consoleOutput: CommandOutput = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
};

/** Runs a command on `argv` and returns its exit code (printing help and failures to `output`). */
export async function runCommand<const O extends ParseArgsOptionsConfig>(
  command: Command<O>,
  argv: readonly string[],
  output: CommandOutput = consoleOutput,
): Promise<ExitCode> {
  try {
    const parsed = parseCommandLine(argv, command.options, command.positionals);
    if (parsed === 'help') {
      output.out(`${command.usage}\n\n${exitCodesHelp(command.problems)}`);
      return EXIT.ok;
    }
    return (await command.main(parsed)) ?? EXIT.ok;
  } catch (error) {
    const failure = describeFailure(command, error);
    output.err(failure.text);
    return failure.code;
  }
}

/**
 * The whole of a script's `main`: runs the command on the process's
 * arguments and sets the exit code (never `process.exit`, so output is flushed).
 * @example await runCli({ name: 'translations', usage: USAGE, problems: '…', options: { json: { type: 'boolean' } }, main: ({ values }) => … });
 */
export async function runCli<const O extends ParseArgsOptionsConfig>(
  command: Command<O>,
): Promise<void> {
  process.exitCode = await runCommand(command, process.argv.slice(2));
}
