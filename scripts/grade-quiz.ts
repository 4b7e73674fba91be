/**
 * npm run grade -- <quiz-name> [email-file | mailbox.mbox | folder] [--locale de]
 *   [--csv <file>] [--json] [--drafts <folder>]
 * Grades a quiz reply (from the file, or standard input) against the answer
 * key in content/quiz-answers/ and prints the score, each answer, and a reply
 * draft in the quiz's language. A saved email (.eml, or a whole message on
 * standard input) is decoded first by src/lib/email/read-message.ts; the
 * grading lives in src/lib/quiz-grader.ts. A mailbox (an .mbox file or a folder
 * of .eml files) is graded as a whole: src/lib/email/mailbox.ts splits it,
 * src/lib/quiz-batch.ts grades and counts, src/lib/quiz-batch-report.ts writes
 * the table, CSV and reply drafts. Nothing is ever sent.
 */
import { createReadStream, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { EXIT, oneOf, runCli, UsageError, UserError, type ExitCode } from '~/lib/cli';
import { checkContent, type ContentReport } from '~/lib/content-check';
import { contentRoot } from '~/lib/content-root';
import { envelope, isMbox, listMailFolder, MboxReader } from '~/lib/email/mailbox';
import { readMessage } from '~/lib/email/read-message';
import { useTranslations } from '~/lib/i18n';
import { gradeMailbox, type MailboxMessage } from '~/lib/quiz-batch';
import { formatMailbox, mailboxCsv, replyDrafts } from '~/lib/quiz-batch-report';
import { formatReport, gradeReply, replyDraft } from '~/lib/quiz-grader';
import { localeKeys, site, type Locale } from '~/site.config';

const USAGE = `Usage: npm run grade -- <quiz-name> [email-file | mailbox.mbox | folder] [--locale ${localeKeys.join('|')}]
         [--csv <file>] [--json] [--drafts <folder>]

  <quiz-name>        the quiz's file name, as in content/quizzes/<locale>/<quiz-name>.mdx
  [email-file]       the reply as a saved email (.eml: any encoding, charset, text or HTML;
                     or an Outlook .msg) or as plain text; without it, standard input
  [mailbox.mbox]     a whole mailbox (Thunderbird's folder files, Gmail Takeout's .mbox): every
                     reply is graded, one row per taker (the latest reply counts), with statistics
                     per question; messages that cannot be graded are listed with the reason
  [folder]           a folder of .eml (or Outlook .msg) files, graded as a mailbox (other
                     files are named, not read)
  --locale <locale>  grade against this language's version (default: the reply's language)
  --csv <file>       write one row per message to this CSV file (UTF-8, opens in Excel)
  --json             print the whole mailbox result as JSON instead of the table
  --drafts <folder>  write one unsent reply per taker as an .eml file into this folder, threaded
                     under their message and in their language, to check and send from a mail client`;

/** The email's bytes from the file (a missing one is reported by runCli), else from standard input. */
function readEmail(file: string | undefined): Buffer {
  if (file) return readFileSync(file);
  if (process.stdin.isTTY)
    throw new UsageError(
      'give an email file, or pipe the email in: npm run grade -- <quiz-name> < email.txt',
    );
  return readFileSync(0);
}

/** An .mbox file, a folder of .eml files, or one saved email graded as a mailbox of one. */
type MailboxInput = { mbox: string } | { folder: string } | { message: string };

/** The messages of an mbox, read in chunks, or of a folder's .eml files; with notes for the author. */
async function readMailbox(
  input: MailboxInput,
): Promise<{ messages: MailboxMessage[]; notes: string[] }> {
  const messages: MailboxMessage[] = [];
  const notes: string[] = [];
  const add = async (source: string, bytes: Uint8Array) =>
    messages.push({
      source,
      outcome: await readMessage(bytes),
      envelope: envelope(bytes),
    });
  if ('folder' in input) {
    const { messages: files, ignored } = listMailFolder(input.folder);
    if (ignored.length)
      notes.push(`not read (only .eml and .msg files are): ${ignored.join(', ')}`);
    for (const file of files) await add(file, readFileSync(path.join(input.folder, file)));
    return { messages, notes };
  }
  if ('message' in input) {
    await add(path.basename(input.message), readFileSync(input.message));
    return { messages, notes };
  }
  const reader = new MboxReader();
  for await (const chunk of createReadStream(input.mbox))
    for (const bytes of reader.push(chunk as Buffer))
      await add(`message ${messages.length + 1}`, bytes);
  for (const bytes of reader.end()) await add(`message ${messages.length + 1}`, bytes);
  if (reader.preamble)
    notes.push(`${reader.preamble} lines before the first "From " separator line were not read`);
  return { messages, notes };
}

interface BatchOutput {
  csv?: string;
  json?: boolean;
  drafts?: string;
}

async function gradeWholeMailbox(
  report: ContentReport,
  name: string,
  input: MailboxInput,
  locale: Locale | undefined,
  output: BatchOutput,
): Promise<ExitCode> {
  const { messages, notes } = await readMailbox(input);
  if (!messages.length)
    throw new UserError('The mailbox has no messages: nothing to grade.', notes);
  const graded = gradeMailbox(report, name, messages, {
    ...(locale && { locale }),
    ownAddresses: Object.values(site.email),
  });
  if (!graded.ok) throw new UserError(graded.problem);
  const { result } = graded;
  const written: string[] = [];
  if (output.csv) {
    writeFileSync(output.csv, mailboxCsv(result));
    written.push(`Wrote ${result.rows.length} rows to ${output.csv}`);
  }
  if (output.drafts) {
    const drafts = replyDrafts(result, {
      from: { name: site.author.name, address: site.email.quizzes },
      translate: useTranslations,
      date: new Date(),
    });
    mkdirSync(output.drafts, { recursive: true });
    for (const draft of drafts) writeFileSync(path.join(output.drafts, draft.file), draft.text);
    written.push(
      `Wrote ${drafts.length} reply drafts to ${output.drafts} (nothing was sent: open them in a mail client to check and send)`,
    );
  }
  if (output.json) console.log(JSON.stringify({ ...result, notes }, null, 2));
  else
    console.log(
      [formatMailbox(result, notes), ...(written.length ? ['', ...written] : [])].join('\n'),
    );
  if (output.json) for (const line of written) console.error(line);
  return result.problems ? EXIT.problems : EXIT.ok;
}

/** What the second argument is: a folder or an mbox is graded as a mailbox, anything else as one email. */
async function inputKind(
  file: string | undefined,
): Promise<{ mbox: string } | { folder: string } | undefined> {
  if (!file) return undefined;
  if (statSync(file).isDirectory()) return { folder: file };
  if (/\.(eml|msg)$/i.test(file)) return undefined;
  const handle = await open(file);
  try {
    const head = Buffer.alloc(1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return isMbox(head.subarray(0, bytesRead)) ? { mbox: file } : undefined;
  } finally {
    await handle.close();
  }
}

await runCli({
  name: 'grade',
  usage: USAGE,
  problems:
    'the content has errors, the quiz does not exist, the email cannot be read or is empty, an answer in it could not be read, or (for a mailbox) a message could not be graded',
  options: {
    locale: { type: 'string' },
    csv: { type: 'string' },
    json: { type: 'boolean' },
    drafts: { type: 'string' },
  },
  positionals: 2,
  async main({ values, positionals: [name, file] }) {
    if (!name) throw new UsageError('give the name of the quiz to grade');
    const locale =
      values.locale === undefined ? undefined : oneOf('--locale', values.locale, localeKeys);
    const mailbox = await inputKind(file);
    const batch = values.csv !== undefined || values.json || values.drafts !== undefined;
    if (!mailbox && batch && !file)
      throw new UsageError('--csv, --json and --drafts need a mailbox (an .mbox file or a folder)');
    const report = checkContent(contentRoot());
    if (report.errors.length)
      throw new UserError('The content has problems to fix first:', report.errors);
    if (mailbox || batch)
      return gradeWholeMailbox(report, name, mailbox ?? { message: file! }, locale, {
        ...(values.csv !== undefined && { csv: values.csv }),
        ...(values.json && { json: true }),
        ...(values.drafts !== undefined && { drafts: values.drafts }),
      });
    const read = await readMessage(readEmail(file));
    if (!read.ok) throw new UserError(read.problem);
    const { message } = read;
    const outcome = gradeReply(
      report,
      name,
      message.text,
      locale,
      message.language,
      message.subject,
    );
    if (!outcome.ok) throw new UserError(outcome.problem);
    const { quiz, locale: replyLocale, reply, graded } = outcome.result;
    // The From header names the taker more reliably than a "Name:" line in the body.
    const taker = message.from?.name || reply.name;

    if (message.from)
      console.log(
        `From: ${[message.from.name, `<${message.from.address}>`].filter(Boolean).join(' ')}`,
      );
    console.log(formatReport(quiz, replyLocale, graded, reply));
    console.log(`\n--- reply draft (${replyLocale}) ---\n`);
    console.log(replyDraft(useTranslations(replyLocale), quiz, graded, site.author.name, taker));
    return reply.unreadable.length ? EXIT.problems : EXIT.ok;
  },
});
