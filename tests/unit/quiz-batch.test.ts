import path from 'node:path';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/content-check';
import { composeDraft, encodeWords, replySubject } from '~/lib/email/draft-message';
import { useTranslations } from '~/lib/i18n';
import { gradeMailbox, type MailboxMessage } from '~/lib/quiz-batch';
import { fileSlug, mailboxCsv, replyDrafts, toCsv } from '~/lib/quiz-batch-report';
import { projectRoot } from '../support/paths';

const content = checkContent(path.join(projectRoot, 'tests/fixtures/valid'));

/** A decoded reply to the fixture's queue-quiz (options a–c, a–b, a–b; key a, b, a). */
function reply(
  address: string | undefined,
  date: string | undefined,
  text: string,
): MailboxMessage {
  return {
    source: `message from ${address}`,
    outcome: {
      ok: true,
      message: {
        ...(address && { from: { name: address.split('@')[0]!, address } }),
        ...(date && { date }),
        subject: 'Quiz answers: Queue quiz',
        messageId: `<${address}-${date}@example.com>`,
        text,
      },
    },
  };
}

const MAILBOX: MailboxMessage[] = [
  reply('anna@example.com', '2026-03-01T10:00:00.000Z', '1. a\n2. b\n3. a'),
  reply('ben@example.com', '2026-03-02T10:00:00.000Z', '1. a\n2. a\n3. b'),
  reply('Anna@Example.com', '2026-03-05T10:00:00.000Z', '1. a\n2. a\n3. a'),
  reply('cara@example.com', '2026-03-03T10:00:00.000Z', '1. a\n2. a\n3. -'),
  reply('dan@example.com', '2026-03-03T11:00:00.000Z', '1. a\n2. b\n3. a or b'),
  reply('eve@example.com', '2026-03-04T10:00:00.000Z', '1. a\n2. a\n3. b'),
  reply(undefined, '2026-03-04T12:00:00.000Z', 'Name: Nobody\n1. a'),
  reply('fay@example.com', '2026-03-04T13:00:00.000Z', 'Thanks, I will send my answers later.'),
  {
    source: 'message 9',
    outcome: { ok: false, problem: 'No text part found in the message.' },
    envelope: { from: { name: 'Gus', address: 'gus@example.com' } },
  },
];

function graded(messages = MAILBOX) {
  const outcome = gradeMailbox(content, 'queue-quiz', messages);
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.result;
}

describe('grading a mailbox', () => {
  it('counts the latest reply per address (by Date) and lists the earlier one as superseded', () => {
    const { rows } = graded();
    const anna = rows.filter((r) => r.address === 'anna@example.com');
    expect(anna.map((r) => [r.n, r.status, r.score])).toEqual([
      [1, 'superseded', 3],
      [3, 'counted', 2],
    ]);
    expect(anna[0]!.supersededBy).toBe(3);
  });

  it('falls back to mailbox order when a reply has no date', () => {
    const { rows } = graded([
      reply('anna@example.com', undefined, '1. a\n2. b\n3. a'),
      reply('anna@example.com', undefined, '1. b\n2. b\n3. a'),
    ]);
    expect(rows.map((r) => r.status)).toEqual(['superseded', 'counted']);
  });

  it('lists every message it cannot count, with the reason, and never drops one', () => {
    const result = graded();
    expect(result.rows).toHaveLength(MAILBOX.length);
    const problems = result.rows.filter((r) => r.status === 'problem');
    expect(problems.map((r) => [r.n, r.address, r.note])).toEqual([
      [7, undefined, expect.stringMatching(/no From address/)],
      [8, 'fay@example.com', expect.stringMatching(/No answers in this email/)],
      [9, 'gus@example.com', 'No text part found in the message.'],
    ]);
    expect(problems[0]!.name).toBe('Nobody');
    // three problem rows and one counted reply with an unreadable answer
    expect(result.problems).toBe(4);
  });

  it('gives per-question statistics over the counted takers', () => {
    const { stats } = graded();
    expect(stats).toEqual([
      {
        question: 1,
        correct: 'a',
        takers: 5,
        right: 5,
        share: 1,
        blank: 0,
        unreadable: 0,
        flags: ['too easy?'],
      },
      {
        question: 2,
        correct: 'b',
        takers: 5,
        right: 1,
        share: 0.2,
        mostChosenWrong: { option: 'a', count: 4 },
        blank: 0,
        unreadable: 0,
        flags: ['too hard?', 'misleading?'],
      },
      {
        question: 3,
        correct: 'a',
        takers: 5,
        right: 1,
        share: 0.2,
        mostChosenWrong: { option: 'b', count: 2 },
        blank: 1,
        unreadable: 1,
        flags: ['too hard?', 'misleading?'],
      },
    ]);
  });

  it('flags nothing with fewer than five takers', () => {
    const { stats } = graded(MAILBOX.slice(0, 2));
    expect(stats.flatMap((s) => s.flags)).toEqual([]);
  });

  it('names the known quizzes for an unknown one', () => {
    expect(gradeMailbox(content, 'nope', MAILBOX)).toEqual({
      ok: false,
      problem: 'No quiz named "nope". Known quizzes: queue-quiz',
    });
  });
});

