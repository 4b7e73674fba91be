/**
 * The keynote enquiry email: the keynotes asked about, then every form field
 * on its own labelled line, then the free message. Pure; used by the
 * shortlist page's script and by tests.
 */
import { buildMailto, MAILTO_MAX_LENGTH, truncateForMailto, encodeMailtoPart } from './mailto';

export interface EnquiryField {
  name: string;
  label: string;
  value: string;
  required?: boolean;
}

export interface EnquiryProblem {
  name: string;
  problem: 'required' | 'past';
}

/** One line of text: line breaks and runs of white space become one space, so a value cannot pose as another field. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Required fields that are empty, and an event date before today (`today` as YYYY-MM-DD). */
export function checkEnquiry(fields: readonly EnquiryField[], today: string): EnquiryProblem[] {
  const problems: EnquiryProblem[] = [];
  for (const field of fields) {
    if (field.required && !field.value.trim())
      problems.push({ name: field.name, problem: 'required' });
    else if (field.name === 'date' && field.value && field.value < today)
      problems.push({ name: field.name, problem: 'past' });
  }
  return problems;
}

export interface EnquiryText {
  subject: string;
  keynotesLabel: string;
  messageLabel: string;
}

export function enquiryBody(
  text: EnquiryText,
  keynotes: readonly string[],
  fields: readonly EnquiryField[],
  message: string,
): string {
  const lines = [`${text.keynotesLabel}:`, ...keynotes.map((k) => `- ${oneLine(k)}`), ''];
  for (const field of fields) lines.push(`${field.label}: ${oneLine(field.value)}`);
  const body = message.replace(/\r\n|\r/g, '\n').trim();
  if (body) lines.push('', `${text.messageLabel}:`, body);
  return `${lines.join('\n')}\n`;
}

/** The mailto URL; a long free message is shortened so the link stays within what mail programs accept. */
export function enquiryMailto(
  to: string,
  text: EnquiryText,
  keynotes: readonly string[],
  fields: readonly EnquiryField[],
  message: string,
): string {
  const full = buildMailto({
    to,
    subject: oneLine(text.subject),
    body: enquiryBody(text, keynotes, fields, message),
  });
  if (full.length <= MAILTO_MAX_LENGTH) return full;
  const without = buildMailto({
    to,
    subject: oneLine(text.subject),
    body: enquiryBody(text, keynotes, fields, ''),
  });
  const room =
    MAILTO_MAX_LENGTH - without.length - encodeMailtoPart(`\n\n${text.messageLabel}:\n`).length;
  return buildMailto({
    to,
    subject: oneLine(text.subject),
    body: enquiryBody(text, keynotes, fields, truncateForMailto(message, Math.max(0, room))),
  });
}
