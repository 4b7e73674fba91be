/**
 * The sample mailbox of quiz replies (fictional takers) in the three shapes the grader reads:
 * tests/fixtures/mailboxes/thunderbird-inbox.mbox (LF, Thunderbird's separators and headers),
 * gmail-takeout.mbox (CRLF, Takeout's separators, X-GM-THRID and X-Gmail-Labels, plus one message
 * the author sent) and eml-folder/ (one .eml per message and a file that is not one). Built from
 * the single-email fixtures in tests/fixtures/emails/ and the replies below, written in plain
 * 8-bit, quoted-printable, base64 and HTML-only as mail clients send them.
 * Regenerate after editing: npx tsx tests/support/sample-mailbox.ts
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodeWords, formatAddress, quotedPrintable } from '~/lib/email/draft-message';
import { joinMbox } from '~/lib/email/mailbox';
import { fileSlug } from '~/lib/quiz-batch-report';
import { projectRoot } from './paths';

export const mailboxFixtures = path.join(projectRoot, 'tests/fixtures/mailboxes');
const emails = path.join(projectRoot, 'tests/fixtures/emails');

type Encoding = '8bit' | 'quoted-printable' | 'base64' | 'html';

interface Reply {
  name?: string;
  address?: string;
  date: string;
  subject: string;
  body: string;
  encoding: Encoding;
  language?: string;
}

const CCM_EN = 'Quiz answers: Contact centre metrics: how well do you know them?';
const CCM_DE = 'Quiz-Antworten: Kennzahlen im Kundenservice: Wie gut kennen Sie sie?';

/** `c a d b` → "1. c\n2. a…" (`-` stays: left blank; anything longer is written as given). */
const lines = (answers: string, format = (n: number, a: string) => `${n}. ${a}`) =>
  answers
    .split(' ')
    .map((a, i) => format(i + 1, a.replace(/_/g, ' ')))
    .join('\n');

const frage = (n: number, a: string) => `Frage ${n}: ${a}`;
const ti = (n: number, a: string) => `第${n}题 ${a}`;

