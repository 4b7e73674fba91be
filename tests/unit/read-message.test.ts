import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText, isMessage, readMessage } from '~/lib/email/read-message';
import { burn } from '@kenjiuno/msgreader/lib/Burner';
import { TypeEnum } from '@kenjiuno/msgreader/lib/Reader';
import { outlookMsg } from '../support/outlook-msg';
import { outlookFixture } from '../support/outlook-msg-fixture';
import { projectRoot } from '../support/paths';
import { runTsx } from '../support/run';

const fixtures = path.join(projectRoot, 'tests/fixtures/emails');
const bytes = (file: string) => readFileSync(path.join(fixtures, file));
const utf8 = (text: string) => new TextEncoder().encode(text);

async function read(file: string) {
  const outcome = await readMessage(bytes(file));
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.message;
}

describe('reading saved emails', () => {
  it('decodes quoted-printable, joining soft line breaks inside the answers (Thunderbird)', async () => {
    const message = await read('thunderbird-quoted-printable-de.eml');
    expect(message.from).toEqual({ name: 'Zoë Müller', address: 'zoe.mueller@example.org' });
    expect(message.language).toBe('de-DE');
    expect(message.text).toContain('Name: Zoë Müller');
    expect(message.text).toContain('„Kennzahlen im Kundenservice“');
    expect(message.text).toMatch(/^Frage 2: a$/m);
    expect(message.text).toMatch(/^Frage 4: b$/m);
    expect(message.text).not.toContain('=C3');
  });

  it('decodes base64 UTF-8 Chinese and prefers the text part (Gmail)', async () => {
    const message = await read('gmail-base64-zh.eml');
    expect(message.from).toEqual({ name: '王小明', address: 'xiaoming.wang@example.cn' });
    expect(message.subject).toBe('回复：质检与辅导');
    expect(message.text).toContain('姓名：王小明');
    expect(message.text).toMatch(/^第10题 b$/m);
    expect(message.text).not.toContain('<div>');
  });

  it('decodes ISO-8859-1 8-bit text without replacement characters (old client)', async () => {
    const message = await read('old-client-latin1-de.eml');
    expect(message.from?.name).toBe('Jürgen Weiß');
    expect(message.text).toContain('Name: Jürgen Weiß');
    expect(message.text).not.toContain('\uFFFD');
  });

  it('takes the text part of multipart/alternative, not the HTML (Apple Mail)', async () => {
    const message = await read('apple-mail-alternative-en.eml');
    expect(message.from).toEqual({ name: 'Priya Raman', address: 'priya.raman@example.co.uk' });
    expect(message.messageId).toBe('<A1B2C3D4-E5F6-4789-9ABC-DEF012345678@example.co.uk>');
    expect(message.text).toMatch(/^6\. b$/m);
    expect(message.text).not.toMatch(/<div>|=\r?\n/);
  });

  it('turns an HTML-only message into lines of text (Outlook/Exchange)', async () => {
    const message = await read('outlook-html-only-en.eml');
    expect(message.language).toBe('en-GB');
    expect(message.date).toBe('2026-03-09T11:20:13.000Z');
    expect(message.text).toContain('Name: Dan O’Brien & team');
    expect(message.text).toMatch(/^1\. c$/m);
    expect(message.text).toMatch(/^10\. d$/m);
    expect(message.text).toMatch(/^Kind regards\nDan$/m);
    expect(message.text).not.toMatch(/MsoNormal|&nbsp;|<p/);
  });

  it('says there is no text part when a message has only an attachment', async () => {
    const outcome = await readMessage(bytes('attachment-only.eml'));
    expect(outcome).toEqual({ ok: false, problem: expect.stringMatching(/no text part found/i) });
  });

  it('passes plain text through as it is, even when it starts with "Name:"', async () => {
    const text = 'Name: Anna\n\n1. a\n2. =C3 b\n';
    expect(isMessage(utf8(text))).toBe(false);
    expect(await readMessage(utf8(text))).toEqual({ ok: true, message: { text } });
  });

  it('recognises a whole message pasted on standard input by its header lines', () => {
    expect(isMessage(utf8('From: a@example.com\nSubject: Re: quiz\n\n1. a\n'))).toBe(true);
    expect(isMessage(utf8('Hi,\nhere are my answers:\n\n1. a\n'))).toBe(false);
  });

  it('keeps line breaks for <br>, <p>, <div> and <li> and decodes entities', () => {
    expect(
      htmlToText('<p>A &amp; B</p><div>1.&nbsp;a<br/>2. b</div><ul><li>3. &#99;</li></ul>'),
    ).toBe('A & B\n\n1. a\n2. b\n\n3. c');
  });
});

