import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { mailboxFixtures } from '../support/sample-mailbox';
import { runTsx } from '../support/run';

const grade = (args: string[]) => runTsx('scripts/grade-quiz.ts', args);
const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'grade-mailbox-'));

describe.concurrent('npm run grade with a whole mailbox', () => {
  it('grades a Thunderbird mbox: takers, superseded and ungraded messages, statistics, CSV and drafts', async () => {
    const out = scratch();
    const csv = path.join(out, 'results.csv');
    const drafts = path.join(out, 'drafts');
    const result = await grade([
      'contact-center-metrics',
      path.join(mailboxFixtures, 'thunderbird-inbox.mbox'),
      '--csv',
      csv,
      '--drafts',
      drafts,
    ]);
    // ungradable messages and an unreadable answer are problems to look at
    expect(result.status, result.output).toBe(1);
    const table = result.stdout;
    expect(table).toMatch(
      /^Quiz: contact-center-metrics — 23 messages: 14 takers counted, 1 earlier reply superseded, 3 not graded, 5 for other quizzes$/m,
    );
    expect(table).toMatch(
      /^3 +Lukas Brandt +lukas\.brandt@example\.de +2026-03-06 19:15 +de +8\/10$/m,
    );
    expect(table).toMatch(/^7 +Lukas Brandt .+ 7\/10 +superseded by #3$/m);
    expect(table).toMatch(
      /^16 +Olivia Grant .+ 9\/10 +an answer could not be read: check by hand$/m,
    );
    expect(table).toMatch(/#15 .+Jonas Keller.+\n +No answers in this email/);
    expect(table).toMatch(/#17 .+Sam Lee.+\n +No text part found/);
    expect(table).toMatch(/#20 message 20: Peter Novak.+\n +no From address/);
    expect(table).toMatch(/^ +quality-and-coaching: #5, #11, #21, #22, #23$/m);
    expect(table).toMatch(/^ +1 +c +14\/14 100 % +– +0 +0 +too easy\?$/m);
    expect(table).toMatch(/^ +2 +a +6\/14 43 % +b \(7\) +0 +1 +misleading\?$/m);
    expect(table).toMatch(/^ +7 +a +4\/14 29 % +b \(9\) +0 +0 +too hard\? misleading\?$/m);
    expect(table).toMatch(/^ +10 +b +12\/14 86 % +d \(1\) +1 +0$/m);

    const rows = readFileSync(csv, 'utf8').split('\r\n');
    expect(rows[0]).toBe(
      '\uFEFFname,address,date,locale,score,total,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,status',
    );
    expect(rows).toContain(
      'Zoë Müller,zoe.mueller@example.org,2026-03-03T08:14:22.000Z,de,8,10,c,a,d,b,a,d,a,c,b,b,counted',
    );
    expect(rows).toContain(
      '"O\'Brien, Dan",dan.obrien@corp.example.com,2026-03-09T11:20:13.000Z,en,7,10,c,a,a,b,b,c,a,c,d,d,counted',
    );
    expect(rows).toHaveLength(25); // header, 23 messages, final CRLF

    const files = readdirSync(drafts);
    expect(files).toHaveLength(14);
    expect(files).toContain('008-jurgen-weiss.eml');
    const zoe = await PostalMime.parse(readFileSync(path.join(drafts, '002-zoe-muller.eml')));
    expect(zoe.to).toEqual([{ name: 'Zoë Müller', address: 'zoe.mueller@example.org' }]);
    expect(zoe.from).toMatchObject({ name: 'Morgan Reyes', address: 'quiz@example.com' });
    expect(zoe.subject).toBe('Re: Kennzahlen im Kundenservice: Wie gut kennen Sie sie?');
    expect(zoe.inReplyTo).toBe('<5f1c2a0e-7b1d-4c3e-9a55-0d1e2f3a4b5c@example.org>');
    expect(zoe.text).toContain('Hallo Zoë Müller,');
    expect(zoe.text).toContain('Ihr Ergebnis: 8/10.');
    expect(result.stdout).toContain('Wrote 14 reply drafts to');
  }, 60_000);

  it('gives the same takers for the Gmail Takeout mbox and the folder of .eml files, as JSON', async () => {
    const [takeout, folder] = await Promise.all([
      grade(['contact-center-metrics', path.join(mailboxFixtures, 'gmail-takeout.mbox'), '--json']),
      grade(['contact-center-metrics', path.join(mailboxFixtures, 'eml-folder'), '--json']),
    ]);
    const counted = (stdout: string) =>
      (JSON.parse(stdout) as { rows: { status: string; address: string; score: number }[] }).rows
        .filter((r) => r.status === 'counted')
        .map((r) => `${r.address} ${r.score}`);
    expect(counted(takeout.stdout)).toHaveLength(14);
    expect(counted(takeout.stdout)).toEqual(counted(folder.stdout));
    const takeoutResult = JSON.parse(takeout.stdout) as { rows: { status: string }[] };
    expect(takeoutResult.rows.at(-1)!.status).toBe('own');
    expect(JSON.parse(folder.stdout).notes).toEqual([
      'not read (only .eml and .msg files are): notes.txt',
    ]);
  }, 60_000);

  it('writes Chinese drafts for the other quiz in the same mailbox, threaded under the taker’s message', async () => {
    const drafts = path.join(scratch(), 'drafts');
    const result = await grade([
      'quality-and-coaching',
      path.join(mailboxFixtures, 'eml-folder'),
      '--drafts',
      drafts,
    ]);
    expect(result.stdout).toMatch(/^5 +王小明 +xiaoming\.wang@example\.cn .+ zh +9\/10$/m);
    expect(readdirSync(drafts)).toEqual([
      '005-xiaoming-wang.eml',
      '011-priya-raman.eml',
      '021-li-na.eml',
      '022-zhang-wei.eml',
      '023-emma-berg.eml',
    ]);
    const mail = await PostalMime.parse(readFileSync(path.join(drafts, '005-xiaoming-wang.eml')));
    expect(mail.to).toEqual([{ name: '王小明', address: 'xiaoming.wang@example.cn' }]);
    expect(mail.subject).toBe('Re: 质检与辅导');
    expect(mail.inReplyTo).toBe('<CAF8x2kTq1y9QJ0Zr+example@mail.gmail.com>');
    expect(mail.text).toContain('王小明，您好：');
    expect(mail.text).toContain('您的得分：9/10。');
  }, 60_000);
});