/** The replies besides the single-email fixtures; in mailbox order. */
const REPLIES: Reply[] = [
  {
    name: 'Amara Okafor',
    address: 'amara.okafor@example.com',
    date: 'Mon, 2 Mar 2026 18:02:11 +0000',
    subject: CCM_EN,
    encoding: '8bit',
    body: `Hi Morgan,\n\n${lines('c a d b b d a c d b')}\n\nFrom what I remember, 3 was the hardest.\n\nThanks!\nAmara\n`,
  },
  {
    name: 'Lukas Brandt',
    address: 'Lukas.Brandt@example.de',
    date: 'Fri, 6 Mar 2026 20:15:00 +0100',
    subject: `Re: ${CCM_DE}`,
    encoding: '8bit',
    language: 'de',
    body: `Hallo,\n\nich habe noch einmal nachgedacht, hier meine neuen Antworten:\n\n${lines('c a d b a d b c d b', frage)}\n\nViele Grüße\nLukas\n`,
  },
  {
    name: 'Sofia Lindqvist',
    address: 'sofia.lindqvist@example.se',
    date: 'Tue, 3 Mar 2026 07:45:30 +0100',
    subject: CCM_EN,
    encoding: 'quoted-printable',
    body: `Hello,\n\nQuiz: Contact centre metrics: how well do you know them? (contact-center-metrics)\nName: Sofia Lindqvist\n\n${lines('c b d a b d b a d b')}\n\nBest regards,\nSofia — Göteborg\n`,
  },
  {
    name: 'Tomás Ferreira',
    address: 'tomas.ferreira@example.pt',
    date: 'Tue, 3 Mar 2026 12:01:00 +0000',
    subject: CCM_EN,
    encoding: 'base64',
    body: `Hi,\n\nmy answers: ${lines('c a c b b a b a d b').replace(/\n/g, ', ')}\n\nCheers, Tomás\n`,
  },
  {
    name: 'Lukas Brandt',
    address: 'lukas.brandt@example.de',
    date: 'Wed, 4 Mar 2026 08:00:00 +0100',
    subject: CCM_DE,
    encoding: '8bit',
    language: 'de',
    body: `Hallo,\n\n${lines('c b d b a d b c d b', frage)}\n\nGrüße\nLukas Brandt\n`,
  },
  {
    name: 'Hannah Vogel',
    address: 'hannah.vogel@example.at',
    date: 'Wed, 4 Mar 2026 10:30:00 +0100',
    subject: CCM_DE,
    encoding: 'quoted-printable',
    language: 'de-AT',
    body: `Grüß Gott,\n\nQuiz: Kennzahlen im Kundenservice: Wie gut kennen Sie sie? (contact-center-metrics)\nName: Hannah Vogel\n\n${lines('c b d b b d b c d -')}\n\nLiebe Grüße aus Wien\nHannah\n`,
  },
  {
    name: 'Ravi Menon',
    address: 'ravi.menon@example.in',
    date: 'Wed, 4 Mar 2026 15:10:00 +0530',
    subject: CCM_EN,
    encoding: '8bit',
    body: `Dear Morgan,\n\n${lines('c b d b b d b a d b')}\n\nRegards,\nRavi\n`,
  },
  {
    name: 'Greta Schulz',
    address: 'greta.schulz@example.de',
    date: 'Thu, 5 Mar 2026 09:00:00 +0100',
    subject: CCM_DE,
    encoding: 'quoted-printable',
    language: 'de',
    body: `Guten Tag,\n\nmeine Antworten: ${lines('c a d b a a b c d b').replace(/\n/g, ', ')}\n\nMit freundlichen Grüßen\nGreta Schulz\n`,
  },
  {
    name: 'Mei Chen',
    address: 'mei.chen@example.sg',
    date: 'Thu, 5 Mar 2026 11:11:11 +0800',
    subject: CCM_EN,
    encoding: '8bit',
    body: `Hi!\n\n${lines('c b d b b d b c b b')}\n\nThanks, Mei\n`,
  },
  {
    name: 'Jonas Keller',
    address: 'jonas.keller@example.ch',
    date: 'Thu, 5 Mar 2026 17:20:00 +0100',
    subject: `AW: ${CCM_DE}`,
    encoding: '8bit',
    language: 'de-CH',
    body: `Hallo Morgan,\n\nich schicke die Antworten nächste Woche, gerade ist zu viel los.\n\nGruss\nJonas\n`,
  },
  {
    name: 'Olivia Grant',
    address: 'olivia.grant@example.co.uk',
    date: 'Fri, 6 Mar 2026 09:30:00 +0000',
    subject: CCM_EN,
    encoding: '8bit',
    body: `Hello,\n\n${lines('c a_or_b d b b d a c d b')}\n\nKind regards,\nOlivia\n`,
  },
  {
    name: 'Felix Wagner',
    address: 'felix.wagner@example.de',
    date: 'Fri, 6 Mar 2026 13:00:00 +0100',
    subject: CCM_DE,
    encoding: 'html',
    language: 'de',
    body: `<html><body><p>Hallo,</p><div>${lines('c b d b b d b c d b').replace(/\n/g, '<br>')}</div><p>Viele Grüße<br>Felix</p></body></html>`,
  },
  {
    name: 'Nadia Haddad',
    address: 'nadia.haddad@example.com',
    date: 'Sat, 7 Mar 2026 08:08:08 +0000',
    subject: CCM_EN,
    encoding: '8bit',
    body: `Hi,\n\n${lines('c b d b b d b c d b')}\n\nThanks,\nNadia\n`,
  },
  {
    date: 'Sat, 7 Mar 2026 10:00:00 +0000',
    subject: CCM_EN,
    encoding: '8bit',
    body: `Name: Peter Novak\n\n${lines('c a d b b d a c d b')}\n`,
  },
  {
    name: '李娜',
    address: 'li.na@example.cn',
    date: 'Sun, 8 Mar 2026 09:15:00 +0800',
    subject: '回复：质检与辅导：你的质检项目真的改变了行为吗？',
    encoding: 'base64',
    body: `您好：\n\n姓名：李娜\n\n${lines('b d c b c b d a d b', ti)}\n\n谢谢！\n李娜\n`,
  },
  {
    name: '张伟',
    address: 'zhang.wei@example.cn',
    date: 'Sun, 8 Mar 2026 14:40:00 +0800',
    subject: '测验答案：质检与辅导：你的质检项目真的改变了行为吗？',
    encoding: 'quoted-printable',
    body: `你好，\n\n我的答案：\n${lines('b a c a c b d a c b')}\n\n张伟\n`,
  },
  {
    name: 'Emma Berg',
    address: 'emma.berg@example.no',
    date: 'Mon, 9 Mar 2026 07:00:00 +0000',
    subject: 'Quiz answers: Quality and coaching: does your QA programme change behaviour?',
    encoding: '8bit',
    body: `Hi,\n\n${lines('b d a a c b d a d b')}\n\nEmma\n`,
  },
];

/** The single-email fixtures, placed among the replies (index in the final mailbox order). */
const FIXTURES: [number, string][] = [
  [1, 'thunderbird-quoted-printable-de.eml'],
  [4, 'gmail-base64-zh.eml'],
  [7, 'old-client-latin1-de.eml'],
  [10, 'apple-mail-alternative-en.eml'],
  [13, 'outlook-html-only-en.eml'],
  [16, 'attachment-only.eml'],
];

function encodeBody(reply: Reply): { headers: string[]; body: string } {
  const type = reply.encoding === 'html' ? 'text/html' : 'text/plain';
  const headers = [`Content-Type: ${type}; charset=UTF-8`];
  if (reply.encoding === 'base64') {
    const b64 = Buffer.from(reply.body).toString('base64');
    return {
      headers: [...headers, 'Content-Transfer-Encoding: base64'],
      body: b64.replace(/.{76}/g, '$&\n'),
    };
  }
  if (reply.encoding === '8bit')
    return { headers: [...headers, 'Content-Transfer-Encoding: 8bit'], body: reply.body };
  return {
    headers: [...headers, 'Content-Transfer-Encoding: quoted-printable'],
    body: quotedPrintable(reply.body).replace(/\r\n/g, '\n'),
  };
}