describe('reading Outlook .msg files', () => {
  it('is the genuine Compound File the generator writes', () => {
    const file = bytes('outlook-unicode-en.msg');
    expect([...file.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    expect(Buffer.from(outlookMsg(outlookFixture)).equals(file)).toBe(true);
  });

  it('maps sender, subject, sent date and the plain-text body', async () => {
    const message = await read('outlook-unicode-en.msg');
    expect(message.from).toEqual({
      name: 'Ngozi Adeyemi',
      address: 'ngozi.adeyemi@corp.example.com',
    });
    expect(message.subject).toBe('RE: Contact centre metrics: how well do you know them?');
    expect(message.date).toBe('2026-03-12T09:30:00.000Z');
    expect(message.text).toMatch(/^Here are my answers:\n\n1\. c\n2\. a$/m);
    expect(message.text).not.toContain('\r');
  });

  it('turns the HTML body into text when the .msg has no plain-text body', async () => {
    const msg = outlookMsg({
      ...outlookFixture,
      body: undefined,
      html: '<p>1.&nbsp;c</p><p>2. a</p>',
    });
    const outcome = await readMessage(msg);
    expect(outcome).toMatchObject({ ok: true, message: { text: '1. c\n\n2. a' } });
  });

  it.each([
    [
      'zeroed sectors (every chain points back to sector 0)',
      (f: Uint8Array) => {
        const copy = new Uint8Array(f);
        copy.fill(0, 512);
        return copy;
      },
    ],
    ['a file cut off halfway', (f: Uint8Array) => f.slice(0, Math.floor(f.length / 2))],
    [
      'a directory chain that points to itself',
      (f: Uint8Array) => {
        const copy = new Uint8Array(f);
        const view = new DataView(copy.buffer);
        const directory = view.getUint32(0x30, true);
        const fatSector = view.getUint32(0x4c, true);
        view.setUint32((fatSector + 1) * 512 + directory * 4, directory, true);
        return copy;
      },
    ],
  ])('answers in one line, without hanging, for a damaged .msg: %s', async (_, damage) => {
    const outcome = await readMessage(damage(bytes('outlook-unicode-en.msg')));
    expect(outcome).toEqual({
      ok: false,
      problem: expect.stringMatching(
        /^This Outlook \.msg file is damaged \(.+\): save the message again/,
      ),
    });
  });

  it('says what it is when a Compound File is not an Outlook message (an old Word file)', async () => {
    const doc = new Uint8Array(Buffer.from('not a message'));
    const word = burn([
      { name: 'Root Entry', type: TypeEnum.ROOT, length: 0, children: [1] },
      {
        name: 'WordDocument',
        type: TypeEnum.DOCUMENT,
        length: doc.length,
        binaryProvider: () => doc,
      },
    ]);
    const outcome = await readMessage(word);
    expect(outcome).toEqual({
      ok: false,
      problem: expect.stringMatching(/not an Outlook message/),
    });
  });
});

describe.concurrent('npm run grade with saved emails', () => {
  const grade = (quiz: string, file: string) =>
    runTsx('scripts/grade-quiz.ts', [quiz, path.join(fixtures, file)]);

  it.each([
    ['thunderbird-quoted-printable-de.eml', 'contact-center-metrics', 8, 'Hallo Zoë Müller,'],
    ['gmail-base64-zh.eml', 'quality-and-coaching', 9, '王小明，您好：'],
    ['old-client-latin1-de.eml', 'contact-center-metrics', 6, 'Hallo Jürgen Weiß,'],
    ['apple-mail-alternative-en.eml', 'quality-and-coaching', 10, 'Hello Priya Raman,'],
    ['outlook-html-only-en.eml', 'contact-center-metrics', 7, "Hello O'Brien, Dan,"],
    ['outlook-unicode-en.msg', 'contact-center-metrics', 9, 'Hello Ngozi Adeyemi,'],
  ])('grades %s against %s: %i/10, greeting the sender', async (file, quiz, score, greeting) => {
    const result = await grade(quiz, file);
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toContain(`score: ${score}/10`);
    expect(result.stdout).toContain(greeting);
  });

  it('grades a whole message piped to standard input', async () => {
    const result = await runTsx('scripts/grade-quiz.ts', ['quality-and-coaching'], {
      input: bytes('apple-mail-alternative-en.eml').toString('latin1'),
    });
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toContain('From: Priya Raman <priya.raman@example.co.uk>');
    expect(result.stdout).toContain('score: 10/10');
  });

  it('stops with "no text part found" instead of a silent 0/10', async () => {
    const result = await grade('contact-center-metrics', 'attachment-only.eml');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no text part found/i);
    expect(result.stdout).not.toContain('score:');
  });
});
