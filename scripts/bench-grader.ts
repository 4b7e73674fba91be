/**
 * npm run bench:grader [-- --n 1000]
 * Times the grader on a whole mailbox: writes an mbox of N quiz replies (English and German,
 * plain, quoted-printable and base64, some takers twice) to a temporary folder, runs
 * `npm run grade` on it with --csv and --drafts as an author would, and prints the wall time.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { EXIT, runCli, UsageError } from '~/lib/cli';
import { encodeWords, quotedPrintable } from '~/lib/email/draft-message';
import { joinMbox } from '~/lib/email/mailbox';

const root = path.resolve(import.meta.dirname, '..');
const SUBJECTS = {
  en: 'Quiz answers: Contact centre metrics: how well do you know them?',
  de: 'Quiz-Antworten: Kennzahlen im Kundenservice: Wie gut kennen Sie sie?',
};

/** Reply i: a taker (every tenth writes twice), answers from a fixed pseudo-random sequence. */
function reply(i: number): { bytes: Buffer; date: Date } {
  const taker = i % 10 === 9 ? i - 1 : i;
  const locale = taker % 3 === 0 ? 'de' : 'en';
  const answers = Array.from({ length: 10 }, (_, q) => 'abcd'[(i * 7 + q * 13 + (i >> 3)) % 4]);
  const lines = answers.map((a, q) =>
    locale === 'de' ? `Frage ${q + 1}: ${a}` : `${q + 1}. ${a}`,
  );
  const greeting = locale === 'de' ? 'Hallo,\n\nmeine Antworten:' : 'Hi,\n\nmy answers:';
  const body = `${greeting}\n\n${lines.join('\n')}\n\n${locale === 'de' ? 'Viele Grüße' : 'Thanks'}\nTaker ${taker}\n`;
  const encoding = ['8bit', 'quoted-printable', 'base64'][i % 3]!;
  const encoded =
    encoding === 'base64'
      ? Buffer.from(body).toString('base64').replace(/.{76}/g, '$&\n')
      : encoding === 'quoted-printable'
        ? quotedPrintable(body).replace(/\r\n/g, '\n')
        : body;
  const date = new Date(Date.UTC(2026, 2, 1) + i * 60_000);
  const headers = [
    `From: ${encodeWords(`Teilnehmerin Zoë ${taker}`)} <taker${taker}@example.com>`,
    'To: Quiz <quiz@example.com>',
    `Subject: ${SUBJECTS[locale]}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <bench-${i}@example.com>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    `Content-Transfer-Encoding: ${encoding}`,
  ];
  return { bytes: Buffer.from(`${headers.join('\n')}\n\n${encoded}\n`), date };
}

await runCli({
  name: 'bench:grader',
  usage: `Usage: npm run bench:grader [-- --n 1000]

  --n <count>  replies in the generated mbox (default: 1000)`,
  problems: 'the grader failed on the generated mailbox',
  options: { n: { type: 'string', default: '1000' } },
  main({ values }) {
    const n = Number(values.n);
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError(`--n must be a whole number of replies, at least 1, not "${values.n}"`);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-grader-'));
    try {
      const mbox = path.join(dir, 'replies.mbox');
      const bytes = joinMbox(
        Array.from({ length: n }, (_, i) => reply(i)),
        'thunderbird',
      );
      writeFileSync(mbox, bytes);
      console.log(`Grading ${n} replies (${(bytes.length / 1024).toFixed(0)} KiB mbox)…`);
      const started = performance.now();
      const run = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          path.join(root, 'scripts/grade-quiz.ts'),
          'contact-center-metrics',
          mbox,
          '--csv',
          path.join(dir, 'results.csv'),
          '--drafts',
          path.join(dir, 'drafts'),
        ],
        { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      const seconds = (performance.now() - started) / 1000;
      if (run.status !== EXIT.ok) {
        console.error(run.stderr || run.stdout.slice(0, 2000));
        return EXIT.problems;
      }
      console.log(run.stdout.split('\n')[0]);
      console.log(
        `${n} replies graded, CSV and ${readdirSync(path.join(dir, 'drafts')).length} drafts written in ${seconds.toFixed(2)} s (${((seconds * 1000) / n).toFixed(2)} ms per reply, including Node and tsx start-up)`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
});
