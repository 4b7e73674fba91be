/**
 * Outlook .msg files (what Outlook saves with File → Save As → "Outlook Message Format" or when a
 * message is dragged out of classic Outlook): a Compound File, not MIME, so postal-mime cannot
 * read it. @kenjiuno/msgreader (pure JavaScript, maintained) reads its property streams; this
 * module maps them to the same {@link ReadMessage} as an .eml.
 */
import MsgReaderExport from '@kenjiuno/msgreader';
import { compoundFileProblem } from './compound-file';
import type { ReadMessage, ReadOutcome } from './read-message';

/** The CommonJS default export: Node hands over `module.exports`, bundlers the class itself. */
const MsgReader = ((MsgReaderExport as unknown as { default?: typeof MsgReaderExport }).default ??
  MsgReaderExport) as typeof MsgReaderExport;

/** The Compound File signature that every .msg (and old .doc/.xls) starts with. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB_MAGIC.every((byte, i) => bytes[i] === byte);
}

/** Windows code pages of an HTML body, as TextDecoder labels. */
const CODE_PAGES: Record<number, string> = {
  65001: 'utf-8',
  1252: 'windows-1252',
  1250: 'windows-1250',
  1251: 'windows-1251',
  28591: 'iso-8859-1',
  936: 'gbk',
  54936: 'gb18030',
  950: 'big5',
};

/**
 * Reads an Outlook .msg: sender (the SMTP address, not Exchange's internal one), subject, sent
 * date, and the plain-text body, else the HTML body via `htmlToText`.
 */
export function readOutlookMsg(
  bytes: Uint8Array,
  htmlToText: (html: string) => string,
): ReadOutcome {
  const damaged = compoundFileProblem(bytes);
  if (damaged)
    return {
      ok: false,
      problem: `This Outlook .msg file is damaged (${damaged}): save the message again from Outlook, or forward it as an email and save that.`,
    };
  let data: ReturnType<InstanceType<typeof MsgReader>['getFileData']>;
  try {
    data = new MsgReader(
      new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    ).getFileData();
  } catch {
    data = { dataType: null };
  }
  // Every Outlook item has a message class (IPM.Note for an email); a Word file has none.
  if (data.dataType !== 'msg' || data.error || !data.messageClass)
    return {
      ok: false,
      problem:
        'This file is a Compound File (like .msg, .doc or .xls) but not an Outlook message: nothing to grade.',
    };
  let text = data.body ?? '';
  if (!text.trim()) {
    const html =
      data.bodyHtml ??
      (data.html &&
        new TextDecoder(CODE_PAGES[data.internetCodepage ?? 65001] ?? 'utf-8').decode(data.html));
    if (html) text = htmlToText(html);
  }
  if (!text.trim())
    return {
      ok: false,
      problem: data.compressedRtf
        ? 'This Outlook .msg keeps its text only as RTF, which the grader does not read: open it in Outlook and save it with File → Save As → "Text Only", or forward it as an email.'
        : 'No text found in this Outlook .msg: nothing to grade.',
    };
  const address = [data.senderSmtpAddress, data.senderEmail].find((a) => a?.includes('@'));
  const sent = data.clientSubmitTime ?? data.messageDeliveryTime;
  const language = /^content-language:\s*(.+)$/imu.exec(data.headers ?? '')?.[1]?.trim();
  const message: ReadMessage = {
    ...(address && { from: { name: data.senderName ?? '', address } }),
    ...(data.subject !== undefined && { subject: data.subject }),
    ...(sent && { date: new Date(sent).toISOString() }),
    ...(data.messageId && { messageId: data.messageId }),
    ...(language && { language }),
    text: text.replace(/\r\n?/g, '\n'),
  };
  return { ok: true, message };
}