describe('the CSV of results', () => {
  it('quotes commas, quotes and line breaks (RFC 4180), starts with a BOM and ends rows with CRLF', () => {
    expect(toCsv([["O'Brien, Dan", 'say "hi"', 'two\nlines', '王小明', 'Zoë']])).toBe(
      '\uFEFF"O\'Brien, Dan","say ""hi""","two\nlines",王小明,Zoë\r\n',
    );
  });

  it('keeps a spreadsheet from running a name as a formula', () => {
    expect(toCsv([['=HYPERLINK("x")', '@SUM(1)', '-1']])).toBe(
      '\uFEFF"\'=HYPERLINK(""x"")",\'@SUM(1),-1\r\n',
    );
  });

  it('has one row per message with the letters given, "-" for blank and "?" for unreadable', () => {
    const lines = mailboxCsv(graded()).slice(1).split('\r\n');
    expect(lines[0]).toBe('name,address,date,locale,score,total,q1,q2,q3,status');
    expect(lines[4]).toBe('cara,cara@example.com,2026-03-03T10:00:00.000Z,en,1,3,a,a,-,counted');
    expect(lines[5]).toBe('dan,dan@example.com,2026-03-03T11:00:00.000Z,en,2,3,a,b,?,counted');
    expect(lines[1]).toMatch(/,superseded: superseded by the later reply in row 3$/);
    expect(lines[9]).toBe('Gus,gus@example.com,,,,,,,,problem: No text part found in the message.');
  });
});

describe('reply drafts', () => {
  const parse = (eml: string) => PostalMime.parse(eml);

  it('threads a German reply under the taker’s message, with encoded name and subject', async () => {
    const eml = composeDraft({
      from: { name: 'Morgan Reyes', address: 'quiz@example.com' },
      to: { name: 'Zoë Müller', address: 'zoe.mueller@example.org' },
      repliedSubject: 'AW: Kennzahlen im Kundenservice – Quiz-Antworten',
      inReplyTo: '<reply-2@example.org>',
      references: '<quiz-1@example.com>',
      date: new Date('2026-03-10T09:00:00Z'),
      body: 'Hallo Zoë Müller,\n\nIhr Ergebnis: 8/10.\n\nViele Grüße\nMorgan Reyes',
    });
    expect([...eml].every((c) => c.charCodeAt(0) < 128)).toBe(true);
    expect(eml).toContain('\r\nX-Unsent: 1\r\n');
    const mail = await parse(eml);
    expect(mail.to).toEqual([{ name: 'Zoë Müller', address: 'zoe.mueller@example.org' }]);
    expect(mail.subject).toBe('Re: Kennzahlen im Kundenservice – Quiz-Antworten');
    expect(mail.inReplyTo).toBe('<reply-2@example.org>');
    expect(mail.references).toMatch(/^<quiz-1@example\.com>\s+<reply-2@example\.org>$/);
    expect(mail.text).toBe(
      'Hallo Zoë Müller,\n\nIhr Ergebnis: 8/10.\n\nViele Grüße\nMorgan Reyes\n',
    );
  });

  it('writes a Chinese reply that reads back the same', async () => {
    const body = '王小明，您好：\n\n您的得分：9/10。\n\n此致\nMorgan Reyes';
    const mail = await parse(
      composeDraft({
        from: { name: 'Morgan Reyes', address: 'quiz@example.com' },
        to: { name: '王小明', address: 'xiaoming.wang@example.cn' },
        repliedSubject: '回复：质检与辅导：你的质检项目真的改变了行为吗？',
        inReplyTo: '<CAF8x2kTq1y9QJ0Zr+example@mail.gmail.com>',
        date: new Date('2026-03-10T09:00:00Z'),
        body,
      }),
    );
    expect(mail.to?.[0]?.name).toBe('王小明');
    expect(mail.subject).toBe('Re: 质检与辅导：你的质检项目真的改变了行为吗？');
    expect(mail.references).toBe('<CAF8x2kTq1y9QJ0Zr+example@mail.gmail.com>');
    expect(mail.text?.replace(/\r\n/g, '\n').trim()).toBe(body);
  });

  it('never doubles the reply prefix, in any of the takers’ languages', () => {
    expect(replySubject('Re: RE: AW: Quiz')).toBe('Re: Quiz');
    expect(replySubject('回复：测验答案')).toBe('Re: 测验答案');
    expect(replySubject('Quiz answers: Queue quiz')).toBe('Re: Quiz answers: Queue quiz');
  });

  it('keeps each encoded word within 75 characters without splitting a character', () => {
    const words = encodeWords('质检与辅导'.repeat(10)).split('\r\n ');
    expect(words.length).toBeGreaterThan(1);
    expect(words.every((w) => w.length <= 75)).toBe(true);
  });

  it('writes one draft per counted taker, in mailbox order, with safe and unique file names', () => {
    const drafts = replyDrafts(graded(), {
      from: { name: 'Morgan Reyes', address: 'quiz@example.com' },
      translate: useTranslations,
      date: new Date('2026-03-10T09:00:00Z'),
    });
    expect(drafts.map((d) => d.file)).toEqual([
      '002-ben.eml',
      '003-anna.eml',
      '004-cara.eml',
      '005-dan.eml',
      '006-eve.eml',
    ]);
    expect(fileSlug('Zoë Müller')).toBe('zoe-muller');
    expect(fileSlug("O'Brien, Dan / Team")).toBe('o-brien-dan-team');
    expect(fileSlug('王小明')).toBe('');
  });
});
