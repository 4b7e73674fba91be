/**
 * Writes an Outlook .msg file as Outlook's "Outlook Message Format - Unicode" does: a Compound
 * File (CFB) whose streams follow [MS-OXMSG] — one `__substg1.0_<tag>` stream per string property
 * (UTF-16LE, type 001F), fixed-size properties (times, flags) in `__properties_version1.0` after
 * its 32-byte header, a named-property storage and one recipient storage. No Outlook runs here,
 * so the grader's .msg fixture is built with this, and the CFB container is written by the burner
 * of the same maintained package that reads it (@kenjiuno/msgreader).
 */
import { burn, type Entry } from '@kenjiuno/msgreader/lib/Burner';
import { TypeEnum } from '@kenjiuno/msgreader/lib/Reader';

export interface OutlookMessage {
  subject: string;
  senderName: string;
  senderEmail: string;
  recipientName: string;
  recipientEmail: string;
  /** When it was sent. */
  date: Date;
  body?: string;
  html?: string;
}

const utf16 = (text: string) => new Uint8Array(Buffer.from(`${text}`, 'utf16le'));

/** FILETIME: 100-ns intervals since 1601-01-01, as two little-endian 32-bit words. */
function filetime(date: Date): Uint8Array {
  const ticks = (BigInt(date.getTime()) + 11644473600000n) * 10000n;
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, ticks, true);
  return bytes;
}

/** `__properties_version1.0`: a header (32 bytes for the message, 8 for a recipient), then 16 bytes a property. */
function propertyStream(
  headerSize: number,
  header: number[],
  /** Variable-size properties: tag and size (strings with their terminating NUL). */
  variable: [number, number][],
  fixed: [number, Uint8Array][],
): Uint8Array {
  const bytes = new Uint8Array(headerSize + 16 * (variable.length + fixed.length));
  const view = new DataView(bytes.buffer);
  header.forEach((value, i) => view.setUint32(8 + 4 * i, value, true));
  let at = headerSize;
  for (const [tag, length] of variable) {
    view.setUint32(at, tag, true);
    view.setUint32(at + 4, 0x6, true); // readable | writable
    view.setUint32(at + 8, length, true);
    at += 16;
  }
  for (const [tag, value] of fixed) {
    view.setUint32(at, tag, true);
    view.setUint32(at + 4, 0x6, true);
    bytes.set(value, at + 8);
    at += 16;
  }
  return bytes;
}

const hex = (tag: number) => tag.toString(16).toUpperCase().padStart(8, '0');

/** The bytes of a .msg file holding `message`. */
export function outlookMsg(message: OutlookMessage): Uint8Array {
  const entries: Entry[] = [];
  const add = (name: string, type: TypeEnum, data?: Uint8Array): number => {
    entries.push({
      name,
      type,
      length: data?.length ?? 0,
      ...(data && { binaryProvider: () => data }),
      ...(type !== TypeEnum.DOCUMENT && { children: [] }),
    });
    return entries.length - 1;
  };
  const child = (parent: number, index: number) => entries[parent]!.children!.push(index);
  const strings = (parent: number, props: [number, string][]) =>
    props.map(([tag, text]) => {
      const data = utf16(text);
      child(parent, add(`__substg1.0_${hex(tag)}`, TypeEnum.DOCUMENT, data));
      return [tag, data.length + 2] as [number, number];
    });

  const root = add('Root Entry', TypeEnum.ROOT);
  const nameid = add('__nameid_version1.0', TypeEnum.DIRECTORY);
  child(root, nameid);
  for (const stream of ['00020102', '00030102', '00040102'])
    child(nameid, add(`__substg1.0_${stream}`, TypeEnum.DOCUMENT, new Uint8Array(0)));

  const messageStrings = strings(root, [
    [0x001a001f, 'IPM.Note'],
    [0x0037001f, message.subject],
    [0x0e1d001f, message.subject.replace(/^(?:re|aw|antw|回复)\s*[:：]\s*/iu, '')],
    [0x0c1a001f, message.senderName],
    [0x0c1f001f, message.senderEmail],
    [0x5d01001f, message.senderEmail],
    [0x0042001f, message.senderName],
    [0x0e04001f, message.recipientName],
    ...(message.body === undefined ? [] : ([[0x1000001f, message.body]] as [number, string][])),
  ]);
  const html = message.html === undefined ? undefined : new Uint8Array(Buffer.from(message.html));
  if (html) child(root, add('__substg1.0_10130102', TypeEnum.DOCUMENT, html));
  const time = filetime(message.date);
  const flags = new Uint8Array(8);
  flags[0] = 0x1; // MSGFLAG_READ
  child(
    root,
    add(
      '__properties_version1.0',
      TypeEnum.DOCUMENT,
      propertyStream(
        32,
        [1, 0, 1, 0], // next recipient id, next attachment id, recipient count, attachment count
        [...messageStrings, ...(html ? ([[0x10130102, html.length]] as [number, number][]) : [])],
        [
          [0x00390040, time], // PidTagClientSubmitTime
          [0x0e060040, time], // PidTagMessageDeliveryTime
          [0x0e070003, flags], // PidTagMessageFlags
        ],
      ),
    ),
  );

  const recipient = add('__recip_version1.0_#00000000', TypeEnum.DIRECTORY);
  child(root, recipient);
  const recipientType = new Uint8Array(8);
  recipientType[0] = 0x1; // MAPI_TO
  const recipientStrings = strings(recipient, [
    [0x3001001f, message.recipientName],
    [0x3003001f, message.recipientEmail],
    [0x39fe001f, message.recipientEmail],
  ]);
  child(
    recipient,
    add(
      '__properties_version1.0',
      TypeEnum.DOCUMENT,
      propertyStream(8, [], recipientStrings, [[0x0c150003, recipientType]]),
    ),
  );
  return burn(entries);
}
