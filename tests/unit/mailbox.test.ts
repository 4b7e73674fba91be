import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMbox, joinMbox, listMailFolder, MboxReader, splitMbox } from '~/lib/email/mailbox';
import { mailboxFixtures, sampleMailboxFiles } from '../support/sample-mailbox';

const text = (messages: Buffer[]) => messages.map((m) => m.toString('utf8'));

describe('splitting an mbox into messages', () => {
  it('splits Thunderbird folders on "From - " lines and undoes ">From " escaping', () => {
    const mbox = [
      'From - Mon Mar  2 18:02:11 2026',
      'Subject: one',
      '',
      '1. a',
      '>From what I remember, 3 was hard.',
      '>>From quoted twice',
      '',
      'From - Tue Mar  3 08:00:00 2026',
      'Subject: two',
      '',
      '1. b',
      '',
    ].join('\n');
    expect(text(splitMbox(Buffer.from(mbox)))).toEqual([
      'Subject: one\n\n1. a\nFrom what I remember, 3 was hard.\n>From quoted twice\n',
      'Subject: two\n\n1. b\n',
    ]);
  });

  it('splits Gmail Takeout exports (numeric sender, +0000 dates, CRLF) and keeps their headers', () => {
    const mbox = [
      'From 1790000000000000001@xxx Mon Mar 02 18:02:11 +0000 2026',
      'X-GM-THRID: 1790000000000000000',
      'X-Gmail-Labels: Inbox,Opened',
      'Subject: one',
      '',
      'body',
      '',
      'From 1790000000000000002@xxx Tue Mar 03 08:00:00 +0000 2026',
      'Subject: two',
      '',
      'body two',
      '',
    ].join('\r\n');
    const messages = text(splitMbox(Buffer.from(mbox)));
    expect(messages).toEqual([
      'X-GM-THRID: 1790000000000000000\r\nX-Gmail-Labels: Inbox,Opened\r\nSubject: one\r\n\r\nbody\r\n',
      'Subject: two\r\n\r\nbody two\r\n',
    ]);
  });

  it('does not split at a body line that starts with "From " but is no separator', () => {
    const mbox =
      'From - Mon Mar  2 18:02:11 2026\nSubject: a\n\nHi\n\nFrom here on, my answers\n1. a\n';
    expect(splitMbox(Buffer.from(mbox))).toHaveLength(1);
  });

  it('gives the same messages when the bytes arrive in small chunks', () => {
    const whole = readFileSync(path.join(mailboxFixtures, 'gmail-takeout.mbox'));
    const reader = new MboxReader();
    const chunked: Buffer[] = [];
    for (let at = 0; at < whole.length; at += 37)
      chunked.push(...reader.push(whole.subarray(at, at + 37)));
    chunked.push(...reader.end());
    expect(chunked.map((m) => m.toString('latin1'))).toEqual(
      splitMbox(whole).map((m) => m.toString('latin1')),
    );
  });

  it('round-trips messages through joinMbox in both styles, escaping lines that start with From', () => {
    const messages = [
      {
        bytes: Buffer.from('Subject: a\n\nFrom me\n>From you\n'),
        date: new Date('2026-03-02T18:02:11Z'),
      },
      { bytes: Buffer.from('Subject: b\r\n\r\nb\r\n'), date: new Date('2026-03-03T08:00:00Z') },
    ];
    for (const style of ['thunderbird', 'takeout'] as const) {
      const mbox = joinMbox(messages, style);
      expect(isMbox(mbox)).toBe(true);
      expect(mbox.toString()).toContain('\n>From me\n>>From you\n');
      expect(text(splitMbox(mbox))).toEqual(messages.map((m) => m.bytes.toString()));
    }
  });

  it('tells an mbox from a single saved email by its first line', () => {
    expect(isMbox(Buffer.from('From - Mon Mar  2 18:02:11 2026\nSubject: a\n'))).toBe(true);
    expect(isMbox(Buffer.from('From: Anna <a@example.com>\nSubject: a\n'))).toBe(false);
  });

  it('splits 1,000 messages without slowing down per message', () => {
    const one = { bytes: Buffer.from(`Subject: x\n\n${'1. a\n'.repeat(200)}`), date: new Date() };
    const mbox = joinMbox(
      Array.from({ length: 1000 }, () => one),
      'thunderbird',
    );
    expect(splitMbox(mbox)).toHaveLength(1000);
  });
});

describe('a folder of saved emails', () => {
  it('lists the .eml and Outlook .msg files in numeric order and names every other file as ignored', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'eml-'));
    for (const name of ['10-b.eml', '2-a.EML', '3-outlook.msg', 'notes.txt', '.DS_Store'])
      writeFileSync(path.join(folder, name), '');
    expect(listMailFolder(folder)).toEqual({
      messages: ['2-a.EML', '3-outlook.msg', '10-b.eml'],
      ignored: ['.DS_Store', 'notes.txt'],
    });
  });
});

describe('the sample mailbox', () => {
  it('is committed as tests/support/sample-mailbox.ts generates it', () => {
    for (const [file, bytes] of sampleMailboxFiles())
      expect(readFileSync(path.join(mailboxFixtures, file)).equals(bytes), file).toBe(true);
  });
});