/** One reply as the bytes of an .eml file (LF line endings, as saved on Linux and macOS). */
function replyMessage(reply: Reply, n: number): Buffer {
  const { headers, body } = encodeBody(reply);
  const domain = reply.address?.split('@')[1] ?? 'example.invalid';
  const head = [
    ...(reply.address
      ? [`From: ${formatAddress({ name: reply.name, address: reply.address })}`]
      : []),
    'To: Quiz <quiz@example.com>',
    `Subject: ${encodeWords(reply.subject).replace(/\r\n/g, '\n')}`,
    `Date: ${reply.date}`,
    `Message-ID: <sample-${n}.${Date.parse(reply.date).toString(36)}@${domain}>`,
    ...(reply.language ? [`Content-Language: ${reply.language}`] : []),
    'MIME-Version: 1.0',
    ...headers,
  ];
  return Buffer.from(`${head.join('\n')}\n\n${body}${body.endsWith('\n') ? '' : '\n'}`);
}

export interface SampleMessage {
  file: string;
  bytes: Buffer;
  date: Date;
}

/** Every message of the sample mailbox, in mailbox order. */
export function sampleMessages(): SampleMessage[] {
  const messages: SampleMessage[] = REPLIES.map((reply, i) => {
    const slug =
      fileSlug(reply.name ?? '') || fileSlug(reply.address?.split('@')[0] ?? '') || 'no-sender';
    return {
      file: `${slug}.eml`,
      bytes: replyMessage(reply, i + 1),
      date: new Date(reply.date),
    };
  });
  for (const [at, file] of FIXTURES) {
    const bytes = readFileSync(path.join(emails, file));
    const date = /^Date: (.+)$/m.exec(bytes.toString('latin1'))![1]!;
    messages.splice(at, 0, { file, bytes, date: new Date(date) });
  }
  return messages.map((m, i) => ({ ...m, file: `${String(i + 1).padStart(2, '0')}-${m.file}` }));
}

/** The author's own message in Gmail's "All mail": labelled Sent, from the quiz address. */
const SENT = Buffer.from(
  [
    'X-GM-THRID: 1790000000000000999',
    'X-Gmail-Labels: Sent,Opened',
    'From: Morgan Reyes <quiz@example.com>',
    'To: amara.okafor@example.com',
    'Subject: Re: Quiz answers: Contact centre metrics: how well do you know them?',
    'Date: Tue, 10 Mar 2026 09:00:00 +0000',
    'Message-ID: <sent-1@example.com>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    'Hello Amara,',
    '',
    'thank you for taking the quiz. Your score: 10/10.',
    '',
  ].join('\n'),
);

const crlf = (bytes: Buffer) =>
  Buffer.from(bytes.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');

/** Gmail Takeout's headers in front of each message, CRLF line endings, and the author's sent reply. */
function takeoutMessages(messages: readonly SampleMessage[]) {
  const withHeaders = messages.map((m, i) => ({
    date: m.date,
    bytes: crlf(
      Buffer.concat([
        Buffer.from(
          `X-GM-THRID: ${1790000000000000000n + BigInt(i)}\nX-Gmail-Labels: Inbox,Opened,Category Personal\n`,
        ),
        m.bytes,
      ]),
    ),
  }));
  return [...withHeaders, { date: new Date('2026-03-10T09:00:00Z'), bytes: crlf(SENT) }];
}

/** Thunderbird's own headers in front of each message. */
function thunderbirdMessages(messages: readonly SampleMessage[]) {
  return messages.map((m) => ({
    date: m.date,
    bytes: Buffer.concat([
      Buffer.from('X-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\n'),
      m.bytes,
    ]),
  }));
}

/** The sample mailbox files, by path relative to tests/fixtures/mailboxes/. */
export function sampleMailboxFiles(): Map<string, Buffer> {
  const messages = sampleMessages();
  const files = new Map<string, Buffer>([
    ['thunderbird-inbox.mbox', joinMbox(thunderbirdMessages(messages), 'thunderbird')],
    ['gmail-takeout.mbox', joinMbox(takeoutMessages(messages), 'takeout')],
    [
      'eml-folder/notes.txt',
      Buffer.from('Not an email: the grader names this file and skips it.\n'),
    ],
  ]);
  for (const m of messages) files.set(`eml-folder/${m.file}`, m.bytes);
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync(path.join(mailboxFixtures, 'eml-folder'), { recursive: true, force: true });
  for (const [file, bytes] of sampleMailboxFiles()) {
    mkdirSync(path.dirname(path.join(mailboxFixtures, file)), { recursive: true });
    writeFileSync(path.join(mailboxFixtures, file), bytes);
  }
  console.log(
    `Wrote ${readdirSync(path.join(mailboxFixtures, 'eml-folder')).length} files to eml-folder/ and two .mbox files in ${mailboxFixtures}`,
  );
}
